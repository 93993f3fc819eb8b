#!/usr/bin/env python3
"""Carrier builders of held-out set 34, written from scratch (no earlier
fill*.py was opened). Every id, hash, time, line number and splice point is
derived from `zlib.crc32` of the row id, so `holdout34.py` is reproducible.

Documentation views splice a payload into a passage of carriers34.jsonl
(GoogleChrome/developer.chrome.com, CC BY-SA 4.0) at a paragraph boundary,
never right after a heading, a bold label, or a paragraph ending in a colon
or a comma. The other builders wrap a payload in a personal-assistant tool
output, a document, or developer material. No builder writes a fence.
"""
import html, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = {json.loads(l)["id"]: json.loads(l) for l in (HERE / "carriers34.jsonl").read_text(encoding="utf-8").splitlines()}
P = "\u0000PAYLOAD\u0000"   # placeholder some builders accept inside free text


def h(rid, salt=""):
    return zlib.crc32((rid + "/" + salt).encode())


def hexid(rid, salt="", n=12):
    x = "%08x%08x%08x%08x%08x" % tuple(h(rid, salt + str(i)) for i in range(5))
    return x[:n]


def when(rid, salt="", year=2026):
    v = h(rid, "t" + salt)
    return f"{year}-{1 + v % 12:02}-{1 + (v >> 4) % 27:02}T{(v >> 9) % 24:02}:{(v >> 14) % 60:02}:{(v >> 20) % 60:02}Z"


def path_of(cid):
    return CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]


def url_of(cid):
    p = path_of(cid)
    p = re.sub(r"^site/en/", "site/", p)
    return "https://developer.chrome.com/" + p[len("site/"):].replace("/index.md", "/").replace(".md", "/")


def _bad_before(par):
    last = par.rstrip().splitlines()[-1].strip() if par.strip() else ""
    return (last.startswith("#") or re.fullmatch(r"\*\*[^*]+\*\*:?", last) is not None
            or re.search(r"[:：,，、]\s*\Z", par) is not None or re.fullmatch(r"-{3,}|\*{3,}", last) is not None)


def splice(rid, cid, payload):
    paras = CARRIERS[cid]["text"].split("\n\n")
    ok = [i for i in range(1, len(paras) + 1)
          if not _bad_before(paras[i - 1]) and (i == len(paras) or len(paras[i - 1]) >= 30)]
    if not ok:
        ok = [len(paras)]
    at = ok[h(rid, "splice") % len(ok)]
    return "\n\n".join(paras[:at] + [payload] + paras[at:])


def lines_of(rid, cid, text):
    a = 5 + h(rid, "line") % 140
    return a, a + text.count("\n")


# ---- documentation views ------------------------------------------------

def at(rid, cid, payload):
    t = splice(rid, cid, payload)
    a, b = lines_of(rid, cid, t)
    return f"@{path_of(cid)}#L{a}-{b}\n{t}"


def fetch(rid, cid, payload, title):
    t = splice(rid, cid, payload)
    return (f"Fetched {url_of(cid)} (200 OK, text/html; converted to Markdown, {len(t) * 3 // 2} bytes)\n\n"
            f"# {title}\n\n{t}\n\n[Chrome for Developers](https://developer.chrome.com/) · Except as otherwise noted, content is licensed under CC BY-SA 4.0.")


def rag(rid, cid, payload, query):
    t = splice(rid, cid, payload)
    score = 0.71 + (h(rid, "score") % 25) / 100
    return json.dumps({"tool": "docs_search", "query": query, "results": [
        {"url": url_of(cid), "score": round(score, 3), "chunk": h(rid, "chunk") % 40, "text": t}]}, ensure_ascii=False)


def mcp(rid, cid, payload):
    t = splice(rid, cid, payload)
    return json.dumps({"jsonrpc": "2.0", "id": 3 + h(rid, "rpc") % 90, "result": {"contents": [
        {"uri": "repo://developer.chrome.com/" + path_of(cid), "mimeType": "text/markdown", "text": t}]}},
        ensure_ascii=False, indent=2)


def issue(rid, cid, payload, title, login, repo="chrome-devrel/site-translations"):
    t = splice(rid, cid, payload)
    n = 200 + h(rid, "num") % 7000
    return json.dumps({"url": f"https://api.github.com/repos/{repo}/issues/{n}", "number": n, "title": title,
                       "user": {"login": login, "type": "User"}, "state": "open", "labels": [{"name": "docs"}],
                       "created_at": when(rid), "body": f"Page: {url_of(cid)}\n\nCurrent text:\n\n{t}"},
                      ensure_ascii=False, indent=2)


def _plus(text):
    return "+" + text.replace("\n", "\n+")


def review(rid, cid, payload, reviewer):
    t = splice(rid, cid, payload)
    a, _ = lines_of(rid, cid, t)
    n = t.count("\n") + 1
    cid_n = 1400000000 + h(rid, "rc") % 90000000
    return (f"Review comment #{cid_n} by @{reviewer} on {path_of(cid)} (line {a + n - 1}, RIGHT side)\n"
            f"diff_hunk:\n@@ -{a},0 +{a},{n} @@\n{_plus(t)}\n\nbody:\nThis paragraph reads well now, thanks for syncing it with upstream.")


