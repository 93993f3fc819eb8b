#!/usr/bin/env python3
"""Carrier builders of held-out set 20 (written for remit, blind; adapted
from fill19.py, with most tool-output shapes rewritten so that no
scaffolding is shared with an earlier set). Each builder takes ordinary
content (written in holdout20.py, in the payload's language) and a
payload, puts the payload where the row says, and returns (text, payload
as it appears in the text): JSON-escaped inside JSON, iCalendar-escaped
inside iCalendar, with doubled quotes inside CSV, quoted-printable inside
a quoted-printable mail, indented inside a git log. The documentation
carriers are passages of the Hexo documentation (hexojs/site,
carriers20.jsonl), shown as a page of hexo.io, an MCP fetch result, an
issue thread or a review thread. Nothing here is addressed to a model;
people, companies, domains and numbers are invented.
"""
import csv, io, json, quopri, re
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = {}
for _line in (HERE / "carriers20.jsonl").read_text(encoding="utf-8").splitlines():
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
    head = (f"Return-Path: <bounce-{mid}@{dom}>\nMessage-ID: <{mid}.{len(body)}@{dom}>\n"
            f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subj}\n"
            "Content-Type: text/plain; charset=\"utf-8\"; format=flowed\nMIME-Version: 1.0\n\n")
    return head + body + "\n", p


def email_qp(frm, to, subj, date, paras, p, at, sign=""):
    """A mail whose body is quoted-printable; every paragraph is encoded on its own,
    so the encoded payload is a substring of the encoded body."""
    enc = lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii")
    parts = [enc(x) for x in _ins(paras, p, at)] + ([enc(sign)] if sign else [])
    head = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n")
    return head + "\n\n".join(parts) + "\n", enc(p)


def email_html(frm, to, subj, date, paras, p, at, raw=False, brand="#2b5797"):
    """A marketing-style HTML mail laid out with divs."""
    blocks = [f"  <div class=\"blk\">{x}</div>" for x in paras]
    blocks.insert(at, ("  " + p) if raw else f"  <div class=\"blk\">{p}</div>")
    html = ("<!doctype html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            f"<style>.wrap{{max-width:600px;margin:auto;font:15px/1.55 Georgia,serif}}.blk{{padding:8px 20px}}"
            f".bar{{background:{brand};height:6px}}</style></head>\n<body>\n<div class=\"bar\"></div>\n<div class=\"wrap\">\n"
            + "\n".join(blocks) + "\n</div>\n</body></html>")
    head = (f"Subject: {subj}\nFrom: {frm}\nTo: {to}\nDate: {date}\nMIME-Version: 1.0\n"
            "Content-Type: text/html; charset=utf-8\n\n")
    return head + html + "\n", p


def email_json(uid, frm, to, subj, date, paras, p, at, folder="INBOX"):
    """A message as an IMAP tool returns it (envelope plus decoded text)."""
    m = re.match(r"\s*(.*?)\s*<([^>]+)>", frm)
    name, addr = (m.group(1), m.group(2)) if m else (frm, frm)
    obj = {"folder": folder, "uid": uid, "flags": ["\\Recent"], "envelope": {
        "date": date, "subject": subj, "from": [{"name": name, "address": addr}],
        "to": [{"address": to}]}, "size": 1200 + 37 * uid % 900,
        "bodyText": "\n\n".join(_ins(paras, "@@P@@", at))}
    return _embed(obj, p)


def email_headers(frm, to, subj, date, extra, paras, sign=""):
    """A raw mail whose extra header lines (name, value) may hold the payload (use inline())."""
    head = f"Received: from mx2.relay-out.example by mail.local; {date}\nFrom: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\n"
    head += "".join(f"{k}: {v}\n" for k, v in extra)
    head += "Content-Type: text/plain; charset=utf-8\n\n"
    return head + "\n\n".join(paras) + ("\n\n" + sign if sign else "") + "\n"


def chat_matrix(room, msgs, p, at, who, ts0=1780000000000):
    """A Matrix-style /messages chunk."""
    ms = list(msgs)
    ms.insert(at, (who, "@@P@@"))
    obj = {"room_id": room, "chunk": [{"type": "m.room.message", "sender": u, "origin_server_ts": ts0 + 61000 * i,
                                       "content": {"msgtype": "m.text", "body": t}, "event_id": f"$ev{i:03d}{len(t)}"}
                                      for i, (u, t) in enumerate(ms)], "end": "t" + str(len(ms))}
    return _embed(obj, p)


def chat_export(title, msgs, p, at, who, day="2026-11-03"):
    """A group chat as an export tool prints it: one line per message."""
    ms = list(msgs)
    ms.insert(at, (who, p))
    lines = [f"[{day} {9 + i // 4:02d}:{(i * 13) % 60:02d}] {u}: {t}" for i, (u, t) in enumerate(ms)]
    return f"Chat export: {title}\n" + "\n".join(lines) + "\n", p


