#!/usr/bin/env python3
"""Carrier builders of held-out set 21 (written for remit, blind; adapted
from fill20.py, with the tool-output shapes rewritten again so that no
scaffolding is shared with an earlier set). Each builder takes ordinary
content (written in holdout21.py, in the payload's language) and a
payload, puts the payload where the row says, and returns (text, payload
as it appears in the text): JSON-escaped inside JSON, iCalendar-escaped
inside iCalendar, with doubled quotes inside CSV, quoted-printable inside
a quoted-printable mail, indented inside a git log. The documentation
carriers are passages of the JavaScript Standard Style documentation
(standard/standard, carriers21.jsonl), shown as a page of its repository
on GitHub or of standardjs.com, an MCP fetch result, an issue thread or a
review thread. Nothing here is addressed to a model;
people, companies, domains and numbers are invented.
"""
import csv, io, json, quopri, re
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = {}
for _line in (HERE / "carriers21.jsonl").read_text(encoding="utf-8").splitlines():
    _r = json.loads(_line)
    CARRIERS[_r["id"]] = _r


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def dump(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _embed(obj, p, indent=2):
    """Serialise obj (which holds the placeholder @@P@@ once) and put p in it, JSON-escaped."""
    text = dump(obj, indent)
    assert text.count("@@P@@") == 1
    return text.replace("@@P@@", jesc(p)), jesc(p)


def _ins(paras, p, at):
    out = list(paras)
    out.insert(at, p)
    return out


# ---------------------------------------------------------------- personal

def email_text(frm, to, subj, date, paras, p, at, sign="", mid="a1"):
    body = "\n\n".join(_ins(paras, p, at)) + ("\n\n" + sign if sign else "")
    dom = re.sub(r".*@([^>]+)>?.*", r"\1", frm)
    head = (f"Delivered-To: {to}\nX-Original-To: {to}\nMessage-Id: <{mid}-{len(body) % 977}.msg@{dom}>\n"
            f"From: {frm}\nSubject: {subj}\nDate: {date}\nMime-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n")
    return head + body + "\n", p


def email_qp(frm, to, subj, date, paras, p, at, sign=""):
    """A mail whose body is quoted-printable; every paragraph is encoded on its own,
    so the encoded payload is a substring of the encoded body."""
    enc = lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii")
    parts = [enc(x) for x in _ins(paras, p, at)] + ([enc(sign)] if sign else [])
    head = (f"Date: {date}\nSubject: {subj}\nFrom: {frm}\nTo: {to}\n"
            "Content-Type: text/plain;\n\tcharset=\"utf-8\"\nContent-Transfer-Encoding: Quoted-Printable\nMIME-Version: 1.0\n\n")
    return head + "\n\n".join(parts) + "\n", enc(p)


def email_b64(frm, to, subj, date, paras, p, at, sign=""):
    """A mail whose body is base64; the payload is recorded as it reads once decoded
    by the mail tool, which prints the decoded text under the raw headers."""
    body = "\n\n".join(_ins(paras, p, at)) + ("\n\n" + sign if sign else "")
    head = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n"
            "X-Decoded-By: mailtool/2.4 (body shown decoded)\n\n")
    return head + body + "\n", p


def email_html(frm, to, subj, date, paras, p, at, raw=False, brand="#1f6f50"):
    """A newsletter-style HTML mail laid out with a table."""
    rows = [f"<tr><td class=\"c\">{x}</td></tr>" for x in paras]
    rows.insert(at, p if raw else f"<tr><td class=\"c\">{p}</td></tr>")
    html = ("<html><head><meta charset=\"utf-8\"><style>td.c{padding:10px 24px;font-family:Arial,sans-serif;"
            f"font-size:14px;color:#222}}table.m{{width:580px;border-top:4px solid {brand}}}</style></head><body>\n"
            "<table class=\"m\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n" + "\n".join(rows) + "\n</table>\n</body></html>")
    head = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\n"
            "Content-Type: text/html; charset=\"UTF-8\"\nMIME-Version: 1.0\n\n")
    return head + html + "\n", p


def email_json(uid, frm, to, subj, date, paras, p, at, folder="Inbox"):
    """A message as a Graph-style mail tool returns it."""
    m = re.match(r"\s*(.*?)\s*<([^>]+)>", frm)
    name, addr = (m.group(1), m.group(2)) if m else (frm, frm)
    obj = {"id": f"AAMk{uid:06d}", "parentFolder": folder, "receivedDateTime": date, "isRead": False,
           "sender": {"emailAddress": {"name": name, "address": addr}}, "toRecipients": [{"emailAddress": {"address": to}}],
           "subject": subj, "body": {"contentType": "text", "content": "\n\n".join(_ins(paras, "@@P@@", at))}}
    return _embed(obj, p)


def email_headers(frm, to, subj, date, extra, paras, sign=""):
    """A raw mail whose extra header lines (name, value) may hold the payload (use inline())."""
    head = f"Return-Path: <{re.sub(r'.*<|>.*', '', frm)}>\nFrom: {frm}\nTo: {to}\nDate: {date}\nSubject: {subj}\n"
    head += "".join(f"{k}: {v}\n" for k, v in extra)
    head += "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
    return head + "\n\n".join(paras) + ("\n\n" + sign if sign else "") + "\n"


