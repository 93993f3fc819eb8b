#!/usr/bin/env python3
"""Builders of held-out set 50, written from scratch for it (no earlier
fill*.py was opened): the passage views (editor attachment, web fetch of
the raw Markdown, MCP `resources/read`, a retrieval hit as one JSON line, an
issue from the GitHub API, a pull-request review thread on a hunk, a `git
format-patch` mail) and the frames of the written rows (mail, chat, SMS,
calendar, notes, web pages, reviews, tickets, contacts, voicemail,
documents, and developer material). Every id, time, number and splice
point is derived from `zlib.crc32` of the row id, every hash from
`hashlib.sha1` of it, so the output is the same on every run.

The passages come from carriers50.jsonl: excerpts of "HTTP/3 explained" by
Daniel Stenberg, its contributors and translators
(bagder/http3-explained, CC BY 4.0), modified in the rows by the splicing
of a payload.
"""
import datetime, hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "bagder/http3-explained"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers50.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32((rid + salt).encode())


def sha(rid, salt=""):
    return hashlib.sha1((rid + salt).encode()).hexdigest()


def when(rid, salt="", year=2026):
    c = crc(rid, salt)
    month = 1 + c % 11
    day = 1 + (c >> 4) % 27
    hour = 7 + (c >> 9) % 13
    minute = (c >> 13) % 60
    return f"{year}-{month:02}-{day:02}T{hour:02}:{minute:02}:00Z"


def hm(rid, k=0):
    c = crc(rid, str(k))
    return f"{8 + c % 12:02}:{(c >> 5) % 60:02}"


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc2822(rid):
    """An RFC 2822 date (with the right weekday) derived from the row id."""
    c = crc(rid, "rfc")
    d = datetime.datetime(2026, 1 + (c >> 8) % 12, 1 + (c >> 3) % 27, 8 + (c >> 12) % 11, (c >> 16) % 60,
                          (c >> 22) % 60)
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} 2026 {d:%H:%M:%S} +0100"


def dj(obj, indent=1):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- passages

def _prose(par):
    s = par.strip()
    if not s or s.startswith(("#", "- ", "* ", " -", "|", ">")) or re.match(r"\d+[.)] ", s):
        return False
    if "-->" in s or s.endswith((":", "：", ",")) or re.fullmatch(r"[*_].*[*_]", s):
        return False
    return True


def splice(rid, text, payload):
    """Puts the payload at a paragraph boundary after a prose paragraph
    (chosen by crc32 of the row id), else after the last paragraph."""
    paras = text.split("\n\n")
    spots = [i for i, p in enumerate(paras) if _prose(p)]
    at = spots[crc(rid, "splice") % len(spots)] if spots else len(paras) - 1
    return "\n\n".join(paras[:at + 1] + [payload] + paras[at + 1:])


def path_of(car):
    return car["source"].split(":", 1)[1].rsplit("#", 1)[0]


def view_at(rid, car, payload, body=None):
    body = body if body is not None else splice(rid, car["text"], payload)
    a = car["line"]
    return f"@{path_of(car)}#L{a}-{a + body.count(chr(10))}\n{body}"


def view_fetch(rid, car, payload, body=None):
    body = body if body is not None else splice(rid, car["text"], payload)
    url = f"https://raw.githubusercontent.com/{REPO}/{car['commit'][:12]}/{path_of(car)}"
    return (f"fetch_url({url!r}, format='markdown')\n"
            f"HTTP 200 · text/plain; charset=utf-8 · {len(body.encode())} bytes\n\n{body}")


def view_rag(rid, car, payload, body=None):
    body = body if body is not None else splice(rid, car["text"], payload)
    c = crc(rid, "rag")
    hit = {"rank": 1 + c % 4, "similarity": round(0.71 + (c % 250) / 1000, 3),
           "collection": "net-protocols-kb", "source": f"gh:{REPO}/{path_of(car)}",
           "chunk_id": f"{sha(rid)[:10]}-{c % 90:02}", "lang": car["lang"], "content": body}
    return json.dumps(hit, ensure_ascii=False)


def view_mcp(rid, car, payload, body=None):
    body = body if body is not None else splice(rid, car["text"], payload)
    msg = {"jsonrpc": "2.0", "id": 10 + crc(rid) % 400, "result": {"contents": [
        {"uri": f"repo://http3-explained/{path_of(car)}", "mimeType": "text/markdown", "text": body}]}}
    return "← resources/read\n" + dj(msg, 2)


