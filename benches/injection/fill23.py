#!/usr/bin/env python3
"""Carrier builders of held-out set 23 (written for remit, blind; adapted
from fill22.py: the mechanics are the same -- each builder takes ordinary
content and a payload, puts the payload where the row says, and returns
(text, payload as it appears in the text) -- but every tool-output shape
is rewritten so that no scaffolding is shared with set 22: a multipart
mail with a plain part, a quoted-printable part inside a multipart mail, an
MJML-style HTML newsletter, a JMAP `Email/get` response, a reply thread
with quoted history, a Telegram-style JSON export and an IRC-style log, a
JSCalendar event list and an iCalendar file with UID first, a fetch tool's
status line with markdown, an HTML page with `<main>` sections, a numbered
text search listing and a nested `web.results` JSON, place reviews with
nested authors, a booking with segments, a Freshdesk-like ticket with
conversations, bank CSV with other columns. The documentation carriers are
passages of the Contributor Covenant (EthicalSource/contributor_covenant,
carriers23.jsonl), shown as a repository file view, an MCP `tools/call`
result of a repository-reading tool, a `gh issue view --comments`-style
text thread or a Gerrit-style review comment JSON. Nothing here is
addressed to a model; people, companies, domains and numbers are invented.
Escaping: JSON-escaped inside JSON, iCalendar-escaped inside iCalendar,
doubled quotes inside CSV, quoted-printable inside a quoted-printable part.
"""
import csv, io, json, quopri, re
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = {}
for _line in (HERE / "carriers23.jsonl").read_text(encoding="utf-8").splitlines():
    _r = json.loads(_line)
    CARRIERS[_r["id"]] = _r

MARK = "\u00a7\u00a7PAYLOAD\u00a7\u00a7"


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _embed(obj, p, indent=2):
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    assert text.count(MARK) == 1
    return text.replace(MARK, jesc(p)), jesc(p)


def _ins(paras, p, at):
    out = list(paras)
    out.insert(at, p)
    return out


def _dom(addr):
    return re.sub(r".*@([^>\s]+)>?.*", r"\1", addr)


# ---------------------------------------------------------------- personal

def mail_multipart(frm, to, subj, date, paras, p, at, sign=""):
    """A raw multipart/alternative mail; the payload sits in the text/plain part."""
    body = "\n\n".join(_ins(paras, p, at)) + ("\n\n" + sign if sign else "")
    b = f"=_b{len(body) * 97 % 10**6:06d}"
    head = (f"Delivered-To: {re.sub(r'.*<|>.*', '', to)}\nReturn-Path: <bounce@{_dom(frm)}>\n"
            f"Message-ID: <{sum(map(ord, subj)) % 99991}.{len(body)}@{_dom(frm)}>\nDate: {date}\nFrom: {frm}\nTo: {to}\n"
            f"Subject: {subj}\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"{b}\"\n\n")
    return (head + f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body +
            f"\n\n--{b}\nContent-Type: text/html; charset=utf-8\n\n<html><body>(HTML version of the same message)</body></html>\n--{b}--\n"), p


def mail_qp(frm, to, subj, date, paras, p, at, sign=""):
    """A quoted-printable text part inside a multipart/mixed mail; each paragraph encoded on its own."""
    enc = lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii")
    parts = [enc(x) for x in _ins(paras, p, at)] + ([enc(sign)] if sign else [])
    head = (f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subj}\nMIME-Version: 1.0\nUser-Agent: Evolution 3.52\n"
            "Content-Type: multipart/mixed; boundary=\"qp-23\"\n\n--qp-23\nContent-Type: text/plain; charset=\"UTF-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n")
    return head + "\n\n".join(parts) + "\n--qp-23--\n", enc(p)


def mail_mjml(frm, to, subj, date, paras, p, at, raw=False):
    """An HTML newsletter as MJML compiles it: one column, text blocks in divs."""
    blk = lambda x: (f"<div class=\"mj-column\"><div style=\"font-family:Helvetica,Arial;font-size:14px;"
                     f"line-height:1.6;color:#333\">{x}</div></div>")
    blocks = [blk(x) for x in paras]
    blocks.insert(at, p if raw else blk(p))
    html = ("<!doctype html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"><title></title></head>"
            "<body style=\"word-spacing:normal;background:#eef1f5\">\n<div style=\"margin:0 auto;max-width:640px\">\n"
            + "\n".join(blocks) + "\n<div class=\"mj-column\"><p style=\"font-size:11px;color:#999\">Manage preferences | Unsubscribe</p></div>\n</div>\n</body></html>")
    head = f"From: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\nMIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n"
    return head + html + "\n", p


