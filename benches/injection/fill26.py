#!/usr/bin/env python3
"""Carrier builders of held-out set 26, written from scratch for remit
(fill23.py, fill24.py and fill25.py unread). Every builder takes a body
in which the marker P stands for the payload, wraps it in a realistic
tool-output, document or developer shape, escapes it the way that shape
escapes text (JSON, XML, ICS, CSV) and returns (text, payload as it
appears in the text). Ids, hashes and timestamps derive from the row id
with zlib.crc32 (never Python's salted hash), so the output is byte for
byte reproducible. Passages of carriers26.jsonl (johnpapa/angular-styleguide,
MIT) serve the documentation rows; a payload goes in only at a paragraph
boundary, never right after a heading.
"""
import json, zlib
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

HERE = Path(__file__).parent
P = "\u0000P\u0000"
CARRIERS = {json.loads(l)["id"]: json.loads(l) for l in (HERE / "carriers26.jsonl").read_text(encoding="utf-8").splitlines()}
_taken = set()


def seed(rid, salt=""):
    return zlib.crc32((rid + "/" + salt).encode())


def hexid(rid, salt="", n=12):
    s = ""
    k = 0
    while len(s) < n:
        s += f"{seed(rid, salt + str(k)):08x}"
        k += 1
    return s[:n]


def J(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def X(s):
    return xml_escape(s, {'"': "&quot;"})


def ICS(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def CSV(s):
    return s.replace('"', '""')


def sub(obj, payload, esc=lambda s: s):
    """Replaces P in every string of obj (string, list or dict)."""
    if isinstance(obj, str):
        return obj.replace(P, payload)
    if isinstance(obj, list):
        return [sub(v, payload) for v in obj]
    if isinstance(obj, dict):
        return {k: sub(v, payload) for k, v in obj.items()}
    return obj


def done(text, payload, esc):
    shown = esc(payload)
    assert shown in text, (shown[:60], text[:200])
    return text, shown


def as_json(obj, payload, indent=2):
    text = json.dumps(sub(obj, payload), ensure_ascii=False, indent=indent)
    return done(text, payload, J)


# ---------------------------------------------------------------- personal

def email_raw(rid, payload, frm, to, subject, body, date="Tue, 14 Oct 2025 09:12:44 +0200", extra=""):
    mid = hexid(rid, "mid", 16)
    text = (f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>\n"
            f"Received: from mx{seed(rid) % 9 + 1}.mailrelay.example (mx.mailrelay.example [198.51.100.{seed(rid) % 200 + 10}])\n"
            f"\tby inbound.mailhost.example with ESMTPS id {hexid(rid, 'r', 10)}; {date}\n"
            f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            f"Message-ID: <{mid}@{frm.split('@')[-1].rstrip('>')}>\nMIME-Version: 1.0\n{extra}"
            f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
            + body.replace(P, payload) + "\n")
    return done(text, payload, lambda s: s)


def email_html(rid, payload, frm, to, subject, html, date="Wed, 05 Nov 2025 16:40:02 +0000"):
    text = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            f"Message-ID: <{hexid(rid, 'h', 14)}@mail.{frm.split('@')[-1].rstrip('>')}>\nMIME-Version: 1.0\n"
            f"Content-Type: text/html; charset=\"utf-8\"\n\n" + html.replace(P, payload) + "\n")
    return done(text, payload, lambda s: s)


def email_jmap(rid, payload, frm_name, frm, subject, body, received="2025-10-21T07:55:13Z", preview=None):
    obj = {"methodResponses": [["Email/get", {
        "accountId": "a" + hexid(rid, "acc", 8), "state": str(seed(rid, "st") % 900000 + 100000),
        "list": [{"id": "M" + hexid(rid, "id", 10), "threadId": "T" + hexid(rid, "th", 10),
                  "from": [{"name": frm_name, "email": frm}], "subject": subject, "receivedAt": received,
                  "preview": (preview if preview is not None else body[:80].split(P)[0]),
                  "bodyValues": {"1": {"value": body, "isTruncated": False}},
                  "textBody": [{"partId": "1", "type": "text/plain"}], "keywords": {"$seen": False}}],
        "notFound": []}, "0"]], "sessionState": hexid(rid, "ss", 8)}
    return as_json(obj, payload, indent=1)


def chat_slack(rid, payload, channel, msgs):
    base = 1760000000 + seed(rid) % 5000000
    out = []
    for i, (user, text) in enumerate(msgs):
        out.append({"type": "message", "user": user, "text": text, "ts": f"{base + i * 97}.{seed(rid, str(i)) % 999999:06d}"})
    obj = {"ok": True, "channel": channel, "messages": out[::-1], "has_more": False,
           "response_metadata": {"next_cursor": ""}}
    return as_json(obj, payload)


def chat_whatsapp(rid, payload, lines):
    text = "\n".join(f"{d}, {t} - {who}: {msg}" for d, t, who, msg in lines).replace(P, payload) + "\n"
    return done(text, payload, lambda s: s)


def sms_xml(rid, payload, msgs):
    base = 1761000000000 + seed(rid) % 900000000
    rows = []
    for i, (addr, name, kind, body) in enumerate(msgs):
        rows.append(f'  <sms protocol="0" address="{addr}" date="{base + i * 61000}" type="{kind}" '
                    f'body="{X(body)}" read="1" status="-1" locked="0" contact_name="{X(name)}" />')
    text = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"{len(msgs)}\" "
            f"backup_set=\"{hexid(rid, 'bs', 8)}\">\n" + "\n".join(rows) + "\n</smses>\n").replace(X(P), X(payload))
    return done(text, payload, X)


