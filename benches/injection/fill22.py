#!/usr/bin/env python3
"""Carrier builders of held-out set 22 (written for remit, blind; adapted
from fill21.py: the mechanics are the same, the tool-output shapes are
rewritten so that no scaffolding is shared with set 21). Each builder
takes ordinary content (written in holdout22.py, in the payload's
language) and a payload, puts the payload where the row says, and returns
(text, payload as it appears in the text): JSON-escaped inside JSON,
iCalendar-escaped inside iCalendar, with doubled quotes inside CSV,
quoted-printable inside a quoted-printable mail, indented inside a git
log. The documentation carriers are passages of the Keep a Changelog site
(olivierlacan/keep-a-changelog, carriers22.jsonl), shown as a page of
keepachangelog.com, an MCP resource read, a GitLab-style issue with notes
or a review thread. Nothing here is addressed to a model; people,
companies, domains and numbers are invented.
"""
import csv, io, json, quopri, re
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = {}
for _line in (HERE / "carriers22.jsonl").read_text(encoding="utf-8").splitlines():
    _r = json.loads(_line)
    CARRIERS[_r["id"]] = _r


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def dump(obj, indent=1):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def _embed(obj, p, indent=1):
    text = dump(obj, indent)
    assert text.count("@@P@@") == 1
    return text.replace("@@P@@", jesc(p)), jesc(p)


def _ins(paras, p, at):
    out = list(paras)
    out.insert(at, p)
    return out


# ---------------------------------------------------------------- personal

def email_text(frm, to, subj, date, paras, p, at, sign=""):
    """A plain mail as a mail client's 'show original' prints it."""
    body = "\n\n".join(_ins(paras, p, at)) + ("\n\n" + sign if sign else "")
    dom = re.sub(r".*@([^>]+)>?.*", r"\1", frm)
    head = (f"Received: from mx{len(body) % 7 + 1}.{dom} by inbound.mailhub.example; {date}\n"
            f"Reply-To: {frm}\nFrom: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\n"
            f"List-Unsubscribe: <https://{dom}/u/{len(body) * 31 % 100000:05d}>\n"
            "Content-Type: text/plain; charset=\"utf-8\"; format=flowed\n\n")
    return head + body + "\n", p


def email_qp(frm, to, subj, date, paras, p, at, sign=""):
    """Every paragraph is encoded on its own, so the encoded payload is a substring."""
    enc = lambda s: quopri.encodestring(s.encode("utf-8")).decode("ascii")
    parts = [enc(x) for x in _ins(paras, p, at)] + ([enc(sign)] if sign else [])
    head = (f"MIME-Version: 1.0\nX-Mailer: Postbox 9.1\nTo: {to}\nFrom: {frm}\nSubject: {subj}\nDate: {date}\n"
            "Content-Transfer-Encoding: quoted-printable\nContent-Type: text/plain; charset=UTF-8\n\n")
    return head + "\n\n".join(parts) + "\n", enc(p)


def email_html(frm, to, subj, date, paras, p, at, raw=False):
    """A newsletter-style HTML mail laid out with divs."""
    blocks = [f"<div class=\"blk\"><p>{x}</p></div>" for x in paras]
    blocks.insert(at, p if raw else f"<div class=\"blk\"><p>{p}</p></div>")
    html = ("<!doctype html><html><body style=\"margin:0;background:#f4f4f0\">\n<div class=\"wrap\" "
            "style=\"max-width:600px;margin:auto;background:#fff;font:15px/1.5 Georgia,serif\">\n"
            + "\n".join(blocks) + "\n<div class=\"legal\">You receive this because you signed up.</div>\n</div>\n</body></html>")
    head = f"Subject: {subj}\nFrom: {frm}\nTo: {to}\nDate: {date}\nContent-Type: text/html; charset=utf-8\n\n"
    return head + html + "\n", p


def email_json(uid, frm, to, subj, date, paras, p, at, labels=("INBOX", "UNREAD")):
    """A message as a Gmail-like mail tool returns it (headers as a list, body decoded)."""
    obj = {"id": f"18c{uid:09x}", "threadId": f"18c{uid:09x}", "labelIds": list(labels),
           "headers": [{"name": "From", "value": frm}, {"name": "To", "value": to},
                       {"name": "Subject", "value": subj}, {"name": "Date", "value": date}],
           "textBody": "\n\n".join(_ins(paras, "@@P@@", at))}
    return _embed(obj, p)


def email_headers(frm, to, subj, date, extra, paras, sign=""):
    """A raw mail whose extra header lines (name, value) may hold the payload (use inline())."""
    head = f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMessage-ID: <{sum(map(ord, subj)) * 7919 % 10**8:08d}@{re.sub(r'.*@|>.*', '', frm)}>\n"
    head += "".join(f"{k}: {v}\n" for k, v in extra)
    head += "Content-Type: text/plain; charset=utf-8\n\n"
    return head + "\n\n".join(paras) + ("\n\n" + sign if sign else "") + "\n"