def chat_json(channel, msgs, p, at, who, ts0=1781500000):
    """A Discord-like channel history as a chat tool returns it."""
    ms = list(msgs)
    ms.insert(at, (who, "@@P@@"))
    obj = {"channel": channel, "messages": [{"author": {"username": u}, "timestamp": f"2026-11-{10 + i // 6:02d}T{8 + i:02d}:{(i * 17) % 60:02d}:00Z",
                                             "content": t, "id": str(ts0 * 1000 + i * 4099)} for i, (u, t) in enumerate(ms)]}
    return _embed(obj, p)


def chat_export(title, msgs, p, at, who, day="14/11/2026"):
    """A messenger export: one line per message, date and time first."""
    ms = list(msgs)
    ms.insert(at, (who, p))
    lines = [f"{day}, {8 + i // 3:02d}:{(i * 7 + 3) % 60:02d} - {u}: {t}" for i, (u, t) in enumerate(ms)]
    return f"{day}, 07:58 - Messages in \"{title}\" are end-to-end encrypted.\n" + "\n".join(lines) + "\n", p


def cal_json(owner, events, p, at, field="description"):
    evs = [dict(e) for e in events]
    evs[at][field] = "@@P@@"
    obj = {"kind": "calendar#events", "summary": owner, "timeZone": "Europe/London", "items": evs}
    return _embed(obj, p)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cal_ics(prodid, events, p, at, prop="DESCRIPTION"):
    """events: dicts with uid, start, end, summary, location, description; p goes in
    `prop` of events[at] (iCalendar-escaped; lines left unfolded)."""
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{prodid}//Calendar 3.1//EN", "CALSCALE:GREGORIAN"]
    for i, e in enumerate(events):
        desc = e.get("description", "")
        extra = None
        if i == at:
            if prop == "DESCRIPTION":
                desc = (desc + "\n\n" if desc else "") + p
            else:
                extra = f"{prop}:{ics_escape(p)}"
        out += ["BEGIN:VEVENT", f"UID:{e['uid']}", f"SUMMARY:{ics_escape(e['summary'])}", f"DTSTART:{e['start']}",
                f"DTEND:{e['end']}", "DTSTAMP:20261112T171500Z"]
        if e.get("location"):
            out.append(f"LOCATION:{ics_escape(e['location'])}")
        if desc:
            out.append(f"DESCRIPTION:{ics_escape(desc)}")
        if extra:
            out.append(extra)
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n", ics_escape(p)


def web(url, title, paras, p, at):
    """A page as a browsing tool returns it, as plain text."""
    return f"[{title}]({url})\nstatus 200 · text/html\n\n" + "\n\n".join(_ins(paras, p, at)) + "\n", p


def html_page(url, title, blocks, p, at, lang="en"):
    """An HTML page whose blocks are raw HTML; p (raw HTML) is inserted as block `at`."""
    bs = list(blocks)
    bs.insert(at, p)
    return (f"<html lang=\"{lang}\"><head><meta charset=\"UTF-8\"><link rel=\"canonical\" href=\"{url}\">"
            f"<title>{title}</title></head>\n<body class=\"post\">\n<main>\n<h2 class=\"entry-title\">{title}</h2>\n"
            + "\n".join(bs) + "\n</main>\n<div class=\"site-foot\">Terms · Privacy</div>\n</body></html>\n"), p


def markdown_page(title, url, paras, p, at):
    """A page as a fetch tool returns it after converting HTML to markdown."""
    return f"Source: {url}\nMarkdown content:\n\n## {title}\n\n" + "\n\n".join(_ins(paras, p, at)) + "\n", p


def search_json(query, results, p, at, field="snippet"):
    hs = [{"position": i + 1, "title": t, "url": u, "snippet": s} for i, (t, u, s) in enumerate(results)]
    hs[at][field] = (hs[at][field] + " @@P@@") if field == "snippet" and hs[at]["snippet"] else "@@P@@"
    obj = {"query": query, "results": hs, "total": 1000 + 37 * len(hs)}
    return _embed(obj, p)


def reviews_json(product, item, reviews, p, at):
    rv = [{"author": a, "rating": r, "title": t, "body": b, "verified": True} for a, r, t, b in reviews]
    rv[at]["body"] = rv[at]["body"] + " @@P@@" if rv[at]["body"] else "@@P@@"
    obj = {"product": {"sku": item, "title": product}, "reviews": rv, "average": round(sum(r for _, r, _, _ in reviews) / len(reviews), 1)}
    return _embed(obj, p)


def travel_json(kind, booking, p, field):
    b = dict(booking)
    b[field] = "@@P@@"
    return _embed({"bookingType": kind, "details": b, "state": "ticketed" if kind == "flight" else "confirmed"}, p)


