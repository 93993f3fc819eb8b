#!/usr/bin/env python3
"""Carrier builders of held-out set 28, written from scratch (fill23-27.py
unread). Every builder takes the payload and the row key and returns
(text, shown) or, for the documentation carriers, (text, shown, carrier
id): `shown` is the payload as it appears in the text (JSON-, XML-, or
ICS-escaped, or with "> " / "+" after each newline in a quoted or added
block). Ids, hashes, timestamps and splice points come from zlib.crc32 of
the row key, so the output is reproducible. No fences are written."""
import datetime, html, json, zlib
from pathlib import Path

HERE = Path(__file__).parent
P = "{P}"


def crc(key, salt=""):
    return zlib.crc32((salt + "|" + key).encode("utf-8"))


def hexid(key, n=12):
    s = ""
    i = 0
    while len(s) < n:
        s += format(crc(key, str(i)), "08x")
        i += 1
    return s[:n]


def stamp(key, salt="t"):
    base = datetime.datetime(2026, 2, 2, 6, 0, tzinfo=datetime.timezone.utc)
    return base + datetime.timedelta(seconds=crc(key, salt) % (86400 * 110))


def iso(key, salt="t"):
    return stamp(key, salt).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc(key, salt="t"):
    return stamp(key, salt).strftime("%a, %d %b %Y %H:%M:%S +0000")


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return html.escape(s, quote=True)


def icsesc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fill(obj, p):
    if isinstance(obj, str):
        return obj.replace(P, p)
    if isinstance(obj, dict):
        return {k: _fill(v, p) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_fill(v, p) for v in obj]
    return obj


def jdoc(p, obj, indent=2):
    """A JSON document with the payload in the string values holding {P}."""
    return json.dumps(_fill(obj, p), ensure_ascii=False, indent=indent), jesc(p)


def tdoc(p, template):
    """A plain-text document with the payload at {P}."""
    assert template.count(P) == 1
    return template.replace(P, p), p


def xdoc(p, template):
    """An XML/HTML document with the payload, escaped, at {P}."""
    assert template.count(P) == 1
    return template.replace(P, xesc(p)), xesc(p)


def ics(p, key, summary, where, desc_before, desc_after="", organizer="mailto:noreply@calendar.example"):
    desc = icsesc(desc_before + ("\n" if desc_before else "") + p + ("\n" + desc_after if desc_after else ""))
    start = stamp(key)
    text = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendar Export//EN", "BEGIN:VEVENT",
        f"UID:{hexid(key, 20)}@calendar.example",
        "DTSTAMP:" + start.strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART:" + start.strftime("%Y%m%dT%H%M00Z"),
        "DTEND:" + (start + datetime.timedelta(hours=1)).strftime("%Y%m%dT%H%M00Z"),
        "SUMMARY:" + icsesc(summary), "LOCATION:" + icsesc(where), "ORGANIZER:" + organizer,
        "DESCRIPTION:" + desc, "END:VEVENT", "END:VCALENDAR", ""])
    return text, icsesc(p)


def email(p, key, frm, to, subject, before, after, sign=""):
    text = (f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>\n"
            f"Received: from mx{crc(key) % 9 + 1}.mail.example by inbound.mail.example; {rfc(key)}\n"
            f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {rfc(key)}\n"
            f"Message-ID: <{hexid(key, 16)}@{frm.split('@')[-1].rstrip('>')}>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
            f"{before}\n\n{p}\n\n{after}\n" + (f"\n{sign}\n" if sign else ""))
    return text, p


def email_html(p, key, frm, to, subject, before, after, wrap="<p>{}</p>"):
    body = (f"<html><body style=\"font-family:Arial,sans-serif\">\n<p>{xesc(before)}</p>\n"
            + wrap.format(xesc(p)) + f"\n<p>{xesc(after)}</p>\n</body></html>")
    text = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {rfc(key)}\n"
            f"Message-ID: <{hexid(key, 16)}@{frm.split('@')[-1].rstrip('>')}>\n"
            "MIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n" + body + "\n")
    return text, xesc(p)


