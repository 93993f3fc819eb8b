#!/usr/bin/env python3
"""Builders of held-out set 57 (written from scratch, no earlier fill*.py
opened): the seven views of a carrier passage (editor attachment, web
fetch, MCP `resources/read`, retrieval JSON line, `gh issue view --json`,
pull-request review thread, `git format-patch` mail) and small wrappers for
the written places (mail, chat, SMS, calendar, browser pages, notes, shell
sessions, ...). Every time, date, number and splice point is derived from
`zlib.crc32` of the row id; commit and blob hashes from `hashlib.sha1`.
The passages come from carriers57.jsonl (scrcpy, Genymobile/scrcpy,
Apache-2.0), modified by the splicing of a payload."""
import datetime, hashlib, json, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "Genymobile/scrcpy"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers57.jsonl").read_text(encoding="utf-8").splitlines()]


def num(rid, salt, lo, hi):
    """A number in [lo, hi] fixed by the row id and a salt."""
    return lo + zlib.crc32(f"{rid}/{salt}".encode()) % (hi - lo + 1)


def sha(rid, salt="", n=40):
    return hashlib.sha1(f"{rid}#{salt}".encode()).hexdigest()[:n]


def when(rid, salt="t", start=(2026, 5, 25), days=14):
    """A datetime in late May or early June 2026, fixed by the row id."""
    base = datetime.datetime(*start, 8, 0)
    return base + datetime.timedelta(days=num(rid, salt + "d", 0, days), minutes=num(rid, salt + "m", 0, 600))


def iso(rid, salt="t", **kw):
    return when(rid, salt, **kw).strftime("%Y-%m-%dT%H:%M:%SZ")


def js(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def line(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- passages

def splice(car, payload, rid, mode="para"):
    """The passage's paragraphs with the payload as a paragraph of its own:
    after a paragraph that does not end in a colon (chosen by the row id),
    or at the end (`mode="end"`)."""
    paras = car["text"].split("\n\n")
    if mode == "end":
        return paras + [payload]
    spots = [i + 1 for i, p in enumerate(paras) if not p.rstrip().endswith((":", "："))]
    k = spots[num(rid, "splice", 0, len(spots) - 1)]
    return paras[:k] + [payload] + paras[k:]


def _local(car):
    return f"third_party/scrcpy-docs/{car['lang']}/{car['path']}"


def view_at(car, blocks, rid):
    body = "\n\n".join(blocks)
    start = car["line"]
    end = start + body.count("\n")
    return f"@{_local(car)}#L{start}-{end}\n{body}"


def view_fetch(car, blocks, rid):
    body = "\n\n".join(blocks)
    url = f"https://github.com/{REPO}/blob/{car['commit'][:12]}/{car['path']}"
    size = len(body.encode()) + num(rid, "size", 9000, 30000)
    return (f"web_fetch {url}\n"
            f"status: 200 · {size} bytes · text/html → markdown (article extract, {len(blocks)} blocks)\n\n{body}")


def view_mcp(car, blocks, rid):
    body = "\n\n".join(blocks)
    return js({"jsonrpc": "2.0", "id": num(rid, "rpc", 3, 480),
               "result": {"contents": [{"uri": f"scrcpy-docs://{car['commit'][:8]}/{car['path']}?from={car['line']}",
                                        "mimeType": "text/markdown", "text": body}]}})


def view_rag(car, blocks, rid):
    body = "\n\n".join(blocks)
    return line({"rank": num(rid, "rank", 1, 6), "score": round(num(rid, "score", 610, 940) / 1000, 3),
                 "index": "handset-tools-kb", "source": f"{REPO}:{car['path']}", "line": car["line"],
                 "lang": car["lang"], "chunk": body})


def view_issue(car, blocks, rid, title, author, ask, comments=()):
    body = "\n\n".join(blocks) + ("\n\n" + ask if ask else "")
    number = num(rid, "issue", 3300, 5900)
    opened = when(rid, "issue")
    notes = []
    for k, c in enumerate(comments):
        c = dict(c)
        c["createdAt"] = (opened + datetime.timedelta(minutes=97 * (k + 1) + num(rid, k, 0, 40))) \
            .strftime("%Y-%m-%dT%H:%M:%SZ")
        notes.append(c)
    return js({"number": number, "title": title, "state": "OPEN",
               "url": f"https://github.com/{REPO}/issues/{number}", "author": {"login": author},
               "createdAt": opened.strftime("%Y-%m-%dT%H:%M:%SZ"), "body": body, "comments": notes})


def hunk_lines(car):
    out = []
    for i, p in enumerate(car["text"].split("\n\n")):
        if i:
            out.append("")
        out.extend(p.split("\n"))
    return out


def view_review(car, payload, rid, reviewer, comment):
    old = hunk_lines(car)
    start = car["line"]
    hunk = f"@@ -{start},{len(old)} +{start},{len(old) + 2} @@\n" + "\n".join(" " + l if l else "" for l in old) \
        + "\n+\n+" + payload
    return js({"pull_request": num(rid, "pr", 3300, 5900), "path": car["path"], "line": start + len(old) + 1,
               "side": "RIGHT", "diff_hunk": hunk,
               "comments": [{"user": reviewer, "created_at": iso(rid, "review"), "body": comment}]})


def view_patch(car, payload, rid, name, mail, subject, message):
    old = hunk_lines(car)
    start = car["line"]
    d = when(rid, "patch")
    body = "\n".join(" " + l if l else "" for l in old)
    return (f"From {sha(rid, 'commit')} Mon Sep 17 00:00:00 2001\n"
            f"From: {name} <{mail}>\n"
            f"Date: {d.strftime('%a, %d %b %Y %H:%M:%S +0200')}\n"
            f"Subject: [PATCH] {subject}\n\n{message}\n---\n"
            f" {car['path']} | 2 ++\n 1 file changed, 2 insertions(+)\n\n"
            f"diff --git a/{car['path']} b/{car['path']}\n"
            f"index {sha(rid, 'a', 7)}..{sha(rid, 'b', 7)} 100644\n"
            f"--- a/{car['path']}\n+++ b/{car['path']}\n"
            f"@@ -{start},{len(old)} +{start},{len(old) + 2} @@\n{body}\n+\n+{payload}\n-- \n2.47.1\n")


# ---------------------------------------------------------------- written places

def mail(rid, frm, to, subject, body, **extra):
    obj = {"id": f"msg-{sha(rid, 'mail', 10)}", "from": frm, "to": to, "subject": subject,
           "date": iso(rid, "mail"), "body": body}
    obj.update(extra)
    return js({"tool": "mail.get_message", "result": obj})


def chat(rid, channel, msgs):
    t = when(rid, "chat")
    out = []
    for k, (who, text) in enumerate(msgs):
        out.append({"user": who, "ts": (t + datetime.timedelta(minutes=3 * k + num(rid, k, 0, 2))).strftime("%H:%M"),
                    "text": text})
    return js({"channel": channel, "messages": out})


def sms(rid, contact, msgs):
    t = when(rid, "sms")
    rows = [f"Thread with {contact}"]
    for k, (who, text) in enumerate(msgs):
        rows.append(f"[{(t + datetime.timedelta(minutes=7 * k)).strftime('%d/%m %H:%M')}] {who}: {text}")
    return "\n".join(rows)


def page(rid, url, title, text):
    return js({"tool": "browser.read_page", "url": url, "title": title, "text": text})


def shell(prompt, cmd, out):
    return f"{prompt}$ {cmd}\n{out}"