def ticket_json(tid, subject, requester, thread, p, at, field="body"):
    th = [{"author": u, "text": b} for u, b in thread]
    if field == "body":
        th.insert(at, {"author": requester, "text": "@@P@@"})
        obj = {"id": tid, "title": subject, "reporter": requester, "state": "new", "comments": th}
    else:
        obj = {"id": tid, "title": subject, "reporter": requester, "state": "new", field: "@@P@@", "comments": th}
    return _embed(obj, p)


def txn_csv(header, rows, p, at, col, delim=","):
    rows = [list(r) for r in rows]
    rows[at][col] = p
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", delimiter=delim)
    w.writerow(header)
    w.writerows(rows)
    text = buf.getvalue()
    rec = '"' + p.replace('"', '""') + '"' if re.search(r'["\n' + re.escape(delim) + ']', p) else p
    assert rec in text
    return text, rec


# ---------------------------------------------------------------- documents

def inline(template, p):
    """A written text with the payload at its one @@P@@ (a field of a record, a line of a file)."""
    assert template.count("@@P@@") == 1
    return template.replace("@@P@@", p), p


def document(head, paras, p, at, foot=""):
    return head.rstrip("\n") + "\n\n" + "\n\n".join(_ins(paras, p, at)) + ("\n\n" + foot if foot else "") + "\n", p


# ---------------------------------------------------------------- developer

def _paras(cid):
    return CARRIERS[cid]["text"].split("\n\n")


def boundary(paras, want="last"):
    """Paragraph boundaries where a payload may go: never after a heading or a line
    ending in a colon, never before a list item, quote, table row or indented block,
    never between two list items."""
    ok = []
    for i in range(1, len(paras) + 1):
        prev = paras[i - 1].rstrip()
        if prev.lstrip().startswith("#") or re.search(r"[:：]\s*$", prev) or prev.strip() == "---":
            continue
        if re.match(r"\s*(?:[-*+] |\d+[.)] )", prev.splitlines()[-1]) and i < len(paras):
            continue
        if i < len(paras):
            nxt = paras[i]
            if re.match(r"\s*(?:[-*+] |\d+[.)] |>|\||    |\t)", nxt):
                continue
        ok.append(i)
    assert ok, "no boundary"
    return ok[-1] if want == "last" else ok[0]


def page_text(cid, p, want="last"):
    ps = _paras(cid)
    return "\n\n".join(_ins(ps, p, boundary(ps, want)))


def site_url(cid):
    """The page of the repository on GitHub the passage is from."""
    src = CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]
    return "https://github.com/standard/standard/blob/master/" + src


def docs_page(cid, p, want="last"):
    return f"{site_url(cid)}\n\n" + page_text(cid, p, want) + "\n", p


def mcp(cid, p, structured=False, key="note", rid=7):
    src = site_url(cid)
    if structured:
        obj = {"jsonrpc": "2.0", "id": rid, "result": {
            "content": [{"type": "text", "text": CARRIERS[cid]["text"]}],
            "structuredContent": {"url": src, "fetched": "2026-11-13T09:02:44Z", "status": 200, key: "@@P@@"},
            "isError": False}}
        return _embed(obj, p)
    obj = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": f"[{src}]\n@@BODY@@"}],
                                                  "isError": False}}
    body = page_text(cid, "@@P@@")
    text = dump(obj).replace("@@BODY@@", jesc(body))
    return text.replace(jesc("@@P@@"), jesc(p)), jesc(p)


def issue(cid, number, title, author, comments, p, at, who):
    cs = [{"user": {"login": u}, "body": b} for u, b in comments]
    cs.insert(at, {"user": {"login": who}, "body": "@@P@@"})
    obj = {"number": number, "title": title, "user": {"login": author}, "state": "open",
           "body": f"From {site_url(cid)}\n\n" + CARRIERS[cid]["text"], "comments": cs}
    return _embed(obj, p)


def review(cid, number, path, comments, p, at, who):
    cs = [{"user": u, "path": path, "line": l, "body": b} for u, l, b in comments]
    cs.insert(at, {"user": who, "path": path, "line": 3 + 5 * at, "body": "@@P@@"})
    obj = {"pull_number": number, "diff_hunk": "@@ -10,4 +10,8 @@\n" + "\n".join(
        "+" + l for l in CARRIERS[cid]["text"].splitlines()[:6]), "comments": cs}
    return _embed(obj, p)


def lines(ls, p, at):
    """A CI log, a config file, a source file: p becomes line `at`."""
    out = list(ls)
    out.insert(at, p)
    return "\n".join(out) + "\n", p


def gitlog(commits, p, at, line=1):
    """commits: (hash, author, date, [subject, body lines...]); p becomes body line `line` of commit `at`."""
    out = []
    for i, (h, a, d, msg) in enumerate(commits):
        msg = list(msg)
        if i == at:
            msg.insert(line, p)
        out += [f"commit {h}", f"Author: {a}", f"Date:   {d}", ""]
        out += [("    " + m) if m else "" for m in msg]
        out.append("")
    return "\n".join(out), p


def package(meta, p, key):
    m = dict(meta)
    m[key] = "@@P@@"
    return _embed(m, p)
