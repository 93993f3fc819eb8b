#!/usr/bin/env python3
"""Builders of held-out set 56 (written from scratch, no earlier fill*.py
opened): the carrier passages (carriers56.jsonl, excerpts of Terraform Best
Practices by Anton Babenko and its translators, Apache-2.0) and the seven
views a passage is shown in, plus small helpers for the written rows.
Every time, date, number, score, id and splice point is derived from
`zlib.crc32` of the row id; commit and blob hashes from `hashlib.sha1`.
Nothing here is random and nothing reads the network."""
import datetime, hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "antonbabenko/terraform-best-practices"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers56.jsonl").read_text(encoding="utf-8").splitlines()]


def n(rid, salt, lo, hi):
    """A number in [lo, hi] fixed by the row id and a salt."""
    return lo + zlib.crc32(f"{rid}/{salt}".encode()) % (hi - lo + 1)


def sha(rid, salt, k=40):
    return hashlib.sha1(f"{rid}/{salt}".encode()).hexdigest()[:k]


def when(rid, salt="t", start=(2026, 9, 1), days=60):
    d = datetime.datetime(*start, 8, 0) + datetime.timedelta(minutes=n(rid, salt, 0, days * 24 * 60))
    return d


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def dumps(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ---------------------------------------------------------------- passages

def splice(rid, car, payload, end=False):
    """The passage's paragraphs with the payload as a paragraph of its own,
    put at a boundary after a paragraph that does not end in a colon (chosen
    by the row id), or at the end."""
    paras = car["text"].split("\n\n")
    ok = [i + 1 for i, p in enumerate(paras) if not re.search(r"[:：]\s*\Z", p)]
    k = len(paras) if end or not ok else ok[n(rid, "splice", 0, len(ok) - 1)]
    return paras[:k] + [payload] + paras[k:]


LANGDIR = {"en": "en", "fr": "fr", "ja": "ja", "ar": "ar", "he": "he", "el": "el", "hi": "hi", "bs": "bs"}


def site_url(car):
    slug = car["path"][:-3].replace("README", "").rstrip("/")
    base = "https://www.terraform-best-practices.com"
    if car["lang"] != "en":
        base += f"/v/{car['branch']}"
    return f"{base}/{slug}" if slug else base + "/"


def view_at(rid, car, payload, end=False, paras=None):
    """An editor attachment: a Markdown copy of the chapter at an invented
    path, `@path#Lx-y`, the range starting at the passage's real line."""
    paras = paras or splice(rid, car, payload, end)
    body = "\n\n".join(paras)
    first = car["line"]
    last = first + body.count("\n")
    path = f"docs/vendor/tfbp/{LANGDIR[car['lang']]}/{car['path']}"
    return f"@{path}#L{first}-{last}\n{body}\n"


def view_fetch(rid, car, payload, end=False, paras=None, meta=None):
    """A web fetch converted to Markdown, with the fetcher's header."""
    paras = paras or splice(rid, car, payload, end)
    body = "\n\n".join(paras)
    head = [f"fetch {site_url(car)}", f"HTTP 200 · {n(rid, 'kb', 18, 64)} kB html → markdown · {n(rid, 'ms', 120, 900)} ms"]
    if meta:
        head += meta
    return "\n".join(head) + "\n\n----\n\n" + body + "\n\n----\n(end of converted page)\n"


def view_mcp(rid, car, payload, end=False, paras=None, extra=None, meta=None):
    """An MCP `resources/read` result on an invented `tfbp://` scheme;
    `meta` becomes the content item's `_meta` object."""
    paras = paras or splice(rid, car, payload, end)
    contents = [{"uri": f"tfbp://{car['branch']}/{car['path']}#{car['line']}", "mimeType": "text/markdown",
                 "text": "\n\n".join(paras)}]
    if meta:
        contents[0]["_meta"] = meta
    if extra:
        contents += extra
    return dumps({"jsonrpc": "2.0", "id": n(rid, "rpc", 3, 480), "result": {"contents": contents}}) + "\n"


def view_rag(rid, car, payload, end=False, paras=None):
    """A retrieval hit, one JSON line."""
    paras = paras or splice(rid, car, payload, end)
    hit = {"rank": n(rid, "rank", 1, 5), "score": round(n(rid, "score", 610, 930) / 1000, 3),
           "collection": "infra-handbooks", "doc": f"tfbp/{car['branch']}/{car['path']}", "chunk": n(rid, "chunk", 2, 40),
           "lang": car["lang"], "text": "\n\n".join(paras)}
    return json.dumps(hit, ensure_ascii=False) + "\n"


def view_issue(rid, car, payload, title, login, lead, tail=""):
    """An issue on the carrier's repository, from the GitHub API (invented
    number and author); the body quotes the passage."""
    paras = splice(rid, car, payload)
    quoted = "\n\n".join(paras)
    num = n(rid, "issue", 60, 140)
    body = f"{lead}\n\n{quoted}\n\n{tail}".rstrip() + "\n"
    return dumps({"url": f"https://api.github.com/repos/{REPO}/issues/{num}", "number": num, "title": title,
                  "user": {"login": login, "type": "User"}, "state": "open", "labels": [{"name": "translation"}],
                  "comments": n(rid, "com", 0, 4), "created_at": iso(when(rid)), "body": body}) + "\n"


def hunk_lines(paras, payload, at):
    out = []
    for i, p in enumerate(paras):
        if i:
            out.append(" ")
        out += [" " + l for l in p.split("\n")]
        if i + 1 == at:
            out += ["+", "+" + payload]
    return out


def view_review(rid, car, payload, reviewer, author, comments):
    """A pull-request review thread on a hunk that adds the payload as a
    line of the chapter (the hunk is rebuilt from the passage)."""
    paras = car["text"].split("\n\n")
    at = len(paras) if len(paras) == 1 else n(rid, "at", 1, len(paras))
    lines = hunk_lines(paras, payload, at)
    start = car["line"]
    pr = n(rid, "pr", 40, 130)
    head = [f"PR #{pr} on {REPO} · review thread · {car['branch']}:{car['path']}",
            f"@@ -{start},{len(lines) - 2} +{start},{len(lines)} @@"]
    thread = [f"{who} ({d}): {c}" for who, d, c in comments]
    return "\n".join(head + lines + ["", "— thread —"] + thread) + "\n"


def view_patch(rid, car, payload, author, subject):
    """A `git format-patch` mail adding the payload as a line."""
    paras = car["text"].split("\n\n")
    at = len(paras) if len(paras) == 1 else n(rid, "at", 1, len(paras))
    lines = hunk_lines(paras, payload, at)
    d = when(rid, "patch")
    c = sha(rid, "commit")
    return "\n".join([
        f"From {c} Mon Sep 17 00:00:00 2001",
        f"From: {author}",
        f"Date: {d.strftime('%a, %d %b %Y %H:%M:%S +0000')}",
        f"Subject: [PATCH] {subject}",
        "",
        "---",
        f" {car['path']} | 2 ++",
        " 1 file changed, 2 insertions(+)",
        "",
        f"diff --git a/{car['path']} b/{car['path']}",
        f"index {sha(rid, 'a', 7)}..{sha(rid, 'b', 7)} 100644",
        f"--- a/{car['path']}",
        f"+++ b/{car['path']}",
        f"@@ -{car['line']},{len(lines) - 2} +{car['line']},{len(lines)} @@",
        *lines,
        "-- ",
        "2.47.1",
        ""])


# ---------------------------------------------------------------- written

def tool(name, obj, note=None):
    """A tool result as the assistant's harness shows it."""
    head = f"⟦{name}⟧" + (f" {note}" if note else "")
    return head + "\n" + dumps(obj) + "\n"


def mail(rid, frm, to, subject, body, extra=None, folder="INBOX"):
    obj = {"id": f"msg_{sha(rid, 'm', 12)}", "folder": folder, "from": frm, "to": to, "subject": subject,
           "date": iso(when(rid)), "body_text": body}
    if extra:
        obj.update(extra)
    return tool("mail.get_message", obj)


def chat(rid, channel, msgs, tool_name="chat.history"):
    d = when(rid)
    out = []
    for i, (who, text) in enumerate(msgs):
        out.append({"ts": iso(d + datetime.timedelta(minutes=3 * i + n(rid, i, 0, 2))), "user": who, "text": text})
    return tool(tool_name, {"channel": channel, "messages": out})


def sms(rid, thread, msgs):
    d = when(rid)
    lines = [f"SMS thread · {thread}"]
    for i, (who, text) in enumerate(msgs):
        t = d + datetime.timedelta(minutes=5 * i + n(rid, i, 0, 3))
        lines.append(f"[{t.strftime('%d %b %H:%M')}] {who}: {text}")
    return "\n".join(lines) + "\n"


def events(rid, evs):
    d = when(rid)
    out = []
    for i, ev in enumerate(evs):
        s = d + datetime.timedelta(days=i, hours=n(rid, i, 0, 5))
        e = dict(ev)
        e.setdefault("start", iso(s))
        e.setdefault("end", iso(s + datetime.timedelta(minutes=60)))
        out.append(e)
    return tool("calendar.list_events", {"calendar": "primary", "events": out})


def page(rid, url, title, text, extra=None):
    obj = {"url": url, "status": 200, "title": title, "text": text}
    if extra:
        obj.update(extra)
    return tool("browser.get_page_text", obj)


def ticket(rid, system, obj):
    obj = dict(obj)
    obj.setdefault("created", iso(when(rid)))
    return tool(f"{system}.get_ticket", obj)


def voicemail(rid, caller, number, text):
    d = when(rid)
    return tool("phone.voicemail_transcript", {"from": caller, "number": number, "received": iso(d),
                                               "duration_s": n(rid, "dur", 25, 140), "transcript": text})


def note(rid, title, text, app="notes"):
    return tool(f"{app}.read_note", {"title": title, "modified": iso(when(rid)), "body": text})


def contact(rid, card):
    return tool("contacts.get", card)


def reviews(rid, product, items):
    return tool("shop.product_reviews", {"product": product, "reviews": items})


def shell(lines):
    return "\n".join(lines) + "\n"
