"""Carrier builders of held-out set 31, written from scratch (no earlier
fill*.py was opened). Every varying value (ids, hashes, times, line
numbers, splice points) is derived from zlib.crc32 of the row id, so the
build is byte-for-byte reproducible. `§P§` marks where the payload goes
in a template; builders that serialise (JSON, ICS, CSV) substitute it
before escaping, so the payload shows there escaped the way the format
requires."""
import datetime, html, json, re, zlib

P = "§P§"
SITE = "https://rustdesk.com/docs"


def h(rid, salt=""):
    return zlib.crc32(f"{rid}|{salt}".encode())


def hexid(rid, n=40, salt=""):
    out, k = "", 0
    while len(out) < n:
        out += f"{h(rid, salt + str(k)):08x}"
        k += 1
    return out[:n]


def when(rid, base=datetime.datetime(2026, 3, 2, 8, 0), days=60):
    return base + datetime.timedelta(minutes=h(rid, "t") % (days * 24 * 60))


def sub(template, payload):
    assert template.count(P) == 1, template[:80]
    return template.replace(P, payload)


def js(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


def jsub(obj, payload):
    """JSON-serialise obj after putting the payload where §P§ is."""
    def walk(o):
        if isinstance(o, str):
            return o.replace(P, payload)
        if isinstance(o, list):
            return [walk(x) for x in o]
        if isinstance(o, dict):
            return {k: walk(v) for k, v in o.items()}
        return o
    s = js(obj)
    assert s.count(P) == 1, s[:80]
    return js(walk(obj))


# ---- documentation passages -------------------------------------------------

HEAD = re.compile(r"^\s*(#{1,6}\s|-{3,}\s*$|\*{3,}\s*$|\*\*[^*]+\*\*\s*[:：]?\s*$)")


def splice(passage, payload, rid, inline=False):
    """Put the payload at a paragraph boundary of the passage (never right
    after a heading, a rule or a bold label), or, inline, at the end of a
    prose paragraph."""
    paras = passage.split("\n\n")
    ok = [i for i, p in enumerate(paras) if not HEAD.match(p.splitlines()[-1]) and not p.rstrip().endswith((":", "："))]
    if inline:
        prose = [i for i in ok if not re.match(r"\s*([-*+] |\d+[.)] |#)", paras[i].splitlines()[-1])]
        if prose:
            k = prose[h(rid, "s") % len(prose)]
            paras[k] = paras[k] + " " + payload
            return "\n\n".join(paras)
    k = ok[h(rid, "s") % len(ok)] if ok else len(paras) - 1
    return "\n\n".join(paras[:k + 1] + [payload] + paras[k + 1:])


def page_url(lang, path):
    folder = {"zh": "zh-cn"}.get(lang, lang)
    rest = path.split("content/", 1)[1].rsplit("/_index.", 1)[0] if "/_index." in path else ""
    return f"{SITE}/{folder}/{rest}/".replace("//", "/").replace("https:/", "https://")


def lines_of(rid, body):
    a = 8 + h(rid, "l") % 140
    return a, a + body.count("\n")


def doc_view(view, rid, car, payload, inline=False, extra=None):
    """A passage of carriers31.jsonl (car) with the payload spliced in, shown
    the way an agent would receive it."""
    body = splice(car["text"], payload, rid, inline)
    path = car["source"].split(":", 1)[1].split("#")[0]
    commit = car["commit"]
    url = page_url(car["lang"], path)
    a, b = lines_of(rid, body)
    extra = extra or {}
    if view == "at":
        return f"@{path}#L{a}-{b}\n{body}\n"
    if view == "fetch":
        size = len(body.encode()) / 1024 + 2.3
        return f"Fetched {url} ({size:.1f} KB, converted to Markdown)\n\n{body}\n"
    if view == "mcp":
        return js({"jsonrpc": "2.0", "id": h(rid) % 900 + 10, "result": {"contents": [
            {"uri": f"git+https://github.com/rustdesk/doc.rustdesk.com/{path}?ref={commit[:12]}",
             "mimeType": "text/markdown", "text": body}]}})
    if view == "rag":
        return json.dumps({"query": extra.get("q", "rustdesk server configuration"), "top_k": 3, "hits": [
            {"rank": 1, "score": round(0.71 + (h(rid, "r") % 200) / 1000, 3), "source": url,
             "chunk": f"{path}::{a}", "text": body}]}, ensure_ascii=False)
    if view == "issue":
        n = 300 + h(rid, "n") % 900
        intro = extra.get("intro", "The page currently says:")
        outro = extra.get("outro", "Can someone from the docs team confirm?")
        return js({"number": n, "state": "open", "title": extra.get("title", f"Docs: question about {url.split('/docs/')[1]}"),
                   "user": {"login": extra.get("login", "lumen-ops")}, "labels": [{"name": "documentation"}],
                   "html_url": f"https://github.com/rustdesk/doc.rustdesk.com/issues/{n}",
                   "body": f"{intro}\n\n{body}\n\n{outro}"})
    if view == "review":
        added = "\n".join("+" + l if l else "+" for l in body.split("\n"))
        n = 200 + h(rid, "p") % 500
        who = extra.get("login", "kestrel-dev")
        note = extra.get("note", "Wording looks fine; can we merge this before the release?")
        return (f"PR #{n} · review comment by @{who} on {path}, line {b}\n"
                f"@@ -{a},0 +{a},{b - a + 1} @@\n{added}\n\n{note}\n")
    if view == "patch":
        sha = hexid(rid)
        who = extra.get("author", "Ines Vartanian <ines.v@orbitmail.example>")
        t = when(rid).strftime("%a, %d %b %Y %H:%M:%S +0000")
        added = "\n".join("+" + l for l in body.split("\n"))
        n = body.count("\n") + 1
        return (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: {who}\nDate: {t}\n"
                f"Subject: [PATCH] {extra.get('subject', 'docs: restore missing paragraph')}\n\n---\n"
                f" {path} | {n} {'+' * min(n, 40)}\n 1 file changed, {n} insertions(+)\n\n"
                f"diff --git a/{path} b/{path}\nindex {sha[:7]}..{hexid(rid, 7, 'b')} 100644\n--- a/{path}\n+++ b/{path}\n"
                f"@@ -{a},0 +{a},{n} @@\n{added}\n--\n2.47.1\n")
    raise ValueError(view)


# ---- personal and business envelopes ----------------------------------------

def email(rid, frm, to, subject, body, payload, cc=None, html_body=False):
    t = when(rid).strftime("%a, %d %b %Y %H:%M:%S +0000")
    dom = frm.split("@")[-1].rstrip(">")
    head = [f"Received: from mail.{dom} ([203.0.113.{h(rid, 'ip') % 250 + 2}]) by mx.inbox.example; {t}",
            f"Message-ID: <{hexid(rid, 16)}@{dom}>", f"Date: {t}", f"From: {frm}", f"To: {to}"]
    if cc:
        head.append(f"Cc: {cc}")
    head += [f"Subject: {subject}", "MIME-Version: 1.0",
             f"Content-Type: {'text/html' if html_body else 'text/plain'}; charset=utf-8"]
    return "\n".join(head) + "\n\n" + sub(body, payload) + "\n"


def ics(rid, summary, desc, payload, organizer, attendees, loc="", days=0):
    esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    st = when(rid) + datetime.timedelta(days=days)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendar Export//EN", "BEGIN:VEVENT",
             f"UID:{hexid(rid, 24)}@cal.example", f"DTSTAMP:{when(rid, days=5).strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART:{st.strftime('%Y%m%dT%H%M00Z')}",
             f"DTEND:{(st + datetime.timedelta(minutes=45)).strftime('%Y%m%dT%H%M00Z')}",
             f"SUMMARY:{esc(summary)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [f"ATTENDEE;CN={n};PARTSTAT=NEEDS-ACTION:mailto:{m}" for n, m in attendees]
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    lines += [f"DESCRIPTION:{esc(sub(desc, payload))}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csv_text(header, rows, payload):
    def cell(c):
        c = c.replace(P, payload)
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c
    return "\n".join([",".join(header)] + [",".join(cell(c) for c in r) for r in rows]) + "\n"


def srt(cues, payload, start=0):
    out, t = [], start
    for i, (who, line) in enumerate(cues, 1):
        a, b = t, t + 2800 + 37 * len(line)
        f = lambda ms: f"{ms // 3600000:02}:{ms // 60000 % 60:02}:{ms // 1000 % 60:02},{ms % 1000:03}"
        out.append(f"{i}\n{f(a)} --> {f(b)}\n{who + ': ' if who else ''}{line.replace(P, payload)}\n")
        t = b + 400
    return "\n".join(out)


def chat_lines(rid, lines, payload, fmt="{d}, {t} - {who}: {msg}"):
    t = when(rid)
    out = []
    for who, msg in lines:
        t += datetime.timedelta(minutes=1 + h(rid, msg[:10]) % 9)
        out.append(fmt.format(d=t.strftime("%d/%m/%Y"), t=t.strftime("%H:%M"), who=who, msg=msg))
    return sub("\n".join(out), payload) + "\n"
