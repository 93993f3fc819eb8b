#!/usr/bin/env python3
"""Carrier builders of held-out set 29, written from scratch (fill23-28.py
unread). Every builder takes the row id, the payload and a short context
(the legitimate body the row's author wrote for it) and returns
(text, shown) or, for the documentation carriers, (text, shown, passage id),
where `shown` is the payload as it appears in the text (JSON-, HTML- or
vCard-escaped where the format asks). Every id, hash, timestamp, name,
passage choice and splice point derives from zlib.crc32 of the row id, so
the output is reproducible."""
import html, json, zlib
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = [json.loads(l) for l in (HERE / "carriers29.jsonl").read_text(encoding="utf-8").splitlines()]
_used = set()


def P(rid, salt=""):
    return zlib.crc32((rid + "|" + salt).encode())


def pick(rid, seq, salt=""):
    return seq[P(rid, salt) % len(seq)]


def hexid(rid, n=12, salt="h"):
    s = ""
    k = 0
    while len(s) < n:
        s += f"{P(rid, salt + str(k)):08x}"
        k += 1
    return s[:n]


def ts(rid, day0=1):
    v = P(rid, "t")
    return f"2026-03-{day0 + v % 27:02d}T{v % 24:02d}:{(v >> 5) % 60:02d}:{(v >> 11) % 60:02d}Z"


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def hesc(s):
    return html.escape(s, quote=False)


def vesc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


FIRST = ["Ines", "Tomasz", "Priya", "Callum", "Yuki", "Marta", "Oskar", "Nadia", "Felix", "Aiko", "Rafael", "Leena",
         "Dmitri", "Carmen", "Jonah", "Sigrid", "Mateus", "Hana", "Giulia", "Soo-ah"]
LAST = ["Okafor", "Lindqvist", "Marchetti", "Haddad", "Novak", "Brennan", "Takeda", "Ferreira", "Kowalczyk", "Duval",
        "Aydin", "Whitlock", "Sato", "Romero", "Castell", "Iversen"]


def person(rid, salt="p"):
    return pick(rid, FIRST, salt + "f") + " " + pick(rid, LAST, salt + "l")


def mail_of(name, dom):
    return name.lower().replace(" ", ".").replace("-", "") + "@" + dom


# ---------------------------------------------------------------- personal
def email(rid, payload, ctx, subject="Re: this week", dom="northgate-mail.example"):
    who = person(rid)
    v = P(rid, "m")
    text = (f"Return-Path: <{mail_of(who, dom)}>\nDelivered-To: inbox-7731@personal.example\n"
            f"Message-ID: <{hexid(rid, 16)}.{v % 9973}@{dom}>\nDate: {ts(rid)}\nFrom: {who} <{mail_of(who, dom)}>\n"
            f"To: me@personal.example\nSubject: {subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{ctx}\n\n{payload}\n\n-- \n{who}\n")
    return text, payload


def email_html(rid, payload, ctx, subject="Update", style="display:none"):
    who = person(rid)
    sp = hesc(payload)
    text = (f"From: {who} <{mail_of(who, 'mailer.example')}>\nSubject: {subject}\nContent-Type: text/html; charset=utf-8\n\n"
            f"<html><body style=\"font-family:Segoe UI,Arial\">\n<p>{hesc(ctx)}</p>\n"
            f"<div style=\"{style}\">{sp}</div>\n<p>Thanks,<br>{who}</p>\n</body></html>\n")
    return text, sp


def slack(rid, payload, ctx, channel="C0"):
    a, b = person(rid, "a"), person(rid, "b")
    base = 1773000000 + P(rid, "s") % 900000
    msgs = [{"type": "message", "user": "U" + hexid(rid, 8, "u1").upper(), "user_name": a, "text": ctx, "ts": f"{base}.000100"},
            {"type": "message", "user": "U" + hexid(rid, 8, "u2").upper(), "user_name": b, "text": payload, "ts": f"{base + 97}.000200"}]
    text = json.dumps({"ok": True, "channel": channel + hexid(rid, 7, "ch").upper(), "messages": msgs, "has_more": False},
                      ensure_ascii=False, indent=2)
    return text, jesc(payload)


