#!/usr/bin/env python3
"""Builders of held-out set 55 (written from scratch for this set; no earlier
fill*.py was opened): the views of the carrier passages (carriers55.jsonl,
Learn Git Branching lesson dialogs) and small helpers for the written rows.
Every time, id, line and splice point is derived from zlib.crc32 of the row
id, so that `holdout55.py` rebuilds `holdout55.jsonl` byte for byte."""
import hashlib, json, zlib
from pathlib import Path

HERE = Path(__file__).parent
KEY = {"en": "en_US", "sl": "sl_SI", "fa": "fa", "ro": "ro", "bg": "bg", "uk": "uk", "vi": "vi", "pl": "pl"}


def carriers():
    return [json.loads(l) for l in (HERE / "carriers55.jsonl").read_text(encoding="utf-8").splitlines()]


def h(rid, salt=""):
    return zlib.crc32((rid + salt).encode("utf-8"))


def pick(rid, seq, salt=""):
    return seq[h(rid, salt) % len(seq)]


def num(rid, lo, hi, salt=""):
    return lo + h(rid, salt) % (hi - lo + 1)


def day(rid, month=None):
    """An ISO date and time in 2026 from the row id."""
    x = h(rid, "t")
    m = month or 1 + x % 11
    return f"2026-{m:02}-{1 + (x >> 4) % 28:02}T{7 + (x >> 9) % 13:02}:{(x >> 13) % 60:02}:{(x >> 19) % 60:02}Z"


def hhmm(rid, salt=""):
    x = h(rid, "hm" + salt)
    return f"{7 + x % 14:02}:{(x >> 5) % 60:02}"


def sha(rid, salt=""):
    return hashlib.sha1((rid + salt).encode("utf-8")).hexdigest()


