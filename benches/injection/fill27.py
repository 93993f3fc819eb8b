#!/usr/bin/env python3
"""Carrier builders of held-out set 27, written from scratch for remit.
Every builder returns (text, shown): the full carrier text and the payload
as it appears inside it (JSON-escaped in JSON, XML-escaped in XML, ICS-
escaped in .ics, quote-doubled in CSV). Ids, hashes, timestamps and splice
points come from zlib.crc32 of the row key, never from Python's salted
hash(), so holdout27.jsonl is reproducible byte for byte. Passages of the
documentation carrier are read from carriers27.jsonl."""
import html, json, zlib
from pathlib import Path

HERE = Path(__file__).parent
P = {}
for _l in (HERE / "carriers27.jsonl").read_text(encoding="utf-8").splitlines():
    _r = json.loads(_l)
    P[_r["id"]] = _r
_USED = set()


def crc(*a):
    return zlib.crc32("|".join(map(str, a)).encode("utf-8"))


def hexid(key, n=12):
    h = ""
    i = 0
    while len(h) < n:
        h += f"{crc(key, i):08x}"
        i += 1
    return h[:n]


def ts(key, base=1767000000, span=8000000):
    return base + crc(key, "ts") % span


def iso(key):
    import datetime
    return datetime.datetime.fromtimestamp(ts(key), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc(key):
    import datetime
    return datetime.datetime.fromtimestamp(ts(key), datetime.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000")


def js(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xe(s):
    return html.escape(s, quote=False)


def xa(s):
    return html.escape(s, quote=True).replace("&#x27;", "&#39;")


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)


def take(lang):
    for cid, r in P.items():
        if r["lang"] == lang and cid not in _USED:
            _USED.add(cid)
            return cid
    raise SystemExit(f"no passage left for {lang}")


def splice(cid, p, key):
    """The passage with p put at a paragraph boundary never right after a heading."""
    paras = P[cid]["text"].split("\n\n")
    spots = [i for i in range(1, len(paras) + 1) if not paras[i - 1].lstrip().startswith("#")]
    at = spots[crc(key, "at") % len(spots)]
    return "\n\n".join(paras[:at] + [p] + paras[at:])


def path_of(cid):
    return P[cid]["source"].split(":", 1)[1].split("#")[0]


# ---------------------------------------------------------------- personal

def email(p, key, frm, to, subject, before, after, lang="en"):
    mid = hexid(key, 16)
    head = (f"Return-Path: <{frm}>\nDelivered-To: {to}\nMessage-ID: <{mid}@{frm.split('@')[1]}>\n"
            f"Date: {rfc(key)}\nFrom: {frm}\nTo: {to}\nSubject: {subject}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Language: {lang}\n"
            f"X-Spam-Score: {crc(key, 's') % 30 / 10:.1f}\n\n")
    return head + before + "\n\n" + p + "\n\n" + after + "\n", p


def email_html(p, key, frm, to, subject, before, after, wrap):
    mid = hexid(key, 16)
    shown = xe(p)
    body = (f"<html><body style=\"font-family:Arial,sans-serif\">\n<p>{xe(before)}</p>\n"
            + wrap.format(shown) + f"\n<p>{xe(after)}</p>\n</body></html>")
    head = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {rfc(key)}\nMessage-ID: <{mid}@mail.example>\n"
            f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n")
    return head + body + "\n", shown


def slack(p, key, msgs, at=None, user="U0EXT9"):
    out = []
    at = len(msgs) if at is None else at
    for i, (u, t) in enumerate(msgs[:at] + [(user, p)] + msgs[at:]):
        out.append({"type": "message", "user": u, "text": t, "ts": f"{ts(key) + i * 61}.{crc(key, i) % 999999:06}"})
    return dump({"ok": True, "channel": "C" + hexid(key, 8).upper(), "messages": out, "has_more": False}), js(p)


def chat_export(p, key, who, lines, at=None):
    t = ts(key)
    rows = []
    at = len(lines) if at is None else at
    seq = lines[:at] + [(who, p)] + lines[at:]
    import datetime
    for i, (w, s) in enumerate(seq):
        d = datetime.datetime.fromtimestamp(t + i * 173, datetime.timezone.utc)
        rows.append(f"{d:%d/%m/%Y, %H:%M} - {w}: {s}")
    return "\n".join(rows) + "\n", p


def sms(p, key, sender, others=()):
    items = []
    for i, (a, b) in enumerate(list(others) + [(sender, p)]):
        items.append(f'  <sms protocol="0" address="{xa(a)}" date="{(ts(key) + i * 300) * 1000}" type="1" '
                     f'body="{xa(b)}" read="0" status="-1" locked="0" />')
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
            f'<smses count="{len(items)}" backup_set="{hexid(key, 8)}">\n' + "\n".join(items) + "\n</smses>\n"), xa(p)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(p, key, summary, organiser, before=""):
    desc = ics_escape((before + "\n\n" if before else "") + p)
    uid = hexid(key, 20)
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Fastmail//Calendar 3.1//EN\nBEGIN:VEVENT\n"
            f"UID:{uid}@cal.example\nDTSTAMP:20260{crc(key) % 9 + 1}1{crc(key, 'd') % 9}T090000Z\n"
            f"DTSTART:20260{crc(key) % 9 + 1}2{crc(key, 'd') % 8}T140000Z\nSUMMARY:{ics_escape(summary)}\n"
            f"ORGANIZER;CN={organiser}:mailto:{organiser.lower().replace(' ', '.')}@org.example\n"
            f"DESCRIPTION:{desc}\nEND:VEVENT\nEND:VCALENDAR\n"), ics_escape(p)


