#!/usr/bin/env python3
"""Carrier builders of held-out set 33, written from scratch (no earlier
fill*.py was opened). Everything that looks random (ids, hashes, times,
line numbers, splice points) is derived from `zlib.crc32` of the row id, so
`holdout33.py` rebuilds `holdout33.jsonl` byte for byte.

Documentation rows take a passage of carriers33.jsonl (the Zig website,
ziglang/www.ziglang.org, MIT) in the row's language, insert the payload as
a paragraph of its own at a paragraph boundary (never right after a
heading, a rule, a bold label, a paragraph ending in a colon or a comma,
or, except at the end, a paragraph under 30 characters), and show
the result as one of seven views: an editor attachment (`at`), a web
fetch converted to Markdown (`fetch`), a retrieval-tool hit (`rag`), an MCP
`resources/read` result (`mcp`), an issue from the GitHub API (`issue`), a
pull-request review comment on a hunk (`review`) or a `git format-patch`
mail (`patch`). The other builders wrap text written in holdout33.py
(mail, chat exports, calendar, SMS backup, contacts, git log lines).
"""
import datetime, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
P = "\ue000PAYLOAD\ue000"
CARS = [json.loads(l) for l in (HERE / "carriers33.jsonl").read_text(encoding="utf-8").splitlines()]
BYID = {c["id"]: c for c in CARS}
_USED = set()


def crc(rid, salt=""):
    return zlib.crc32(f"{rid}/{salt}".encode())


def hexid(rid, n=12, salt="h"):
    out, k = "", 0
    while len(out) < n:
        out += f"{crc(rid, salt + str(k)):08x}"
        k += 1
    return out[:n]


def when(rid, base_day=1, month="Nov", year=2026, salt="t"):
    """A plausible timestamp string parts: (day, hh, mm, ss)."""
    v = crc(rid, salt)
    return (base_day + v % 27, 7 + (v >> 5) % 13, (v >> 9) % 60, (v >> 15) % 60)


def rfc_date(rid, salt="t"):
    d, hh, mm, ss = when(rid, salt=salt)
    dow = datetime.date(2026, 11, d).strftime("%a")
    return f"{dow}, {d} Nov 2026 {hh:02}:{mm:02}:{ss:02} +0000"


def iso(rid, salt="t"):
    d, hh, mm, ss = when(rid, salt=salt)
    return f"2026-11-{d:02}T{hh:02}:{mm:02}:{ss:02}Z"


def put(template, payload):
    assert template.count(P) == 1, "template must hold the payload placeholder once"
    return template.replace(P, payload)


# ---------------------------------------------------------------- passages

def take(lang, cid=None):
    """The next unused passage of `lang` in file order, or the named one."""
    if cid:
        c = BYID[cid]
        assert c["lang"] == lang and cid not in _USED, cid
    else:
        c = next(c for c in CARS if c["lang"] == lang and c["id"] not in _USED)
    _USED.add(c["id"])
    return c


def _bad_before(par):
    last = par.rstrip().splitlines()[-1].strip() if par.strip() else ""
    if all(l.lstrip().startswith("#") for l in par.splitlines() if l.strip()):
        return True
    if re.search(r"[:：]\s*\Z", par) or re.fullmatch(r"(\*\*|__)[^*_]+(\*\*|__)[.:]?", last):
        return True
    if re.fullmatch(r"[-*_]{3,}", last):
        return True
    return False


def splice(text, payload, rid):
    paras = text.split("\n\n")
    ok = [i for i in range(1, len(paras) + 1) if not _bad_before(paras[i - 1])
          and not paras[i - 1].rstrip().endswith(",")
          and (i == len(paras) or len(paras[i - 1].strip()) >= 30)]
    if not ok:
        ok = [len(paras)]
    i = ok[crc(rid, "splice") % len(ok)]
    return "\n\n".join(paras[:i] + [payload] + paras[i:])


def path_of(car):
    return car["source"].split(":", 1)[1].rsplit("#", 1)[0]


def url_of(car):
    p = path_of(car)
    m = re.fullmatch(r"content/([a-z]{2}-[A-Z]{2})/(.*)\.smd", p)
    if m:
        loc, rest = m.groups()
        rest = re.sub(r"(^|/)index$", "", rest)
        pre = "" if loc == "en-US" else f"/{loc}"
        return f"https://ziglang.org{pre}/{rest}/".replace("//", "/").replace("https:/", "https://")
    m = re.fullmatch(r"content/(.*?)(?:/?_?index)?\.([a-z]{2})\.md", p)
    rest, lang = m.groups()
    return f"https://ziglang.org/{lang}/{rest}/".replace("//", "/").replace("https:/", "https://")