def slack(p, key, channel, msgs):
    t0 = int(stamp(key).timestamp())
    out = []
    for i, (user, txt) in enumerate(msgs):
        out.append({"type": "message", "user": user, "text": txt, "ts": f"{t0 + 97 * i}.{crc(key, str(i)) % 999999:06d}"})
    return jdoc(p, {"ok": True, "channel": channel, "messages": out, "has_more": False})


def chat_export(p, key, lines, fmt="[{d}, {t}] {who}: {msg}"):
    t = stamp(key)
    rows = []
    for i, (who, msg) in enumerate(lines):
        tt = t + datetime.timedelta(minutes=3 * i + crc(key, str(i)) % 3)
        rows.append(fmt.format(d=tt.strftime("%d/%m/%Y"), t=tt.strftime("%H:%M:%S"), who=who, msg=msg))
    return "\n".join(rows) + "\n", p


def sms_xml(p, key, msgs):
    t0 = int(stamp(key).timestamp()) * 1000
    lines = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>', f'<smses count="{len(msgs)}">']
    shown = xesc(p)
    for i, (addr, body, kind) in enumerate(msgs):
        lines.append(f'  <sms protocol="0" address="{addr}" date="{t0 + 61000 * i}" type="{kind}" '
                     f'body="{xesc(body).replace(xesc(P), xesc(p))}" read="1" status="-1" locked="0" />')
    lines.append("</smses>")
    return "\n".join(lines) + "\n", shown


def html_page(p, key, title, url, paras, wrap="<p>{}</p>", at=1):
    parts = [f"<p>{xesc(x)}</p>" for x in paras]
    parts.insert(at, wrap.format(xesc(p)))
    text = (f"<!-- fetched {url} {iso(key)} -->\n<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{xesc(title)}</title></head>\n<body>\n<article>\n<h1>{xesc(title)}</h1>\n"
            + "\n".join(parts) + "\n</article>\n</body></html>\n")
    return text, xesc(p)


def rss(p, key, channel, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0"><channel>', f"<title>{xesc(channel)}</title>"]
    for i, (title, link, desc) in enumerate(items):
        d = xesc(desc).replace(xesc(P), xesc(p))
        out.append(f"<item><title>{xesc(title)}</title><link>{link}</link><guid>{hexid(key + str(i), 10)}</guid>"
                   f"<pubDate>{rfc(key, str(i))}</pubDate><description>{d}</description></item>")
    out.append("</channel></rss>")
    return "\n".join(out) + "\n", xesc(p)


def vcard(p, key, name, tel, mail, org, note_before=""):
    note = icsesc((note_before + " " if note_before else "") + p)
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"N:{';'.join(reversed(name.split(' ', 1)))};;;",
                        f"ORG:{org}", f"TEL;TYPE=CELL:{tel}", f"EMAIL;TYPE=INTERNET:{mail}",
                        f"NOTE:{note}", f"REV:{iso(key)}", "END:VCARD", ""])
    return text, icsesc(p)


# ---- documentation carriers (carriers28.jsonl) -------------------------------------------------

_CARRIERS = [json.loads(l) for l in (HERE / "carriers28.jsonl").read_text(encoding="utf-8").splitlines()]
_USED = set()


def take(lang, key):
    pool = [c for c in _CARRIERS if c["lang"] == lang and c["id"] not in _USED]
    assert pool, f"no passage left for {lang} ({key})"
    c = pool[crc(key, "pick") % len(pool)]
    _USED.add(c["id"])
    return c


def _splice(c, block, key):
    paras = c["text"].split("\n\n")
    spots = [i for i in range(1, len(paras) + 1) if not paras[i - 1].lstrip().startswith("#")]
    if not spots:
        spots = [len(paras)]
    at = spots[crc(key, "at") % len(spots)]
    return paras[:at] + [block] + paras[at:], at


def _path(c):
    src = c["source"].split(":", 1)[1]
    return src.rsplit("#", 1)[0]


def doc_view(p, key, lang):
    c = take(lang, key)
    paras, at = _splice(c, p, key)
    body = "\n\n".join(paras)
    start = 40 + crc(key, "l") % 300
    end = start + body.count("\n")
    text = f"$ sed -n '{start},{end}p' {_path(c)}\n{body}\n"
    return text, p, c["id"]