def sms(rid, payload, ctx):
    n1 = 4400000000 + P(rid, "n") % 99999999
    t = 1773000000000 + P(rid, "sm") % 900000000
    text = ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\" backup_set=\"" + hexid(rid, 8) + "\">\n"
            f"  <sms protocol=\"0\" address=\"+{n1}\" date=\"{t}\" type=\"1\" body=\"{html.escape(ctx)}\" read=\"1\" />\n"
            f"  <sms protocol=\"0\" address=\"+{n1}\" date=\"{t + 61000}\" type=\"1\" body=\"{html.escape(payload)}\" read=\"0\" />\n</smses>\n")
    return text, html.escape(payload)


def calendar(rid, payload, ctx, summary="Planning sync"):
    uid = hexid(rid, 20)
    d = ts(rid).replace("-", "").replace(":", "")
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Fieldnote Calendar//EN\nBEGIN:VEVENT\n"
            f"UID:{uid}@cal.example\nDTSTAMP:{d}\nDTSTART:{d}\nSUMMARY:{summary}\n"
            f"LOCATION:{vesc(ctx)}\nDESCRIPTION:{vesc(payload)}\nEND:VEVENT\nEND:VCALENDAR\n")
    return text, vesc(payload)


def gcal(rid, payload, ctx, summary="Quarterly review"):
    ev = {"kind": "calendar#event", "id": hexid(rid, 26), "status": "confirmed", "summary": summary,
          "description": ctx + "\n\n" + payload, "start": {"dateTime": ts(rid)}, "organizer": {"email": mail_of(person(rid), "corp.example")}}
    return json.dumps(ev, ensure_ascii=False, indent=2), jesc(payload)


def web(rid, payload, ctx, title="Guide", hide=None):
    sp = hesc(payload)
    body = f"<p>{sp}</p>" if not hide else f"<span {hide}>{sp}</span>"
    text = (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{hesc(title)}</title></head>\n<body>\n"
            f"<article>\n<h1>{hesc(title)}</h1>\n<p>{hesc(ctx)}</p>\n{body}\n</article>\n</body></html>\n")
    return text, sp


def search(rid, payload, ctx, q="query"):
    res = {"query": q, "results": [
        {"rank": 1, "title": ctx.split(".")[0][:70], "url": f"https://{hexid(rid, 6)}.example/a", "snippet": ctx},
        {"rank": 2, "title": q.title(), "url": f"https://{hexid(rid, 6, 'x')}.example/b", "snippet": payload}]}
    return json.dumps(res, ensure_ascii=False, indent=2), jesc(payload)


def feed(rid, payload, ctx, title="Weekly digest"):
    sp = html.escape(payload)
    text = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title + "</title>\n"
            f"<item><title>{html.escape(ctx[:60])}</title><description>{html.escape(ctx)}</description></item>\n"
            f"<item><title>Note {P(rid) % 900 + 100}</title><description>{sp}</description><guid>{hexid(rid, 10)}</guid></item>\n</channel></rss>\n")
    return text, sp


def reviews(rid, payload, ctx, product="item"):
    rv = {"product": product, "average": 4.1, "reviews": [
        {"author": person(rid, "r1"), "stars": 5, "body": ctx},
        {"author": person(rid, "r2"), "stars": 4, "body": payload}]}
    return json.dumps(rv, ensure_ascii=False, indent=2), jesc(payload)


def travel(rid, payload, ctx):
    bk = {"booking_ref": hexid(rid, 6).upper(), "traveller": person(rid), "itinerary": ctx,
          "special_requests": payload, "status": "CONFIRMED"}
    return json.dumps(bk, ensure_ascii=False, indent=2), jesc(payload)


def txn(rid, payload, ctx):
    v = P(rid, "a")
    tx = {"account": "****" + str(v % 9000 + 1000), "transactions": [
        {"date": ts(rid)[:10], "amount": -(v % 20000) / 100, "description": ctx},
        {"date": ts(rid, 2)[:10], "amount": -((v >> 3) % 9000) / 100, "description": "TRANSFER REF " + hexid(rid, 6).upper(),
         "memo": payload}]}
    return json.dumps(tx, ensure_ascii=False, indent=2), jesc(payload)


def ticket(rid, payload, ctx, subject="Support request"):
    tk = {"ticket": {"id": 40000 + P(rid) % 50000, "subject": subject, "status": "open",
                     "comments": [{"author": person(rid, "c1"), "body": ctx, "public": True},
                                  {"author": person(rid, "c2"), "body": payload, "public": True}]}}
    return json.dumps(tk, ensure_ascii=False, indent=2), jesc(payload)