def mail_jmap(n, frm_name, frm, to, subj, date, paras, p, at, keywords=("$seen",)):
    """A JMAP Email/get response, compact (one line), with the text body in bodyValues."""
    obj = {"methodResponses": [["Email/get", {"accountId": "u8f1c", "state": f"s{n * 37}", "list": [{
        "id": f"M{n:05d}a", "threadId": f"T{n:05d}", "mailboxIds": {"inbox": True},
        "keywords": {k: True for k in keywords}, "from": [{"name": frm_name, "email": frm}],
        "to": [{"email": to}], "subject": subj, "receivedAt": date, "size": 4000 + 37 * n,
        "textBody": [{"partId": "t1", "type": "text/plain", "charset": "utf-8"}],
        "bodyValues": {"t1": {"value": "\n\n".join(_ins(paras, MARK, at)), "isEncodingProblem": False, "isTruncated": False}}}],
        "notFound": []}, "c1"]], "sessionState": "cyrus-23"}
    return _embed(obj, p, None)


def mail_thread(subj, latest_from, latest_date, paras, p, at, quoted_from, quoted_date, quoted):
    """A reply as a mail reader shows the thread: the newest message on top, the older one quoted."""
    q = "\n".join(("> " + l) if l else ">" for l in "\n\n".join(quoted).split("\n"))
    return (f"Subject: Re: {subj}\nFrom: {latest_from}\nDate: {latest_date}\n\n" + "\n\n".join(_ins(paras, p, at)) +
            f"\n\nOn {quoted_date}, {quoted_from} wrote:\n{q}\n"), p


def mail_plain(frm, to, subj, date, paras, p=None, at=0, extra=(), sign=""):
    """A raw plain-text mail; extra header lines (name, value) may hold the payload."""
    body = list(paras) if p is None else _ins(paras, p, at)
    head = f"Date: {date}\nFrom: {frm}\nSubject: {subj}\nTo: {to}\n" + "".join(f"{k}: {v}\n" for k, v in extra)
    head += "Content-Type: text/plain; charset=UTF-8\n\n"
    return head + "\n\n".join(body) + ("\n\n" + sign if sign else "") + "\n"


def chat_telegram(name, msgs, p, at, who, day="2026-11-21"):
    """A Telegram-style result.json export of one chat."""
    ms = list(msgs)
    ms.insert(at, (who, MARK))
    obj = {"name": name, "type": "private_group", "id": 4401 + len(ms),
           "messages": [{"id": 9100 + i, "type": "message", "date": f"{day}T{8 + i:02d}:{(i * 13) % 60:02d}:00",
                         "from": u, "text": t} for i, (u, t) in enumerate(ms)]}
    return _embed(obj, p, 1)


def chat_irc(channel, msgs, p, at, who):
    """An IRC/Matrix bridge log: [hh:mm] <nick> text."""
    ms = list(msgs)
    ms.insert(at, (who, p))
    lines = [f"[{14 + i // 4:02d}:{(i * 7 + 2) % 60:02d}] <{u}> {t}" for i, (u, t) in enumerate(ms)]
    return f"--- Log opened for {channel}\n" + "\n".join(lines) + "\n--- Log closed\n", p


def cal_jscal(events, p, at, field="description"):
    """A JSCalendar (RFC 8984) event list."""
    evs = []
    for e in events:
        ev = {"@type": "Event", "uid": e["uid"], "title": e["title"], "start": e["start"], "duration": e.get("duration", "PT1H"),
              "timeZone": e.get("tz", "Europe/London"), "description": e.get("description", "")}
        if e.get("where"):
            ev["locations"] = {"l1": {"@type": "Location", "name": e["where"]}}
        evs.append(ev)
    if field == "location":
        evs[at].setdefault("locations", {"l1": {"@type": "Location", "name": ""}})["l1"]["name"] = MARK
    else:
        evs[at][field] = MARK
    return _embed({"events": evs, "calendar": "Personal"}, p)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cal_ics(prodid, organizer, events, p, at, prop="DESCRIPTION"):
    """An iCalendar file, properties in UID-first order; the payload goes in `prop` of event `at`."""
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{prodid}//NONSGML v2//EN", "CALSCALE:GREGORIAN"]
    for i, e in enumerate(events):
        out += ["BEGIN:VEVENT", f"UID:{e['uid']}", "DTSTAMP:20261101T090000Z", f"ORGANIZER;CN={organizer}:mailto:calendar@{re.sub(r'[^a-z0-9]+', '-', organizer.lower()).strip('-')}.example",
                f"SUMMARY:{ics_escape(e['summary'])}"]
        if e.get("location"):
            out.append(f"LOCATION:{ics_escape(e['location'])}")
        out += [f"DTSTART:{e['start']}", f"DTEND:{e['end']}"]
        desc = e.get("description", "")
        if i == at and prop == "DESCRIPTION":
            desc = (desc + "\n\n" if desc else "") + p
        if desc:
            out.append(f"DESCRIPTION:{ics_escape(desc)}")
        if i == at and prop != "DESCRIPTION":
            out.append(f"{prop}:{ics_escape(p)}")
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n", ics_escape(p)


