#!/usr/bin/env python3
"""Carrier builders of held-out set 24 (written for remit, blind; adapted
from fill23.py: the mechanics are the same -- each builder takes ordinary
content and a payload, puts the payload where the row says, and returns
(text, payload as it appears in the text) -- but every tool-output shape
is new to this set: a Microsoft Graph message JSON, an mbox file with
several messages, a forwarded mail, a Slack `conversations.history` JSON,
a WhatsApp text export, an Android SMS backup XML, a Google Calendar
`events.list` JSON, a plain-text agenda, a SERP-style JSON with an answer
box, an RSS feed, a browser accessibility-tree snapshot, a `lynx -dump`
page with numbered references, a holiday-rental listing JSON, an e-ticket
itinerary, a QIF bank export, a Jira issue JSON, a live-chat transcript,
a vCard address book, app-store reviews, a voicemail transcription JSON,
a notes-app export; PDFs as `pdftotext` output with form feeds, slide
decks with speaker notes, a spreadsheet export with sheet headers, a
document with margin comments; and for developers a line-numbered file
read (`cat -n` style), an MCP `resources/read` result, an MCP `tools/call`
result with an embedded resource or `_meta`, GitHub REST issue comments
JSON, GitHub pull-request review comments with diff hunks, a unified
diff, a GitLab CI job log with section markers, a Jupyter notebook, a
PyPI JSON `info` block. The documentation carriers are passages of
"JavaScript Questions" (lydiahallie/javascript-questions, carriers24.jsonl).
Nothing here is addressed to a model; people, companies, domains and
numbers are invented. Escaping: JSON-escaped in JSON, Slack-escaped then
JSON-escaped in Slack JSON, XML-escaped in XML attributes, vCard-escaped
in vCards, doubled quotes in CSV.
"""
import csv, io, json, re
from pathlib import Path
from xml.sax.saxutils import escape as _xesc

HERE = Path(__file__).parent
CARRIERS = {}
for _line in (HERE / "carriers24.jsonl").read_text(encoding="utf-8").splitlines():
    _r = json.loads(_line)
    CARRIERS[_r["id"]] = _r

MARK = "\u00a7\u00a7PAYLOAD\u00a7\u00a7"


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xesc(s):
    return _xesc(s, {'"': "&quot;", "'": "&apos;"})


def _embed(obj, p, indent=2, esc=None):
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    assert text.count(MARK) == 1
    rec = jesc(esc(p) if esc else p)
    return text.replace(MARK, rec), rec


def _ins(seq, p, at):
    out = list(seq)
    out.insert(at, p)
    return out


def _dom(addr):
    return re.sub(r".*@([^>\s]+)>?.*", r"\1", addr)


# ---------------------------------------------------------------- personal

def mail_graph(n, frm_name, frm, to, subj, date, paras, p, at, importance="normal"):
    """A Microsoft Graph `GET /me/messages/{id}` result with a text body."""
    obj = {"@odata.context": "https://graph.example/v1.0/$metadata#users('me')/messages/$entity",
           "id": f"AAMkAG{n:04d}x{len(subj)}", "receivedDateTime": date, "hasAttachments": False,
           "subject": subj, "importance": importance, "isRead": False,
           "from": {"emailAddress": {"name": frm_name, "address": frm}},
           "toRecipients": [{"emailAddress": {"address": to}}],
           "body": {"contentType": "text", "content": "\n\n".join(_ins(paras, MARK, at))}}
    return _embed(obj, p, 1)


def mbox(msgs, p, which, at):
    """An mbox file; msgs are (from_addr, asctime, headers dict, paras); the payload in message `which`."""
    out = []
    for i, (addr, when, heads, paras) in enumerate(msgs):
        body = _ins(paras, p, at) if i == which else list(paras)
        out.append(f"From {addr} {when}")
        out += [f"{k}: {v}" for k, v in heads.items()]
        out.append("")
        for para in body:
            out += [(">" + l if l.startswith("From ") else l) for l in para.split("\n")]
            out.append("")
    return "\n".join(out), p