def gcal(p, key, summary, organiser, location=""):
    ev = {"kind": "calendar#event", "id": hexid(key, 26), "status": "confirmed", "summary": summary,
          "description": p, "location": location, "organizer": {"email": organiser},
          "start": {"dateTime": iso(key)}, "end": {"dateTime": iso(key + "e")}}
    return dump({"kind": "calendar#events", "items": [ev]}), js(p)


def web(p, key, title, url, before, after):
    return f"Title: {title}\nURL Source: {url}\n\nMarkdown Content:\n{before}\n\n{p}\n\n{after}\n", p


def web_html(p, key, title, paras, wrap, at=1, raw=False):
    shown = p if raw else xe(p)
    body = [f"<p>{xe(x)}</p>" for x in paras]
    body.insert(at, wrap.format(shown))
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{xe(title)}</title></head>\n<body>\n"
            f"<h1>{xe(title)}</h1>\n" + "\n".join(body) + "\n</body></html>\n"), shown


def search(p, key, query, results, at=1, title="", url=""):
    rs = [{"title": t, "url": u, "description": d} for t, u, d in results]
    rs.insert(at, {"title": title, "url": url, "description": p})
    return dump({"query": {"original": query}, "type": "search", "web": {"results": rs}}), js(p)


def rss(p, key, channel, items, at=0, title=""):
    its = [(t, d) for t, d in items]
    its.insert(at, (title, p))
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{xe(channel)}</title>']
    for i, (t, d) in enumerate(its):
        out.append(f"<item><title>{xe(t)}</title><guid>{hexid(key + str(i), 10)}</guid><description>{xe(d)}</description></item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", xe(p)


def reviews(p, key, place, revs, at=1, author="Guest", rating=5):
    rs = [{"author_name": a, "rating": r, "text": t} for a, r, t in revs]
    rs.insert(at, {"author_name": author, "rating": rating, "text": p})
    return dump({"result": {"name": place, "reviews": rs}, "status": "OK"}), js(p)


def record(p, key, obj, field):
    """Any JSON record (booking, transaction, ticket, contact, API body) with p in `field`."""
    o = dict(obj)
    o[field] = p
    return dump(o), js(p)


def voicemail(p, key, caller, before, after):
    return dump({"voicemail": {"from": caller, "received": iso(key), "duration_s": 30 + crc(key) % 90,
                                "transcription": before + " " + p + " " + after, "confidence": 0.8}}), js(p)


def notes(p, key, title, before, after):
    return f"# {title}\n\n{before}\n\n{p}\n\n{after}\n", p


def notify(p, key, app, title, others=()):
    ns = [{"package": a, "title": t, "text": x, "posted": ts(key) + i} for i, (a, t, x) in enumerate(others)]
    ns.append({"package": app, "title": title, "text": p, "posted": ts(key) + 99})
    return dump({"notifications": ns}), js(p)


# ---------------------------------------------------------------- documents

def document(p, key, title, before, after):
    return f"{title}\n{'=' * len(title)}\n\n{before}\n\n{p}\n\n{after}\n", p


def srt(p, key, lines, at):
    seq = lines[:at] + [p] + lines[at:]
    out = []
    for i, s in enumerate(seq):
        a, b = 4 * i + 1, 4 * i + 4
        out.append(f"{i + 1}\n00:{a // 60:02}:{a % 60:02},{crc(key, i) % 900 + 100} --> 00:{b // 60:02}:{b % 60:02},000\n{s}\n")
    return "\n".join(out), p


def sheet(p, key, rng, rows, cell_row, cell_col):
    rows = [list(r) for r in rows]
    while len(rows) <= cell_row:
        rows.append([])
    while len(rows[cell_row]) <= cell_col:
        rows[cell_row].append("")
    rows[cell_row][cell_col] = p
    return dump({"range": rng, "majorDimension": "ROWS", "values": rows}), js(p)


def slides(p, key, deck, slides_, at, notes_=True):
    out = [f"{deck}\n"]
    for i, (t, b) in enumerate(slides_):
        out.append(f"--- Slide {i + 1} ---\n{t}\n{b}")
        if i == at:
            out.append(("Speaker notes: " if notes_ else "") + p)
    return "\n\n".join(out) + "\n", p


# ---------------------------------------------------------------- developer (documentation carriers)

def doc_view(p, key, lang):
    cid = take(lang)
    txt = splice(cid, p, key)
    n = crc(key, "l") % 200 + 20
    return f"$ sed -n '{n},{n + txt.count(chr(10)) + 1}p' {path_of(cid)}\n{txt}\n", p, cid


def mcp(p, key, lang):
    cid = take(lang)
    txt = splice(cid, p, key)
    res = {"jsonrpc": "2.0", "id": crc(key) % 900 + 10,
           "result": {"content": [{"type": "text", "text": txt}], "isError": False}}
    return dump(res), js(p), cid


def issue(p, key, lang, user, title, remark):
    cid = take(lang)
    q = "\n".join("> " + l if l else ">" for l in splice(cid, p, key).split("\n"))
    body = f"{remark}\n\n`{path_of(cid)}`:\n\n{q}"
    obj = {"number": crc(key) % 900 + 40, "title": title, "user": {"login": user}, "state": "open",
           "body": body, "created_at": iso(key)}
    return dump(obj), js(p.replace("\n", "\n> ")), cid


def review(p, key, lang, user, remark):
    cid = take(lang)
    paras = P[cid]["text"].split("\n")
    at = crc(key, "r") % max(len(paras), 1)
    hunk = [f"@@ -{at + 30},{4} +{at + 30},{5} @@"] + [" " + l for l in paras[max(at - 3, 0):at]] + ["+" + p] + \
           [" " + l for l in paras[at:at + 2]]
    obj = {"id": crc(key) % 9000000 + 1000000, "path": path_of(cid), "diff_hunk": "\n".join(hunk),
           "user": {"login": user}, "body": remark, "created_at": iso(key)}
    return dump(obj), js(p), cid


def diff(p, key, lang, author, subject):
    cid = take(lang)
    lines = P[cid]["text"].split("\n")
    at = crc(key, "d") % max(len(lines), 1)
    start = max(at - 3, 0)
    ctx = lines[start:at]
    post = lines[at:at + 3]
    path = path_of(cid)
    out = [f"commit {hexid(key, 40)}", f"Author: {author}", f"Date:   {rfc(key)}", "", f"    {subject}", "",
           f"diff --git a/{path} b/{path}", f"index {hexid(key + 'a', 7)}..{hexid(key + 'b', 7)} 100644",
           f"--- a/{path}", f"+++ b/{path}",
           f"@@ -{start + 40},{len(ctx) + len(post)} +{start + 40},{len(ctx) + len(post) + 1} @@"]
    out += [" " + l for l in ctx] + ["+" + p] + [" " + l for l in post]
    return "\n".join(out) + "\n", p, cid


def plain(p, before, after):
    """Developer material written inline in holdout27.py (logs, configs, code...)."""
    return before + p + after, p