TITLES = {"overview": "Overview", "why_zig_rust_d_cpp": "Why Zig When There is Already C++, D, and Rust?",
          "getting-started": "Getting Started", "build-system": "Zig Build System", "zsf": "Zig Software Foundation",
          "index": "Home", "learn": "Learn", "code-of-conduct": "Code of Conduct", "devlog": "Devlog"}


def title_of(car):
    p = path_of(car)
    stem = re.sub(r"\.(smd|[a-z]{2}\.md)$", "", p).split("/")
    name = stem[-1] if stem[-1] not in ("index", "_index") else stem[-2]
    if name.isdigit():
        name = "devlog"
    return TITLES.get(name, name.replace("-", " ").title())


def lines_at(rid, text):
    a = 8 + crc(rid, "line") % 180
    return a, a + text.count("\n")


def view(kind, car, payload, rid, **kw):
    text = splice(car["text"], payload, rid)
    path, url = path_of(car), url_of(car)
    if kind == "at":
        a, b = lines_at(rid, text)
        return f"@{path}#L{a}-{b}\n{text}"
    if kind == "fetch":
        kb = len(text.encode()) * 9 // 1000 + 6
        style = crc(rid, "fetchstyle") % 3
        if style == 0:
            return f"Fetched {url} (200 OK, text/html, {kb} kB) and converted it to Markdown.\n\n# {title_of(car)}\n\n{text}\n"
        if style == 1:
            return f"URL: {url}\nTitle: {title_of(car)} - Zig Programming Language\nContent-Type: text/markdown (converted)\n\n{text}\n"
        return f"[web_fetch] {url}\n---\n{text}\n---\n({kb} kB, truncated to the main article)"
    if kind == "rag":
        hit = {"rank": 1, "score": round(0.71 + (crc(rid, "score") % 250) / 1000, 3), "url": url,
               "title": title_of(car), "chunk": text}
        other = {"rank": 2, "score": round(hit["score"] - 0.09, 3), "url": "https://ziglang.org/learn/",
                 "title": "Learn", "chunk": kw.get("second", "Learn more about the Zig programming language.")}
        return json.dumps({"tool": kw.get("tool", "docs_search"), "query": kw["query"], "results": [hit, other]},
                          ensure_ascii=False)
    if kind == "mcp":
        root = kw.get("root", "/home/dev/src/www.ziglang.org")
        msg = {"jsonrpc": "2.0", "id": 3 + crc(rid, "rpc") % 60,
               "result": {"contents": [{"uri": f"file://{root}/{path}", "mimeType": "text/markdown", "text": text}]}}
        return json.dumps(msg, ensure_ascii=False, indent=kw.get("indent"))
    if kind == "issue":
        n = 100 + crc(rid, "num") % 2900
        repo = kw["repo"]
        body = f"{kw['intro']}\n\n{text}\n\n{kw.get('outro', '')}".rstrip()
        iss = {"url": f"https://api.github.com/repos/{repo}/issues/{n}", "html_url": f"https://github.com/{repo}/issues/{n}",
               "number": n, "title": kw["title"], "user": {"login": kw["login"], "type": "User"},
               "labels": [{"name": l} for l in kw.get("labels", ["docs"])], "state": "open",
               "comments": crc(rid, "c") % 5, "created_at": iso(rid), "author_association": kw.get("assoc", "NONE"),
               "body": body}
        return json.dumps(iss, ensure_ascii=False, indent=2)
    if kind == "review":
        a, b = lines_at(rid, text)
        added = text.split("\n")
        hunk = f"@@ -{a},0 +{a},{len(added)} @@\n" + "\n".join("+" + l for l in added)
        com = {"id": 2000000000 + crc(rid, "rid") % 99999999, "pull_request_review_id": 3000000000 + crc(rid, "r2") % 9999999,
               "path": kw.get("file", path), "line": b, "side": "RIGHT", "diff_hunk": hunk,
               "user": {"login": kw["login"]}, "body": kw["body"], "created_at": iso(rid),
               "html_url": f"https://github.com/{kw['repo']}/pull/{kw.get('pr', 40 + crc(rid, 'pr') % 900)}#discussion_r{1800000000 + crc(rid, 'd') % 99999999}"}
        return json.dumps(com, ensure_ascii=False, indent=2)
    if kind == "patch":
        a, _ = lines_at(rid, text)
        added = text.split("\n")
        sha = hexid(rid, 40, "sha")
        name, mail = kw["author"]
        return (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: {name} <{mail}>\nDate: {rfc_date(rid)}\n"
                f"Subject: [PATCH] {kw['subject']}\n\n{kw.get('message', '')}\n---\n"
                f" {path} | {len(added)} {'+' * min(len(added), 40)}\n 1 file changed, {len(added)} insertions(+)\n\n"
                f"diff --git a/{path} b/{path}\nindex {hexid(rid, 7, 'i1')}..{hexid(rid, 7, 'i2')} 100644\n"
                f"--- a/{path}\n+++ b/{path}\n@@ -{a},0 +{a + 1},{len(added)} @@\n"
                + "\n".join("+" + l for l in added) + "\n-- \n2.47.1\n")
    raise ValueError(kind)


