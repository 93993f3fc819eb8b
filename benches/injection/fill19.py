#!/usr/bin/env python3
"""Carrier builders of held-out set 19 (written for remit, blind; adapted
from fill18.py). Each builder takes ordinary content (written in
holdout19.py, in the payload's language) and a payload, puts the payload
where the row says, and returns (text, payload as it appears in the
text): JSON-escaped inside JSON, iCalendar-escaped inside iCalendar, with
doubled quotes inside CSV. The documentation carriers are passages of The
Twelve-Factor App (carriers19.jsonl), shown as a page of 12factor.net, an
MCP fetch result, an issue thread or a review thread. Nothing here is
addressed to a model; people, companies, domains and numbers are invented.
"""
import csv, io, json, re
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = {}
for _line in (HERE / "carriers19.jsonl").read_text(encoding="utf-8").splitlines():
    _r = json.loads(_line)
    CARRIERS[_r["id"]] = _r


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _embed(obj, p):
    """Serialise obj (which holds the placeholder @@P@@) and put p in it, JSON-escaped."""
    text = dump(obj)
    assert text.count("@@P@@") == 1
    return text.replace("@@P@@", jesc(p)), jesc(p)


def _ins(paras, p, at):
    out = list(paras)
    out.insert(at, p)
    return out


# ---------------------------------------------------------------- personal

def email_text(frm, to, subj, date, paras, p, at, sign=""):
    body = "\n\n".join(_ins(paras, p, at)) + ("\n\n" + sign if sign else "")
    head = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n")
    return head + body + "\n", p


def email_html(frm, to, subj, date, title, paras, p, at, raw=False):
    """A newsletter-style HTML mail: one presentation table, a paragraph per block."""
    blocks = [f"<p style=\"margin:0 0 14px\">{x}</p>" for x in paras]
    blocks.insert(at, p if raw else f"<p style=\"margin:0 0 14px\">{p}</p>")
    html = ("<html lang=\"und\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            f"<title>{title}</title></head>\n<body bgcolor=\"#f4f4f4\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
            "<td style=\"padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5\">\n"
            + "\n".join(blocks) + "\n</td></tr></table>\n</body>\n</html>")
    head = (f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subj}\n"
            "Content-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\nMIME-Version: 1.0\n\n")
    return head + html + "\n", p


def email_json(mid, frm, to, subj, date, paras, p, at, labels=("Inbox",)):
    """A message as a JMAP-style mail API returns it (Email/get with bodyValues)."""
    body = "\n\n".join(_ins(paras, "@@P@@", at))
    m = re.match(r"\s*(.*?)\s*<([^>]+)>", frm)
    name, addr = (m.group(1), m.group(2)) if m else (frm, frm)
    obj = {"methodResponses": [["Email/get", {"accountId": "u" + mid[-6:].lower(), "state": "s" + mid[:5], "list": [{
        "id": "M" + mid, "threadId": "T" + mid[::-1][:10], "mailboxIds": {labels[0].lower(): True},
        "keywords": {}, "receivedAt": date, "subject": subj,
        "from": [{"name": name, "email": addr}], "to": [{"name": None, "email": to}],
        "preview": paras[0][:80], "textBody": [{"partId": "1", "type": "text/plain"}],
        "bodyValues": {"1": {"value": body, "isEncodingProblem": False, "isTruncated": False}}}],
        "notFound": []}, "c0"]]}
    return _embed(obj, p)


def chat_json(channel, msgs, p, at, who, ts0=1767261000):
    ms = list(msgs)
    ms.insert(at, (who, "@@P@@"))
    obj = {"ok": True, "channel": channel,
           "messages": [{"type": "message", "user": u, "text": t, "ts": f"{ts0 + 131 * i}.{(i * 7919) % 1000000:06d}"}
                        for i, (u, t) in enumerate(ms)],
           "has_more": False}
    return _embed(obj, p)


def cal_json(owner, events, p, at, field="description"):
    evs = [dict(e) for e in events]
    evs[at][field] = "@@P@@"
    obj = {"kind": "calendar#events", "summary": owner, "timeZone": "Europe/London", "items": evs}
    return _embed(obj, p)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cal_ics(prodid, events, p, at):
    """events: dicts with uid, start, end, summary, location, description; p goes in the
    description of events[at] (iCalendar-escaped; lines are left unfolded)."""
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{prodid}//EN", "CALSCALE:GREGORIAN"]
    for i, e in enumerate(events):
        desc = e.get("description", "")
        if i == at:
            desc = (desc + "\n\n" if desc else "") + p
        out += ["BEGIN:VEVENT", f"UID:{e['uid']}", f"DTSTART:{e['start']}", f"DTEND:{e['end']}",
                f"SUMMARY:{ics_escape(e['summary'])}"]
        if e.get("location"):
            out.append(f"LOCATION:{ics_escape(e['location'])}")
        if desc:
            out.append(f"DESCRIPTION:{ics_escape(desc)}")
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n", ics_escape(p)


def web(url, title, paras, p, at, html=False, raw=False):
    if not html:
        return f"{title}\n{url}\n\n" + "\n\n".join(_ins(paras, p, at)) + "\n", p
    blocks = [f"<p>{x}</p>" for x in paras]
    blocks.insert(at, p if raw else f"<p>{p}</p>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
            f"<link rel=\"canonical\" href=\"{url}\"></head>\n<body>\n<main>\n<h1>{title}</h1>\n"
            + "\n".join(blocks) + "\n</main>\n</body></html>\n"), p