def contact(rid, payload, ctx):
    who = person(rid)
    text = (f"BEGIN:VCARD\nVERSION:3.0\nFN:{who}\nORG:{vesc(ctx)}\nTEL;TYPE=CELL:+44 7{P(rid) % 900000000:09d}\n"
            f"EMAIL:{mail_of(who, 'contacts.example')}\nNOTE:{vesc(payload)}\nEND:VCARD\n")
    return text, vesc(payload)


def voicemail(rid, payload, ctx):
    vm = {"voicemail": {"from": f"+1 555 {P(rid) % 9000 + 1000}", "duration_s": 40 + P(rid) % 80,
                        "transcript": ctx + " " + payload, "confidence": 0.91}}
    return json.dumps(vm, ensure_ascii=False, indent=2), jesc(payload)


def notes(rid, payload, ctx, title="Notes"):
    return f"# {title}\n\n{ctx}\n\n{payload}\n", payload


def notify(rid, payload, ctx, app="com.example.app"):
    n = {"notifications": [{"package": app, "title": ctx[:50], "text": ctx, "posted": ts(rid)},
                           {"package": app, "title": "New message", "text": payload, "posted": ts(rid, 2)}]}
    return json.dumps(n, ensure_ascii=False, indent=2), jesc(payload)


# ---------------------------------------------------------------- documents
def document(rid, payload, ctx, title="Report", tail=""):
    text = f"{title}\n{'=' * len(title)}\n\n{ctx}\n\n{payload}\n" + (f"\n{tail}\n" if tail else "")
    return text, payload


def pdf(rid, payload, ctx, title="Document"):
    text = (f"$ pdftotext -layout {title.lower().replace(' ', '_')}.pdf -\n{title}\n\n{ctx}\n\n{payload}\n\n"
            f"                                                   Page 1 of {P(rid) % 5 + 2}\n\f")
    return text, payload


def srt(rid, payload, ctx):
    text = f"1\n00:00:01,200 --> 00:00:05,800\n{ctx}\n\n2\n00:00:06,100 --> 00:00:12,400\n{payload}\n"
    return text, payload


def sheet(rid, payload, ctx):
    text = f"item,owner,status,note\n{ctx}\nZ-{P(rid) % 900 + 100},ops,open,\"{payload.replace(chr(34), chr(34) * 2)}\"\n"
    return text, payload.replace('"', '""')


# ---------------------------------------------------------------- developer, with a passage
def passage(rid, lang):
    pool = [c for c in CARRIERS if c["lang"] == lang and c["id"] not in _used]
    pool.sort(key=lambda c: P(rid, c["id"]))
    c = pool[0]
    _used.add(c["id"])
    return c


def splice(rid, text, payload):
    paras = text.split("\n\n")
    ok = [k for k in range(1, len(paras) + 1) if not paras[k - 1].lstrip().startswith("#")]
    k = ok[P(rid, "k") % len(ok)] if ok else len(paras)
    return "\n\n".join(paras[:k] + [payload] + paras[k:])


def _path(c):
    return c["source"].split(":", 1)[1].rsplit("#", 1)[0]


def doc(rid, payload, lang):
    c = passage(rid, lang)
    body = splice(rid, c["text"], payload)
    a = 10 + P(rid, "l") % 200
    text = f"$ sed -n '{a},{a + body.count(chr(10)) + 1}p' \"{_path(c)}\"\n{body}\n"
    return text, payload, c["id"]


def mcp(rid, payload, lang):
    c = passage(rid, lang)
    body = splice(rid, c["text"], payload)
    res = {"jsonrpc": "2.0", "id": P(rid) % 500, "result": {"content": [
        {"type": "text", "text": body}], "isError": False, "_meta": {"source": _path(c)}}}
    return json.dumps(res, ensure_ascii=False, indent=2), jesc(payload), c["id"]


def issue(rid, payload, lang, title="Docs question"):
    c = passage(rid, lang)
    who = person(rid, "i")
    quote = "\n".join("> " + l if l else ">" for l in c["text"].split("\n"))
    text = (f"$ gh issue view {300 + P(rid) % 4000} --comments\ntitle:\t{title}\nstate:\tOPEN\nauthor:\t{who.split()[0].lower()}{P(rid) % 90}\n--\n"
            f"From `{_path(c)}`:\n\n{quote}\n\n{payload}\n")
    return text, payload, c["id"]


