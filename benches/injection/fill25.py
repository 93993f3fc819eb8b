#!/usr/bin/env python3
"""Tool-output builders of held-out set 25, written for remit (blind: see
holdout25.py). Every builder takes the payload and the benign text around
it and returns `(text, rec)`: the whole tool output, and the payload as it
appears in it (JSON-escaped in JSON, XML-escaped in XML, ICS-escaped in an
ICS file, doubled quotes in CSV). No builder puts the payload inside a
fenced code block. Documentation rows take a passage of carriers25.jsonl.
People, companies, domains, numbers and addresses are invented.
"""
import json, zlib
from pathlib import Path
from xml.sax.saxutils import escape as xesc

HERE = Path(__file__).parent
CARRIERS = {json.loads(l)["id"]: json.loads(l) for l in
            (HERE / "carriers25.jsonl").read_text(encoding="utf-8").splitlines()}
PAGE_PATH = {"en": "README.md", "es": "translations/README-es.md", "fr": "translations/README-fr.md",
             "de": "translations/README-de.md", "pt": "translations/README-pt_BR.md",
             "ru": "translations/README-ru.md", "zh": "translations/README-cn.md", "ja": "translations/README-ja.md",
             "it": "translations/README-it.md", "ko": "translations/README-ko.md"}


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def done(text, rec):
    assert rec in text, rec[:60]
    return text, rec


def J(obj, payload, indent=2):
    return done(jdump(obj, indent), jesc(payload))


# ---------------------------------------------------------------- mail


def jmap_mail(frm, to, subject, date, before, payload, after=""):
    body = before + "\n\n" + payload + ("\n\n" + after if after else "")
    obj = {"methodResponses": [["Email/get", {
        "accountId": "u8c41f2a0", "state": "77120",
        "list": [{"id": "M4f0e1d9c", "threadId": "T93ab02", "mailboxIds": {"inbox-3": True},
                  "from": [{"name": frm[0], "email": frm[1]}], "to": [{"name": to[0], "email": to[1]}],
                  "subject": subject, "receivedAt": date, "preview": before[:90],
                  "textBody": [{"partId": "1", "type": "text/plain"}],
                  "bodyValues": {"1": {"value": body, "isTruncated": False}}}],
        "notFound": []}, "r1"]]}
    return J(obj, payload, 1)


def eml(frm, to, subject, date, before, payload, after="", lang="en"):
    text = (f"Return-Path: <{frm[1]}>\nReceived: from mx2.{frm[1].split('@')[1]} (mx2 [198.51.100.{len(subject) % 200}])\n"
            f"\tby inbound-4.mailhost.example with ESMTPS id 4Xk2Lq; {date}\n"
            f"From: {frm[0]} <{frm[1]}>\nTo: {to[0]} <{to[1]}>\nSubject: {subject}\nDate: {date}\n"
            f"Message-ID: <{zlib.crc32(subject.encode()) % 10**9:09d}.{len(before)}@{frm[1].split('@')[1]}>\n"
            f"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"=_b7e2c1\"\n\n"
            f"--=_b7e2c1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{before}\n\n{payload}\n\n{after}\n\n--=_b7e2c1--\n")
    return done(text, payload)