def chat_json(channel, msgs, p, at, who):
    """A Slack-like conversations.history result."""
    ms = list(msgs)
    ms.insert(at, (who, "@@P@@"))
    obj = {"ok": True, "channel": channel, "has_more": False,
           "messages": [{"type": "message", "user": u, "text": t, "ts": f"{1794000000 + i * 613}.{(i * 7919) % 1000000:06d}"}
                        for i, (u, t) in enumerate(ms)]}
    return _embed(obj, p)


def chat_export(title, msgs, p, at, who, day="2026.12.03"):
    """A messenger export: [date time] name: text."""
    ms = list(msgs)
    ms.insert(at, (who, p))
    lines = [f"[{day} {9 + i // 2:02d}:{(i * 11 + 4) % 60:02d}] {u}: {t}" for i, (u, t) in enumerate(ms)]
    return f"Chat history with {title}\nSaved on {day}\n\n" + "\n".join(lines) + "\n", p


def cal_json(owner, events, p, at, field="bodyPreview"):
    """An Outlook-like calendar view."""
    evs = []
    for e in events:
        evs.append({"subject": e["subject"], "start": {"dateTime": e["start"], "timeZone": "UTC"},
                    "end": {"dateTime": e["end"], "timeZone": "UTC"}, "location": {"displayName": e.get("location", "")},
                    "organizer": {"emailAddress": {"address": e.get("organizer", owner)}}, "bodyPreview": e.get("body", "")})
    if field in ("bodyPreview", "subject"):
        evs[at][field] = "@@P@@"
    else:
        evs[at]["location"]["displayName"] = "@@P@@"
    return _embed({"@odata.context": f"calendar/{owner}/calendarView", "value": evs}, p)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cal_ics(prodid, events, p, at, prop="DESCRIPTION"):
    """events: dicts with uid, start, end, summary, location, description."""
    out = ["BEGIN:VCALENDAR", f"PRODID:-//{prodid}//EN", "VERSION:2.0", "METHOD:PUBLISH"]
    for i, e in enumerate(events):
        desc = e.get("description", "")
        extra = None
        if i == at:
            if prop == "DESCRIPTION":
                desc = (desc + "\n" if desc else "") + p
            else:
                extra = f"{prop}:{ics_escape(p)}"
        out += ["BEGIN:VEVENT", f"DTSTART:{e['start']}", f"DTEND:{e['end']}", f"SUMMARY:{ics_escape(e['summary'])}"]
        if desc:
            out.append(f"DESCRIPTION:{ics_escape(desc)}")
        if e.get("location"):
            out.append(f"LOCATION:{ics_escape(e['location'])}")
        if extra:
            out.append(extra)
        out += [f"UID:{e['uid']}", "STATUS:CONFIRMED", "END:VEVENT"]
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n", ics_escape(p)


def web(url, title, paras, p, at):
    """A page as a reader-mode fetch tool returns it."""
    return f"URL: {url}\nTitle: {title}\nWords: {sum(len(x.split()) for x in paras) + len(p.split())}\n---\n" + \
        "\n\n".join(_ins(paras, p, at)) + "\n", p


def html_page(url, title, blocks, p, at, lang="en"):
    bs = list(blocks)
    bs.insert(at, p)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><title>{title}</title><meta property=\"og:url\" content=\"{url}\"></head>\n"
            f"<body>\n<article>\n<h1>{title}</h1>\n" + "\n".join(bs) + "\n</article>\n<footer>© 2026</footer>\n</body>\n</html>\n"), p


def markdown_page(title, url, paras, p, at):
    return f"# {title}\n\n> fetched from <{url}>\n\n" + "\n\n".join(_ins(paras, p, at)) + "\n", p


def search_json(query, results, p, at, field="description"):
    hs = [{"rank": i + 1, "name": t, "link": u, "description": s} for i, (t, u, s) in enumerate(results)]
    hs[at][field] = (hs[at][field] + " @@P@@") if hs[at].get(field) else "@@P@@"
    return _embed({"searchParameters": {"q": query, "gl": "us"}, "organic": hs}, p)


def reviews_json(product, item, reviews, p, at):
    rv = [{"reviewer": a, "stars": r, "headline": t, "text": b} for a, r, t, b in reviews]
    rv[at]["text"] = rv[at]["text"] + " @@P@@" if rv[at]["text"] else "@@P@@"
    return _embed({"listing": {"id": item, "name": product}, "count": len(rv), "items": rv}, p)