def mcp_doc(p, key, lang, tool="fetch_repo_file"):
    c = take(lang, key)
    paras, _ = _splice(c, p, key)
    obj = {"jsonrpc": "2.0", "id": crc(key) % 900 + 11,
           "result": {"content": [{"type": "text", "text": "\n\n".join(paras)}],
                      "structuredContent": {"repo": "microsoft/MCP-Server-and-PostgreSQL-Sample-Retail",
                                            "path": _path(c), "tool": tool},
                      "isError": False}}
    return json.dumps(obj, ensure_ascii=False, indent=2), jesc(p), c["id"]


def issue_doc(p, key, lang, title, author, opener, inside=True, after=""):
    c = take(lang, key)
    if inside:
        paras, _ = _splice(c, p, key)
        quoted = "\n".join("> " + l if l else ">" for l in "\n\n".join(paras).split("\n"))
        shown = p.replace("\n", "\n> ")
        body = f"{opener}\n\n{quoted}\n\n{after}".rstrip()
    else:
        quoted = "\n".join("> " + l if l else ">" for l in c["text"].split("\n"))
        shown = p
        body = f"{opener}\n\n{quoted}\n\n{p}" + (f"\n\n{after}" if after else "")
    n = 40 + crc(key) % 400
    text = (f"#{n} {title}\nOpen · {author} opened this issue on {stamp(key).strftime('%b %d, %Y')} · 0 comments\n"
            f"Labels: documentation\n\n{body}\n")
    return text, shown, c["id"]


def review_doc(p, key, lang, reviewer, in_hunk=True, comment=""):
    c = take(lang, key)
    lines = c["text"].split("\n")
    if in_hunk:
        paras, _ = _splice(c, p, key)
        old = c["text"].split("\n")
        new = "\n\n".join(paras).split("\n")
        added = p.split("\n") + [""]
        # build hunk: context up to the splice, added block, rest as context
        pre = "\n\n".join(paras[:paras.index(p)]).split("\n") + [""]
        post = "\n\n".join(paras[paras.index(p) + 1:]).split("\n")
        hunk = [" " + l if l else "" for l in pre] + ["+" + l if l else "+" for l in added] + [" " + l if l else "" for l in post]
        shown = p.replace("\n", "\n+")
        head = f"@@ -{10 + crc(key) % 50},{len(old)} +{10 + crc(key) % 50},{len(new)} @@"
        body = comment
    else:
        hunk = [" " + l if l else "" for l in lines[:-1]] + ["-" + lines[-1], "+" + lines[-1].rstrip() + " "]
        head = f"@@ -{10 + crc(key) % 50},{len(lines)} +{10 + crc(key) % 50},{len(lines)} @@"
        shown = p
        body = p if not comment else comment.replace(P, p)
    text = (f"Review comment · {reviewer} · {_path(c)} (PR #{120 + crc(key, 'pr') % 300})\n{head}\n"
            + "\n".join(hunk) + f"\n\n{reviewer}: {body}\n")
    return text, shown, c["id"]


def diff_doc(p, key, lang, author, subject):
    c = take(lang, key)
    paras, _ = _splice(c, p, key)
    i = paras.index(p)
    pre = "\n\n".join(paras[:i]).split("\n")
    post = "\n\n".join(paras[i + 1:]).split("\n")
    hunk = [" " + l if l else "" for l in pre + [""]] + ["+" + l if l else "+" for l in p.split("\n") + [""]] + \
           [" " + l if l else "" for l in post]
    path = _path(c)
    text = (f"commit {hexid(key, 40)}\nAuthor: {author}\nDate:   {rfc(key)}\n\n    {subject}\n\n"
            f"diff --git a/{path} b/{path}\nindex {hexid(key + 'a', 7)}..{hexid(key + 'b', 7)} 100644\n"
            f"--- a/{path}\n+++ b/{path}\n@@ -{20 + crc(key) % 80},{len(pre) + len(post) + 1} "
            f"+{20 + crc(key) % 80},{len(pre) + len(post) + len(p.split(chr(10))) + 2} @@\n" + "\n".join(hunk) + "\n")
    return text, p.replace("\n", "\n+"), c["id"]