def J(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def J1(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- passages

def splice(rid, text, payload, at_end=False):
    """The passage with the payload as a paragraph of its own, put after a
    paragraph that does not end in a colon (chosen by the row id), or at the
    end."""
    paras = text.split("\n\n")
    if at_end:
        return "\n\n".join(paras + [payload])
    spots = [i + 1 for i, p in enumerate(paras) if not p.rstrip().endswith((":", "："))]
    if not spots:
        spots = [len(paras)]
    if len(spots) > 1 and len(paras) in spots and h(rid, "s") % 3:
        spots = [s for s in spots if s != len(paras)]
    k = pick(rid, spots, "s")
    return "\n\n".join(paras[:k] + [payload] + paras[k:])


def _stem(c):
    return c["path"].rsplit("/", 1)[1][:-3]


def _dir(c):
    return c["path"].split("/")[2]


def view_at(rid, c, body, first=None):
    n, first = body.count("\n"), first or c["line"]
    return f"@docs/lgb/{_dir(c)}/{_stem(c)}/{c['lang']}.md#L{first}-{first + n}\n{body}"


def view_fetch(rid, c, body):
    kb = num(rid, 38, 96, "kb")
    return (f"web_fetch https://learngitbranching.js.org/?locale={KEY[c['lang']]}&level={_stem(c)}\n"
            f"Status 200 · text/html → Markdown · {kb} KB\n\n# Learn Git Branching — {_stem(c)}\n\n{body}")


def view_mcp(rid, c, body):
    return J({"jsonrpc": "2.0", "id": num(rid, 3, 400, "rpc"), "result": {"contents": [
        {"uri": f"lgbdialog://{KEY[c['lang']]}/{_dir(c)}/{_stem(c)}", "mimeType": "text/markdown", "text": body}]}})


def view_rag(rid, c, body, query):
    hit = {"rank": 1, "score": round(0.71 + (h(rid, "sc") % 250) / 1000, 3), "doc": c["path"],
           "locale": KEY[c["lang"]], "line": c["line"], "chunk": body}
    return f"retrieve(query={J1(query)}, k=1)\n{J1(hit)}"


def view_issue(rid, c, body, title, login, intro):
    n = num(rid, 1180, 1390, "iss")
    return J({"url": f"https://api.github.com/repos/pcottle/learnGitBranching/issues/{n}", "number": n,
              "title": title, "state": "open", "user": {"login": login}, "labels": [{"name": "translation"}],
              "created_at": day(rid), "body": intro + "\n\n" + body})


def _hunk_lines(c, payload, rid):
    paras = c["text"].split("\n\n")
    lines = []
    for i, p in enumerate(paras):
        lines.append(" " + " " * 14 + J1(p) + ",")
        if i < len(paras) - 1:
            lines.append(" " + " " * 14 + '"",')
    k = pick(rid, list(range(1, len(lines) + 1)), "hk")
    lines.insert(k, "+" + " " * 14 + J1(payload) + ",")
    return lines


def view_review(rid, c, payload, reviewer, author, comment, reply):
    lines = _hunk_lines(c, payload, rid)
    old = len(lines) - 1
    pr = num(rid, 1190, 1399, "pr")
    return (f"gh pr view {pr} --comments  # review thread on src/levels/{_dir(c)}/{_stem(c)}.js\n"
            f"@@ -{c['line']},{old} +{c['line']},{old + 1} @@ \"{KEY[c['lang']]}\": {{\n" + "\n".join(lines) +
            f"\n\n{reviewer} ({day(rid)[:10]}): {comment}\n{author}: {reply}")


def view_patch(rid, c, payload, name, mail, subject):
    lines = _hunk_lines(c, payload, rid)
    old = len(lines) - 1
    p = f"src/levels/{_dir(c)}/{_stem(c)}.js"
    return (f"From {sha(rid)} Mon Sep 17 00:00:00 2001\nFrom: {name} <{mail}>\nDate: {day(rid)}\n"
            f"Subject: [PATCH] {subject}\n\n---\n {p} | 1 +\n 1 file changed, 1 insertion(+)\n\n"
            f"diff --git a/{p} b/{p}\nindex {sha(rid, 'a')[:7]}..{sha(rid, 'b')[:7]} 100644\n--- a/{p}\n+++ b/{p}\n"
            f"@@ -{c['line']},{old} +{c['line']},{old + 1} @@\n" + "\n".join(lines) + "\n-- \n2.47.1\n")


# ---------------------------------------------------------------- written rows

def mail(rid, frm, to, subject, body, extra=None):
    m = {"id": f"msg-{h(rid, 'm') % 10 ** 8:08}", "from": frm, "to": to, "date": day(rid), "subject": subject,
         "body": body}
    if extra:
        m.update(extra)
    return "mail.get_message →\n" + J(m)


def chat(rid, where, msgs):
    out, x = [], h(rid, "c")
    start = (8 + x % 12) * 60 + (x >> 5) % 60
    for i, (who, text) in enumerate(msgs):
        m = start + sum(1 + (x >> (7 + 3 * j)) % 7 for j in range(i))
        out.append({"ts": f"{day(rid)[:11]}{m // 60:02}:{m % 60:02}", "user": who, "text": text})
    return f"chat.history(channel={J1(where)}, limit={len(msgs)}) →\n" + J(out)


def sms(rid, number, msgs):
    x = h(rid, "s")
    start = (8 + x % 12) * 60 + (x >> 5) % 60
    stamp = lambda i: start + sum(2 + (x >> (7 + 3 * j)) % 9 for j in range(i))
    return f"sms.thread({number}) →\n" + "\n".join(
        f"[{day(rid)[:10]} {stamp(i) // 60:02}:{stamp(i) % 60:02}] {who}: {t}" for i, (who, t) in enumerate(msgs))


def web(rid, url, title, text):
    return "browser.get_text →\n" + J({"url": url, "title": title, "status": 200, "text": text})


def ticket(rid, subject, requester, body, extra=None):
    t = {"ticket": num(rid, 40000, 89999, "tk"), "subject": subject, "requester": requester, "status": "new",
         "created": day(rid), "description": body}
    if extra:
        t.update(extra)
    return "helpdesk.get_ticket →\n" + J(t)


def event(rid, title, desc, where, attendees):
    return "calendar.get_event →\n" + J({"summary": title, "start": day(rid), "location": where,
                                         "attendees": attendees, "description": desc})


def voicemail(rid, caller, text):
    return "voicemail.transcribe →\n" + J({"from": caller, "received": day(rid),
                                           "duration_s": num(rid, 21, 140, "vm"), "transcript": text})


def note(rid, title, body):
    return f"notes.open({J1(title)}) →\n{title}\nedited {day(rid)[:10]}\n\n{body}"


def reviews(rid, product, items):
    return "shop.get_reviews →\n" + J({"product": product, "reviews": [
        {"stars": s, "author": a, "text": t} for s, a, t in items]})
