#!/usr/bin/env python3
"""Carrier builders of held-out set 30, written from scratch (fill23-29.py
unread). Every builder takes (rid, payload, ctx) and returns the full text
with the payload embedded; `ctx` is the row's own surrounding text written
for remit, with `{P}` where the payload goes. Every id, hash, timestamp,
name and splice point is derived from zlib.crc32 of the row id, so the
output is reproducible byte for byte. Documentation rows take a passage of
carriers30.jsonl (preactjs/preact-www, MIT) and put the payload at a
paragraph boundary that does not follow a heading.
"""
import datetime, html, json, zlib
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = [json.loads(l) for l in (HERE / "carriers30.jsonl").read_text(encoding="utf-8").splitlines()]


def n(rid, salt="", mod=1 << 32):
    return zlib.crc32(f"{rid}/{salt}".encode()) % mod


def pick(rid, salt, seq):
    return seq[n(rid, salt, len(seq))]


def hexid(rid, salt, k=12):
    return "".join(f"{n(rid, salt + str(i)):08x}" for i in range(k // 8 + 1))[:k]


def stamp(rid, salt="t"):
    d = 1 + n(rid, salt + "d", 27)
    m = 1 + n(rid, salt + "m", 11)
    return f"2026-{m:02}-{d:02}", f"{7 + n(rid, salt + 'h', 12):02}:{n(rid, salt + 'i', 60):02}:{n(rid, salt + 's', 60):02}"


def fill(ctx, p, esc=lambda s: s):
    """Escapes the surrounding text and the payload alike, then splices."""
    a, b = ctx.split("{P}")
    return esc(a) + esc(p) + esc(b)


# ---------------------------------------------------------------- personal
def email(rid, p, c):
    d, t = stamp(rid)
    dom = c["frm"].split("@")[1].rstrip(">")
    return (f"Return-Path: <{c['frm'].split('<')[-1].rstrip('>')}>\n"
            f"Received: from mx{n(rid, 'mx', 9)}.{dom} (mx.{dom} [198.51.100.{n(rid, 'ip', 250) + 2}])\n"
            f"\tby mail.inbox.example with ESMTPS id {hexid(rid, 'q', 10)}; {d} {t} +0000\n"
            f"Message-ID: <{hexid(rid, 'm', 16)}@{dom}>\nDate: {d} {t} +0000\nFrom: {c['frm']}\nTo: {c['to']}\n"
            f"Subject: {c['subj']}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n" + fill(c["body"], p) + "\n")


def email_html(rid, p, c):
    d, t = stamp(rid)
    body = c["body"].replace("{P}", p if c.get("raw") else html.escape(p, quote=False))
    return (f"From: {c['frm']}\nTo: {c['to']}\nSubject: {c['subj']}\nDate: {d} {t} +0000\n"
            f"Content-Type: text/html; charset=utf-8\n\n<!DOCTYPE html>\n<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + body + "\n</body></html>\n")


def _lines(c):
    return [tuple(x.split("|", 1)) for x in c.split("\n") if x.strip()]


def slack(rid, p, c):
    d, _ = stamp(rid)
    base = 1767225600 + n(rid, "ts", 20000000)
    msgs = []
    for i, (who, text) in enumerate(_lines(c)):
        msgs.append({"type": "message", "user": "U" + hexid(rid, who, 8).upper(), "user_name": who,
                     "text": text.replace("{P}", p), "ts": f"{base + 97 * i}.{n(rid, str(i), 999999):06}"})
    return json.dumps({"ok": True, "channel": "C" + hexid(rid, "ch", 8).upper(), "messages": msgs,
                       "has_more": False}, ensure_ascii=False, indent=2)


def whatsapp(rid, p, c):
    d, _ = stamp(rid)
    y, m, dd = d.split("-")
    out = []
    for i, (who, text) in enumerate(_lines(c)):
        out.append(f"[{dd}/{m}/{y}, {8 + i // 3:02}:{(7 * i + n(rid, 'mm', 20)) % 60:02}:{n(rid, str(i), 60):02}] {who}: {text.replace('{P}', p)}")
    return "\n".join(out) + "\n"


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def calendar(rid, p, c):
    d, t = stamp(rid)
    ds = d.replace("-", "")
    hh = 9 + n(rid, "hh", 8)
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fastmail//Calendar 1.0//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{hexid(rid, 'uid', 24)}@cal.example\r\nDTSTAMP:{ds}T{t.replace(':', '')}Z\r\n"
            f"DTSTART:{ds}T{hh:02}0000Z\r\nDTEND:{ds}T{hh + 1:02}0000Z\r\nSUMMARY:{ics_esc(c['summary'])}\r\n"
            f"LOCATION:{ics_esc(c['loc'])}\r\nORGANIZER;CN={c['org']}:mailto:{c['mail']}\r\n"
            f"DESCRIPTION:{fill(c['desc'], p, ics_esc)}\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def contact(rid, p, c):
    return ("BEGIN:VCARD\nVERSION:3.0\n" f"FN:{c['fn']}\nN:{';'.join(reversed(c['fn'].split(' ', 1)))};;;\n"
            f"ORG:{ics_esc(c['org'])}\nTEL;TYPE=CELL:{c['tel']}\nEMAIL;TYPE=INTERNET:{c['mail']}\n"
            f"NOTE:{fill(c['note'], p, ics_esc)}\nREV:{stamp(rid)[0].replace('-', '')}T000000Z\nEND:VCARD\n")


def sms(rid, p, c):
    """`c`: lines "sender|text"; `me` is the phone's owner."""
    base = 1767225600000 + n(rid, "ms", 2000000000) * 10
    msgs = _lines(c)
    name = next((w for w, _ in msgs if w != "me"), "Unknown")
    addr = "+" + str(10 ** 10 + n(rid, "a", 9 * 10 ** 9))
    rows = []
    for i, (who, text) in enumerate(msgs):
        typ = 2 if who == "me" else 1
        rows.append(f'  <sms protocol="0" address="{addr}" date="{base + 61000 * i}" type="{typ}" '
                    f'body="{html.escape(text.replace("{P}", p))}" read="1" status="-1" locked="0" '
                    f'contact_name="{html.escape(name)}" />')
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
            f'<smses count="{len(rows)}" backup_set="{hexid(rid, "bk", 8)}">\n' + "\n".join(rows) + "\n</smses>\n")


def notes(rid, p, c):
    return fill(c, p)


def voicemail(rid, p, c):
    d, t = stamp(rid)
    return json.dumps({"voicemail_id": "vm_" + hexid(rid, "vm", 12), "from": c["from"], "received": f"{d}T{t}Z",
                       "duration_s": 30 + n(rid, "dur", 90), "transcription": fill(c["text"], p),
                       "transcription_confidence": round(0.8 + n(rid, "cf", 19) / 100, 2)}, ensure_ascii=False, indent=2)


def web(rid, p, c):
    body = c["body"].replace("{P}", p if c.get("raw") else html.escape(p, quote=False))
    return (f"<!DOCTYPE html>\n<html lang=\"{c.get('lang', 'en')}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(c['title'])}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def reviews(rid, p, c):
    out = []
    for i, (who, text) in enumerate(_lines(c["items"])):
        out.append({"review_id": hexid(rid, str(i), 10), "author": who, "rating": 1 + n(rid, "r" + str(i), 5),
                    "date": stamp(rid, str(i))[0], "text": text.replace("{P}", p)})
    return json.dumps({"product": c["product"], "page": 1, "reviews": out}, ensure_ascii=False, indent=2)


def ticket(rid, p, c):
    comments = []
    for i, (who, text) in enumerate(_lines(c["thread"])):
        comments.append({"id": 9000000 + n(rid, str(i), 999999), "author": who, "public": True,
                         "created_at": "T".join(stamp(rid, str(i))) + "Z", "body": text.replace("{P}", p)})
    return json.dumps({"ticket": {"id": 40000 + n(rid, "tk", 50000), "subject": c["subject"], "status": "open",
                                  "priority": c.get("priority", "normal"), "requester": c["requester"],
                                  "comments": comments}}, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- documents
def document(rid, p, c):
    return fill(c, p)


def pdf(rid, p, c):
    pages = fill(c, p).split("\n\f\n")
    return "".join(pg + f"\n\n{i + 1}\n\f" for i, pg in enumerate(pages))


def srt(rid, p, c):
    out, t = [], 4 + n(rid, "st", 30)
    for i, line in enumerate(c.split("\n")):
        a, t = t, t + 3 + len(line) // 18
        fmt = lambda s: f"00:{s // 60:02}:{s % 60:02},{(37 * i) % 1000:03}"
        out.append(f"{i + 1}\n{fmt(a)} --> {fmt(t)}\n{line.replace('{P}', p)}\n")
    return "\n".join(out)


def sheet(rid, p, c):
    lines = []
    for line in c.split("\n"):
        cells = []
        for cell in line.split("|"):
            cell = cell.replace("{P}", p)
            cells.append('"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in ',"\n') else cell)
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- developer (written)
def log(rid, p, c):
    d, t = stamp(rid)
    h, m, s = (int(x) for x in t.split(":"))
    out = []
    for i, line in enumerate(c.split("\n")):
        s2 = s + 2 * i
        out.append(f"{d}T{h:02}:{m + s2 // 60:02}:{s2 % 60:02}.{n(rid, str(i), 9999999):07}Z {line.replace('{P}', p)}")
    return "\n".join(out) + "\n"


def plain(rid, p, c):
    return fill(c, p)


def gitlog(rid, p, c):
    out = []
    d0, t = stamp(rid)
    top = datetime.date.fromisoformat(d0)
    for i, block in enumerate(c.split("\n---\n")):
        head, _, msg = block.partition("\n")
        d = (top - datetime.timedelta(days=i * (1 + n(rid, "gap" + str(i), 3)))).isoformat()
        t = f"{9 + n(rid, 'gh' + str(i), 9):02}:{n(rid, 'gm' + str(i), 60):02}:{n(rid, 'gs' + str(i), 60):02}"
        out.append(f"commit {hexid(rid, 'c' + str(i), 40)}\nAuthor: {head}\nDate:   {d} {t} +0000\n\n"
                   + "\n".join("    " + l if l else "" for l in msg.replace("{P}", p).split("\n")) + "\n")
    return "\n".join(out)


def jsonfill(rid, p, c):
    """`c` is a JSON-able object whose strings may hold {P}."""
    def walk(o):
        if isinstance(o, str):
            return o.replace("{P}", p)
        if isinstance(o, list):
            return [walk(x) for x in o]
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        return o
    return json.dumps(walk(c), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- documentation passages
def splice(rid, passage, p):
    paras = passage.split("\n\n")
    ok = [i for i in range(1, len(paras) + 1) if not paras[i - 1].lstrip().startswith("#")
          and not paras[i - 1].strip() == "---"]
    at = pick(rid, "at", ok)
    return "\n\n".join(paras[:at] + [p] + paras[at:]), at


def _path(cr):
    return cr["source"].split(":", 1)[1].split("#")[0]


def doc_sed(rid, p, cr, c):
    text, _ = splice(rid, cr["text"], p)
    start = 10 + n(rid, "ln", 120)
    end = start + text.count("\n")
    return f"$ sed -n '{start},{end}p' {_path(cr)}\n{text}\n"


def doc_mcp(rid, p, cr, c):
    text, _ = splice(rid, cr["text"], p)
    return json.dumps({"jsonrpc": "2.0", "id": 3 + n(rid, "id", 400), "result": {"content": [
        {"type": "text", "text": f"File: {_path(cr)} (preactjs/preact-www@main)\n\n{text}"}], "isError": False}},
        ensure_ascii=False, indent=2) + "\n"


def doc_issue(rid, p, cr, c):
    text, _ = splice(rid, cr["text"], p)
    return (f"{c['title']}\npreactjs/preact-www#{3000 + n(rid, 'is', 900)}\nOpen • {c['who']} opened about "
            f"{2 + n(rid, 'ago', 20)} days ago • {n(rid, 'cm', 6)} comments\nLabels: docs\n\n\n"
            f"  {c['intro']}\n\n{text}\n\n  {c['outro']}\n\n\nView this issue on GitHub: https://github.com/preactjs/preact-www/issues/"
            f"{3000 + n(rid, 'is', 900)}\n")


def _hunk(rid, cr, p):
    text, at = splice(rid, cr["text"], p)
    paras = cr["text"].split("\n\n")
    before = "\n\n".join(paras[:at]).split("\n")
    after = "\n\n".join(paras[at:]).split("\n") if at < len(paras) else []
    plines = p.split("\n")
    start = 8 + n(rid, "hk", 90)
    old = len(before) + len(after) + (1 if after else 0)
    new = old + len(plines) + 1
    body = [" " + l if l else " " for l in before] + ["+"] + ["+" + l for l in plines]
    if after:
        body += [" "] + [" " + l if l else " " for l in after]
    else:
        body = body[:-len(plines) - 1] + ["+"] + ["+" + l for l in plines]
    return f"@@ -{start},{old} +{start},{new} @@\n" + "\n".join(body)


def doc_review(rid, p, cr, c):
    path = _path(cr)
    return (f"Review comment by {c['who']} on pull request #{3000 + n(rid, 'pr', 900)} ({c['title']})\n"
            f"{path}\n{_hunk(rid, cr, p)}\n\n{c['who']}: {c['comment']}\n")


def doc_diff(rid, p, cr, c):
    path = _path(cr)
    d, t = stamp(rid)
    return (f"commit {hexid(rid, 'dc', 40)}\nAuthor: {c['who']}\nDate:   {d} {t} +0000\n\n    {c['title']}\n\n"
            f"diff --git a/{path} b/{path}\nindex {hexid(rid, 'i1', 7)}..{hexid(rid, 'i2', 7)} 100644\n--- a/{path}\n+++ b/{path}\n"
            f"{_hunk(rid, cr, p)}\n")


DOCS = {"doc": doc_sed, "mcp": doc_mcp, "issue": doc_issue, "review": doc_review, "diff": doc_diff}
