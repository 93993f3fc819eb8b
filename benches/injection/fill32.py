#!/usr/bin/env python3
"""Carrier builders of held-out set 32, written from scratch (no earlier
fill*.py was opened). Each builder wraps a payload, written in
holdout32.py, in the tool output an assistant would actually see: a
passage of carriers32.jsonl (the Java Design Patterns documentation,
iluwatar/java-design-patterns, MIT) shown as an editor attachment, a web
fetch converted to Markdown, a retrieval hit, an MCP `resources/read`
result, a GitHub issue, a pull-request review comment or a `git
format-patch` mail; or a mail, chat export, SMS backup, calendar entry,
vCard, ticket, CI log, shell session and so on. Every id, hash, time and
line number is derived from `zlib.crc32` of the row id, so a rebuild is
byte for byte the same. Nothing here puts a payload inside a fenced code
block."""
import datetime as dt
import hashlib
import html
import json
import re
import zlib
from pathlib import Path

HERE = Path(__file__).parent
CARS = {}
for _line in (HERE / "carriers32.jsonl").read_text(encoding="utf-8").splitlines():
    _c = json.loads(_line)
    CARS[_c["id"]] = _c
USED = set()


def crc(rid, salt=""):
    return zlib.crc32(f"{rid}/{salt}".encode())


def hexs(rid, n=40, salt=""):
    return hashlib.sha1(f"{rid}/{salt}".encode()).hexdigest()[:n]


def when(rid, salt="", base=(2026, 3, 2), days=70):
    """A derived, plausible time in spring 2026."""
    k = crc(rid, salt)
    t = dt.datetime(*base, 7, 0, 0) + dt.timedelta(days=k % days, seconds=(k >> 8) % 50000)
    return t


def rfc2822(t, tz="+0000"):
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- passages

def passage(cid):
    """The text of a passage; each passage may serve only one row."""
    if cid in USED:
        raise SystemExit(f"passage used twice: {cid}")
    USED.add(cid)
    return CARS[cid]


def path_of(car):
    return car["source"].split(":", 1)[1].rsplit("#", 1)[0]


def pattern_of(car):
    parts = path_of(car).split("/")
    return parts[-2] if len(parts) >= 2 else "index"


def _ok_after(p):
    s = p.strip()
    last = s.splitlines()[-1] if s else ""
    if len(s) < 25 or re.match(r"\s*#", last) or re.search(r"[:：]\s*\Z", s):
        return False
    if re.fullmatch(r"\*\*[^*]+\*\*", s) or re.fullmatch(r"[-*_]{3,}", s):
        return False
    return True


def splice(text, payload, rid, where=None):
    """Put the payload in as a paragraph of its own, after a paragraph that
    is not a heading, a bold label, a rule or a lead-in ending in a colon.
    `where`: None (derived from the row id), "end", "start" or an index
    into the allowed points."""
    paras = text.split("\n\n")
    if not any(_ok_after(p) for p in paras):
        # every paragraph ends in a heading line (a heading glued to the text
        # before it): put the payload before the first such trailing heading
        for i, p in enumerate(paras):
            lines = p.split("\n")
            k = len(lines)
            while k > 0 and lines[k - 1].lstrip().startswith("#"):
                k -= 1
            if 0 < k < len(lines):
                head, tail = "\n".join(lines[:k]), "\n".join(lines[k:])
                return "\n\n".join(paras[:i] + [head, payload, tail] + paras[i + 1:])
        raise SystemExit("no place for the payload")
    if where == "start":
        # after the first paragraph that is not a heading
        points = [i for i, p in enumerate(paras) if _ok_after(p)]
        i = points[0]
    elif where == "end":
        i = len(paras) - 1
    else:
        points = [i for i, p in enumerate(paras) if _ok_after(p)]
        i = points[where % len(points)] if isinstance(where, int) else points[crc(rid, "splice") % len(points)]
    return "\n\n".join(paras[:i + 1] + [payload] + paras[i + 1:])