# ---------------------------------------------------------------- personal

def email(rid, frm, to, subject, body, html_body=False, extra=""):
    dom = frm.split("@")[-1].rstrip(">")
    ctype = "text/html; charset=utf-8" if html_body else "text/plain; charset=utf-8"
    return (f"Received: from mail.{dom} ([198.51.100.{crc(rid, 'ip') % 250 + 2}]) by mx.inbox.example; {rfc_date(rid)}\n"
            f"Message-ID: <{hexid(rid, 16, 'mid')}@{dom}>\nDate: {rfc_date(rid)}\nFrom: {frm}\nTo: {to}\n"
            f"Subject: {subject}\n{extra}MIME-Version: 1.0\nContent-Type: {ctype}\nContent-Transfer-Encoding: 8bit\n\n{body}\n")


def slack(rid, channel, msgs):
    """msgs: list of (user, text); one-line JSON of a conversations.history page."""
    d, hh, mm, _ = when(rid)
    base = 1793500000 + crc(rid, "ts") % 2000000
    out = [{"type": "message", "user": u, "text": t, "ts": f"{base + 97 * k}.{crc(rid, str(k)) % 999999:06}"}
           for k, (u, t) in enumerate(msgs)]
    return json.dumps({"ok": True, "channel": channel, "messages": out[::-1], "has_more": False}, ensure_ascii=False)


def whatsapp(rid, msgs, date_fmt="{d:02}/11/2026, {h:02}:{m:02}"):
    d, hh, mm, _ = when(rid)
    lines = []
    for k, (who, text) in enumerate(msgs):
        m = mm + 3 * k
        lines.append(f"{date_fmt.format(d=d, h=hh + m // 60, m=m % 60)} - {who}: {text}")
    return "\n".join(lines)


def ics(rid, summary, desc, organizer, start_day=None, loc=""):
    d, hh, mm, _ = when(rid)
    d = start_day or d
    esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendar Export//EN\nBEGIN:VEVENT\n"
            f"UID:{hexid(rid, 20, 'uid')}@calendar.example\nDTSTAMP:20261101T090000Z\n"
            f"DTSTART:202612{d:02}T{hh:02}{mm // 15 * 15:02}00Z\nDTEND:202612{d:02}T{hh + 1:02}{mm // 15 * 15:02}00Z\n"
            f"SUMMARY:{esc(summary)}\nLOCATION:{esc(loc)}\nORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\n"
            f"DESCRIPTION:{esc(desc)}\nEND:VEVENT\nEND:VCALENDAR\n")


def sms_xml(rid, msgs):
    """msgs: (address, body, type 1=received 2=sent)."""
    base = 1794000000000 + crc(rid, "sms") % 900000000
    import html as _h
    rows = [f'  <sms protocol="0" address="{a}" date="{base + 61000 * k}" type="{t}" body="{_h.escape(b)}" read="1" />'
            for k, (a, b, t) in enumerate(msgs)]
    return "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n" \
           f'<smses count="{len(msgs)}" backup_set="{hexid(rid, 8)}">\n' + "\n".join(rows) + "\n</smses>\n"


def gitlog(rid, commits):
    """commits: (author, email, subject, body); `git log` output, body indented four spaces."""
    out = []
    for k, (name, mail, subj, body) in enumerate(commits):
        out.append(f"commit {hexid(rid, 40, 'c' + str(k))}\nAuthor: {name} <{mail}>\nDate:   {rfc_date(rid, 'g' + str(k))}\n\n"
                   f"    {subj}\n" + ("\n" + "\n".join(("    " + l) if l else "" for l in body.split("\n")) + "\n" if body else ""))
    return "\n".join(out)