def review(rid, payload, lang):
    c = passage(rid, lang)
    lines = c["text"].split("\n")[:6]
    hunk = "\n".join(" " + l for l in lines)
    rc = {"id": 1900000000 + P(rid) % 90000000, "path": _path(c), "commit_id": hexid(rid, 40),
          "diff_hunk": f"@@ -{P(rid) % 80 + 1},{len(lines)} +{P(rid) % 80 + 1},{len(lines)} @@\n{hunk}",
          "user": {"login": person(rid, "rv").split()[0].lower() + "-dev"}, "body": payload, "created_at": ts(rid)}
    return json.dumps(rc, ensure_ascii=False, indent=2), jesc(payload), c["id"]


def diff(rid, payload, lang):
    c = passage(rid, lang)
    lines = c["text"].split("\n")
    ctxl = "\n".join(" " + l for l in lines[:4])
    add = "\n".join("+" + l for l in ("\n" + payload).split("\n"))
    who = person(rid, "d")
    text = (f"commit {hexid(rid, 40)}\nAuthor: {who} <{mail_of(who, 'users.noreply.example')}>\nDate:   {ts(rid)}\n\n    docs: clarify wording\n\n"
            f"diff --git a/{_path(c)} b/{_path(c)}\n--- a/{_path(c)}\n+++ b/{_path(c)}\n@@ -1,4 +1,{6 + payload.count(chr(10))} @@\n{ctxl}\n{add}\n")
    return text, "+" + payload.replace("\n", "\n+")


# ---------------------------------------------------------------- developer, written
def log(rid, payload, ctx):
    t = ts(rid)[:19]
    text = (f"{t}.1021Z ##[group]Run npm test\n{t}.1190Z {ctx}\n{t}.5532Z ##[endgroup]\n"
            f"{t}.5601Z ##[notice]{payload}\n{t}.5702Z Post job cleanup.\n")
    return text, payload


def config(rid, payload, ctx):
    text = f"# {ctx}\nservice:\n  name: ledger-api\n  replicas: 3\n  # {payload}\n  image: registry.example/ledger:{P(rid) % 90 + 10}.{P(rid, 'v') % 9}\n"
    return text, payload


def gitlog(rid, payload, ctx):
    who = person(rid, "g")
    text = (f"commit {hexid(rid, 40)}\nAuthor: {who} <{mail_of(who, 'dev.example')}>\nDate:   {ts(rid)}\n\n    {ctx}\n\n"
            + "\n".join("    " + l for l in payload.split("\n")) + f"\n\ncommit {hexid(rid, 40, 'z')}\nAuthor: {person(rid, 'g2')}\n\n    chore: bump lockfile\n")
    return text, payload.replace("\n", "\n    ")


def package(rid, payload, ctx):
    pk = {"name": "@tidewater/" + ctx, "version": f"{P(rid) % 9}.{P(rid, 'v') % 20}.{P(rid, 'w') % 10}",
          "description": payload, "license": "MIT", "main": "dist/index.js"}
    return json.dumps(pk, ensure_ascii=False, indent=2), jesc(payload)


def code(rid, payload, ctx, lang="py"):
    if lang == "py":
        text = f"def {ctx}(rows):\n    \"\"\"Normalise ledger rows.\n\n    {payload}\n    \"\"\"\n    return [r for r in rows if r]\n"
    else:
        text = f"/**\n * {ctx}\n * {payload}\n */\nexport function run(input: string[]): number {{\n  return input.length;\n}}\n"
    return text, payload


def notebook(rid, payload, ctx):
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": [ctx]},
                    {"cell_type": "markdown", "metadata": {}, "source": [payload]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["df.head()"]}],
          "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, ensure_ascii=False, indent=1), jesc(payload)


def shell(rid, payload, ctx):
    text = f"$ {ctx}\n{payload}\n$ echo $?\n0\n"
    return text, payload


def db(rid, payload, ctx):
    text = (f"app=> {ctx}\n id  |  kind   | body\n-----+---------+------\n {P(rid) % 900 + 100} | note    | {payload}\n(1 row)\n")
    return text, payload


def api(rid, payload, ctx):
    r = {"status": 200, "request_id": hexid(rid, 16), "data": {"summary": ctx, "notes": payload}}
    return json.dumps(r, ensure_ascii=False, indent=2), jesc(payload)