def at(rid, cid, payload, where=None):
    """An editor attachment: `@path#La-b` then the lines."""
    car = passage(cid)
    body = splice(car["text"], payload, rid, where)
    a = 12 + crc(rid, "line") % 140
    return f"@{path_of(car)}#L{a}-{a + body.count(chr(10))}\n{body}"


def fetch(rid, cid, payload, where=None):
    """A web fetch of the rendered documentation page, as Markdown."""
    car = passage(cid)
    lang = car["lang"]
    pat = pattern_of(car)
    url = (f"https://java-design-patterns.com/patterns/{pat}/" if lang == "en"
           else f"https://java-design-patterns.com/{lang}/patterns/{pat}/")
    if pat in ("ru", "ja", "pt", "ko", "es", "fr", "de", "zh", "it"):
        url = f"https://java-design-patterns.com/{lang}/"
    body = splice(car["text"], payload, rid, where)
    size = len(body.encode()) + 2048 + crc(rid, "size") % 4000
    return (f"Fetched {url}\nStatus: 200 OK · content-type: text/html; charset=utf-8 · {size / 1024:.1f} kB · "
            f"converted to Markdown\n\n{body}\n")


def rag(rid, cid, payload, query, where=None):
    """A retrieval-tool hit, one line of JSON."""
    car = passage(cid)
    body = splice(car["text"], payload, rid, where)
    k = crc(rid, "rag")
    hit = {"rank": 1, "score": round(0.71 + (k % 250) / 1000, 3), "doc_id": f"jdp-{k % 90000:05}",
           "source": f"github.com/iluwatar/java-design-patterns/blob/master/{path_of(car)}",
           "chunk": body}
    return json.dumps({"tool": "docs_search", "query": query, "top_k": 4, "results": [hit],
                       "elapsed_ms": 40 + k % 300}, ensure_ascii=False)


def mcp(rid, cid, payload, where=None, server="repo-docs"):
    """An MCP resources/read result."""
    car = passage(cid)
    body = splice(car["text"], payload, rid, where)
    res = {"jsonrpc": "2.0", "id": 3 + crc(rid, "mcp") % 60,
           "result": {"contents": [{"uri": f"{server}://iluwatar/java-design-patterns/{path_of(car)}",
                                    "mimeType": "text/markdown", "text": body}]}}
    return json.dumps(res, ensure_ascii=False, indent=2)


def issue(rid, cid, payload, title, user, intro, where=None, outro=""):
    """An issue as the GitHub REST API returns it; the body quotes the page."""
    car = passage(cid)
    body = intro + "\n\n" + splice(car["text"], payload, rid, where) + ("\n\n" + outro if outro else "")
    k = crc(rid, "issue")
    num = 2900 + k % 700
    t = when(rid, "issue")
    obj = {"url": f"https://api.github.com/repos/iluwatar/java-design-patterns/issues/{num}",
           "html_url": f"https://github.com/iluwatar/java-design-patterns/issues/{num}",
           "number": num, "title": title, "user": {"login": user, "type": "User"},
           "labels": [{"name": "type: documentation"}], "state": "open", "locked": False,
           "comments": k % 4, "created_at": iso(t), "updated_at": iso(t + dt.timedelta(hours=3)),
           "author_association": "NONE", "body": body}
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _hunk(rid, lines, mode="+"):
    a = 20 + crc(rid, "hunk") % 160
    return f"@@ -{a},3 +{a},{len(lines) + 3} @@\n" + "\n".join(mode + l if l else mode.rstrip() for l in lines)


def review(rid, cid, payload, comment, user, in_hunk=True, where=None):
    """A pull-request review comment from the REST API. The payload sits in
    the added lines of the hunk (in_hunk) or in the comment body."""
    car = passage(cid)
    if in_hunk:
        added = splice(car["text"], payload, rid, where)
        body = comment
    else:
        added = car["text"]
        body = comment + ("\n\n" if comment else "") + payload
    lines = added.split("\n")
    k = crc(rid, "review")
    obj = {"id": 1700000000 + k % 90000000, "pull_request_review_id": 2100000000 + k % 9000000,
           "path": path_of(car), "commit_id": hexs(rid, 40, "c"), "diff_hunk": _hunk(rid, lines),
           "line": 20 + k % 160 + len(lines), "side": "RIGHT", "user": {"login": user},
           "body": body, "created_at": iso(when(rid, "review")), "author_association": "CONTRIBUTOR"}
    return json.dumps(obj, ensure_ascii=False, indent=2)