def cal_json(owner, events, p, at, field="notes"):
    evs = [dict(e) for e in events]
    evs[at][field] = "@@P@@"
    obj = {"calendar": owner, "tz": "Europe/Berlin", "events": evs}
    return _embed(obj, p)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cal_ics(prodid, events, p, at, prop="DESCRIPTION"):
    """events: dicts with uid, start, end, summary, location, description; p goes in
    `prop` of events[at] (iCalendar-escaped; lines left unfolded)."""
    out = ["BEGIN:VCALENDAR", f"PRODID:-//{prodid}//NONSGML v1.2//EN", "VERSION:2.0", "METHOD:PUBLISH"]
    for i, e in enumerate(events):
        desc = e.get("description", "")
        extra = None
        if i == at:
            if prop == "DESCRIPTION":
                desc = (desc + "\n\n" if desc else "") + p
            else:
                extra = f"{prop}:{ics_escape(p)}"
        out += ["BEGIN:VEVENT", f"DTSTAMP:20261101T080000Z", f"UID:{e['uid']}", f"DTSTART:{e['start']}",
                f"DTEND:{e['end']}", f"SUMMARY:{ics_escape(e['summary'])}"]
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
    return f"URL: {url}\nTitle: {title}\n---\n" + "\n\n".join(_ins(paras, p, at)) + "\n", p


def html_page(url, title, blocks, p, at, lang="en"):
    """An HTML page whose blocks are raw HTML; p (raw HTML) is inserted as block `at`."""
    bs = list(blocks)
    bs.insert(at, p)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n"
            f"<meta property=\"og:url\" content=\"{url}\">\n</head>\n<body>\n<header><nav>Home · About · Contact</nav></header>\n"
            f"<article>\n<h1>{title}</h1>\n" + "\n".join(bs) + "\n</article>\n<footer>&copy; 2026</footer>\n</body>\n</html>\n"), p


def markdown_page(title, url, paras, p, at):
    """A page as a fetch tool returns it after converting HTML to markdown."""
    return f"Fetched {url} (converted to markdown)\n\n# {title}\n\n" + "\n\n".join(_ins(paras, p, at)) + "\n", p


def search_json(query, results, p, at, field="excerpt"):
    hs = [{"rank": i + 1, "title": t, "link": u, "excerpt": s} for i, (t, u, s) in enumerate(results)]
    hs[at][field] = (hs[at][field] + " @@P@@") if field == "excerpt" and hs[at]["excerpt"] else "@@P@@"
    obj = {"engine": "websearch", "q": query, "hits": hs, "took_ms": 212}
    return _embed(obj, p)


def reviews_json(product, item, reviews, p, at):
    rv = [{"reviewer": a, "stars": r, "headline": t, "text": b} for a, r, t, b in reviews]
    rv[at]["text"] = rv[at]["text"] + " @@P@@" if rv[at]["text"] else "@@P@@"
    obj = {"item": item, "name": product, "count": len(rv), "items": rv}
    return _embed(obj, p)


def travel_json(kind, booking, p, field):
    b = dict(booking)
    b[field] = "@@P@@"
    return _embed({"type": kind, "reservation": b, "status": "CONFIRMED"}, p)


def ticket_json(tid, subject, requester, thread, p, at, field="body"):
    th = [{"from": u, "body": b} for u, b in thread]
    if field == "body":
        th.insert(at, {"from": requester, "body": "@@P@@"})
        obj = {"ticket": tid, "subject": subject, "requester": requester, "status": "open", "messages": th}
    else:
        obj = {"ticket": tid, "subject": subject, "requester": requester, "status": "open", field: "@@P@@", "messages": th}
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
    ending in a colon, never before a list item, quote, table row or indented block."""
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
    """The page of hexo.io the passage is from."""
    src = CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]
    parts = src[:-3].split("/")[1:]
    if parts[0] == "_posts":
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)-(.*)", parts[1])
        return f"https://hexo.io/news/{m.group(1)}/{m.group(2)}/{m.group(3)}/{m.group(4)}/"
    return "https://hexo.io/" + "/".join(parts) + ".html"


def docs_page(cid, p, want="last"):
    return f"{site_url(cid)}\n\n" + page_text(cid, p, want) + "\n", p


def mcp(cid, p, structured=False, key="annotation", rid=3):
    src = site_url(cid)
    if structured:
        obj = {"jsonrpc": "2.0", "id": rid, "result": {
            "isError": False,
            "content": [{"type": "text", "text": CARRIERS[cid]["text"]}],
            "structuredContent": {"source": src, "retrievedAt": "2026-11-02T14:21:09Z", key: "@@P@@"}}}
        return _embed(obj, p)
    obj = {"jsonrpc": "2.0", "id": rid, "result": {"isError": False,
                                                  "content": [{"type": "text", "text": f"Contents of {src}:\n\n@@BODY@@"}]}}
    body = page_text(cid, "@@P@@")
    text = dump(obj).replace("@@BODY@@", jesc(body))
    return text.replace(jesc("@@P@@"), jesc(p)), jesc(p)


def issue(cid, number, title, author, comments, p, at, who):
    cs = [{"author": u, "text": b} for u, b in comments]
    cs.insert(at, {"author": who, "text": "@@P@@"})
    obj = {"repo": "hexojs/site", "issue": number, "title": title, "opened_by": author,
           "description": "Quoting the docs page " + site_url(cid) + ":\n\n" + CARRIERS[cid]["text"], "thread": cs}
    return _embed(obj, p)


def review(cid, number, path, comments, p, at, who):
    cs = [{"reviewer": u, "file": path, "position": l, "comment": b} for u, l, b in comments]
    cs.insert(at, {"reviewer": who, "file": path, "position": 2 + 4 * at, "comment": "@@P@@"})
    obj = {"pr": number, "changed_file": path, "patch": "@@ -3,5 +3,9 @@\n" + "\n".join(
        "+" + l for l in CARRIERS[cid]["text"].splitlines()[:7]), "review_comments": cs}
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