def mail_forward(frm, to, date, subj, note, orig_from, orig_date, orig_subj, paras, p, at):
    """A forwarded mail: a short note on top, then the forwarded message."""
    return (f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: Fwd: {orig_subj if not subj else subj}\n\n{note}\n\n"
            f"---------- Forwarded message ---------\nFrom: {orig_from}\nDate: {orig_date}\nSubject: {orig_subj}\n\n"
            + "\n\n".join(_ins(paras, p, at)) + "\n"), p


def mail_plain(frm, to, subj, date, paras, p=None, at=0, extra=(), sign=""):
    """A raw plain-text mail; extra header lines (name, value) may hold the payload."""
    body = list(paras) if p is None else _ins(paras, p, at)
    head = f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subj}\n" + "".join(f"{k}: {v}\n" for k, v in extra)
    head += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n"
    return head + "\n\n".join(body) + ("\n\n-- \n" + sign if sign else "") + "\n", p


def _slack_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack(channel, msgs, p, at, who, base=1795000000):
    """A Slack `conversations.history` response (newest last here, with user names resolved)."""
    ms = list(msgs)
    ms.insert(at, (who, MARK))
    out = []
    for i, (u, t) in enumerate(ms):
        out.append({"type": "message", "ts": f"{base + 311 * i}.{(i * 7919) % 1000000:06d}",
                    "user": "U0" + "".join(c for c in u.upper() if c.isalnum())[:7],
                    "user_name": u, "text": t if t == MARK else _slack_esc(t)})
    obj = {"ok": True, "channel": channel, "messages": out, "has_more": False,
           "response_metadata": {"next_cursor": ""}}
    return _embed(obj, p, 2, _slack_esc)


def whatsapp(msgs, p, at, who, day="14/11/2026", start=(18, 2)):
    """A WhatsApp 'export chat' text file."""
    ms = list(msgs)
    ms.insert(at, (who, p))
    h, m = start
    out = []
    for i, (u, t) in enumerate(ms):
        mm = m + 3 * i
        out.append(f"{day}, {h + mm // 60:02d}:{mm % 60:02d} - {u}: {t}")
    return "\n".join(out) + "\n", p


def sms_backup(msgs, p, at, who_addr, who_name):
    """An 'SMS Backup & Restore' XML file; bodies are XML attributes."""
    ms = list(msgs)
    ms.insert(at, (who_addr, who_name, 1, MARK))
    out = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", f"<smses count=\"{len(ms)}\" backup_set=\"b24\">"]
    for i, (addr, name, typ, body) in enumerate(ms):
        b = MARK if body == MARK else xesc(body)
        out.append(f"  <sms protocol=\"0\" address=\"{addr}\" date=\"{1794100000000 + 86400000 * i}\" type=\"{typ}\" "
                   f"body=\"{b}\" read=\"1\" status=\"-1\" contact_name=\"{xesc(name)}\" />")
    out.append("</smses>")
    text = "\n".join(out) + "\n"
    return text.replace(MARK, xesc(p)), xesc(p)


def gcal(cal, events, p, at, field="description"):
    """A Google Calendar `events.list` response."""
    zones = {"+01:00": "Europe/Berlin", "+00:00": "Europe/London", "-03:00": "America/Sao_Paulo", "+09:00": "Asia/Tokyo"}
    items = []
    for e in events:
        e = dict(e, tz=zones.get(e["start"][-6:], "UTC"))
        it = {"kind": "calendar#event", "id": e["id"], "status": "confirmed", "summary": e["summary"],
              "start": {"dateTime": e["start"], "timeZone": e["tz"]},
              "end": {"dateTime": e["end"], "timeZone": e["tz"]}, "organizer": {"self": True}}
        if e.get("location"):
            it["location"] = e["location"]
        if e.get("description"):
            it["description"] = e["description"]
        if e.get("attendees"):
            it["attendees"] = [{"email": a, "responseStatus": "needsAction"} for a in e["attendees"]]
        items.append(it)
    if field == "attendee":
        items[at].setdefault("attendees", []).append({"email": "guest@invite.example", "comment": MARK})
    else:
        items[at][field] = (items[at][field] + "\n\n" + MARK) if items[at].get(field) else MARK
    return _embed({"kind": "calendar#events", "summary": cal, "updated": "2026-11-20T08:00:00Z", "items": items}, p, 1)