def fetched(url, title, paras, p, at):
    """A fetch tool's result: status line, then the page converted to markdown."""
    body = "\n\n".join(_ins(paras, p, at))
    return f"Fetched {url} (200 OK, text/html, {len(body.encode()) + 2048} bytes)\n\n# {title}\n\n" + body + "\n", p


def html_main(url, title, blocks, p, at, lang="en", raw=True):
    bs = list(blocks)
    bs.insert(at, p if raw else f"<p>{p}</p>")
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<link rel=\"canonical\" href=\"{url}\">\n"
            f"<title>{title}</title>\n</head>\n<body>\n<nav><a href=\"/\">Home</a></nav>\n<main>\n<section>\n<h1>{title}</h1>\n"
            + "\n".join(bs) + "\n</section>\n</main>\n</body>\n</html>\n"), p


def search_text(query, results, p, at):
    """A search tool's numbered text listing; the payload ends the snippet of result `at`."""
    out = [f"Search results for: {query}", ""]
    for i, (t, u, s) in enumerate(results):
        snip = (s + " " + p).strip() if i == at else s
        out += [f"{i + 1}. {t}", f"   {u}", f"   {snip}", ""]
    return "\n".join(out), p


def search_nested(query, results, p, at, field="description"):
    """A nested web.results search JSON with meta_url; the payload in `field` of result `at`."""
    rs = []
    for i, (t, u, s) in enumerate(results):
        rs.append({"title": t, "url": u, "meta_url": {"hostname": re.sub(r"https?://([^/]+).*", r"\1", u)},
                   "description": s, "extra_snippets": []})
    if field == "extra_snippets":
        rs[at]["extra_snippets"] = [MARK]
    else:
        rs[at][field] = (rs[at][field] + " " + MARK).strip()
    return _embed({"type": "search", "query": {"original": query}, "web": {"results": rs}}, p)


def place_reviews(place, reviews, p, at):
    rv = [{"author": {"display_name": a}, "rating": r, "published": d, "body": b} for a, r, d, b in reviews]
    rv[at]["body"] = (rv[at]["body"] + "\n\n" + MARK) if rv[at]["body"] else MARK
    return _embed({"place": {"name": place}, "average": round(sum(r[1] for r in reviews) / len(reviews), 1), "reviews": rv}, p)


def booking(ref, guest, segments, p, field, where="booking"):
    """A booking with segments; the payload in a field of the booking or of the first segment."""
    obj = {"booking": {"ref": ref, "lead_guest": guest, "segments": [dict(s) for s in segments], "special_requests": ""}}
    if where == "booking":
        obj["booking"][field] = MARK
    else:
        obj["booking"]["segments"][0][field] = MARK
    return _embed(obj, p)


def ticket(tid, subject, requester, convo, p, at, field="body_text"):
    """A Freshdesk-like ticket with its conversations."""
    cs = [{"from_email": u, "body_text": b, "private": False, "incoming": u == requester} for u, b in convo]
    t = {"id": tid, "subject": subject, "requester": requester, "status": 2, "priority": 1}
    if field == "body_text":
        cs.insert(at, {"from_email": requester, "body_text": MARK, "private": False, "incoming": True})
    else:
        t[field] = MARK
    return _embed({"ticket": t, "conversations": cs}, p)


def bank_csv(header, rows, p, at, col, delim=","):
    rows = [list(r) for r in rows]
    rows[at][col] = p
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n", delimiter=delim, quoting=csv.QUOTE_MINIMAL).writerows([header] + rows)
    text = buf.getvalue()
    rec = '"' + p.replace('"', '""') + '"' if re.search(r'["\r\n' + re.escape(delim) + ']', p) else p
    assert rec in text
    return text, rec


# ---------------------------------------------------------------- documents

def fill(template, p):
    assert template.count("@@") == 2 and "@@P@@" in template
    return template.replace("@@P@@", p), p


def doc(title, meta, paras, p, at, foot=""):
    """A document as a file reader returns it: title underlined, a metadata line, paragraphs."""
    return (f"{title}\n{'=' * min(len(title), 60)}\n{meta}\n\n" + "\n\n".join(_ins(paras, p, at)) +
            ("\n\n" + foot if foot else "") + "\n"), p


# ---------------------------------------------------------------- developer

def _paras(cid):
    return CARRIERS[cid]["text"].split("\n\n")


