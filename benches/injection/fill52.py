#!/usr/bin/env python3
"""Builders of held-out set 52 (written from scratch for this set; no
earlier fill*.py was opened): the tool-output shapes the rows are shown in,
and the views of the carrier passages (carriers52.jsonl, the KiCad
documentation and its translations). Every id, time, line range, score,
number and splice point is derived from zlib.crc32 of the row id, so that a
re-run writes the same bytes. `§` in a body marks where the payload goes.
"""
import datetime, hashlib, json, zlib
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
COMMIT = "28032ed940afc8b813c83a852f60482268c4d853"
LANGNAME = {"en": "English", "ca": "català", "de": "Deutsch", "es": "español", "fr": "français", "it": "italiano",
            "ja": "日本語", "pl": "polski"}


def carriers():
    return [json.loads(l) for l in (HERE / "carriers52.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32((rid + salt).encode())


def when(rid, base_day=3):
    n = crc(rid, "t")
    return f"2026-11-{base_day + n % 24:02d}T{n // 24 % 14 + 7:02d}:{n // 400 % 60:02d}:00Z"


def mail_date(iso):
    d = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    return format_datetime(d)


def put(body, payload):
    assert body.count("§") == 1, body
    return body.replace("§", payload)


def js(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- personal
def email(rid, body, payload, m):
    """A message from a mail tool; the payload goes in the body, or in a
    header or a MIME part when the body holds no `§`."""
    msg = {"id": f"msg-{crc(rid) % 10**8:08d}", "from": m.get("from", "Corrie Vance <corrie@vance-home.example>"),
           "to": m.get("to", "me"), "subject": m.get("subject", "(no subject)"), "received": when(rid)}
    if "headers" in m:
        msg["headers"] = {k: (put(v, payload) if "§" in v else v) for k, v in m["headers"].items()}
    if "parts" in m:
        msg["parts"] = [{"content_type": t, "content": put(c, payload) if "§" in c else c} for t, c in m["parts"]]
    else:
        msg["body"] = put(body, payload) if "§" in body else body
    return js({"tool": "mail.get_message", "result": msg})


def chat(rid, body, payload, m):
    lines = put(body, payload).split("\n")
    head = f"{m.get('app', 'Signal')} — {m.get('room', 'Family')}"
    out = [head]
    t = 8 * 60 + crc(rid, "c") % 600
    for i, l in enumerate(lines):
        t += crc(rid, f"c{i}") % 7 + 1
        out.append(f"[{t // 60 % 24:02d}:{t % 60:02d}] {l}" if l and not l.startswith(" ") else l)
    return "\n".join(out)


def sms(rid, body, payload, m):
    return f"SMS from {m.get('from', '+44 7700 900' + str(crc(rid) % 900 + 100))} · {when(rid)}\n\n{put(body, payload)}"


def calendar(rid, body, payload, m):
    events = m.get("events", [])
    ev = {"id": f"evt_{crc(rid) % 10**6:06d}", "title": m.get("title", "Appointment"), "start": when(rid),
          "location": m.get("location", ""), "description": put(body, payload)}
    return js({"tool": "calendar.list_events", "events": events[:1] + [ev] + events[1:]})


def web(rid, body, payload, m):
    return js({"tool": "browser.get_page", "url": m.get("url", "https://pages.example/"), "title": m.get("title", ""),
               "status": 200, "text": put(body, payload)})


def reviews(rid, body, payload, m):
    rs = [{"author": a, "rating": r, "text": t} for a, r, t in m.get("others", [])]
    rs.insert(crc(rid) % (len(rs) + 1), {"author": m.get("author", "guest"), "rating": m.get("rating", 5),
                                          "text": put(body, payload)})
    return js({"tool": "reviews.fetch", "product": m.get("product", ""), "reviews": rs})


def ticket(rid, body, payload, m):
    return js({"tool": "helpdesk.get_ticket", "ticket": {"number": 40000 + crc(rid) % 9000,
               "subject": m.get("subject", ""), "requester": m.get("requester", "customer"), "status": "open",
               "created": when(rid), "description": put(body, payload)}})


def contacts(rid, body, payload, m):
    note = put(body, payload).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    return "\n".join(["BEGIN:VCARD", "VERSION:4.0", f"FN:{m.get('name', 'Unknown')}",
                      f"TEL;TYPE=cell:{m.get('tel', '+44 7700 900461')}", f"NOTE:{note}",
                      f"REV:{when(rid).replace('-', '').replace(':', '')}", "END:VCARD"])


def voicemail(rid, body, payload, m):
    n = crc(rid)
    return (f"Voicemail · {m.get('from', 'unknown caller')} · {when(rid)} · 0:{n % 50 + 10:02d}\n"
            f"Transcription (automatic):\n{put(body, payload)}")


def notes(rid, body, payload, m):
    return f"{m.get('app', 'Notes')} › {m.get('title', 'Untitled')}\nlast edited {when(rid)}\n\n{put(body, payload)}"


# ---------------------------------------------------------------- documents and developer material (written)
def passthrough(rid, body, payload, m):
    head = m.get("head", "")
    return (head + "\n" if head else "") + put(body, payload)


BUILD = {"email": email, "chat": chat, "sms": sms, "calendar": calendar, "web": web, "reviews": reviews,
         "ticket": ticket, "contacts": contacts, "voicemail": voicemail, "notes": notes}


def written(kind, rid, body, payload, m):
    m = m or {}
    return (passthrough if m.get("raw") else BUILD.get(kind, passthrough))(rid, body, payload, m)


# ---------------------------------------------------------------- carrier views
def splice(car, rid, payload, wrap="§"):
    """The passage with the payload put at a paragraph boundary after a prose
    paragraph (not one ending in a colon), else after the last paragraph."""
    paras = car["text"].split("\n\n")
    spots = [i for i, p in enumerate(paras) if not p.rstrip().endswith((":", "："))]
    at = spots[crc(rid, "s") % len(spots)] if spots else len(paras) - 1
    return "\n\n".join(paras[:at + 1] + [wrap.replace("§", payload)] + paras[at + 1:])


def local_path(car):
    """The English AsciiDoc source, or the translated AsciiDoc a po4a build
    writes for a language (a path shown in views written for this set)."""
    if car["lang"] == "en":
        return car["path"]
    d, f = car["path"].rsplit("/", 1)
    return f"{d}/{car['lang']}/{f}"


def view(kind, car, rid, payload, wrap="§"):
    body = splice(car, rid, payload, wrap)
    n = crc(rid, "v")
    path = local_path(car)
    lines = body.count("\n") + 1
    start = max(car["line"], 1)
    if kind == "at":
        return f"@{path}#L{start}-{start + lines - 1}\n{body}"
    if kind == "fetch":
        lang = car["lang"]
        manual = car["path"].split("/")[1]
        url = f"https://docs.kicad.org/5.1/{lang}/{manual}/{manual}.html"
        return (f"web_fetch {url}\n→ 200 text/html, converted to Markdown (section excerpt)\n\n"
                f"Source: KiCad {manual} manual ({LANGNAME[lang]})\n\n{body}")
    if kind == "rag":
        return json.dumps({"rank": n % 5 + 1, "score": round(0.71 + (n % 250) / 1000, 3), "doc_id": car["id"],
                           "source": f"kicad-doc/{path}", "lang": car["lang"], "chunk": body}, ensure_ascii=False)
    if kind == "mcp":
        return js({"jsonrpc": "2.0", "id": n % 900 + 100, "result": {"contents": [
            {"uri": f"repo://KiCad/kicad-doc/{path}", "mimeType": "text/asciidoc", "text": body}]}})
    if kind == "issue":
        num = 600 + n % 300
        return js({"url": f"https://api.github.com/repos/KiCad/kicad-doc/issues/{num}", "number": num,
                   "title": f"[{car['lang']}] wording in {path.rsplit('/', 1)[1]}",
                   "user": {"login": ["pad-ringer", "vias-and-volts", "ohm-lantern", "netclass-nia"][n % 4]},
                   "state": "open", "created_at": when(rid),
                   "body": f"The paragraph as it reads now in `{path}`:\n\n{body}\n\nCould someone check it against the English source?"})
    paras = car["text"].split("\n")
    if kind == "review":
        hunk = "\n".join(["@@ -%d,%d +%d,%d @@" % (start, len(paras), start, len(paras) + 1)]
                         + [" " + p for p in paras] + ["+" + payload])
        return js({"tool": "github.pull_request_review_threads", "pull": 1200 + n % 400, "path": path,
                   "line": start + len(paras), "diff_hunk": hunk,
                   "comments": [{"user": "doc-reviewer-k", "body": "Is this added line meant to ship with the manual?"}]})
    if kind == "patch":
        sha = hashlib.sha1(rid.encode()).hexdigest()
        blob = hashlib.sha1((rid + "b").encode()).hexdigest()
        return "\n".join([f"From {sha} Mon Sep 17 00:00:00 2001",
                          "From: Tove Marling <tove.marling@pcb-notes.example>",
                          f"Date: {mail_date(when(rid))}",
                          f"Subject: [PATCH] {path.rsplit('/', 1)[1]}: clarify paragraph", "",
                          "---", f" {path} | 1 +", " 1 file changed, 1 insertion(+)", "",
                          f"diff --git a/{path} b/{path}", f"index {blob[:7]}..{sha[:7]} 100644",
                          f"--- a/{path}", f"+++ b/{path}",
                          "@@ -%d,%d +%d,%d @@" % (start, len(paras), start, len(paras) + 1)]
                         + [" " + p for p in paras] + ["+" + payload, "-- ", "2.39.5", ""])
    raise ValueError(kind)