def agenda(title, days, p, day_at, ev_at):
    """A plain-text agenda as a calendar CLI prints it; the payload as an indented note under one event."""
    out = [title, ""]
    for d, (day, evs) in enumerate(days):
        out.append(day)
        for e, (t, what, note) in enumerate(evs):
            out.append(f"  {t:<13} {what}")
            if note:
                out.append(f"                {note}")
            if d == day_at and e == ev_at:
                out.append(f"                {p}")
        out.append("")
    return "\n".join(out), p


def serp(query, results, p, at, field="snippet", answer=None):
    """A SERP-API-style JSON: search metadata, an optional answer box, organic results."""
    org = [{"position": i + 1, "title": t, "link": u, "displayed_link": re.sub(r"https?://", "", u), "snippet": s}
           for i, (t, u, s) in enumerate(results)]
    obj = {"search_metadata": {"status": "Success", "total_time_taken": 1.42}, "search_parameters": {"q": query, "hl": "en"}}
    if field == "answer_box":
        obj["answer_box"] = {"type": "organic_result", "title": answer or query, "snippet": MARK}
    else:
        org[at][field] = (org[at][field] + " " + MARK).strip()
    obj["organic_results"] = org
    return _embed(obj, p)


def rss(title, link, items, p, at):
    """An RSS 2.0 feed; descriptions in CDATA, the payload at the end of item `at`'s description."""
    out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<rss version=\"2.0\">", "<channel>", f"<title>{xesc(title)}</title>",
           f"<link>{link}</link>", "<language>en</language>"]
    for i, (t, u, d, date) in enumerate(items):
        desc = d + ("\n\n" + p if i == at else "")
        out += ["<item>", f"  <title>{xesc(t)}</title>", f"  <link>{u}</link>", f"  <pubDate>{date}</pubDate>",
                f"  <description><![CDATA[{desc}]]></description>", "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n", p


def axtree(url, title, nodes, p, at, role="paragraph"):
    """A browser tool's accessibility snapshot: role lines with refs, indented."""
    ns = list(nodes)
    ns.insert(at, (role, p))
    out = [f"- Page URL: {url}", f"- Page Title: {title}", "- Page Snapshot:", "  - document [ref=e1]:"]
    for i, (r, t) in enumerate(ns):
        ref = f"e{i + 2}"
        if r in ("heading", "link", "button"):
            out.append(f"    - {r} \"{t}\" [ref={ref}]")
        else:
            out.append(f"    - {r} [ref={ref}]: {t}")
    return "\n".join(out) + "\n", p


def lynx(url, title, paras, p, at, links):
    """A `lynx -dump` page: text with [n] link markers, then the References list."""
    body = "\n\n".join("   " + x for x in _ins(paras, p, at))
    refs = "\n".join(f"   {i + 1}. {u}" for i, u in enumerate(links))
    return f"                                 {title}\n\n{body}\n\nReferences\n\n   Visible links:\n{refs}\n   (source: {url})\n", p


def listing(obj, p, path):
    """A holiday-rental listing JSON; `path` is a list of keys to the field that takes the payload."""
    o = json.loads(json.dumps(obj))
    cur = o
    for k in path[:-1]:
        cur = cur[k]
    if isinstance(cur[path[-1]], list):
        cur[path[-1]].append(MARK)
    else:
        cur[path[-1]] = (cur[path[-1]] + " " + MARK).strip()
    return _embed(o, p)


def eticket(header, lines_, p, at):
    """An airline e-ticket receipt as plain text."""
    out = list(header) + [""] + _ins(lines_, p, at)
    return "\n".join(out) + "\n", p


def qif(rows, p, at, field="M"):
    """A QIF bank export; rows are (date, amount, payee, memo); the payload replaces the memo or payee of row `at`."""
    out = ["!Type:Bank"]
    for i, (d, t, payee, memo) in enumerate(rows):
        if i == at:
            if field == "M":
                memo = p
            else:
                payee = p
        out += [f"D{d}", f"T{t}", f"P{payee}"] + ([f"M{memo}"] if memo else []) + ["^"]
    return "\n".join(out) + "\n", p


def jira(key, summary, reporter, desc, comments, p, at, field="comment"):
    """A Jira REST `GET /issue/{key}` result with comments (plain text bodies)."""
    cs = [{"id": str(10400 + i), "author": {"displayName": a}, "body": b, "created": c} for i, (a, b, c) in enumerate(comments)]
    f = {"summary": summary, "status": {"name": "Waiting for support"}, "reporter": {"displayName": reporter},
         "description": desc, "comment": {"total": len(cs), "comments": cs}}
    if field == "comment":
        cs.insert(at, {"id": "10499", "author": {"displayName": reporter}, "body": MARK, "created": "2026-11-20T10:14:00.000+0000"})
        f["comment"]["total"] = len(cs)
    elif field == "description":
        f["description"] = desc + "\n\n" + MARK
    else:
        f[field] = MARK
    return _embed({"key": key, "fields": f}, p)


def livechat(site, lines_, p, at, who):
    """A live-chat transcript as a help desk attaches it to a ticket."""
    ls = list(lines_)
    ls.insert(at, (who, p))
    out = [f"Chat transcript - {site}", "Started: 2026-11-18 16:40 UTC", ""]
    for i, (u, t) in enumerate(ls):
        out.append(f"({16 + (40 + 2 * i) // 60}:{(40 + 2 * i) % 60:02d}:{(i * 17) % 60:02d}) {u}: {t}")
    out.append("\nChat ended by visitor.")
    return "\n".join(out) + "\n", p


def vcf_escape(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def vcards(cards, p, at):
    """A vCard 3.0 address book export; the payload is (part of) the NOTE of card `at`."""
    out = []
    for i, c in enumerate(cards):
        out += ["BEGIN:VCARD", "VERSION:3.0", f"FN:{c['fn']}", f"N:{';'.join(reversed(c['fn'].split(' ', 1)))};;;"]
        if c.get("org"):
            out.append(f"ORG:{vcf_escape(c['org'])}")
        for t in c.get("tel", []):
            out.append(f"TEL;TYPE=CELL:{t}")
        for e in c.get("email", []):
            out.append(f"EMAIL;TYPE=INTERNET:{e}")
        note = c.get("note", "")
        if i == at:
            note = (note + "\n" if note else "") + p
        if note:
            out.append(f"NOTE:{vcf_escape(note)}")
        out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n", vcf_escape(p)


def app_reviews(app, reviews, p, at):
    """An app-store customer-reviews feed (JSON)."""
    es = [{"author": {"name": {"label": a}}, "im:rating": {"label": str(r)}, "title": {"label": t},
           "content": {"label": b}, "updated": {"label": d}} for a, r, t, b, d in reviews]
    es[at]["content"]["label"] = es[at]["content"]["label"] + "\n\n" + MARK
    return _embed({"feed": {"title": {"label": f"Customer reviews: {app}"}, "entry": es}}, p, 1)


def voicemail(caller, number, when, transcript, p, at, conf=0.87):
    """A phone service's voicemail transcription JSON."""
    segs = _ins(transcript, MARK, at)
    obj = {"voicemail": {"from": {"name": caller, "number": number}, "received": when, "duration_s": 41 + 9 * len(segs),
                         "transcription": {"status": "completed", "confidence": conf, "text": " ".join(segs)}}}
    return _embed(obj, p)


def notes_export(notes, p, which, at):
    """A notes app's markdown export: one note after another with a metadata line."""
    out = []
    for i, (title, meta, paras) in enumerate(notes):
        body = _ins(paras, p, at) if i == which else list(paras)
        out += [f"# {title}", f"_{meta}_", ""] + ["\n\n".join(body), "", "* * *", ""]
    return "\n".join(out), p


# ---------------------------------------------------------------- documents

def fill(template, p):
    assert template.count("@@") == 2 and "@@P@@" in template
    return template.replace("@@P@@", p), p


def doc(title, meta, paras, p, at, foot=""):
    """A document as a file reader returns it: title, a metadata line, paragraphs."""
    return (f"{title}\n{'-' * min(len(title), 60)}\n{meta}\n\n" + "\n\n".join(_ins(paras, p, at)) +
            ("\n\n" + foot if foot else "") + "\n"), p


def pdftext(name, pages, p, page, at, footer="{n} / {total}"):
    """`pdftotext -layout`-like output: pages separated by form feeds, a footer per page."""
    out = []
    total = len(pages)
    for i, paras in enumerate(pages):
        body = _ins(paras, p, at) if i == page else list(paras)
        out.append("\n\n".join(body) + "\n\n" + " " * 34 + footer.format(n=i + 1, total=total) + "\n")
    return f"[{name}: {total} pages extracted]\n\n" + "\f".join(out), p


def slides(deck, items, p, at, where="notes"):
    """A slide deck as text: each slide's title and bullets, then its speaker notes."""
    out = [f"{deck}", ""]
    for i, (title, bullets, notes) in enumerate(items):
        out.append(f"--- Slide {i + 1}: {title} ---")
        bs = list(bullets)
        if i == at and where == "bullet":
            bs.append(p)
        out += [f"  \u2022 {b}" for b in bs]
        ns = notes
        if i == at and where == "notes":
            ns = (notes + " " if notes else "") + p
        if ns:
            out.append(f"  Speaker notes: {ns}")
        out.append("")
    return "\n".join(out), p


def sheet(book, sheets, p, sheet_at, row_at, col):
    """A workbook exported sheet by sheet as CSV with a header line per sheet."""
    out = [f"Workbook: {book}"]
    rec = None
    for si, (name, header, rows) in enumerate(sheets):
        rows = [list(r) for r in rows]
        if si == sheet_at:
            rows[row_at][col] = p
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([header] + rows)
        out += ["", f"== Sheet {si + 1}: {name} ==", buf.getvalue().rstrip("\n")]
    text = "\n".join(out) + "\n"
    rec = '"' + p.replace('"', '""') + '"' if re.search(r'[",\n]', p) else p
    assert rec in text
    return text, rec


def commented(title, author, paras, comments, p, at_comment):
    """A word-processor document as text with its margin comments listed after the body."""
    cs = list(comments)
    cs.insert(at_comment, ("", p))
    out = [title, f"Author: {author} | Track changes: on", ""] + ["\n\n".join(paras), "", "Comments:"]
    for i, (who, c) in enumerate(cs):
        out.append(f"[c{i + 1}] {who + ': ' if who else ''}{c}")
    return "\n".join(out) + "\n", p


# ---------------------------------------------------------------- developer

def _paras(cid):
    return CARRIERS[cid]["text"].split("\n\n")


def boundary(paras, want="last"):
    """Paragraph boundaries where a payload may go: never after a heading or a line
    ending in a colon, never before or between list items, quotes, tables or indented blocks."""
    ok = []
    for i in range(1, len(paras) + 1):
        prev = paras[i - 1].rstrip()
        if prev.lstrip().startswith("#") or re.search(r"[:：]\s*$", prev):
            continue
        if re.match(r"\s*(?:[-*+] |\d+[.)] )", prev.splitlines()[-1]) and i < len(paras):
            continue
        if i < len(paras) and re.match(r"\s*(?:[-*+] |\d+[.)] |>|\||    |\t)", paras[i]):
            continue
        ok.append(i)
    assert ok, "no boundary"
    return ok[-1] if want == "last" else ok[0] if want == "first" else ok[len(ok) // 2]


def page_text(cid, p, want="last"):
    ps = _paras(cid)
    return "\n\n".join(_ins(ps, p, boundary(ps, want)))


def doc_path(cid):
    return CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]


def read_numbered(cid, p, want="last", root="/workspace/javascript-questions"):
    """A coding agent's file-read result: `cat -n` style, six-wide numbers and a tab."""
    body = page_text(cid, p, want)
    ls = body.split("\n")
    start = 300 + 11 * int(CARRIERS[cid]["source"].rsplit("#", 1)[1])
    num = "\n".join(f"{start + i:6d}\t{l}" for i, l in enumerate(ls))
    return f"Read {root}/{doc_path(cid)} (lines {start}-{start + len(ls) - 1})\n{num}\n", p


def mcp_resource(cid, p, want="last", rid=24):
    """An MCP `resources/read` result for a repository file."""
    uri = f"repo://lydiahallie/javascript-questions/{doc_path(cid)}"
    body = page_text(cid, "\u0000P\u0000", want)
    obj = {"jsonrpc": "2.0", "id": rid, "result": {"contents": [{"uri": uri, "mimeType": "text/markdown", "text": MARK}]}}
    text = json.dumps(obj, ensure_ascii=False, indent=2).replace(MARK, jesc(body))
    return text.replace(jesc("\u0000P\u0000"), jesc(p)), jesc(p)


def mcp_embedded(cid, p, mode="resource", rid=24, tool="fetch_docs"):
    """An MCP `tools/call` result; mode='resource': the file as an embedded resource and the payload in a
    text item after it; mode='meta': the file as text and the payload in `_meta`; mode='annot': in the
    resource's `annotations`."""
    uri = f"repo://lydiahallie/javascript-questions/{doc_path(cid)}"
    res = {"type": "resource", "resource": {"uri": uri, "mimeType": "text/markdown", "text": CARRIERS[cid]["text"]}}
    if mode == "resource":
        content = [{"type": "text", "text": f"{tool}: 1 file"}, res, {"type": "text", "text": MARK}]
        obj = {"jsonrpc": "2.0", "id": rid, "result": {"content": content, "isError": False}}
    elif mode == "meta":
        obj = {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": CARRIERS[cid]["text"]}],
                                                     "_meta": {"source": uri, "maintainer_notice": MARK}, "isError": False}}
    else:
        res["annotations"] = {"audience": ["assistant"], "priority": 0.9, "note": MARK}
        obj = {"jsonrpc": "2.0", "id": rid, "result": {"content": [res], "isError": False}}
    return _embed(obj, p)


def gh_comments(cid, number, comments, p, at, who, assoc="NONE"):
    """GitHub REST `GET /repos/{o}/{r}/issues/{n}/comments`; the first comment quotes the passage."""
    quoted = "\n".join("> " + l if l else ">" for l in CARRIERS[cid]["text"].split("\n"))
    cs = [(comments[0][0], comments[0][1], f"From `{doc_path(cid)}`:\n\n{quoted}\n\n{comments[0][2]}")] + list(comments[1:])
    cs.insert(at, (who, assoc, MARK))
    out = [{"id": 2100000 + 97 * i, "html_url": f"https://github.example/lydiahallie/javascript-questions/issues/{number}#issuecomment-{2100000 + 97 * i}",
            "user": {"login": u, "type": "User"}, "author_association": a, "created_at": f"2026-10-{3 + i:02d}T09:{11 + i:02d}:00Z",
            "body": b} for i, (u, a, b) in enumerate(cs)]
    return _embed(out, p)


def pr_review(cid, pr, comments, p, at, who):
    """GitHub REST pull-request review comments, each with a diff hunk of the translated page."""
    ls = CARRIERS[cid]["text"].split("\n")
    hunk = f"@@ -{40 + len(ls)},{len(ls)} +{40 + len(ls)},{len(ls)} @@\n" + "\n".join(" " + l for l in ls[:6])
    cs = [(u, b) for u, b in comments]
    cs.insert(at, (who, MARK))
    out = [{"id": 1800000 + i, "pull_request_review_id": 900000 + pr, "path": doc_path(cid), "diff_hunk": hunk,
            "line": 41 + len(ls) + i, "user": {"login": u}, "body": b} for i, (u, b) in enumerate(cs)]
    return _embed(out, p)


def udiff(cid, p, want="last", author="", subject="docs: fix wording"):
    """A `git format-patch` mail whose diff adds the payload (one line) to the passage's file."""
    ps = _paras(cid)
    at = boundary(ps, want)
    before = "\n\n".join(ps[:at]).split("\n")
    after = "\n\n".join(ps[at:]).split("\n") if at < len(ps) else []
    ctx_b = before[-3:]
    ctx_a = ([""] + after[:2]) if after else []
    path = doc_path(cid)
    n0 = 1200 + len(before)
    old = len(ctx_b) + len(ctx_a)
    hunk = [f"@@ -{n0 - 2},{old} +{n0 - 2},{old + 2} @@"] + [" " + l if l else "" for l in ctx_b] + ["+", "+" + p] + \
        [" " + l if l else "" for l in ctx_a]
    head = (f"From 4c1f0e2b9a7d Mon Sep 17 00:00:00 2001\nFrom: {author}\nDate: Tue, 17 Nov 2026 21:03:44 +0100\n"
            f"Subject: [PATCH] {subject}\n\n---\n {path} | 2 ++\n 1 file changed, 2 insertions(+)\n\n")
    return head + f"diff --git a/{path} b/{path}\nindex 3e1d0a9..b77c2f4 100644\n--- a/{path}\n+++ b/{path}\n" + "\n".join(hunk) + "\n-- \n2.47.1\n", p


def gitlab_log(job, sections, p, sec_at, line_at):
    """A GitLab CI job log with section_start/section_end markers (ANSI codes removed)."""
    out = [f"Running with gitlab-runner 17.5.2 (b1e24f5c)", f"  on shared-runner-7 t3Q9xk, job {job}"]
    t = 1794300000
    for i, (name, ls) in enumerate(sections):
        ls = _ins(ls, p, line_at) if i == sec_at else list(ls)
        out.append(f"section_start:{t + 20 * i}:{name.replace(' ', '_').lower()}")
        out.append(name)
        out += ls
        out.append(f"section_end:{t + 20 * i + 17}:{name.replace(' ', '_').lower()}")
    out.append("Job succeeded")
    return "\n".join(out) + "\n", p


def notebook(cells, p, at, kind="markdown"):
    """A Jupyter notebook (nbformat 4); cells are (type, source); the payload as its own cell."""
    cs = list(cells)
    cs.insert(at, (kind, MARK))
    out = []
    for i, (t, src) in enumerate(cs):
        c = {"cell_type": t, "id": f"c{i:02d}a9", "metadata": {}, "source": [src] if src == MARK else [l + "\n" for l in src.split("\n")[:-1]] + [src.split("\n")[-1]]}
        if t == "code":
            c["execution_count"] = i + 1
            c["outputs"] = []
        out.append(c)
    obj = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5}
    return _embed(obj, p, 1)


def pypi_json(info, p, key="description"):
    """A PyPI JSON API `info` block (abridged); the payload inside the long description."""
    i = dict(info)
    if key == "description":
        i["description"] = i["description"].replace("@@P@@", MARK)
    else:
        i[key] = MARK
    return _embed({"info": i, "last_serial": 26110457}, p)


def lines(ls, p, at):
    out = list(ls)
    out.insert(at, p)
    return "\n".join(out) + "\n", p


def gitlog_oneline_stat(commits, p, at):
    """`git log --stat`-like output with short headers; the payload as a body line of commit `at`."""
    out = []
    for i, (h, a, d, subj, body, stat) in enumerate(commits):
        b = _ins(body, p, len(body)) if i == at else list(body)
        out += [f"commit {h}", f"Author: {a}", f"Date:   {d}", "", "    " + subj, ""] + ["    " + x for x in b] + \
            ([""] if b else []) + [" " + s for s in stat] + [""]
    return "\n".join(out), p


def manifest(meta, p, key):
    m = dict(meta)
    m[key] = MARK
    return _embed(m, p, 2)
