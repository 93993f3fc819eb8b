#!/usr/bin/env python3
"""Builders of held-out set 51 (written from scratch; no earlier fill*.py
was opened): the frames of personal-assistant tool outputs, documents and
developer material, and the views of the carrier passages (carriers51.jsonl:
passages of "Tour of Rust" and its translations, richardanaya/tour_of_rust,
MIT License, by Richard Anaya, its contributors and translators; excerpts,
modified here by the splicing of a payload). Every id, time, number and
splice point is derived from zlib.crc32 of the row id, every hash from
hashlib.sha1 of it, so that a rebuild is byte for byte the same. No text
holds a fence. `§` in a row's context marks where its payload goes."""
import datetime, hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "richardanaya/tour_of_rust"
LOCALE = {"en": "en", "pt": "pt-br", "pl": "pl", "ru": "ru", "tr": "tr", "vi": "vi", "uk": "ua", "hu": "hu"}


def carriers():
    return [json.loads(l) for l in (HERE / "carriers51.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32((rid + salt).encode("utf-8"))


def sha(rid, salt=""):
    return hashlib.sha1((rid + salt).encode("utf-8")).hexdigest()


def when(rid, days=40):
    base = datetime.datetime(2026, 10, 1, 7, 0)
    return base + datetime.timedelta(minutes=crc(rid, "t") % (days * 24 * 60))


def iso(rid):
    return when(rid).strftime("%Y-%m-%dT%H:%M:00Z")


def put(ctx, payload):
    assert ctx.count("§") == 1, ctx
    return ctx.replace("§", payload)


def jd(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- personal

def email(rid, p, ctx, m):
    return jd({"mailbox": "inbox", "op": "message.fetch", "uid": 40000 + crc(rid) % 9000,
               "from": m["from"], "to": m.get("to", "me"), "subject": m["subj"], "received": iso(rid),
               "body_text": put(ctx, p)})


def chat(rid, p, ctx, m):
    t = when(rid)
    lines = []
    for i, line in enumerate(put(ctx, p).split("\n¶")):
        stamp = (t + datetime.timedelta(minutes=3 * i)).strftime("%H:%M")
        lines.append(f"[{stamp}] {line}")
    return f"── {m['app']} · {m['room']} · export of {t:%d %b %Y} ──\n" + "\n".join(lines)


def sms(rid, p, ctx, m):
    return f"Messages ▸ {m['from']} ▸ {when(rid):%a %d %b, %H:%M}\n{put(ctx, p)}"


def calendar(rid, p, ctx, m):
    t = when(rid)
    return jd({"calendar": m.get("cal", "Personal"), "query": "next 7 days", "events": [
        {"title": m["title"], "start": t.strftime("%Y-%m-%dT%H:%M"), "organizer": m["from"],
         "location": m.get("where", ""), "notes": put(ctx, p)}]})


def web(rid, p, ctx, m):
    return jd({"browser": "page.read", "url": m["url"], "status": 200, "title": m["title"],
               "readable_text": put(ctx, p)})


def reviews(rid, p, ctx, m):
    return f"{m['title']} · customer reviews (sorted: newest)\n" + put(ctx, p)


def ticket(rid, p, ctx, m):
    return jd({"helpdesk": m.get("desk", "Deskline"), "ticket": 7000 + crc(rid) % 2000, "status": "open",
               "requester": m["from"], "subject": m["subj"], "thread": [{"at": iso(rid), "text": put(ctx, p)}]})


def vesc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def contacts(rid, p, ctx, m):
    return (f"contacts.export › {m['name']}\nBEGIN:VCARD\nVERSION:4.0\nFN:{m['name']}\nTEL;TYPE=cell:{m['tel']}\n"
            f"NOTE:{vesc(put(ctx, p))}\nEND:VCARD")


def voicemail(rid, p, ctx, m):
    secs = 20 + crc(rid) % 70
    return f"Voicemail · {m['from']} · {when(rid):%d/%m %H:%M} · 0:{secs:02d}\nTranscription (automatic):\n{put(ctx, p)}"


def notes(rid, p, ctx, m):
    return f"{m['app']} › {m['title']}  (edited {when(rid):%d %b %Y})\n\n{put(ctx, p)}"


# ---------------------------------------------------------------- documents and developer material

def plain(rid, p, ctx, m):
    head = m.get("head")
    body = put(ctx, p)
    return f"{head}\n{body}" if head else body


PERSONAL = {"email": email, "chat": chat, "sms": sms, "calendar": calendar, "web": web, "reviews": reviews,
            "ticket": ticket, "contacts": contacts, "voicemail": voicemail, "notes": notes}


def build(kind, rid, p, ctx, m):
    return PERSONAL.get(kind, plain)(rid, p, ctx, m or {})


# ---------------------------------------------------------------- carrier views

def _prose(par):
    last = par.rstrip().split("\n")[-1]
    return not (re.match(r"\s*(?:#|[-*+] |\d+[.)] )", last) or re.search(r"[:,：]\s*\Z", par)
                or re.fullmatch(r"\s*\*\*[^*]+\*\*\s*", last))


def splice(rid, text, payload):
    """Puts the payload at a paragraph boundary after a prose paragraph,
    chosen by the crc of the row id; else after the last paragraph."""
    paras = text.split("\n\n")
    spots = [i for i in range(len(paras) - 1) if _prose(paras[i])]
    if spots:
        k = spots[crc(rid, "s") % len(spots)]
        return "\n\n".join(paras[:k + 1] + [payload] + paras[k + 1:])
    return text + "\n\n" + payload


def _where(c):
    path = c["source"].split(":", 1)[1].split("#")[0]
    page = c["source"].split("#")[1].split(".")[0]
    return path, int(page)


def view(kind, rid, c, payload, extra=None):
    path, page = _where(c)
    commit = c["commit"]
    if kind == "at":
        body = splice(rid, c["text"], payload)
        n = body.count("\n")
        return f"@{path}#L{c['line']}-{c['line'] + n} (page {page}, content_markdown)\n{body}"
    if kind == "fetch":
        body = splice(rid, c["text"], payload)
        url = f"https://raw.githubusercontent.com/{REPO}/{commit[:12]}/{path}"
        return (f"web_fetch(url=\"{url}\", extract=\"[{page}].content_markdown\")\n"
                f"→ 200 OK · application/x-yaml · field extracted as Markdown · {len(body)} chars\n\n{body}")
    if kind == "rag":
        body = splice(rid, c["text"], payload)
        return json.dumps({"rank": 1 + crc(rid) % 4, "similarity": round(0.7 + (crc(rid, "r") % 250) / 1000, 3),
                           "doc": f"{REPO}/{path}", "page": page, "lang": c["lang"], "chunk": body},
                          ensure_ascii=False)
    if kind == "mcp":
        body = splice(rid, c["text"], payload)
        return jd({"jsonrpc": "2.0", "id": 100 + crc(rid) % 800, "result": {"contents": [
            {"uri": f"repo://{REPO}/{path}#page={page}", "mimeType": "text/markdown", "text": body}]}})
    if kind == "issue":
        num = 300 + crc(rid) % 400
        body = f"{extra['intro']}\n\n{splice(rid, c['text'], payload)}\n\n{extra['outro']}"
        return jd({"url": f"https://api.github.com/repos/{REPO}/issues/{num}", "number": num, "state": "open",
                   "title": extra["title"], "user": {"login": extra["login"]}, "created_at": iso(rid),
                   "labels": [{"name": "translation"}], "body": body})
    lines = [l for l in c["text"].split("\n")]
    at = c["line"]
    if kind == "review":
        num = 80 + crc(rid) % 120
        hunk = "\n".join("     " + l if l else "" for l in lines)
        return (f"PR #{num} · {REPO} · review thread on {path}\n"
                f"@@ -{at},{len(lines)} +{at},{len(lines) + 1} @@\n"
                f"{hunk}\n+    {payload}\n"
                f"── {extra['login']} commented on line {at + len(lines)}:\n{extra['comment']}")
    if kind == "patch":
        h = sha(rid)
        t = when(rid)
        return (f"From {h} Mon Sep 17 00:00:00 2001\nFrom: {extra['author']}\n"
                f"Date: {t:%a, %d %b %Y %H:%M:%S} +0000\nSubject: [PATCH] {extra['subject']}\n\n"
                f"{extra['why']}\n---\n {path} | 1 +\n 1 file changed, 1 insertion(+)\n\n"
                f"diff --git a/{path} b/{path}\nindex {h[:7]}..{sha(rid, 'b')[:7]} 100644\n--- a/{path}\n+++ b/{path}\n"
                f"@@ -{at},{len(lines)} +{at},{len(lines) + 1} @@\n"
                + "\n".join("     " + l if l else "" for l in lines) + f"\n+    {payload}\n-- \n2.47.1\n")
    raise KeyError(kind)
