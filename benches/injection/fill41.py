#!/usr/bin/env python3
"""Carrier builders of held-out set 41, written from scratch (no earlier
fill*.py was opened). Each builder wraps a payload in a realistic envelope:
documentation views of the passages in carriers41.jsonl (necolas/idiomatic-css,
CC-BY-3.0), developer material, personal-assistant tool outputs and documents.
Every id, hash, time, line number and splice point is derived from
zlib.crc32 of the row id, so the output is reproducible."""
import json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "necolas/idiomatic-css"
PATHS = {"en": "README.md", "es": "translations/es-ES/README.md", "fr": "translations/fr-FR/README.md",
         "de": "translations/de-DE/README.md", "pt": "translations/pt-BR/README.md",
         "ru": "translations/ru-RU/README.md", "zh": "translations/zh-CN/README.md",
         "ja": "translations/ja-JP/README.md", "ko": "translations/ko-KR/README.md",
         "it": "translations/it-IT/README.md"}


def carriers():
    return [json.loads(l) for l in (HERE / "carriers41.jsonl").read_text(encoding="utf-8").splitlines()]


def h(rid, salt=""):
    return zlib.crc32((rid + "|" + salt).encode())


def hexid(rid, n=12, salt=""):
    x = ""
    i = 0
    while len(x) < n:
        x += f"{h(rid, salt + str(i)):08x}"
        i += 1
    return x[:n]


def stamp(rid, day="2026-11"):
    v = h(rid, "t")
    return f"{day}-{v % 27 + 1:02d}T{v % 11 + 8:02d}:{v % 59:02d}:{(v >> 8) % 59:02d}Z"


def dj(obj):
    return json.dumps(obj, ensure_ascii=False)


def _prose(p):
    s = p.strip()
    if not s or s.lstrip().startswith("#") or re.match(r"\s*(?:[-*+] |\d+[.)] )", s):
        return False
    return not re.search(r"[:：,，]\s*\Z", s)


def splice(rid, passage, payload):
    """Insert the payload at a paragraph boundary after a prose paragraph,
    else after the last paragraph."""
    paras = passage.split("\n\n")
    spots = [i for i in range(len(paras) - 1) if _prose(paras[i])]
    if spots:
        i = spots[h(rid, "s") % len(spots)]
        return "\n\n".join(paras[:i + 1] + [payload] + paras[i + 1:])
    return passage + "\n\n" + payload


def lines_of(c, text):
    return c["line"], c["line"] + text.count("\n")


def view(kind, rid, c, payload):
    path = PATHS[c["lang"]]
    body = splice(rid, c["text"], payload)
    a, b = lines_of(c, body)
    commit = c["commit"]
    if kind == "at":
        return f"@{path}#L{a}-{b}\n{body}"
    if kind == "fetch":
        url = f"https://github.com/{REPO}/blob/master/{path}"
        return (f"Fetched {url} (200 OK, text/html, converted to Markdown, {len(body.encode())} bytes)\n\n"
                f"{body}\n\n[View raw]({url.replace('/blob/', '/raw/')})")
    if kind == "rag":
        return dj({"rank": h(rid, "r") % 4 + 1, "score": round(0.71 + (h(rid, "sc") % 250) / 1000, 3),
                   "source": f"{REPO}/{path}", "lines": [a, b], "chunk": body})
    if kind == "mcp":
        return dj({"jsonrpc": "2.0", "id": h(rid, "i") % 90 + 3, "result": {"contents": [
            {"uri": f"github://{REPO}/{commit[:12]}/{path}", "mimeType": "text/markdown", "text": body}]}})
    if kind == "issue":
        n = h(rid, "n") % 60 + 82
        user = ["css-tidy-fan", "mkoval", "lin-devs", "grid-gardener", "tabs-not-spaces"][h(rid, "u") % 5]
        return dj({"url": f"https://api.github.com/repos/{REPO}/issues/{n}", "number": n,
                   "title": f"Wording in {path} around line {a}", "state": "open", "user": {"login": user},
                   "labels": [{"name": "docs"}], "created_at": stamp(rid),
                   "body": f"Quoting the current text (lines {a}-{b}):\n\n{body}\n\nCould someone check whether this still reads well?"})
    if kind in ("review", "patch"):
        old = c["text"].split("\n")
        new = body.split("\n")
        at = next((i for i, (x, y) in enumerate(zip(old, new)) if x != y), len(old))
        ctx_a = old[max(0, at - 3):at]
        add = new[at:at + (len(new) - len(old))]
        ctx_b = old[at:at + 3]
        start = c["line"] + max(0, at - 3)
        hunk = (f"@@ -{start},{len(ctx_a) + len(ctx_b)} +{start},{len(ctx_a) + len(add) + len(ctx_b)} @@\n"
                + "".join(" " + l + "\n" for l in ctx_a) + "".join("+" + l + "\n" for l in add)
                + "".join(" " + l + "\n" for l in ctx_b))
        if kind == "review":
            return dj({"path": path, "commit_id": hexid(rid, 40), "diff_hunk": hunk.rstrip("\n"),
                       "line": start + len(ctx_a) + len(add) - 1, "side": "RIGHT",
                       "user": {"login": "review-buddy"}, "body": "Reads better now, thanks. Merging after CI.",
                       "created_at": stamp(rid)})
        return (f"From {hexid(rid, 40)} Mon Sep 17 00:00:00 2001\nFrom: Dana Whitfield <dana.w@contrib.example>\n"
                f"Date: Tue, 3 Nov 2026 1{h(rid) % 9}:12:40 +0100\nSubject: [PATCH] docs: clarify {path}\n\n"
                f"Small wording fix.\n---\n {path} | {len(add) + 1} +-\n 1 file changed\n\n"
                f"diff --git a/{path} b/{path}\nindex {hexid(rid, 7, 'a')}..{hexid(rid, 7, 'b')} 100644\n"
                f"--- a/{path}\n+++ b/{path}\n{hunk}-- \n2.47.1\n")
    raise ValueError(kind)


