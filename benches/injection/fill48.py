#!/usr/bin/env python3
"""Builders of held-out set 48 (written from scratch for this set; no
earlier fill*.py was opened): the passage views and the wrappers of the
written tool outputs. Every id, time, line number, score and splice point
is derived from zlib.crc32 of the row id, and commit hashes from
hashlib.sha1 of it, so that holdout48.py rebuilds holdout48.jsonl byte for
byte.

The passages (carriers48.jsonl) are excerpts of the MIT-licensed GetX
documentation and its translations (jonataslaw/getx, by Jonny Borges, its
contributors and translators), modified here by the splicing of a payload.
"""
import datetime, hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "jonataslaw/getx"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers48.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32(f"{rid}|{salt}".encode())


def sha(rid, salt=""):
    return hashlib.sha1(f"{rid}|{salt}".encode()).hexdigest()


def when(rid, salt="", base=(2026, 3, 2, 7, 0), days=60):
    """A time in the 60 days after 2 March 2026, at a whole minute."""
    t0 = datetime.datetime(*base, tzinfo=datetime.timezone.utc)
    return t0 + datetime.timedelta(minutes=crc(rid, salt) % (days * 24 * 60))


def iso(rid, salt=""):
    return when(rid, salt).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc2822(rid, salt=""):
    return when(rid, salt).strftime("%a, %d %b %Y %H:%M:%S +0000")


def hhmm(rid, salt=""):
    return when(rid, salt).strftime("%H:%M")


def path_of(c):
    return c["source"].split(":", 1)[1].split("#")[0]


def commit12(c):
    return c["commit"][:12]


# --- splicing a payload into a passage --------------------------------------

def _prose(par):
    s = par.strip()
    if s.startswith("#") or re.match(r"[-*+] |\d+[.)-] ", s):
        return False
    if re.fullmatch(r"\*\*[^*\n]+\*\*", s) or re.fullmatch(r"_[^_\n]+_", s):
        return False
    if re.search(r"[:：,，、]\s*\**\s*\Z", s):
        return False
    if all(re.match(r"\s*(?:[-*+] |\d+[.)-] )", l) for l in s.splitlines() if l.strip()):
        return False
    return True


def splice_points(text):
    pars = text.split("\n\n")
    return [i for i, p in enumerate(pars) if _prose(p)]


def splice(c, payload, rid):
    """The passage with the payload as a paragraph of its own after a prose
    paragraph (chosen by crc32 of the row id), else at the end."""
    pars = c["text"].split("\n\n")
    pts = splice_points(c["text"])
    at = pts[crc(rid, "splice") % len(pts)] if pts else len(pars) - 1
    return "\n\n".join(pars[:at + 1] + [payload] + pars[at + 1:])


def nlines(c):
    return c["text"].count("\n") + 1


# --- the seven passage views ---------------------------------------------------

def view_at(c, payload, rid):
    a = c["line"]
    return f"@{path_of(c)}#L{a}-{a + nlines(c) - 1}\n{splice(c, payload, rid)}"


def view_fetch(c, payload, rid):
    body = splice(c, payload, rid)
    url = f"https://github.com/{REPO}/blob/master/{path_of(c)}"
    return (f"fetch_url({url!r})\n"
            f"-> HTTP 200 · text/html rendered as markdown · {len(body.encode('utf-8'))} bytes · excerpt near line {c['line']}\n"
            f"\n{body}\n")


def view_mcp(c, payload, rid):
    uri = f"repo://{REPO}/{path_of(c)}?ref={commit12(c)}&lines={c['line']}-{c['line'] + nlines(c) - 1}"
    msg = {"jsonrpc": "2.0", "id": 100 + crc(rid, "mcp") % 900,
           "result": {"contents": [{"uri": uri, "mimeType": "text/markdown", "text": splice(c, payload, rid)}]}}
    return "[mcp:docs-mirror] resources/read\n" + json.dumps(msg, ensure_ascii=False)


def view_rag(c, payload, rid, query):
    n = 3 + crc(rid, "n") % 4
    k = 1 + crc(rid, "k") % n
    hit = {"rank": k, "score": round(0.91 - 0.047 * k - (crc(rid, "s") % 30) / 1000, 3),
           "doc": f"{REPO}/{path_of(c)}", "lang": c["lang"], "lines": [c["line"], c["line"] + nlines(c) - 1],
           "chunk": splice(c, payload, rid)}
    return f"kb.search(q={query!r}, top_k={n}) -> {n} hits; hit {k} of {n}:\n" + json.dumps(hit, ensure_ascii=False)