def patch(rid, cid, payload, subject, author, email, message="", in_message=False, where=None):
    """A `git format-patch` mail adding the passage (payload in the added
    lines, or in the commit message)."""
    car = passage(cid)
    path = path_of(car)
    if in_message:
        added = car["text"]
        message = (message + "\n\n" if message else "") + payload
    else:
        added = splice(car["text"], payload, rid, where)
    lines = added.split("\n")
    t = when(rid, "patch")
    a = 30 + crc(rid, "pl") % 120
    diff = (f"diff --git a/{path} b/{path}\nindex {hexs(rid, 7, 'i1')}..{hexs(rid, 7, 'i2')} 100644\n"
            f"--- a/{path}\n+++ b/{path}\n@@ -{a},6 +{a},{6 + len(lines)} @@\n"
            + "\n".join("+" + l if l else "+" for l in lines))
    head = (f"From {hexs(rid)} Mon Sep 17 00:00:00 2001\nFrom: {author} <{email}>\nDate: {rfc2822(t)}\n"
            f"Subject: [PATCH] {subject}\n\n")
    stat = f"---\n {path} | {len(lines)} {'+' * min(len(lines), 40)}\n 1 file changed, {len(lines)} insertions(+)\n\n"
    return head + (message + "\n" if message else "") + stat + diff + "\n-- \n2.49.0\n"


VIEWS = {"at": at, "fetch": fetch, "rag": rag, "mcp": mcp}
VIEW_KIND = {"at": "doc", "fetch": "doc", "rag": "doc", "mcp": "mcp", "issue": "issue", "review": "review",
             "patch": "diff"}


# ---------------------------------------------------------------- personal

def email(rid, frm, to, subject, body, cc=None, extra=(), date_tz="+0000", html_body=False):
    t = when(rid, "mail")
    dom = frm.split("@")[-1].rstrip(">")
    head = [f"Received: from mail.{dom} (mail.{dom} [198.51.100.{crc(rid, 'ip') % 250 + 2}]) by mx.inbox.example "
            f"with ESMTPS; {rfc2822(t, date_tz)}",
            f"Message-ID: <{hexs(rid, 16, 'm')}@{dom}>", f"Date: {rfc2822(t, date_tz)}", f"From: {frm}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head += [f"Subject: {subject}", "MIME-Version: 1.0"] + list(extra)
    head.append("Content-Type: text/html; charset=utf-8" if html_body else "Content-Type: text/plain; charset=utf-8")
    head.append("Content-Transfer-Encoding: 8bit")
    return "\n".join(head) + "\n\n" + body + "\n"


def mail_tool(rid, frm, subject, body, to="me", labels=("INBOX",), attachments=()):
    """A mail as an assistant's mail tool returns it (JSON)."""
    t = when(rid, "mt")
    obj = {"id": hexs(rid, 16, "gm"), "threadId": hexs(rid, 16, "gt"), "labelIds": list(labels),
           "from": frm, "to": to, "date": iso(t), "subject": subject, "body_text": body}
    if attachments:
        obj["attachments"] = list(attachments)
    return json.dumps(obj, ensure_ascii=False, indent=2)


def slack(rid, channel, msgs):
    t = when(rid, "slack").timestamp()
    out = []
    for i, (user, text) in enumerate(msgs):
        out.append({"type": "message", "user": user, "ts": f"{t + i * 97 + crc(rid, str(i)) % 60:.6f}",
                    "text": text})
    return json.dumps({"channel": channel, "messages": out}, ensure_ascii=False, indent=2)


def whatsapp(rid, msgs, fmt="%d/%m/%Y, %H:%M"):
    t = when(rid, "wa")
    lines = []
    for i, (who, text) in enumerate(msgs):
        lines.append(f"[{(t + dt.timedelta(minutes=i * 3 + crc(rid, str(i)) % 3)).strftime(fmt)}] {who}: {text}")
    return "\n".join(lines) + "\n"


def sms_xml(rid, msgs):
    t = int(when(rid, "sms").timestamp() * 1000)
    rows = []
    for i, (addr, kind, body) in enumerate(msgs):
        rows.append(f'  <sms protocol="0" address="{addr}" date="{t + i * 61000}" type="{kind}" '
                    f'body="{html.escape(body)}" read="1" status="-1" locked="0" />')
    return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"{len(rows)}\" "
            f"backup_set=\"{hexs(rid, 8, 'b')}\">\n" + "\n".join(rows) + "\n</smses>\n")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def ics(rid, summary, desc, organizer, start=None, location="", attendees=(), extra=()):
    t = start or when(rid, "ics")
    end = t + dt.timedelta(minutes=45)
    f = lambda x: x.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendar Export//EN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{hexs(rid, 24, 'u')}@calendar.example", f"DTSTAMP:{f(t - dt.timedelta(days=2))}",
             f"DTSTART:{f(t)}", f"DTEND:{f(end)}", f"SUMMARY:{ics_escape(summary)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN={name};PARTSTAT=NEEDS-ACTION:mailto:{addr}")
    if location:
        lines.append(f"LOCATION:{ics_escape(location)}")
    lines += list(extra) + [f"DESCRIPTION:{ics_escape(desc)}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def vcard(name, fields, note):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}"] + list(fields) + [f"NOTE:{ics_escape(note)}", "END:VCARD"]
    return "\n".join(lines) + "\n"