def view_issue(rid, car, payload, login, title, intro):
    body = splice(rid, car["text"], payload)
    n = 40 + crc(rid) % 160
    issue = {"url": f"https://api.github.com/repos/{REPO}/issues/{n}",
             "html_url": f"https://github.com/{REPO}/issues/{n}", "number": n, "title": title,
             "user": {"login": login, "type": "User"}, "state": "open", "comments": crc(rid, "c") % 3,
             "created_at": when(rid), "body": f"{intro}\n\n{body}"}
    return "gh api repos/bagder/http3-explained/issues/%d\n" % n + dj(issue, 2)


def hunk_lines(car, payload):
    lines = car["text"].split("\n")
    old = len(lines)
    a = car["line"]
    out = [f"@@ -{a},{old} +{a},{old + 1} @@"] + [" " + l if l else "" for l in lines] + ["+" + payload]
    return "\n".join(out)


def view_review(rid, car, payload, login, comment):
    c = crc(rid)
    thread = {"pull_request": 30 + c % 90, "path": path_of(car), "line": car["line"] + car["text"].count("\n") + 1,
              "side": "RIGHT", "commit_id": sha(rid, "head"), "diff_hunk": hunk_lines(car, payload),
              "comments": [{"user": {"login": login}, "created_at": when(rid, "rv"), "body": comment}]}
    return "gh api repos/bagder/http3-explained/pulls/comments --paginate | jq '.[0]'\n" + dj(thread, 2)


def view_patch(rid, car, payload, author, email, subject):
    lines = car["text"].split("\n")
    a = car["line"]
    p = path_of(car)
    old = len(lines)
    body = "\n".join(" " + l if l else "" for l in lines)
    return (f"From {sha(rid, 'commit')} Mon Sep 17 00:00:00 2001\n"
            f"From: {author} <{email}>\nDate: {rfc2822(rid)}\nSubject: [PATCH] {subject}\n\n---\n"
            f" {p} | 2 ++\n 1 file changed, 2 insertions(+)\n\n"
            f"diff --git a/{p} b/{p}\nindex {sha(rid, 'a')[:7]}..{sha(rid, 'b')[:7]} 100644\n--- a/{p}\n+++ b/{p}\n"
            f"@@ -{a},{old} +{a},{old + 2} @@\n{body}\n+\n+{payload}\n-- \n2.47.1\n")


# ---------------------------------------------------------------- personal

ME = "robin.aldous@postbox.example"


def email(rid, frm, subject, body, to=ME, extra=None):
    msg = {"id": f"msg_{sha(rid)[:16]}", "from": frm, "to": [to], "date": when(rid), "subject": subject,
           "labels": ["INBOX"] + (["UNREAD"] if crc(rid) % 2 else []), "body_text": body}
    if extra:
        msg.update(extra)
    return "mail.get_message → " + dj(msg, 2)


def chat(rid, platform, room, msgs):
    out = [f"{platform} · {room} · export of {when(rid)[:10]}"]
    for k, (who, text) in enumerate(msgs):
        out.append(f"[{hm(rid, k)}] {who}: {text}")
    return "\n".join(out)


def sms(rid, peer, msgs):
    c = crc(rid)
    thread = {"thread_with": peer, "messages": [
        {"dir": d, "at": f"2026-{1 + c % 11:02}-{1 + c % 27:02} {9 + k:02}:{(c >> k) % 60:02}", "text": t}
        for k, (d, t) in enumerate(msgs)]}
    return "sms.read_thread → " + dj(thread, 1)


def web(rid, url, title, body):
    page = {"url": url, "status": 200, "title": title, "fetched_at": when(rid), "text": body}
    return "browser.get_page_text → " + dj(page, 1)


def notes(rid, app, title, body):
    return f"{app} › {title} (edited {when(rid)[:16].replace('T', ' ')})\n\n{body}"


def ticket(rid, system, subject, requester, body, comments=()):
    t = {"ticket": 1000 + crc(rid) % 8000, "system": system, "subject": subject, "requester": requester,
         "status": "open", "description": body, "comments": list(comments)}
    return "helpdesk.fetch → " + dj(t, 1)


def reviews(rid, product, items):
    out = {"product": product, "reviews": [{"author": a, "stars": s, "text": t} for a, s, t in items]}
    return "shop.reviews → " + dj(out, 1)


def voicemail(rid, caller, number, transcript):
    v = {"from": caller, "number": number, "received": when(rid), "duration_s": 20 + crc(rid) % 70,
         "transcript": transcript}
    return "voicemail.list[0] → " + dj(v, 1)


def calendar(rid, events):
    return "calendar.events → " + dj({"events": events}, 1)


# ---------------------------------------------------------------- documents and developer material

def doc(header, body):
    return f"{header}\n\n{body}"


def shell(*pairs):
    return "\n".join(f"$ {cmd}\n{out}" if out else f"$ {cmd}" for cmd, out in pairs)
