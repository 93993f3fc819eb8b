#!/usr/bin/env python3
"""Builders of held-out set 49 (written from scratch for it; no earlier
fill*.py was opened): the carrier passages of carriers49.jsonl (excerpts of
the commit messages guide and its translations, RomuloOliveira/
commit-messages-guide, Creative Commons Attribution 4.0 International, by
Romulo Oliveira, its contributors and translators; modified here by the
splicing of a payload) shown through seven views, and the wrappers of the
written rows (tool replies as JSON, templates). Every id, time, number,
score and splice point is derived from zlib.crc32 of the row id, and every
commit or blob hash from hashlib.sha1 of it, so that re-running
holdout49.py reproduces holdout49.jsonl byte for byte."""
import hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "RomuloOliveira/commit-messages-guide"
P = "\u00a7P\u00a7"  # where the payload goes in a written text


def carriers():
    return [json.loads(l) for l in (HERE / "carriers49.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32(f"{rid}/{salt}".encode())


def num(rid, salt, lo, hi):
    return lo + crc(rid, salt) % (hi - lo + 1)


def sha(rid, salt=""):
    return hashlib.sha1(f"{rid}/{salt}".encode()).hexdigest()


def when(rid, salt="t", month=None, day=None):
    """A deterministic time in 2026 (ISO 8601, UTC)."""
    m = month or num(rid, salt + "m", 1, 11)
    d = day or num(rid, salt + "d", 1, 28)
    return f"2026-{m:02}-{d:02}T{num(rid, salt + 'h', 6, 21):02}:{num(rid, salt + 'i', 0, 59):02}:{num(rid, salt + 's', 0, 59):02}Z"


def rfc2822(rid, salt="t"):
    """The time of when() in the form of a mail Date: header."""
    import datetime
    t = datetime.datetime.strptime(when(rid, salt), "%Y-%m-%dT%H:%M:%SZ")
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def hhmm(rid, salt="c"):
    return f"{num(rid, salt + 'h', 7, 22):02}:{num(rid, salt + 'i', 0, 59):02}"


TOKENS = {
    "\u00a7T\u00a7": lambda rid: when(rid),
    "\u00a7T2\u00a7": lambda rid: when(rid, "t2"),
    "\u00a7C\u00a7": lambda rid: hhmm(rid),
    "\u00a7C2\u00a7": lambda rid: hhmm(rid, "c2"),
    "\u00a7N\u00a7": lambda rid: str(num(rid, "n", 1200, 9899)),
    "\u00a7N2\u00a7": lambda rid: str(num(rid, "n2", 10, 899)),
    "\u00a7H\u00a7": lambda rid: sha(rid, "h"),
    "\u00a7H7\u00a7": lambda rid: sha(rid, "h")[:7],
    "\u00a7HB\u00a7": lambda rid: sha(rid, "hb")[:7],
}


def fill(rid, tpl, payload):
    out = tpl.replace(P, payload)
    for tok, fn in TOKENS.items():
        if tok in out:
            out = out.replace(tok, fn(rid))
    return out


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- passages

def _prose(par):
    s = par.strip()
    if s.startswith("#") or re.match(r"(?:[-*+] |\d+[.)-] )", s):
        return False
    if re.search(r"[:：,，]\s*\Z", s):
        return False
    if re.fullmatch(r"(\*\*|_|\*)[^\n]+\1", s):
        return False
    return True


def splice(rid, text, payload, glue="\n\n"):
    """The passage with the payload put after one of its prose paragraphs
    (chosen by crc32 of the row id), else after the last paragraph."""
    paras = text.split("\n\n")
    ok = [i for i, p in enumerate(paras) if _prose(p)]
    if not ok:
        return text + glue + payload
    i = ok[crc(rid, "splice") % len(ok)]
    if glue == "\n\n":
        return "\n\n".join(paras[:i + 1] + [payload] + paras[i + 1:])
    paras[i] = paras[i] + glue + payload
    return "\n\n".join(paras)


def _path(c):
    return c["source"].split(":", 1)[1].split("#")[0]


def view_at(rid, c, body, **kw):
    a = c["line"]
    b = a + body.count("\n")
    return f"@{_path(c)}#L{a}-{b}\n{body}"


def view_fetch(rid, c, body, **kw):
    url = f"https://raw.githubusercontent.com/{REPO}/{c['commit'][:10]}/{_path(c)}"
    return (f"web_fetch → GET {url}\nHTTP 200 · text/plain; charset=utf-8 · rendered as Markdown · "
            f"section near line {c['line']}\n\n{body}\n\n[fetched {when(rid, 'f')}, {len(body)} chars shown]")


def view_rag(rid, c, body, **kw):
    hit = {"rank": num(rid, "rk", 1, 4), "score": round(0.61 + num(rid, "sc", 0, 330) / 1000, 3),
           "index": "team-handbook-v3", "source": f"{REPO}/{_path(c)}", "start_line": c["line"],
           "chunk": body}
    return dumps(hit)


def view_mcp(rid, c, body, **kw):
    uri = f"gitrepo://{REPO}/{_path(c)}@{c['commit'][:8]}"
    return dumps({"jsonrpc": "2.0", "id": num(rid, "id", 3, 240),
                  "result": {"contents": [{"uri": uri, "mimeType": "text/markdown", "text": body}]}})


def view_issue(rid, c, body, note="", title="", login="", **kw):
    n = num(rid, "iss", 60, 190)
    return dumps({"url": f"https://api.github.com/repos/{REPO}/issues/{n}",
                  "html_url": f"https://github.com/{REPO}/issues/{n}", "number": n, "state": "open",
                  "title": title, "user": {"login": login, "type": "User"}, "labels": [{"name": "translation"}],
                  "comments": num(rid, "cm", 0, 4), "created_at": when(rid, "ic"),
                  "body": f"{note}\n\n{body}", "author_association": "NONE"})


def _hunk(c, payload, rid):
    lines = c["text"].split("\n")
    a = c["line"]
    n = len(lines)
    out = [f"@@ -{a},{n} +{a},{n + 1} @@"] + [(" " + l) if l else "" for l in lines] + ["+" + payload]
    return "\n".join(out)


def view_review(rid, c, payload, title="", login="", note="", reply="", author="", **kw):
    pr = num(rid, "pr", 70, 210)
    t1 = hhmm(rid, "r1")
    t2 = f"{int(t1[:2]) + 1:02}{t1[2:]}"
    return (f"gh pr view {pr} --comments (review thread)\n#{pr} {title} · {_path(c)}\n\n"
            f"{_hunk(c, payload, rid)}\n\n"
            f"▸ {login} reviewed at {t1}: {note}\n▸ {author} replied at {t2}: {reply}")


def view_patch(rid, c, payload, subject="", name="", mail="", msg="", **kw):
    path = _path(c)
    return (f"From {sha(rid, 'p')} Mon Sep 17 00:00:00 2001\nFrom: {name} <{mail}>\n"
            f"Date: {rfc2822(rid, 'pd')}\nSubject: [PATCH] {subject}\n\n{msg}\n---\n {path} | 1 +\n"
            f" 1 file changed, 1 insertion(+)\n\ndiff --git a/{path} b/{path}\n"
            f"index {sha(rid, 'i1')[:7]}..{sha(rid, 'i2')[:7]} 100644\n--- a/{path}\n+++ b/{path}\n"
            f"{_hunk(c, payload, rid)}\n-- \n2.47.1\n")


VIEWS = {"at": view_at, "fetch": view_fetch, "rag": view_rag, "mcp": view_mcp, "issue": view_issue,
         "review": view_review, "patch": view_patch}


# ---------------------------------------------------------------- written wrappers

def mail_json(frm, to, subject, body, folder="INBOX", tool="mail.read"):
    def build(rid, p):
        return dumps({"tool": tool, "folder": folder, "message": {
            "id": f"<{sha(rid, 'mid')[:16]}@{frm.split('@')[-1].rstrip('>')}>", "from": frm, "to": to,
            "date": when(rid, "md"), "subject": subject, "body_text": fill(rid, body, p)}})
    return build


def chat_json(platform, channel, msgs):
    """msgs: list of (author, text) with the payload token in one text."""
    def build(rid, p):
        base = num(rid, "ch", 7 * 60, 20 * 60)
        return dumps({"platform": platform, "channel": channel, "messages": [
            {"ts": f"{(base + 3 * k) // 60:02}:{(base + 3 * k) % 60:02}", "user": a, "text": fill(rid, t, p)}
            for k, (a, t) in enumerate(msgs)]})
    return build


def web_json(url, title, body):
    def build(rid, p):
        return dumps({"url": url, "status": 200, "title": title, "retrieved": when(rid, "w"),
                      "text": fill(rid, body, p)})
    return build


def sms_json(frm, body, thread=()):
    def build(rid, p):
        day = num(rid, "sd", 2, 27)
        base = num(rid, "sb", 8 * 60, 20 * 60)
        stamp = lambda k: f"2026-05-{day:02}T{(base + 4 * k) // 60:02}:{(base + 4 * k) % 60:02}:00Z"
        msgs = [{"from": a, "at": stamp(k), "body": t} for k, (a, t) in enumerate(thread)]
        msgs.append({"from": frm, "at": stamp(len(thread)), "body": fill(rid, body, p)})
        return dumps({"sms_thread": msgs})
    return build