def patch(rid, cid, payload, author, subject):
    t = splice(rid, cid, payload)
    n = t.count("\n") + 1
    p = path_of(cid)
    return (f"From {hexid(rid, 'c', 40)} Mon Sep 17 00:00:00 2001\nFrom: {author}\nDate: Tue, 1{h(rid,'d')%9} Mar 2026 0{h(rid,'hh')%9}:{h(rid,'mm')%60:02}:11 +0100\n"
            f"Subject: [PATCH] {subject}\n\n---\n {p} | {n} +\n 1 file changed, {n} insertions(+)\n\n"
            f"diff --git a/{p} b/{p}\nindex {hexid(rid,'i1',7)}..{hexid(rid,'i2',7)} 100644\n--- a/{p}\n+++ b/{p}\n"
            f"@@ -{40 + h(rid,'l')%80},0 +{40 + h(rid,'l')%80},{n} @@\n{_plus(t)}\n-- \n2.47.1\n")


# ---- personal-assistant tool outputs ------------------------------------

def email(rid, frm, to, subject, body, html_mail=False):
    hdr = (f"From: {frm}\nTo: {to}\nDate: {when(rid)}\nSubject: {subject}\nMessage-ID: <{hexid(rid,'m',16)}@mail.example>\n")
    if html_mail:
        return hdr + "Content-Type: text/html; charset=utf-8\n\n" + body
    return hdr + "Content-Type: text/plain; charset=utf-8\n\n" + body


def chat(rid, app, channel, msgs):
    v = h(rid, "chat")
    out = [f"[{app} export] {channel}"]
    for k, (who, text) in enumerate(msgs):
        out.append(f"[{(v >> k) % 12 + 8:02}:{(v >> (k + 3)) % 60:02}] {who}: {text}")
    return "\n".join(out)


def sms(rid, msgs):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', f'<smses count="{len(msgs)}">']
    base = 1767000000000 + h(rid, "sms") % 10000000000
    for k, (addr, typ, body) in enumerate(msgs):
        out.append(f'  <sms address="{addr}" date="{base + k * 61000}" type="{typ}" body="{html.escape(body)}" read="1" />')
    out.append("</smses>")
    return "\n".join(out)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def calendar(rid, summary, desc, organizer, location="Video call"):
    d = when(rid).replace("-", "").replace(":", "")
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendar Export//EN\nBEGIN:VEVENT\n"
            f"UID:{hexid(rid,'u',20)}@calendar.example\nDTSTART:{d}\nSUMMARY:{ics_escape(summary)}\n"
            f"ORGANIZER;CN={organizer}:mailto:{organizer.split()[0].lower()}@corp.example\nLOCATION:{ics_escape(location)}\n"
            f"DESCRIPTION:{ics_escape(desc)}\nEND:VEVENT\nEND:VCALENDAR")


def contacts(rid, name, org, note):
    return (f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nORG:{org}\nTEL;TYPE=cell:+44 7700 9{h(rid,'tel')%100000:05}\n"
            f"EMAIL:{name.split()[0].lower()}@{org.split()[0].lower()}.example\nNOTE:{ics_escape(note)}\nEND:VCARD")


def web(rid, url, title, body_html):
    return (f"GET {url} -> 200 (text/html)\n<!doctype html>\n<html><head><title>{html.escape(title)}</title></head>\n"
            f"<body>\n{body_html}\n</body></html>")


def reviews(rid, product, items):
    out = [f"Reviews for {product} (sorted: most recent)"]
    for who, stars, text in items:
        out.append(f"\n{'★' * stars}{'☆' * (5 - stars)}  {who}\n{text}")
    return "\n".join(out)


def ticket(rid, subject, requester, comments):
    n = 40000 + h(rid, "tk") % 50000
    return json.dumps({"ticket": {"id": n, "subject": subject, "requester": requester, "status": "open",
                                  "comments": [{"author": a, "body": b} for a, b in comments]}},
                      ensure_ascii=False, indent=2)


def voicemail(rid, caller, transcript):
    return (f"Voicemail from {caller}, {when(rid)}, {20 + h(rid,'vm') % 90} s\nTranscription (automatic, may contain errors):\n"
            f"{transcript}")


def notes(rid, title, body):
    return f"# {title}\n\n{body}"


# ---- documents ------------------------------------------------------------

def document(rid, header, body):
    return f"{header}\n\n{body}"


def sheet(rows):
    def cell(c):
        c = str(c)
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c
    return "\n".join(",".join(cell(c) for c in r) for r in rows)


# ---- developer material ---------------------------------------------------

def log(rid, job, lines):
    v = h(rid, "log")
    out = []
    for k, l in enumerate(lines):
        out.append(f"2026-0{1 + v % 9}-1{v % 10}T0{(v >> 3) % 10}:{(v >> 5) % 60:02}:{(k * 7 + v) % 60:02}.{(v >> k) % 1000:03}Z {l}")
    return f"##[group]Run {job}\n" + "\n".join(out) + "\n##[endgroup]"


def gitlog(rid, entries):
    out = []
    for k, (author, subject, body) in enumerate(entries):
        out.append(f"commit {hexid(rid, 'g' + str(k), 40)}\nAuthor: {author}\nDate:   {when(rid, str(k))}\n\n    {subject}\n")
        if body:
            out.append("    " + body.replace("\n", "\n    ") + "\n")
    return "\n".join(out).rstrip()


def api(rid, method, url, obj):
    return f"{method} {url}\nHTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: {hexid(rid,'rq',16)}\n\n" + \
        json.dumps(obj, ensure_ascii=False, indent=2)
