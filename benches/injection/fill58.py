#!/usr/bin/env python3
"""Builders for held-out set 58 (holdout58.py): the seven views of a Webmin
help passage (carriers58.jsonl) with a payload spliced in, and small helpers
for the written rows (tool-output JSON, mail, chat, calendar and the like).
Written from scratch for this set; no earlier fill*.py was opened.

Every time, date, number, score, rank and splice point is derived from
`zlib.crc32` of the row id, and every commit, blob and message hash from
`hashlib.sha1`, so a rebuild reproduces holdout58.jsonl byte for byte.
The passages are excerpts of the Webmin online help (webmin/webmin at
d16d9ea205a2, BSD-3-Clause, by Jamie Cameron and the Webmin contributors and
translators), converted from HTML to text by extract_h58.py and modified
here by the splicing of a payload. No view holds a fenced code block.
"""
import datetime, hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
COMMIT = "d16d9ea205a2b4ca4f5bdcd895de0236e15c0fa9"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers58.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32(f"{rid}{salt}".encode())


def sha(rid, salt=""):
    return hashlib.sha1(f"{rid}{salt}".encode()).hexdigest()


def pick(rid, seq, salt=""):
    return seq[crc(rid, salt) % len(seq)]


def when(rid, salt="", base=datetime.datetime(2026, 10, 5, 7, 0)):
    """A time in the first three weeks of October 2026, office-ish hours."""
    n = crc(rid, "t" + salt)
    return base + datetime.timedelta(days=n % 19, hours=(n >> 5) % 11, minutes=(n >> 9) % 60,
                                     seconds=(n >> 15) % 60)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc2822(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S +0000")


def js(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


def js1(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- passages

def paras(car):
    return car["text"].split("\n\n")


def splice(rid, car, payload, at=None):
    """The passage's paragraphs with the payload as a paragraph of its own at
    a boundary after a paragraph that does not end in a colon (chosen by the
    row id unless `at` is given: 0 puts it first, -1 last)."""
    ps = paras(car)
    slots = [i for i in range(1, len(ps) + 1) if not ps[i - 1].rstrip().endswith((":", "："))]
    if at is None:
        k = slots[crc(rid, "slot") % len(slots)] if slots else len(ps)
    elif at == -1:
        k = len(ps)
    else:
        k = at
    return ps[:k] + [payload] + ps[k:]


def md_path(car):
    """The path of the Markdown copy of a help page."""
    return "ops/webmin-help/" + car["path"].replace("/help/", "/").rsplit(".html", 1)[0] + ".md"


def head(car):
    return f"# {car['title']}\n\n" if car["title"] else ""


def view_at(rid, car, payload, at=None):
    """An editor attachment of the Markdown copy, `@path#Lx-y`."""
    body = "\n\n".join(splice(rid, car, payload, at))
    first = car["line"]
    last = first + body.count("\n")
    return f"@{md_path(car)}#L{first}-{last}\n{body}\n"


def view_fetch(rid, car, payload, at=None):
    """A web fetch of the page on a Webmin server, converted to Markdown."""
    host = pick(rid, ["admin-07.lan.example", "gw-hq.corp.example", "nas02.home.example", "vps-311.host.example",
                      "mail1.office.example", "db-backup.int.example"], "host")
    module, page = car["path"].split("/help/")
    page = page.split(".")[0]
    size = len(car["text"].encode()) + len(payload.encode()) + 900 + crc(rid, "sz") % 700
    lang = "" if car["lang"] == "en" else f"?lang={ {'nb': 'no'}.get(car['lang'], car['lang']) }"
    body = "\n\n".join(splice(rid, car, payload, at))
    return (f"web_fetch url=https://{host}:10000/help.cgi/{module}/{page}{lang}\n"
            f"status 200 · text/html; charset=UTF-8 → markdown · {size / 1024:.1f} KB\n\n"
            f"{head(car)}{body}\n\n[Return to module index](/{module}/)\n")


def view_mcp(rid, car, payload, at=None):
    """An MCP `resources/read` result from an invented help server."""
    body = head(car) + "\n\n".join(splice(rid, car, payload, at))
    return js({"jsonrpc": "2.0", "id": 40 + crc(rid, "id") % 900,
               "result": {"contents": [{"uri": f"webmin-help://d16d9ea2/{car['path']}?line={car['line']}",
                                        "mimeType": "text/markdown", "text": body}]}}) + "\n"


def view_rag(rid, car, payload, at=None):
    """A retrieval hit as one JSON line from an invented index."""
    score = 0.71 + (crc(rid, "score") % 230) / 1000
    return js1({"index": "infra-runbooks-v3", "rank": 1 + crc(rid, "rank") % 5, "score": round(score, 3),
                "doc_id": f"webmin:{car['path']}#{car['line']}",
                "source": f"webmin/webmin@{COMMIT[:12]}:{car['path']}", "lang": car["lang"],
                "title": car["title"], "chunk": "\n\n".join(splice(rid, car, payload, at))}) + "\n"


def view_issue(rid, car, payload, author, title, question, labels=None, at=None, comments=None, in_body=True):
    """A GitHub issue as the REST API returns it (`gh api repos/OWNER/REPO/issues/N`)."""
    num = 2100 + crc(rid, "num") % 1400
    t = when(rid, "issue")
    shown_paras = splice(rid, car, payload, at) if in_body else paras(car)
    body = (f"Help page `{car['path']}` says:\n\n" + "\n\n".join(shown_paras)
            + f"\n\n{question}")
    obj = {"url": f"https://api.github.com/repos/webmin/webmin/issues/{num}", "number": num, "title": title,
           "user": {"login": author, "type": "User"},
           "labels": labels or [{"name": "docs", "description": "Help pages and documentation"}],
           "state": "open", "comments": len(comments or []), "created_at": iso(t), "body": body}
    out = "$ gh api repos/webmin/webmin/issues/%d\n" % num + js(obj) + "\n"
    if comments:
        out += f"$ gh api repos/webmin/webmin/issues/{num}/comments\n" + js(comments) + "\n"
    return out


def hunk_lines(car, payload, rid, at=None):
    lines = []
    for i, p in enumerate(splice(rid, car, payload, at)):
        if i:
            lines.append("+")
        lines.append("+" + p)
    return lines


def view_review(rid, car, payload, reviewer, comment, at=None):
    """A pull-request review thread on a hunk that adds a Markdown copy of the page."""
    num = 300 + crc(rid, "pr") % 500
    path = md_path(car)
    lines = [f"@@ -0,0 +1,{len(hunk_lines(car, payload, rid, at))} @@"] + hunk_lines(car, payload, rid, at)
    t = when(rid, "review")
    return (f"PR #{num} · docs: add Markdown copies of the {car['path'].split('/')[0]} help pages\n"
            f"review thread on {path} (line {len(lines) - 1})\n\n" + "\n".join(lines) + "\n\n"
            f"{reviewer} · {t.strftime('%Y-%m-%d %H:%M')} UTC\n{comment}\n")


def view_patch(rid, car, payload, author, email, subject, at=None, notes=None):
    """A `git format-patch` mail that adds a Markdown copy of the page; with
    `notes`, the payload goes in the notes block after the `---` line (which
    `git am` drops) and the hunk holds the passage alone."""
    path = md_path(car)
    if notes:
        notes, added = payload, []
        for i, p in enumerate(paras(car)):
            added += (["+"] if i else []) + ["+" + p]
    else:
        added = hunk_lines(car, payload, rid, at)
    t = when(rid, "patch")
    blob = sha(rid, "blob")[:7]
    notes_block = f"\nNotes:\n    {notes}\n" if notes else ""
    return (f"From {sha(rid, 'commit')} Mon Sep 17 00:00:00 2001\n"
            f"From: {author} <{email}>\nDate: {rfc2822(t)}\nSubject: [PATCH] {subject}\n\n"
            f"Plain-text copy of the {car['path'].split('/')[0]} help page for the offline runbook.\n"
            f"---{notes_block}\n {path} | {len(added)} +\n 1 file changed, {len(added)} "
            f"insertion{'s' if len(added) != 1 else ''}(+)\n"
            f" create mode 100644 {path}\n\n"
            f"diff --git a/{path} b/{path}\nnew file mode 100644\nindex 0000000..{blob}\n--- /dev/null\n"
            f"+++ b/{path}\n@@ -0,0 +1{'' if len(added) == 1 else ',' + str(len(added))} @@\n" + "\n".join(added)
            + "\n--\n2.47.1\n")


# ---------------------------------------------------------------- written rows

def mail_json(rid, messages, tool="mail.search"):
    """A mail tool's JSON reply: a list of (from, to, subject, body) tuples."""
    out = []
    for i, (frm, to, subj, body) in enumerate(messages):
        out.append({"id": f"msg_{sha(rid, i)[:10]}", "from": frm, "to": to, "subject": subj,
                    "date": iso(when(rid, f"m{i}")), "body": body})
    return f"{tool} → {len(out)} result{'s' if len(out) != 1 else ''}\n" + js(out) + "\n"


def chat_json(rid, channel, msgs, tool="chat.history"):
    out = []
    base = when(rid, "chat")
    for i, (user, text) in enumerate(msgs):
        out.append({"ts": iso(base + datetime.timedelta(minutes=3 * i + (crc(rid, i) % 3))), "user": user,
                    "text": text})
    return js({"tool": tool, "channel": channel, "messages": out}) + "\n"


def sms(rid, contact, msgs):
    base = when(rid, "sms")
    lines = [f"messages.read(thread=\"{contact}\")"]
    for i, (who, text) in enumerate(msgs):
        t = base + datetime.timedelta(minutes=7 * i + crc(rid, i) % 5)
        lines.append(f"[{t.strftime('%d/%m %H:%M')}] {who}: {text}")
    return "\n".join(lines) + "\n"


def web_json(rid, url, title, text, tool="browser.get_text"):
    return js({"tool": tool, "url": url, "title": title, "fetched_at": iso(when(rid, "web")), "text": text}) + "\n"


def notes_json(rid, notes, tool="notes.list"):
    return js({"tool": tool, "notes": [{"id": sha(rid, i)[:8], "title": t, "updated": iso(when(rid, f"n{i}")),
                                        "body": b} for i, (t, b) in enumerate(notes)]}) + "\n"


def calendar_json(rid, events, tool="calendar.events"):
    out = []
    for i, (title, loc, desc) in enumerate(events):
        s = when(rid, f"e{i}")
        out.append({"id": sha(rid, f"e{i}")[:12], "title": title, "start": iso(s),
                    "end": iso(s + datetime.timedelta(hours=1)), "location": loc, "description": desc})
    return js({"tool": tool, "events": out}) + "\n"


def ticket_json(rid, key, summary, reporter, body, comments=()):
    return js({"key": key, "summary": summary, "reporter": reporter, "status": "Open",
               "created": iso(when(rid, "tk")), "description": body,
               "comments": [{"author": a, "body": b} for a, b in comments]}) + "\n"


def reviews_json(rid, product, reviews):
    return js({"tool": "shop.reviews", "product": product,
               "reviews": [{"author": a, "stars": s, "date": when(rid, f"r{i}").strftime("%Y-%m-%d"), "text": t}
                           for i, (a, s, t) in enumerate(reviews)]}) + "\n"


def voicemail(rid, caller, number, text):
    t = when(rid, "vm")
    return js({"tool": "voicemail.transcribe", "from": caller, "number": number, "received": iso(t),
               "duration_s": 20 + crc(rid, "d") % 70, "transcript": text}) + "\n"


def contacts_vcf(cards):
    return "\n".join(cards) + "\n"


def gitlog(rid, entries):
    """`git log` output: entries are (author, email, subject, body)."""
    out = []
    times = sorted((when(rid, f"g{i}") for i in range(len(entries))), reverse=True)
    for i, (a, e, subj, body) in enumerate(entries):
        t = times[i]
        msg = subj + ("\n\n" + body if body else "")
        out.append(f"commit {sha(rid, f'g{i}')}\nAuthor: {a} <{e}>\nDate:   {t.strftime('%a %b %d %H:%M:%S %Y')} +0000\n\n"
                   + "\n".join("    " + l if l else "" for l in msg.split("\n")))
    return "\n\n".join(out) + "\n"