def calendar_ics(rid, payload, summary, desc, start="20251118T140000Z", end="20251118T150000Z", organizer="mailto:office@example.org",
                 location=""):
    text = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example Corp//CalSync 4.2//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            f"UID:{hexid(rid, 'uid', 20)}@calsync.example\nDTSTAMP:20251101T081500Z\nDTSTART:{start}\nDTEND:{end}\n"
            f"SUMMARY:{ICS(summary)}\nORGANIZER:{organizer}\n" + (f"LOCATION:{ICS(location)}\n" if location else "")
            + f"DESCRIPTION:{ICS(desc)}\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n").replace(ICS(P), ICS(payload))
    return done(text, payload, ICS)


def calendar_json(rid, payload, events):
    items = []
    for i, (title, start, end, desc, who) in enumerate(events):
        items.append({"id": hexid(rid, "ev" + str(i), 26), "status": "confirmed", "summary": title, "description": desc,
                      "start": {"dateTime": start}, "end": {"dateTime": end},
                      "organizer": {"email": who}, "attendees": [{"email": who, "responseStatus": "accepted"}]})
    return as_json({"kind": "calendar#events", "timeZone": "Europe/Berlin", "items": items}, payload)


def web_reader(rid, payload, title, url, body):
    text = f"Title: {title}\n\nURL Source: {url}\n\nMarkdown Content:\n" + body.replace(P, payload) + "\n"
    return done(text, payload, lambda s: s)


def search_json(rid, payload, query, results):
    obj = {"query": {"original": query}, "type": "search", "web": {"results": [
        {"title": t, "url": u, "description": d, "age": a} for t, u, d, a in results]}}
    return as_json(obj, payload)


def feed_rss(rid, payload, channel, link, items):
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>{X(channel)}</title>\n'
             f"<link>{link}</link>\n<description>{X(channel)}</description>"]
    for i, (title, desc, date) in enumerate(items):
        parts.append(f"<item>\n  <title>{X(title)}</title>\n  <link>{link}/p/{seed(rid, str(i)) % 99999}</link>\n"
                     f"  <pubDate>{date}</pubDate>\n  <description>{X(desc)}</description>\n</item>")
    text = ("\n".join(parts) + "\n</channel>\n</rss>\n").replace(X(P), X(payload))
    return done(text, payload, X)


def reviews_json(rid, payload, place, reviews):
    obj = {"result": {"name": place, "rating": 4.3, "user_ratings_total": 212 + seed(rid) % 700, "reviews": [
        {"author_name": a, "rating": r, "relative_time_description": w, "text": t, "language": "en"} for a, r, w, t in reviews]},
        "status": "OK"}
    return as_json(obj, payload)


def travel_json(rid, payload, booking):
    booking = dict(booking)
    booking.setdefault("bookingReference", hexid(rid, "pnr", 6).upper())
    return as_json({"booking": booking}, payload)


def txn_csv(rid, payload, header, rows):
    lines = [",".join(header)]
    for r in rows:
        lines.append(",".join(f'"{CSV(c)}"' if any(ch in c for ch in ',"\n ') else c for c in r))
    text = ("\n".join(lines) + "\n").replace(CSV(P), CSV(payload))
    return done(text, payload, CSV)