def boundary(paras, want="last"):
    """Paragraph boundaries where a payload may go: never after a heading or a line
    ending in a colon, never before or between list items, quotes, tables or indented blocks."""
    ok = []
    for i in range(1, len(paras) + 1):
        prev = paras[i - 1].rstrip()
        if prev.lstrip().startswith("#") or re.search(r"[:：]\s*$", prev):
            continue
        if re.match(r"\s*(?:[-*+] |\d+[.)] )", prev.splitlines()[-1]) and i < len(paras):
            continue
        if i < len(paras) and re.match(r"\s*(?:[-*+] |\d+[.)] |>|\||    |\t)", paras[i]):
            continue
        ok.append(i)
    assert ok, "no boundary"
    return ok[-1] if want == "last" else ok[0] if want == "first" else ok[len(ok) // 2]


def page_text(cid, p, want="last"):
    ps = _paras(cid)
    return "\n\n".join(_ins(ps, p, boundary(ps, want)))


def repo_path(cid):
    src = CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]
    return src


def repo_file(owner, cid, p, want="last", name=None):
    """A repository file view: path, branch and size, then the file."""
    body = page_text(cid, p, want)
    lang = CARRIERS[cid]["lang"]
    path = name or ("CODE_OF_CONDUCT.md" if lang == "en" else f"docs/CODE_OF_CONDUCT.{lang}.md")
    return f"{owner} / {path} @ main  ({len(body.encode())} bytes, {body.count(chr(10)) + 1} lines)\n\n" + body + "\n", p


def mcp_call(owner, cid, p, want="last", mode="text", rid=23):
    """An MCP tools/call result of a repository-reading tool. mode='text': the payload in the
    file's text; 'structured': the file unchanged and the payload in structuredContent;
    'second': the file unchanged and the payload in a second text item."""
    lang = CARRIERS[cid]["lang"]
    path = "CODE_OF_CONDUCT.md" if lang == "en" else f"docs/CODE_OF_CONDUCT.{lang}.md"
    if mode == "text":
        content = [{"type": "text", "text": MARK}]
        obj = {"jsonrpc": "2.0", "id": rid, "result": {"content": content, "isError": False}}
        text = json.dumps(obj, ensure_ascii=False, indent=2)
        body = f"{owner}/{path}\n\n" + page_text(cid, "\u0000P\u0000", want)
        text = text.replace(MARK, jesc(body))
        return text.replace(jesc("\u0000P\u0000"), jesc(p)), jesc(p)
    if mode == "structured":
        obj = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": CARRIERS[cid]["text"]}],
               "structuredContent": {"repository": owner, "path": path, "sha": "9c1e07d", "review_note": MARK}, "isError": False}}
        return _embed(obj, p)
    obj = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": CARRIERS[cid]["text"]},
                                                             {"type": "text", "text": MARK}], "isError": False}}
    return _embed(obj, p)


def gh_issue(cid, number, title, author, comments, p, at, who, assoc="NONE"):
    """An issue as `gh issue view --comments` prints it: the body quotes the passage."""
    cs = list(comments)
    cs.insert(at, (who, assoc, p))
    out = [f"title:\t{title}", "state:\tOPEN", f"author:\t{author}", f"number:\t{number}", "--",
           f"Quoting our {repo_path(cid).rsplit('/', 1)[-1]}:", "", CARRIERS[cid]["text"], ""]
    for u, a, b in cs:
        out += [f"--- {u} ({a}) commented ---", b, ""]
    return "\n".join(out), p


def gerrit(cid, change, path, comments, p, at, who):
    """Gerrit-style review comments on a change that edits the passage's file."""
    cs = [{"author": {"name": u}, "line": l, "message": m, "unresolved": False} for u, l, m in comments]
    cs.insert(at, {"author": {"name": who}, "line": 3 + 5 * at, "message": MARK, "unresolved": True})
    obj = {"change": change, "file": path, "context": CARRIERS[cid]["text"], "comments": {path: cs}}
    return _embed(obj, p)


def lines(ls, p, at):
    out = list(ls)
    out.insert(at, p)
    return "\n".join(out) + "\n", p


def gitshow(commits, p, at, line=1):
    """`git log --format=fuller`-like output; message lines indented by four spaces."""
    out = []
    for i, (h, a, d, msg) in enumerate(commits):
        msg = list(msg)
        if i == at:
            msg.insert(line, p)
        out += [f"commit {h}", f"Author:     {a}", f"AuthorDate: {d}", f"Commit:     {a}", f"CommitDate: {d}", ""]
        out += [("    " + m) if m else "" for m in msg]
        out.append("")
    return "\n".join(out), p


def manifest(meta, p, key):
    m = dict(meta)
    m[key] = MARK
    return _embed(m, p, 2)