def travel_json(kind, booking, p, field):
    b = dict(booking)
    b[field] = "@@P@@"
    return _embed({"reservation": b, "type": kind, "status": "CONFIRMED"}, p)


def ticket_json(tid, subject, requester, thread, p, at, field="plain_body"):
    th = [{"author_name": u, "plain_body": b, "public": True} for u, b in thread]
    if field == "plain_body":
        th.insert(at, {"author_name": requester, "plain_body": "@@P@@", "public": True})
        obj = {"ticket": {"id": tid, "subject": subject, "requester": requester, "status": "open"}, "comments": th}
    else:
        obj = {"ticket": {"id": tid, "subject": subject, "requester": requester, "status": "open", field: "@@P@@"}, "comments": th}
    return _embed(obj, p)


def txn_csv(header, rows, p, at, col, delim=","):
    rows = [list(r) for r in rows]
    rows[at][col] = p
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", delimiter=delim)
    w.writerow(header)
    w.writerows(rows)
    text = buf.getvalue()
    rec = '"' + p.replace('"', '""') + '"' if re.search(r'["\n' + re.escape(delim) + ']', p) else p
    assert rec in text
    return text, rec


# ---------------------------------------------------------------- documents

def inline(template, p):
    assert template.count("@@P@@") == 1
    return template.replace("@@P@@", p), p


def document(head, paras, p, at, foot=""):
    return head.rstrip("\n") + "\n\n" + "\n\n".join(_ins(paras, p, at)) + ("\n\n" + foot if foot else "") + "\n", p


# ---------------------------------------------------------------- developer

def _paras(cid):
    return CARRIERS[cid]["text"].split("\n\n")


def boundary(paras, want="last"):
    """Paragraph boundaries where a payload may go: never after a heading or a line
    ending in a colon, never before a list item, never between two list items."""
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


def site_url(cid):
    """The page of keepachangelog.com the passage is from."""
    src = CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]
    m = re.match(r"source/([^/]+)/([\d.]+)/", src)
    return f"https://keepachangelog.com/{m.group(1)}/{m.group(2)}/"


def docs_page(cid, p, want="last"):
    return f"{site_url(cid)}\n=====\n\n" + page_text(cid, p, want) + "\n", p


def mcp(cid, p, want="last", extra=None, rid=11):
    """An MCP resources/read result (a fetched page as a text resource). With extra=key,
    the page is unchanged and the payload sits in a second resource's metadata field."""
    src = site_url(cid)
    if extra:
        obj = {"jsonrpc": "2.0", "id": rid, "result": {"contents": [
            {"uri": src, "mimeType": "text/markdown", "text": CARRIERS[cid]["text"]},
            {"uri": src + "meta.json", "mimeType": "application/json", "text": "", "_meta": {extra: "@@P@@"}}]}}
        return _embed(obj, p)
    obj = {"jsonrpc": "2.0", "id": rid, "result": {"contents": [{"uri": src, "mimeType": "text/markdown", "text": "@@BODY@@"}]}}
    body = page_text(cid, "@@P@@", want)
    text = dump(obj).replace("@@BODY@@", jesc(body))
    return text.replace(jesc("@@P@@"), jesc(p)), jesc(p)


def issue(cid, iid, title, author, notes, p, at, who):
    """A GitLab-style issue with its notes."""
    ns = [{"author": {"username": u}, "body": b, "system": False} for u, b in notes]
    ns.insert(at, {"author": {"username": who}, "body": "@@P@@", "system": False})
    obj = {"iid": iid, "title": title, "author": {"username": author}, "state": "opened",
           "description": f"Quoting {site_url(cid)}\n\n" + CARRIERS[cid]["text"], "notes": ns}
    return _embed(obj, p)


def review(cid, number, path, comments, p, at, who):
    cs = [{"author": u, "file": path, "position": l, "note": b} for u, l, b in comments]
    cs.insert(at, {"author": who, "file": path, "position": 4 + 3 * at, "note": "@@P@@"})
    obj = {"merge_request": number, "file": path, "excerpt": CARRIERS[cid]["text"].splitlines()[:5], "discussion": cs}
    return _embed(obj, p)


def lines(ls, p, at):
    out = list(ls)
    out.insert(at, p)
    return "\n".join(out) + "\n", p


def gitlog(commits, p, at, line=1):
    out = []
    for i, (h, a, d, msg) in enumerate(commits):
        msg = list(msg)
        if i == at:
            msg.insert(line, p)
        out += [f"commit {h}", f"Author: {a}", f"Date:   {d}", ""]
        out += [("    " + m) if m else "" for m in msg]
        out.append("")
    return "\n".join(out), p


def package(meta, p, key):
    m = dict(meta)
    m[key] = "@@P@@"
    return _embed(m, p, 2)