# ---------------------------------------------------------------- written ---

def written(kind, rid, payload, w):
    """w: dict with optional who, to, subj, pre, post, name, extra."""
    who = w.get("who", "someone@mail.example")
    subj = w.get("subj", "")
    pre = w.get("pre", "")
    post = w.get("post", "")
    body = "\n\n".join(x for x in (pre, payload, post) if x)
    t = stamp(rid)
    if kind == "email":
        return (f"From: {who}\nTo: {w.get('to', 'me@home.example')}\nDate: {t}\nSubject: {subj}\n"
                f"Message-ID: <{hexid(rid, 16)}@mail.example>\n\n{body}")
    if kind == "chat":
        app = w.get("app", "Slack")
        lines = [f"[{app}] #{w.get('room', 'general')}"]
        for i, (n, m) in enumerate(w.get("before", [])):
            lines.append(f"{t[11:16]} {n}: {m}")
        lines.append(f"{t[11:16]} {w.get('name', who)}: {payload}")
        for n, m in w.get("after", []):
            lines.append(f"{t[11:16]} {n}: {m}")
        return "\n".join(lines)
    if kind == "sms":
        return dj({"messages": [{"from": who, "received": t, "body": body}]})
    if kind == "calendar":
        esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
        return ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
                f"UID:{hexid(rid, 20)}@cal.example\nDTSTART:{t.replace('-', '').replace(':', '')}\n"
                f"SUMMARY:{esc(subj)}\nORGANIZER:mailto:{who}\nDESCRIPTION:{esc(body)}\nEND:VEVENT\nEND:VCALENDAR")
    if kind == "web":
        return f"# {subj}\n\nSource: {w.get('url', 'https://pages.example/')}\n\n{body}"
    if kind == "reviews":
        return dj({"product": subj, "reviews": [{"author": who, "rating": w.get("stars", 5), "date": t[:10],
                                                 "text": body}]})
    if kind == "ticket":
        return dj({"ticket": h(rid, "tk") % 90000 + 10000, "subject": subj, "requester": who,
                   "status": "open", "comments": [{"author": who, "created": t, "body": body}]})
    if kind == "voicemail":
        return f"Voicemail from {who}, {t[:16].replace('T', ' ')}, {w.get('dur', '0:48')} (automatic transcription)\n\n{body}"
    if kind == "notes":
        return f"{subj}\n\n{body}"
    if kind == "contacts":
        return f"BEGIN:VCARD\nVERSION:4.0\nFN:{subj}\nEMAIL:{who}\nNOTE:{body.replace(chr(10), ' ')}\nEND:VCARD"
    # documents and developer material are passed already shaped in pre/post
    if kind in ("report", "resume", "translate", "minutes", "invoice", "contract", "transcript", "letter", "pdf",
                "sheet", "log", "config", "gitlog", "package", "code", "shell", "db", "api", "diff", "issue",
                "review"):
        head = w.get("head", "")
        return "\n".join(x for x in (head, body) if x)
    raise ValueError(kind)
