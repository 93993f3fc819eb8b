"""Carrier builders for holdout15 (written for remit, CC0).

Each row of holdout15.py gives a carrier kind and a `ctx`: the benign text
around its payload, written for remit in the payload's language, as a list
of strings whose form depends on the kind (see each builder). The mark `§`
in one of them is where the payload goes. A builder returns the row's text
and the payload as it appears in that text (JSON escapes it, iCalendar
escapes commas and semicolons, a git log indents it).

Developer rows of kind doc, mcp, issue and review are built around a
passage of carriers15.jsonl of the payload's language; the payload goes at
a paragraph boundary, never after a line ending in `:` or a heading nor
before a list item, quote, table row or indented block.
"""
import json, random, re
from pathlib import Path

HERE = Path(__file__).parent
MARK = "§"


def _j(x):
    return json.dumps(x, ensure_ascii=False, indent=2)


def _esc(p):
    return json.dumps(p, ensure_ascii=False)[1:-1]


def _sub(s, p):
    return s.replace(MARK, p)


def _split_addr(s):
    m = re.match(r"(.*?)\s*<(.+)>", s)
    return (m.group(1), m.group(2)) if m else (s, s)


def email_text(ctx, p, rng):
    frm, subj, *body = ctx
    mid = rng.randrange(10**8, 10**9)
    day = rng.choice(["Mon, 09 Nov 2026 08:14:02 +0100", "Tue, 10 Nov 2026 17:40:51 +0000",
                      "Wed, 11 Nov 2026 11:05:37 +0200", "Thu, 12 Nov 2026 09:22:10 -0500",
                      "Fri, 13 Nov 2026 15:58:44 +0900"])
    head = (f"From: {frm}\nTo: me\nSubject: {subj}\nDate: {day}\nMessage-ID: <{mid}.{rng.randrange(99)}@mx>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n")
    return head + _sub("\n\n".join(body), p), p


def email_html(ctx, p, rng):
    frm, subj, *body = ctx
    parts = []
    for b in body:
        if MARK in b and (p.lstrip().startswith("<") or b != MARK):
            parts.append(_sub(b, p))
        else:
            parts.append("<p>" + _sub(b.replace("\n", "<br>\n"), p) + "</p>")
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + subj + "</title></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            "<div class=\"wrapper\" style=\"max-width:600px;margin:0 auto\">\n" + "\n".join(parts) +
            "\n</div>\n</body></html>")
    return f"From: {frm}\nSubject: {subj}\nContent-Type: text/html; charset=utf-8\n\n" + html, p


def email_json(ctx, p, rng):
    frm, subj, *body = ctx
    name, addr = _split_addr(frm)
    text = "\n\n".join(body)
    msg = {"id": f"AAMk{rng.randrange(10**9):x}", "receivedDateTime": f"2026-11-{rng.randrange(2, 28):02}T{rng.randrange(6, 20):02}:{rng.randrange(60):02}:00Z",
           "subject": subj, "from": {"emailAddress": {"name": name, "address": addr}},
           "toRecipients": [{"emailAddress": {"name": "me", "address": "me@inbox.example"}}],
           "bodyPreview": body[0][:90] if MARK not in body[0] else "", "isRead": False,
           "body": {"contentType": "text", "content": _sub(text, p)}}
    return _j({"@odata.context": "https://graph.example/v1.0/$metadata#users('me')/messages", "value": [msg]}), _esc(p)


def chat(ctx, p, rng):
    chan, *lines = ctx
    msgs = []
    t = 1762930000 + rng.randrange(90000)
    for ln in lines:
        user, text = ln.split(": ", 1)
        t += rng.randrange(40, 900)
        msgs.append({"type": "message", "user": user, "text": _sub(text, p), "ts": f"{t}.{rng.randrange(10**6):06}"})
    return _j({"ok": True, "channel": chan, "messages": msgs, "has_more": False}), _esc(p)


def calendar_json(ctx, p, rng):
    cal, *evs = ctx
    items = []
    for e in evs:
        title, start, end, loc, desc = e.split("|")
        items.append({"id": f"ev{rng.randrange(10**7)}", "summary": title, "start": {"dateTime": start}, "end": {"dateTime": end},
                      "location": loc, "description": _sub(desc, p), "status": "confirmed"})
    return _j({"kind": "calendar#events", "summary": cal, "timeZone": "Europe/Berlin", "items": items}), _esc(p)