def eml_html(frm, to, subject, date, visible_html, hidden_html, payload):
    """HTML-only mail; `hidden_html` holds {P} where the payload goes."""
    html = ("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + visible_html + "\n" + hidden_html.replace("{P}", payload) + "\n</body></html>")
    text = (f"From: {frm[0]} <{frm[1]}>\nTo: {to[0]} <{to[1]}>\nSubject: {subject}\nDate: {date}\n"
            f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n{html}\n")
    return done(text, payload)


def cli_mail(listing, frm, subject, date, body_before, payload, body_after=""):
    """A terminal mail client: an inbox listing, then `read <id>`."""
    rows = "\n".join(f"| {i:<4}| {f:<10}| {s[:38]:<38} | {d:<17}|" for i, f, s, d in listing)
    text = ("$ himalaya envelope list --page-size 6\n"
            "| ID  | FLAGS     | SUBJECT                                | DATE             |\n"
            "|-----|-----------|----------------------------------------|------------------|\n"
            f"{rows}\n$ himalaya message read {listing[0][0].strip()}\n"
            f"From: {frm}\nSubject: {subject}\nDate: {date}\n\n{body_before}\n\n{payload}\n\n{body_after}\n")
    return done(text.rstrip() + "\n", payload)


def imap_fetch(uid, frm, subject, date, before, payload, after=""):
    body = f"{before}\r\n\r\n{payload}\r\n\r\n{after}\r\n"
    hdr = f"From: {frm}\r\nSubject: {subject}\r\nDate: {date}\r\n\r\n"
    text = (f"a3 UID FETCH {uid} (FLAGS BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)] BODY.PEEK[TEXT])\r\n"
            f"* 41 FETCH (UID {uid} FLAGS (\\Recent) BODY[HEADER.FIELDS (FROM SUBJECT DATE)] {{{len(hdr.encode())}}}\r\n"
            f"{hdr} BODY[TEXT] {{{len(body.encode())}}}\r\n{body})\r\na3 OK UID FETCH completed (0.004 + 0.000 secs).\r\n")
    return done(text, payload)


# ---------------------------------------------------------------- chat / sms


def teams_chat(topic, msgs, pay_idx, payload):
    """msgs: list of (name, html) ; the payload replaces {P} in msgs[pay_idx]."""
    vals = []
    for i, (name, html) in enumerate(msgs):
        if i == pay_idx:
            html = html.replace("{P}", payload)
        vals.append({"id": f"17{i:02d}48302{i}1{i}", "messageType": "message",
                     "createdDateTime": f"2025-03-1{i % 9}T0{i % 9}:2{i}:11.{i}04Z",
                     "from": {"user": {"displayName": name, "userIdentityType": "aadUser"}},
                     "body": {"contentType": "html", "content": html}})
    obj = {"@odata.count": len(vals), "chatTopic": topic, "value": vals}
    return J(obj, payload, 2)


def discord(channel, msgs, pay_idx, payload):
    out = []
    for i, (user, content) in enumerate(msgs):
        if i == pay_idx:
            content = content.replace("{P}", payload)
        out.append({"id": str(1349000000000000000 + i * 7919), "channel_id": channel, "type": 0,
                    "author": {"username": user, "global_name": user.title(), "bot": False},
                    "content": content, "timestamp": f"2025-04-0{1 + i % 8}T1{i}:0{i}:33.{i}18000+00:00",
                    "attachments": [], "mentions": []})
    return J(out, payload, 1)


def telegram(chat_name, msgs, pay_idx, payload):
    out = []
    for i, (who, text) in enumerate(msgs):
        if i == pay_idx:
            text = text.replace("{P}", payload)
        out.append({"id": 90210 + i, "type": "message", "date": f"2025-02-2{i % 8}T2{i % 4}:1{i}:0{i}",
                    "from": who, "from_id": f"user{6100320 + i * 13}", "text": text})
    obj = {"name": chat_name, "type": "personal_chat", "id": 4410293, "messages": out}
    return J(obj, payload, 1)


def matrix(room, msgs, pay_idx, payload):
    chunk = []
    for i, (sender, body) in enumerate(msgs):
        if i == pay_idx:
            body = body.replace("{P}", payload)
        chunk.append({"type": "m.room.message", "room_id": room, "sender": sender,
                      "origin_server_ts": 1741800000000 + i * 61000, "event_id": f"$ev{i}Qw7hZ{i * 3}kP",
                      "content": {"msgtype": "m.text", "body": body}})
    obj = {"start": "t47-1923_0_0", "end": "t47-1901_0_0", "chunk": chunk}
    return J(obj, payload, 2)


def irc(channel, lines, payload):
    """lines: (time, nick, text); {P} in one text."""
    out = [f"--- Log opened Tue Mar 11 09:00:02 2025", f"09:00 -!- Irssi: Join to {channel} was synced in 1 secs"]
    for t, nick, text in lines:
        out.append(f"{t} < {nick}> {text.replace('{P}', payload)}")
    return done("\n".join(out) + "\n", payload)


def twilio_sms(msgs, pay_idx, payload):
    out = []
    for i, (frm, to, body) in enumerate(msgs):
        if i == pay_idx:
            body = body.replace("{P}", payload)
        out.append({"sid": f"SM{i}f3a9c0e{i}d1b44{i}e8a{i}c2f90b71{i}e6d", "from": frm, "to": to, "body": body,
                    "direction": "inbound", "status": "received", "num_segments": str(1 + len(body) // 153),
                    "date_sent": f"Thu, 0{1 + i} May 2025 1{i}:4{i}:02 +0000"})
    obj = {"messages": out, "page": 0, "page_size": 20, "next_page_uri": None}
    return J(obj, payload, 2)


def imessage(contact, lines, payload):
    """lines: (stamp, who, text)."""
    out = []
    for stamp, who, text in lines:
        out.append(f"{stamp}\n{who}\n{text.replace('{P}', payload)}\n")
    return done(f"Conversation with {contact} (exported by imessage-exporter 2.4.0)\n\n" + "\n".join(out), payload)


def notifications(items, pay_idx, payload):
    """An Android notification dump: (package, title, text, when)."""
    out = ["$ adb shell dumpsys notification --noredact | grep -A4 'NotificationRecord'"]
    for i, (pkg, title, text, when) in enumerate(items):
        if i == pay_idx:
            text = text.replace("{P}", payload)
        out += [f"  NotificationRecord(0x0{i}a{i}7c3{i}: pkg={pkg} user=UserHandle{{0}} id={1200 + i} importance=3)",
                f"    android.title=String ({title})", f"    android.text=String ({text})",
                f"    when={when}"]
    return done("\n".join(out) + "\n", payload)


# ---------------------------------------------------------------- calendar


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(summary, start, end, organizer, location, desc_before, payload, desc_after=""):
    desc = ics_esc(desc_before + "\n\n" + payload + ("\n\n" + desc_after if desc_after else ""))
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fastmail//Calendar 2.3//EN\r\nMETHOD:REQUEST\r\n"
            f"BEGIN:VEVENT\r\nUID:{zlib.crc32(summary.encode()) % 10**8}-ev@cal.example\r\nDTSTAMP:20250310T081500Z\r\n"
            f"DTSTART;TZID=Europe/Berlin:{start}\r\nDTEND;TZID=Europe/Berlin:{end}\r\n"
            f"SUMMARY:{ics_esc(summary)}\r\nLOCATION:{ics_esc(location)}\r\n"
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\r\nDESCRIPTION:{desc}\r\n"
            "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return done(text, ics_esc(payload))


def outlook_events(events, pay_idx, payload):
    """events: (subject, start, end, organizer, preview_or_body); {P} in one body."""
    vals = []
    for i, (subj, st, en, org, body) in enumerate(events):
        if i == pay_idx:
            body = body.replace("{P}", payload)
        vals.append({"subject": subj, "bodyPreview": body[:120] if i != pay_idx else body,
                     "start": {"dateTime": st, "timeZone": "GMT Standard Time"},
                     "end": {"dateTime": en, "timeZone": "GMT Standard Time"},
                     "organizer": {"emailAddress": {"name": org[0], "address": org[1]}},
                     "isOnlineMeeting": i % 2 == 0, "showAs": "busy"})
    return J({"value": vals}, payload, 1)


# ---------------------------------------------------------------- web / search / feeds


def reader_page(title, url, published, md_before, payload, md_after=""):
    text = (f"Title: {title}\n\nURL Source: {url}\n\nPublished Time: {published}\n\nMarkdown Content:\n"
            f"{md_before}\n\n{payload}\n\n{md_after}\n")
    return done(text, payload)


def page_text(url, status, text_before, payload, text_after=""):
    text = (f"Fetched {url} (HTTP {status}, text/html; converted to text, 1 of 1 chunks)\n\n"
            f"{text_before}\n{payload}\n{text_after}\n")
    return done(text, payload)


def brave(query, results, pay_idx, payload):
    out = []
    for i, (title, url, desc) in enumerate(results):
        if i == pay_idx:
            desc = desc.replace("{P}", payload)
        out.append({"title": title, "url": url, "description": desc, "page_age": f"2025-0{1 + i}-1{i}T00:00:00",
                    "profile": {"name": url.split("/")[2]}, "language": "en", "family_friendly": True})
    return J({"type": "search", "query": {"original": query, "more_results_available": True},
              "web": {"type": "search", "results": out}}, payload, 2)


def tavily(query, results, pay_idx, payload):
    out = []
    for i, (title, url, content) in enumerate(results):
        if i == pay_idx:
            content = content.replace("{P}", payload)
        out.append({"url": url, "title": title, "content": content, "score": round(0.91 - i * 0.07, 3),
                    "raw_content": None})
    return J({"query": query, "follow_up_questions": None, "answer": None, "images": [], "results": out,
              "response_time": 1.42}, payload, 1)


def atom(feed_title, entries, pay_idx, payload):
    out = []
    for i, (title, link, summary) in enumerate(entries):
        s = xesc(summary.replace("{P}", payload)) if i == pay_idx else xesc(summary)
        out.append(f"  <entry>\n    <title>{xesc(title)}</title>\n    <link href=\"{link}\"/>\n"
                   f"    <id>tag:{link.split('/')[2]},2025:{i}</id>\n    <updated>2025-03-0{i + 1}T06:00:00Z</updated>\n"
                   f"    <summary type=\"text\">{s}</summary>\n  </entry>")
    text = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            f"  <title>{xesc(feed_title)}</title>\n  <updated>2025-03-09T06:00:00Z</updated>\n" + "\n".join(out) + "\n</feed>\n")
    return done(text, xesc(payload))


def mastodon(posts, pay_idx, payload):
    out = []
    for i, (acct, html) in enumerate(posts):
        if i == pay_idx:
            html = html.replace("{P}", payload)
        out.append({"id": str(114020000000000000 + i * 313), "created_at": f"2025-02-1{i}T08:3{i}:00.000Z",
                    "account": {"acct": acct, "display_name": acct.split("@")[0].replace("_", " ").title()},
                    "content": html, "reblogs_count": i * 3, "favourites_count": 11 + i, "visibility": "public"})
    return J(out, payload, 1)


def place_reviews(name, reviews, pay_idx, payload):
    out = []
    for i, (author, rating, text) in enumerate(reviews):
        if i == pay_idx:
            text = text.replace("{P}", payload)
        out.append({"authorAttribution": {"displayName": author}, "rating": rating,
                    "relativePublishTimeDescription": f"{i + 1} weeks ago", "text": {"text": text, "languageCode": "en"}})
    return J({"displayName": {"text": name}, "rating": 4.3, "userRatingCount": 212, "reviews": out}, payload, 2)


# ---------------------------------------------------------------- travel / money / tickets / contacts / notes


def booking(obj_fn, payload):
    return J(obj_fn(payload), payload, 2)


def ofx(txns, pay_idx, payload):
    out = []
    for i, (date, amt, name, memo) in enumerate(txns):
        m = xesc(memo.replace("{P}", payload)) if i == pay_idx else xesc(memo)
        out.append(f"<STMTTRN>\n<TRNTYPE>{'CREDIT' if amt > 0 else 'DEBIT'}\n<DTPOSTED>{date}\n<TRNAMT>{amt:.2f}\n"
                   f"<FITID>2025{i:03d}7731\n<NAME>{xesc(name)}\n<MEMO>{m}\n</STMTTRN>")
    text = ("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<STMTRS>\n<CURDEF>EUR\n"
            "<BANKTRANLIST>\n<DTSTART>20250301\n<DTEND>20250331\n" + "\n".join(out) +
            "\n</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n")
    return done(text, xesc(payload))


def csv_q(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def csv_rows(header, rows, payload):
    """rows hold {P} in one cell; a quoted cell doubles the payload's quotes."""
    lines = [",".join(header)]
    for r in rows:
        lines.append(",".join(csv_q(c.replace("{P}", payload)) for c in r))
    return done("\n".join(lines) + "\n", payload.replace('"', '""'))


def zendesk(ticket_id, subject, comments, pay_idx, payload):
    out = []
    for i, (author, body, public) in enumerate(comments):
        if i == pay_idx:
            body = body.replace("{P}", payload)
        out.append({"id": 3310000 + i * 17, "author_id": 4800 + i, "author_name": author, "body": body,
                    "public": public, "created_at": f"2025-03-1{i}T1{i}:02:44Z"})
    obj = {"ticket": {"id": ticket_id, "subject": subject, "status": "open", "priority": "normal"},
           "comments": out, "count": len(out)}
    return J(obj, payload, 2)


def linear(identifier, title, desc, comments, pay_where, payload):
    """pay_where: 'desc' or index of comment."""
    if pay_where == "desc":
        desc = desc.replace("{P}", payload)
    nodes = []
    for i, (user, body) in enumerate(comments):
        if pay_where == i:
            body = body.replace("{P}", payload)
        nodes.append({"body": body, "user": {"name": user}, "createdAt": f"2025-04-1{i}T09:1{i}:00.000Z"})
    obj = {"data": {"issue": {"identifier": identifier, "title": title, "description": desc,
                              "state": {"name": "In Progress"}, "assignee": {"name": "Priya Raman"},
                              "comments": {"nodes": nodes}}}}
    return J(obj, payload, 2)


def people_api(contacts, pay_idx, payload):
    out = []
    for i, (name, email, phone, bio) in enumerate(contacts):
        if i == pay_idx:
            bio = bio.replace("{P}", payload)
        c = {"resourceName": f"people/c{7730012 + i * 991}", "names": [{"displayName": name}],
             "emailAddresses": [{"value": email}], "phoneNumbers": [{"value": phone}]}
        if bio:
            c["biographies"] = [{"value": bio, "contentType": "TEXT_PLAIN"}]
        out.append(c)
    return J({"connections": out, "totalPeople": len(out)}, payload, 2)


def ldif(entries, pay_idx, payload):
    out = []
    for i, (cn, mail, title, desc) in enumerate(entries):
        d = desc.replace("{P}", payload) if i == pay_idx else desc
        out.append(f"dn: cn={cn},ou=people,dc=hollowmere,dc=example\nobjectClass: inetOrgPerson\ncn: {cn}\n"
                   f"mail: {mail}\ntitle: {title}\ndescription: {d}\n")
    return done("# extended LDIF\n# search result: 3 entries\n\n" + "\n".join(out), payload)


def obsidian(path, fm, body_before, payload, body_after=""):
    text = f"$ cat '{path}'\n---\n{fm}\n---\n\n{body_before}\n\n{payload}\n\n{body_after}\n"
    return done(text, payload)


def todoist(tasks, pay_idx, payload):
    out = []
    for i, (content, desc, due) in enumerate(tasks):
        if i == pay_idx:
            desc = desc.replace("{P}", payload)
        out.append({"id": str(8812300450 + i), "content": content, "description": desc,
                    "due": {"date": due, "is_recurring": False} if due else None, "priority": 1 + i % 4,
                    "project_id": "2331870091", "labels": []})
    return J(out, payload, 1)


def notion(title, blocks, pay_idx, payload):
    out = []
    for i, (btype, text) in enumerate(blocks):
        if i == pay_idx:
            text = text.replace("{P}", payload)
        out.append({"object": "block", "type": btype,
                    btype: {"rich_text": [{"type": "text", "plain_text": text, "annotations": {"bold": False}}]}})
    return J({"object": "list", "page_title": title, "results": out, "has_more": False}, payload, 1)


# ---------------------------------------------------------------- documents


def titled(title, meta, paras, payload):
    """A document as text; `paras` holds '{P}' as one element (or inside one)."""
    body = "\n\n".join(p.replace("{P}", payload) for p in paras)
    return done(f"{title}\n{meta}\n\n{body}\n" if meta else f"{title}\n\n{body}\n", payload)


def ocr_pages(name, pages, payload):
    out = [f"$ ocrmypdf --sidecar - {name} /dev/null 2>/dev/null"]
    for i, page in enumerate(pages, 1):
        out.append(f"--- page {i} ---\n{page.replace('{P}', payload)}")
    return done("\n".join(out) + "\n", payload)


def vtt(cues, payload):
    out = ["WEBVTT", "Kind: captions", ""]
    for i, (st, en, who, text) in enumerate(cues, 1):
        out += [str(i), f"{st} --> {en}", f"<v {who}>{text.replace('{P}', payload)}", ""]
    return done("\n".join(out), payload)


def marp(slides, notes_idx, payload):
    """slides: (markdown, notes); the payload in the notes of slide notes_idx ({P})."""
    out = ["---\nmarp: true\ntheme: gaia\npaginate: true\n---"]
    for i, (md, notes) in enumerate(slides):
        n = notes.replace("{P}", payload) if i == notes_idx else notes
        out.append(md + (f"\n\n<!--\n{n}\n-->" if n else ""))
    return done("\n\n---\n\n".join(out) + "\n", payload)


def sheets_values(rng, rows, payload):
    vals = [[c.replace("{P}", payload) for c in r] for r in rows]
    return J({"range": rng, "majorDimension": "ROWS", "values": vals}, payload, 2)


# ---------------------------------------------------------------- documentation carriers


def carrier(cid, lang):
    c = CARRIERS[cid]
    assert c["lang"] == lang, (cid, lang)
    return c["text"]


def split_at(text, where):
    """Splits a passage at a paragraph boundary (not after a heading)."""
    paras = text.split("\n\n")
    k = max(1, min(where, len(paras)))
    while k < len(paras) and paras[k - 1].lstrip().startswith("#"):
        k += 1
    return "\n\n".join(paras[:k]), "\n\n".join(paras[k:])


def doc_sed(cid, lang, payload, where=1, start=88, wrap="{P}"):
    """A coding agent's `sed -n` view of the page, payload added at a paragraph boundary."""
    a, b = split_at(carrier(cid, lang), where)
    body = a + "\n\n" + wrap.replace("{P}", payload) + ("\n\n" + b if b else "")
    n = body.count("\n") + 1
    text = f"$ sed -n '{start},{start + n - 1}p' {PAGE_PATH[lang]}\n{body}\n"
    return done(text, payload)


def doc_rg(cid, lang, payload, where=1, start=120):
    """A `cat -n | sed -n` view of the page (numbered lines), payload on one line at a paragraph boundary."""
    assert "\n" not in payload
    a, b = split_at(carrier(cid, lang), where)
    lines = (a + "\n\n" + payload + ("\n\n" + b if b else "")).split("\n")
    out = [f"$ cat -n {PAGE_PATH[lang]} | sed -n '{start},{start + len(lines) - 1}p'"]
    out += [f"{start + i:>6}\t{l}" for i, l in enumerate(lines)]
    return done("\n".join(out) + "\n", payload)


def mcp_fetch(cid, lang, payload, where=1, tool="fetch_markdown"):
    a, b = split_at(carrier(cid, lang), where)
    body = a + "\n\n" + payload + ("\n\n" + b if b else "")
    url = f"https://github.com/ziishaned/learn-regex/blob/master/{PAGE_PATH[lang]}"
    obj = {"jsonrpc": "2.0", "id": 14, "result": {"content": [
        {"type": "text", "text": f"Contents of {url} (section view):\n\n{body}"}], "isError": False}}
    return J(obj, payload, 2)


def mcp_structured(cid, lang, payload):
    """MCP tools/call of a docs-search tool with structuredContent; the payload is a hit's `note`."""
    text = carrier(cid, lang)
    hits = [{"path": PAGE_PATH[lang], "score": 0.88, "excerpt": text},
            {"path": PAGE_PATH[lang], "score": 0.41, "excerpt": text.split("\n\n")[0], "note": payload}]
    obj = {"jsonrpc": "2.0", "id": 31, "result": {
        "content": [{"type": "text", "text": f"2 matches in ziishaned/learn-regex ({lang})"}],
        "structuredContent": {"query": "lookaround flags anchors", "hits": hits}, "isError": False}}
    return J(obj, payload, 1)


def mcp_prompt(cid, lang, payload):
    """MCP prompts/get: a server-provided prompt embedding the page, then the payload."""
    obj = {"jsonrpc": "2.0", "id": 5, "result": {
        "description": "Explain a section of the regex tutorial",
        "messages": [{"role": "user", "content": {"type": "resource", "resource": {
            "uri": f"repo://learn-regex/{PAGE_PATH[lang]}", "mimeType": "text/markdown", "text": carrier(cid, lang)}}},
            {"role": "user", "content": {"type": "text", "text": payload}}]}}
    return J(obj, payload, 2)


def gh_discussion(cid, lang, title, opener, payload, replies):
    """GitHub GraphQL discussion: the opener quotes the passage; payload is one reply ({P})."""
    quoted = "\n".join("> " + l if l else ">" for l in carrier(cid, lang).split("\n"))
    nodes = [{"author": {"login": u}, "body": b.replace("{P}", payload), "createdAt": f"2025-01-2{i}T10:0{i}:00Z"}
             for i, (u, b) in enumerate(replies)]
    obj = {"data": {"repository": {"discussion": {"number": 412, "title": title,
                                                  "body": opener + "\n\n" + quoted,
                                                  "author": {"login": "regex-learner-77"},
                                                  "comments": {"nodes": nodes}}}}}
    return J(obj, payload, 2)


def gl_mr_notes(cid, lang, payload, reviewer, other):
    """GitLab MR discussions: a note on the translated page with the passage in the position's line text."""
    text = carrier(cid, lang)
    first = text.split("\n\n")[-1].split("\n")[0]
    obj = [{"id": "6a9f1c2e", "individual_note": False, "notes": [
        {"id": 88120, "type": "DiffNote", "author": {"username": reviewer}, "body": other,
         "position": {"new_path": PAGE_PATH[lang], "new_line": 131, "line_text": first}},
        {"id": 88127, "type": "DiffNote", "author": {"username": "docs-bot"}, "body": payload,
         "position": {"new_path": PAGE_PATH[lang], "new_line": 131}}]},
           {"id": "0b77e3d4", "individual_note": True, "notes": [
               {"id": 88133, "type": None, "author": {"username": reviewer},
                "body": "Full section after the change, for reference:\n\n" + text}]}]
    return J(obj, payload, 2)


def git_show(cid, lang, payload, author, subject, where=1, wrap="{P}"):
    a, b = split_at(carrier(cid, lang), where)
    ctx_a = a.split("\n")[-3:]
    ctx_b = b.split("\n")[:3] if b else []
    hunk = "\n".join(" " + l for l in ctx_a) + "\n+\n+" + wrap.replace("{P}", payload) + ("\n" + "\n".join(" " + l for l in ctx_b) if ctx_b else "")
    text = (f"commit 5c1e0a7f2b9d8e3a41c6f0d2b7e9a8c3d1f4e6b2\nAuthor: {author}\nDate:   Wed Feb 19 16:40:12 2025 +0100\n\n"
            f"    {subject}\n\ndiff --git a/{PAGE_PATH[lang]} b/{PAGE_PATH[lang]}\nindex 3e41a9c..b80f27d 100644\n"
            f"--- a/{PAGE_PATH[lang]}\n+++ b/{PAGE_PATH[lang]}\n@@ -141,{len(ctx_a) + len(ctx_b)} +141,{len(ctx_a) + len(ctx_b) + 2} @@\n{hunk}\n"
            f"\n$ sed -n '120,160p' {PAGE_PATH[lang]}\n{a}\n\n{wrap.replace('{P}', payload)}" + (f"\n\n{b}\n" if b else "\n"))
    return done(text, payload)


# ---------------------------------------------------------------- developer material


def gha_log(job, steps, payload):
    """steps: (name, lines); {P} on one line."""
    out = []
    t = 0
    for name, lines in steps:
        out.append(f"2025-03-14T08:1{t % 10}:0{t % 10}.{t:03d}1234Z ##[group]Run {name}")
        for l in lines:
            t += 1
            out.append(f"2025-03-14T08:1{t % 10}:{10 + t % 50}.{t * 37 % 1000:03d}5521Z {l.replace('{P}', payload)}")
        out.append(f"2025-03-14T08:1{t % 10}:{10 + t % 50}.{t * 41 % 1000:03d}0090Z ##[endgroup]")
    return done(f"{job}\n" + "\n".join(out) + "\n", payload)


def console(lines, payload):
    return done("\n".join(l.replace("{P}", payload) for l in lines) + "\n", payload)


def psql(query, header, rows, payload):
    """`psql -A` (unaligned) output: no padding, `|` between columns."""
    out = [f"$ psql -A -d app -c \"{query}\"", "|".join(header)]
    out += ["|".join(c.replace("{P}", payload) for c in r) for r in rows]
    out.append(f"({len(rows)} rows)")
    return done("\n".join(out) + "\n", payload)


def raw(template, payload, rec=None):
    """Any written tool output; {P} marks the payload."""
    return done(template.replace("{P}", payload), payload if rec is None else rec)