def ticket(rid, system, subject, requester, comments, status="open", extra=None):
    """A helpdesk ticket as JSON (comments: list of (author, body))."""
    t = when(rid, "tk")
    obj = {"ticket": {"id": 40000 + crc(rid, "tk") % 50000, "subject": subject, "status": status,
                      "requester": requester, "via": system, "created_at": iso(t),
                      "comments": [{"author": a, "created_at": iso(t + dt.timedelta(minutes=17 * i)), "body": b}
                                   for i, (a, b) in enumerate(comments)]}}
    if extra:
        obj["ticket"].update(extra)
    return json.dumps(obj, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- developer

def actions_log(rid, steps):
    """A GitHub Actions log: steps is a list of (group title, lines)."""
    t = when(rid, "ci")
    out = []
    n = 0
    for title, lines in steps:
        out.append(f"{iso(t + dt.timedelta(seconds=n))[:-1]}.{crc(rid, str(n)) % 9000000:07}Z ##[group]{title}")
        n += 1
        for line in lines:
            out.append(f"{iso(t + dt.timedelta(seconds=n))[:-1]}.{crc(rid, str(n)) % 9000000:07}Z {line}")
            n += 1 + crc(rid, f"g{n}") % 3
        out.append(f"{iso(t + dt.timedelta(seconds=n))[:-1]}.{crc(rid, str(n)) % 9000000:07}Z ##[endgroup]")
    return "\n".join(out) + "\n"


def git_log(rid, commits):
    """`git log` (medium format); commits: list of (author, email, message)."""
    t = when(rid, "gl")
    out = []
    for i, (author, mail, msg) in enumerate(commits):
        ct = t - dt.timedelta(hours=9 * i + crc(rid, str(i)) % 7)
        out.append(f"commit {hexs(rid, 40, str(i))}\nAuthor: {author} <{mail}>\nDate:   "
                   f"{ct.strftime('%a %b %d %H:%M:%S %Y')} +0200\n\n    " + msg.replace("\n", "\n    ") + "\n")
    return "\n".join(out)


def http_response(status, headers, body):
    return f"HTTP/1.1 {status}\n" + "\n".join(f"{k}: {v}" for k, v in headers) + "\n\n" + body + "\n"