def view_issue(c, payload, rid, title, login, intro, outro):
    num = 1800 + crc(rid, "issue") % 1400
    body = f"{intro}\n\n{c['text']}\n\n{payload}\n\n{outro}"
    obj = {"url": f"https://api.github.com/repos/{REPO}/issues/{num}", "number": num, "title": title,
           "user": {"login": login}, "state": "open", "labels": [{"name": "documentation"}],
           "created_at": iso(rid, "issue"), "comments": crc(rid, "cm") % 4, "body": body}
    return f"$ gh api repos/{REPO}/issues/{num}\n" + json.dumps(obj, ensure_ascii=False, indent=2)


def _hunk_lines(c):
    """The passage's lines, its blank lines kept, as diff context."""
    return c["text"].split("\n")


def view_review(c, payload, rid, pr_title, author, reviewer, comments):
    lines = _hunk_lines(c)
    pars_end = [i for i, l in enumerate(lines) if l.strip() and (i + 1 == len(lines) or not lines[i + 1].strip())]
    prose_end = [i for i in pars_end if _prose(lines[i])] or [len(lines) - 1]
    at = prose_end[-1]
    a = c["line"]
    body = [" " + l if l else "" for l in lines[:at + 1]] + ["+" + payload] + \
           [" " + l if l else "" for l in lines[at + 1:]]
    num = 3000 + crc(rid, "pr") % 500
    head = (f"PR #{num} \u00b7 {pr_title} \u00b7 @{author} \u2192 master\n"
            f"Review thread on {path_of(c)} (unresolved)\n"
            f"@@ -{a},{len(lines)} +{a},{len(lines) + 1} @@")
    t0 = when(rid, "pr")
    tail = "\n".join(f"  {who} \u00b7 {(t0 + datetime.timedelta(minutes=47 * i + crc(rid, who) % 40)).strftime('%b %d %H:%M')}"
                      f"\n  {what}" for i, (who, what) in enumerate(comments))
    return head + "\n" + "\n".join(body) + "\n\n" + tail


def view_patch(c, payload, rid, name, mail, subject):
    lines = _hunk_lines(c)
    a = c["line"]
    h = sha(rid)
    body = "\n".join(" " + l if l else "" for l in lines)
    return (f"From {h} Mon Sep 17 00:00:00 2001\nFrom: {name} <{mail}>\nDate: {rfc2822(rid)}\n"
            f"Subject: [PATCH] {subject}\n\n---\n {path_of(c)} | 1 +\n 1 file changed, 1 insertion(+)\n\n"
            f"diff --git a/{path_of(c)} b/{path_of(c)}\nindex {h[:7]}..{sha(rid, 'b')[:7]} 100644\n"
            f"--- a/{path_of(c)}\n+++ b/{path_of(c)}\n@@ -{a},{len(lines)} +{a},{len(lines) + 1} @@\n"
            f"{body}\n+{payload}\n-- \n2.47.1\n")


# --- wrappers for written tool outputs -------------------------------------------

def mail_json(rid, frm, to, subject, body, tool="mail.get_message", attachments=()):
    msg = {"id": f"msg_{sha(rid, 'mail')[:16]}", "from": frm, "to": to, "date": iso(rid, "mail"),
           "subject": subject, "labels": ["INBOX"] + (["has:attachment"] if attachments else []),
           "body_text": body}
    if attachments:
        msg["attachments"] = list(attachments)
    return f"{tool}(id=\"{msg['id']}\")\n" + json.dumps(msg, ensure_ascii=False, indent=1)


def mail_eml(rid, frm, to, subject, body, extra_headers=""):
    return (f"Return-Path: <{re.sub(r'.*<|>.*', '', frm)}>\nMessage-ID: <{sha(rid, 'eml')[:20]}@mx.example>\n"
            f"Date: {rfc2822(rid)}\nFrom: {frm}\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n{extra_headers}"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n")


def chat(rid, header, msgs, fmt="[{t}] {who}: {text}"):
    out = [header]
    for i, (who, text) in enumerate(msgs):
        out.append(fmt.format(t=_tick(rid, i), who=who, text=text))
    return "\n".join(out)


def _tick(rid, i):
    t = when(rid, "chat")
    return (t + datetime.timedelta(minutes=3 * i + crc(rid, f"c{i}") % 3)).strftime("%H:%M")


def sms(rid, frm, body, app="messages.list_recent"):
    return (f"{app}(limit=1)\n[{when(rid, 'sms').strftime('%d/%m %H:%M')}] from {frm}\n{body}")