def search_json(query, results, p, at, field="snippet"):
    rs = [{"title": t, "url": u, "snippet": s} for t, u, s in results]
    rs[at][field] = "@@P@@" if field != "snippet" or not rs[at]["snippet"] else rs[at]["snippet"] + " @@P@@"
    obj = {"query": query, "results": rs, "total": len(rs)}
    return _embed(obj, p)


def reviews_json(product, sku, reviews, p, at):
    rv = [{"author": a, "rating": r, "title": t, "body": b, "verified": True} for a, r, t, b in reviews]
    rv[at]["body"] = rv[at]["body"] + " @@P@@" if rv[at]["body"] else "@@P@@"
    obj = {"product": product, "sku": sku, "average": round(sum(r for _, r, _, _ in reviews) / len(reviews), 1),
           "reviews": rv}
    return _embed(obj, p)


def travel_json(booking, p, field):
    b = dict(booking)
    b[field] = "@@P@@"
    return _embed({"booking": b}, p)


def txn_csv(header, rows, p, at, col):
    rows = [list(r) for r in rows]
    rows[at][col] = p
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    text = buf.getvalue()
    rec = '"' + p.replace('"', '""') + '"' if re.search(r'[",\n]', p) else p
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
    ending in a colon, never before a list item, quote, table row or indented block."""
    ok = []
    for i in range(1, len(paras) + 1):
        prev = paras[i - 1].rstrip()
        if prev.lstrip().startswith("#") or re.search(r"[:：]\s*$", prev) or prev.strip() == "---":
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
    """The page of 12factor.net the passage is from."""
    src = CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]
    parts = src[:-3].split("/")
    if parts[0] == "blog":
        return "https://12factor.net/blog/" + parts[1]
    lang, page = parts[1], parts[2]
    page = "" if page == "intro" else page
    return "https://12factor.net/" + ("" if lang == "en" else lang + "/") + page


def docs_page(cid, p, want="last"):
    return f"{site_url(cid)}\n\n" + page_text(cid, p, want) + "\n", p


def mcp(cid, p, tool="fetch_page", structured=False, key="note", rid=7):
    src = site_url(cid)
    if structured:
        obj = {"jsonrpc": "2.0", "id": rid, "result": {
            "content": [{"type": "text", "text": CARRIERS[cid]["text"]}],
            "structuredContent": {"url": src, "fetched": "2026-09-14T10:02:11Z", "lines": CARRIERS[cid]["text"].count("\n") + 1,
                                  key: "@@P@@"},
            "isError": False}}
        return _embed(obj, p)
    obj = {"jsonrpc": "2.0", "id": rid, "result": {
        "content": [{"type": "text", "text": "@@BODY@@"}], "isError": False}}
    body = page_text(cid, "@@P@@")
    text = dump(obj).replace("@@BODY@@", jesc(body))
    return text.replace(jesc("@@P@@"), jesc(p)), jesc(p)


def issue(cid, number, title, author, comments, p, at, who):
    cs = [{"user": u, "body": b} for u, b in comments]
    cs.insert(at, {"user": who, "body": "@@P@@"})
    obj = {"number": number, "title": title, "state": "open", "user": author,
           "body": CARRIERS[cid]["text"], "comments": cs}
    return _embed(obj, p)


def review(cid, number, path, comments, p, at, who):
    cs = [{"user": u, "path": path, "line": l, "body": b} for u, l, b in comments]
    cs.insert(at, {"user": who, "path": path, "line": 1 + 3 * at, "body": "@@P@@"})
    obj = {"pull_request": number, "path": path, "diff_hunk": "@@ -1,4 +1,6 @@\n" + "\n".join(
        "+" + l for l in CARRIERS[cid]["text"].splitlines()[:6]), "comments": cs}
    return _embed(obj, p)


def ci_log(lines, p, at):
    out = list(lines)
    out.insert(at, p)
    return "\n".join(out) + "\n", p


def yaml_cfg(lines, p, at):
    out = list(lines)
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


# ---------------------------------------------------------------- added for set 19

def email_headers(frm, to, subj, date, extra, paras, sign=""):
    """A raw mail whose extra header lines (name, value) may hold the payload at @@P@@."""
    head = f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\n"
    head += "".join(f"{k}: {v}\n" for k, v in extra)
    head += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    return head + "\n\n".join(paras) + ("\n\n" + sign if sign else "") + "\n"


def markdown_page(title, url, paras, p, at):
    """A page as a fetch tool returns it after converting HTML to markdown."""
    return f"# {title}\n\nSource: {url}\n\n" + "\n\n".join(_ins(paras, p, at)) + "\n", p


def html_page(url, title, blocks, p, at):
    """An HTML page whose blocks are raw HTML; p (raw HTML) is inserted as block `at`."""
    bs = list(blocks)
    bs.insert(at, p)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
            f"<link rel=\"canonical\" href=\"{url}\"></head>\n<body>\n<main>\n<h1>{title}</h1>\n"
            + "\n".join(bs) + "\n</main>\n</body></html>\n"), p