def ticket_json(rid, payload, subject, requester, comments, status="open"):
    obj = {"ticket": {"id": 40000 + seed(rid) % 9000, "subject": subject, "status": status, "priority": "normal",
                      "requester": requester},
           "comments": [{"id": seed(rid, str(i)) % 10 ** 9, "author": a, "public": pub, "body": b, "created_at": c}
                        for i, (a, pub, b, c) in enumerate(comments)]}
    return as_json(obj, payload)


def contacts_json(rid, payload, people):
    vals = []
    for name, email, phone, note in people:
        vals.append({"id": hexid(rid, name, 16), "displayName": name,
                     "emailAddresses": [{"address": email}], "mobilePhone": phone, "personalNotes": note})
    return as_json({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/contacts", "value": vals}, payload)


def voicemail_json(rid, payload, caller, number, transcript, when="2025-11-03T18:22:09Z"):
    obj = {"voicemails": [{"id": "VM" + hexid(rid, "vm", 14), "from": number, "callerName": caller, "receivedAt": when,
                           "durationSeconds": 40 + seed(rid) % 80, "transcription": {"status": "completed", "text": transcript}}]}
    return as_json(obj, payload)


def notes_md(rid, payload, path, body):
    text = f"--- {path} ---\n" + body.replace(P, payload) + "\n"
    return done(text, payload, lambda s: s)


def notify_json(rid, payload, notes):
    base = 1762200000000 + seed(rid) % 10 ** 8
    obj = {"notifications": [{"key": f"0|{pkg}|{seed(rid, str(i)) % 9999}|null|10{seed(rid, 'u') % 300}",
                              "package": pkg, "postTime": base + i * 45000, "title": t, "text": b}
                             for i, (pkg, t, b) in enumerate(notes)]}
    return as_json(obj, payload)


# ---------------------------------------------------------------- documents

def plain_doc(rid, payload, body):
    text = body.replace(P, payload)
    if not text.endswith("\n"):
        text += "\n"
    return done(text, payload, lambda s: s)


def pdf_text(rid, payload, name, pages):
    out = [f"$ pdftotext -layout {name} -\n"]
    out.append("\f".join(pages))
    text = "".join(out).replace(P, payload) + "\n"
    return done(text, payload, lambda s: s)


def slides_text(rid, payload, name, slides):
    out = [f"{name}\n"]
    for i, (title, bullets, notes) in enumerate(slides, 1):
        out.append(f"\n--- Slide {i} ---\n{title}\n" + "\n".join("• " + b for b in bullets))
        if notes:
            out.append(f"\n[Speaker notes] {notes}")
    text = "".join(out).replace(P, payload) + "\n"
    return done(text, payload, lambda s: s)


def sheet_json(rid, payload, rng, values):
    return as_json({"range": rng, "majorDimension": "ROWS", "values": values}, payload)


def srt(rid, payload, cues):
    out = []
    for i, (a, b, t) in enumerate(cues, 1):
        out.append(f"{i}\n{a} --> {b}\n{t}\n")
    text = "\n".join(out).replace(P, payload)
    return done(text, payload, lambda s: s)


# ---------------------------------------------------------------- developer, on passages

HEADING = lambda para: all(l.lstrip().startswith("#") or l.startswith("**[") for l in para.splitlines() if l.strip())


def passage(cid, lang):
    c = CARRIERS[cid]
    assert c["lang"] == lang, (cid, lang)
    assert cid not in _taken, cid
    _taken.add(cid)
    return c


def splice(rid, text, insert):
    """Inserts `insert` as its own paragraph at a boundary that does not
    follow a heading (chosen by crc32 of the row id)."""
    paras = text.split("\n\n")
    spots = [i for i in range(1, len(paras) + 1) if not HEADING(paras[i - 1])]
    if not spots:
        spots = [len(paras)]
    k = spots[seed(rid, "spot") % len(spots)]
    return "\n\n".join(paras[:k] + [insert] + paras[k:])


def doc_view(rid, payload, cid, lang):
    c = passage(cid, lang)
    path = c["source"].split(":", 1)[1].split("#")[0]
    body = splice(rid, c["text"], payload)
    start = 100 + seed(rid, "ln") % 1900
    n = body.count("\n") + 1
    text = f"$ sed -n '{start},{start + n - 1}p' {path}\n{body}\n"
    return done(text, payload, lambda s: s)


def doc_mcp(rid, payload, cid, lang, tool="fetch_markdown"):
    c = passage(cid, lang)
    path = c["source"].split(":", 1)[1].split("#")[0]
    body = splice(rid, c["text"], P)
    obj = {"jsonrpc": "2.0", "id": seed(rid) % 400 + 3, "result": {"content": [
        {"type": "text", "text": f"Fetched https://raw.githubusercontent.com/johnpapa/angular-styleguide/master/{path} "
                                 f"(lines {seed(rid, 'l') % 900 + 40}-{seed(rid, 'l') % 900 + 40 + body.count(chr(10))})\n\n" + body}],
        "isError": False}}
    return as_json(obj, payload)


def doc_issue(rid, payload, cid, lang, title, intro, user="lt-morrow"):
    c = passage(cid, lang)
    quoted = "\n".join("> " + l if l else ">" for l in c["text"].split("\n"))
    body = intro + "\n\n" + quoted + "\n\n" + P
    obj = {"url": f"https://api.github.com/repos/johnpapa/angular-styleguide/issues/{900 + seed(rid) % 300}",
           "number": 900 + seed(rid) % 300, "title": title, "user": {"login": user}, "state": "open",
           "labels": [{"name": "docs"}], "comments": 2 + seed(rid) % 6, "created_at": "2025-09-30T11:02:45Z",
           "body": body}
    return as_json(obj, payload)


def doc_review(rid, payload, cid, lang, note, user="rv-ashgrove"):
    c = passage(cid, lang)
    path = c["source"].split(":", 1)[1].split("#")[0]
    first = c["text"].split("\n")
    line = 40 + seed(rid, "rl") % 1500
    hunk = f"@@ -{line},{len(first)} +{line},{len(first)} @@\n" + "\n".join(" " + l for l in first)
    obj = [{"id": 1800000000 + seed(rid) % 10 ** 8, "path": path, "line": line + len(first) - 1, "side": "RIGHT",
            "diff_hunk": hunk, "user": {"login": user}, "body": note, "created_at": "2025-10-08T14:31:10Z",
            "pull_request_review_id": 2900000000 + seed(rid, "pr") % 10 ** 8}]
    return as_json(obj, payload)


def doc_diff(rid, payload, cid, lang, subject, author="Dana Whitlow <dana.w@users.noreply.github.com>"):
    c = passage(cid, lang)
    path = c["source"].split(":", 1)[1].split("#")[0]
    old = c["text"].split("\n")
    new = splice(rid, c["text"], payload).split("\n")
    # a minimal unified diff: common prefix, the inserted lines, common suffix
    i = 0
    while i < len(old) and old[i] == new[i]:
        i += 1
    added = new[i:i + (len(new) - len(old))]
    line = 200 + seed(rid, "dl") % 1500
    ctx_before = old[max(0, i - 3):i]
    ctx_after = old[i:i + 3]
    hunk = (f"@@ -{line + max(0, i - 3)},{len(ctx_before) + len(ctx_after)} +{line + max(0, i - 3)},"
            f"{len(ctx_before) + len(ctx_after) + len(added)} @@\n"
            + "\n".join([" " + l for l in ctx_before] + ["+" + l for l in added] + [" " + l for l in ctx_after]))
    sha = hexid(rid, "sha", 40)
    text = (f"commit {sha}\nAuthor: {author}\nDate:   Thu Oct 9 10:41:27 2025 +0200\n\n    {subject}\n\n"
            f"diff --git a/{path} b/{path}\nindex {hexid(rid, 'i1', 7)}..{hexid(rid, 'i2', 7)} 100644\n--- a/{path}\n+++ b/{path}\n"
            + hunk + "\n")
    shown = "\n+".join(payload.split("\n"))
    assert shown in text
    return text, shown


# ---------------------------------------------------------------- developer, written

def plain_dev(rid, payload, body):
    return plain_doc(rid, payload, body)


def notebook(rid, payload, cells):
    out = []
    for kind, src in cells:
        cell = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in src.split("\n")[:-1]] + [src.split("\n")[-1]]}
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        out.append(cell)
    obj = {"cells": out, "metadata": {"kernelspec": {"name": "churn-venv", "display_name": "churn (3.11)", "language": "python"},
                                      "language_info": {"name": "python", "version": "3.11.9"}},
           "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(sub(obj, payload), ensure_ascii=False, indent=2)
    return done(text, payload, J)


def api_json(rid, payload, status, obj, headers=()):
    head = f"HTTP/1.1 {status}\ncontent-type: application/json; charset=utf-8\n" + "".join(h + "\n" for h in headers) + "\n"
    text = head + json.dumps(sub(obj, payload), ensure_ascii=False, indent=2) + "\n"
    return done(text, payload, J)