def _ics(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def calendar_ics(ctx, p, rng):
    cal, *evs = ctx
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Birchline//Calendar 4.2//EN", f"X-WR-CALNAME:{cal}"]
    for e in evs:
        title, start, end, loc, desc = e.split("|")
        out += ["BEGIN:VEVENT", f"UID:{rng.randrange(10**9)}@cal.birchline.example", f"DTSTART:{start}", f"DTEND:{end}",
                f"SUMMARY:{_ics(title)}", f"LOCATION:{_ics(loc)}"]
        if desc:
            out.append("DESCRIPTION:" + _ics(_sub(desc, p)))
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n", _ics(p)


def web_text(ctx, p, rng):
    return _sub("\n\n".join(ctx), p), p


def web_html(ctx, p, rng):
    title, *body = ctx
    parts = []
    for b in body:
        if b == MARK and p.lstrip().startswith("<"):
            parts.append(p)
        else:
            parts.append("  <p>" + _sub(b, p) + "</p>")
    html = (f"<!DOCTYPE html>\n<html lang=\"{LANG}\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>{title}</title>\n</head>\n<body>\n"
            f"<header><nav><a href=\"/\">Home</a> · <a href=\"/blog\">Blog</a> · <a href=\"/contact\">Contact</a></nav></header>\n"
            f"<main>\n  <h1>{title}</h1>\n" + "\n".join(parts) + "\n</main>\n<footer>© 2026</footer>\n</body>\n</html>")
    return html, p


def search(ctx, p, rng):
    q, *res = ctx
    items = []
    for i, r in enumerate(res):
        title, url, snip = r.split("|")
        items.append({"position": i + 1, "title": title, "link": url, "snippet": _sub(snip, p)})
    return _j({"search_parameters": {"q": q, "hl": "en"}, "organic_results": items}), _esc(p)


def reviews(ctx, p, rng):
    prod, *rs = ctx
    items = []
    for r in rs:
        author, stars, title, body = r.split("|")
        items.append({"author": author, "rating": int(stars), "title": title, "body": _sub(body, p),
                      "verified_purchase": rng.random() < 0.8, "helpful_votes": rng.randrange(30)})
    return _j({"product": prod, "average_rating": round(sum(i["rating"] for i in items) / len(items), 1), "reviews": items}), _esc(p)


def travel(ctx, p, rng):
    fields = dict(l.split("=", 1) for l in ctx)
    obj = {}
    for k, v in fields.items():
        obj[k] = _sub(v, p)
    return _j({"booking": obj}), _esc(p)


def txn(ctx, p, rng):
    head, *lines = ctx
    out = [head]
    for l in lines:
        cells = l.split("|")
        cells = ['"' + _sub(c, p).replace('"', '""') + '"' if (MARK in c or "," in c) else c for c in cells]
        out.append(",".join(cells))
    return "\n".join(out) + "\n", p.replace('"', '""')


def doc_paras(ctx, p, rng):
    return _sub("\n\n".join(ctx), p), p


def doc_lines(ctx, p, rng):
    return _sub("\n".join(ctx), p), p


def gitlog(ctx, p, rng):
    out = []
    ind = None
    for c in ctx:
        h, author, date, msg = c.split("|", 3)
        out.append(f"commit {h}\nAuthor: {author}\nDate:   {date}\n")
        body = "\n".join(("    " + l) if l else "" for l in msg.split("\n"))
        out.append(_sub(body, "\n".join(("    " + l) if (i and l) else l for i, l in enumerate(p.split("\n")))) + "\n")
    return "\n".join(out), "\n".join(("    " + l) if (i and l) else l for i, l in enumerate(p.split("\n")))


def package(ctx, p, rng):
    obj = json.loads(ctx[0])

    def walk(x):
        if isinstance(x, dict):
            return {walk(k): walk(v) for k, v in x.items()}
        if isinstance(x, list):
            return [walk(v) for v in x]
        if isinstance(x, str):
            return _sub(x, p)
        return x
    return _j(walk(obj)), _esc(p)


# --- developer carriers around a carriers15 passage --------------------

CARRIERS = [json.loads(l) for l in open(HERE / "carriers15.jsonl")]
_used = {}


def pick_carrier(lang):
    # Round-robin over the repositories of the language, so each one is used.
    by = {}
    for c in CARRIERS:
        if c["lang"] == lang:
            by.setdefault(c["source"].split("@")[0], []).append(c)
    groups = list(by.values())
    pool = [g[i] for i in range(max(map(len, groups))) for g in groups if i < len(g)]
    k = _used.get(lang, 0)
    _used[lang] = k + 1
    return pool[k % len(pool)]


def place_in(passage, p, rng):
    paras = passage.split("\n\n")
    ok = []
    for i in range(len(paras) + 1):
        prev = paras[i - 1].rstrip() if i else ""
        nxt = paras[i].lstrip() if i < len(paras) else ""
        if prev.endswith(":") or prev.startswith("#"):
            continue
        if re.match(r"([-*+>|]|\d+\.|    |\t)", paras[i] if i < len(paras) else "x"):
            continue
        ok.append(i)
    i = rng.choice([k for k in ok if 0 < k < len(paras)] or ok)
    return "\n\n".join(paras[:i] + [p] + paras[i:])


def doc(ctx, p, rng, c):
    title = ctx[0] if ctx else None
    body = place_in(c["text"], p, rng)
    return (f"{title}\n\n" if title else "") + body, p


def mcp(ctx, p, rng, c):
    res = {"jsonrpc": "2.0", "id": rng.randrange(2, 90),
           "result": {"content": [{"type": "text", "text": c["text"] if ctx else place_in(c["text"], p, rng)}], "isError": False}}
    if ctx:
        res["result"]["structuredContent"] = {k: _sub(v, p) for k, v in (l.split("|", 1) for l in ctx)}
    return _j(res), _esc(p)


def issue(ctx, p, rng, c):
    title, *comments = ctx
    body = c["text"] if any(MARK in x for x in comments) else place_in(c["text"], p, rng)
    obj = {"number": rng.randrange(200, 4000), "title": title, "state": "open", "user": {"login": "docs-reader"},
           "body": body,
           "comments": [{"user": {"login": x.split("|")[0]}, "body": _sub(x.split("|", 1)[1], p)} for x in comments]}
    return _j(obj), _esc(p)


def page_path(c):
    path = c["source"].split(":", 1)[1]
    parts = path.split("#")
    return parts[1] if parts[0].endswith(".po") else parts[0]


def review(ctx, p, rng, c):
    path, comments = page_path(c), ctx
    body = c["text"] if any(MARK in x for x in comments) else place_in(c["text"], p, rng)
    obj = {"pull_request": {"number": rng.randrange(200, 4000), "title": f"docs: update {path}", "head": {"ref": "docs-refresh"}},
           "files": [{"filename": path, "status": "modified", "new_text_excerpt": body}],
           "review_comments": [{"user": {"login": x.split("|")[0]}, "path": path, "line": rng.randrange(5, 80),
                                "body": _sub(x.split("|", 1)[1], p)} for x in comments]}
    return _j(obj), _esc(p)


BUILDERS = {"email:text": email_text, "email:html": email_html, "email:json": email_json, "chat:json": chat,
            "calendar:json": calendar_json, "calendar:ics": calendar_ics, "web:text": web_text, "web:html": web_html,
            "search:json": search, "reviews:json": reviews, "travel:json": travel, "txn:csv": txn,
            "news:text": doc_paras, "article:text": doc_paras, "report:text": doc_paras, "translate:text": doc_paras,
            "minutes:text": doc_paras, "invoice:text": doc_lines, "form:text": doc_lines, "resume:text": doc_lines,
            "whois:text": doc_lines, "log:text": doc_lines, "config:yaml": doc_lines, "gitlog:text": gitlog,
            "package:json": package}
AROUND = {"doc": doc, "mcp": mcp, "issue": issue, "review": review}


LANG = "en"


def build(kind, lang, payload, ctx, rng):
    """(carrier label, text, payload as it appears in text)."""
    global LANG
    LANG = lang
    n = sum(x.count(MARK) for x in ctx)
    if kind in AROUND:
        assert n <= 1, (kind, ctx)
        c = pick_carrier(lang)
        text, shown = AROUND[kind](ctx, payload, rng, c)
        return f"{kind}:{c['id']}", text, shown
    assert n == 1, (kind, ctx)
    text, shown = BUILDERS[kind](ctx, payload, rng)
    return kind, text, shown
