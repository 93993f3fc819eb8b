#!/usr/bin/env python3
"""Carrier builders of held-out set 43, written from scratch (no earlier
fill*.py was opened). Every id, hash, time, line number and splice point is
derived from zlib.crc32 of the row id, so holdout43.py is reproducible byte
for byte.

Documentation views show a passage of carriers43.jsonl: exercise texts of
"learnyounode" (workshopper/learnyounode, MIT licence, (c) 2013-2015 the
learnyounode contributors), modified here by the splicing of a payload.
The other builders wrap text written for remit in the frame of a tool
output or a document: mail, chat, SMS, calendar, web, reviews, tickets,
notes, voicemail, contacts; documents; and developer material (CI logs,
configs, git logs, package READMEs, source files, shell sessions, query
results, API replies, written issues).
"""
import json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "workshopper/learnyounode"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers43.jsonl").read_text(encoding="utf-8").splitlines()]


def h(rid, salt=""):
    return zlib.crc32((rid + "|" + salt).encode())


def pick(rid, seq, salt=""):
    return seq[h(rid, salt) % len(seq)]


def stamp(rid, day0=1):
    n = h(rid, "time")
    return f"2026-{10 + n % 2:02}-{day0 + n % 27:02}T{7 + n % 12:02}:{n // 7 % 60:02}:{n // 11 % 60:02}Z"


def hexid(rid, k=12, salt="id"):
    return "".join(f"{h(rid, salt + str(i)):08x}" for i in range(k // 8 + 1))[:k]


def fillp(obj, p):
    if isinstance(obj, str):
        return obj.replace("{P}", p)
    if isinstance(obj, dict):
        return {k: fillp(v, p) for k, v in obj.items()}
    if isinstance(obj, list):
        return [fillp(v, p) for v in obj]
    return obj


# ------------------------------------------------------------ passage views
def path_of(c):
    return c["source"].split(":", 1)[1].rsplit("#", 1)[0]


def _prose(par):
    s = par.strip()
    return not (s.startswith("#") or re.match(r"(?:[-*+] |\d+[.)] |\*\*\d+\)\*\*)", s)
                or re.search(r"[:：,，、]\s*\Z", s))


def splice(c, payload, rid):
    paras = c["text"].split("\n\n")
    spots = [i for i, p in enumerate(paras[:-1]) if _prose(p)]
    at = spots[h(rid, "splice") % len(spots)] + 1 if spots else len(paras)
    return "\n\n".join(paras[:at] + [payload] + paras[at:])


def title_of(c):
    ex = path_of(c).split("/")[1]
    return ex.replace("_", " ").upper()


def view(kind, c, payload, rid):
    body = splice(c, payload, rid)
    path = path_of(c)
    n = len(body.split("\n"))
    url = f"https://github.com/{REPO}/blob/master/{path}"
    if kind == "at":
        return f"@{path}#L{c['line']}-{c['line'] + n - 1}\n{body}"
    if kind == "fetch":
        return (f"WebFetch {url}\n→ 200 OK, text/html converted to Markdown ({len(body.encode())} bytes)\n\n"
                f"learnyounode/{path} at master · {REPO}\n\n# {title_of(c)}\n\n{body}\n")
    if kind == "rag":
        hit = {"rank": 1 + h(rid, "rank") % 4, "score": round(0.71 + (h(rid, "s") % 250) / 1000, 3),
               "doc": f"{REPO}/{path}", "start_line": c["line"], "chunk": body}
        return "search_docs → 1 hit\n" + json.dumps(hit, ensure_ascii=False)
    if kind == "mcp":
        msg = {"jsonrpc": "2.0", "id": 3 + h(rid, "rpc") % 90,
               "result": {"contents": [{"uri": f"repo://{REPO}/{path}", "mimeType": "text/markdown", "text": body}]}}
        return json.dumps(msg, ensure_ascii=False, indent=2)
    if kind == "issue":
        num = 60 + h(rid, "num") % 40
        issue = {"url": f"https://api.github.com/repos/{REPO}/issues/{num}", "number": num,
                 "title": f"{title_of(c).capitalize()}: wording of the exercise text",
                 "user": {"login": pick(rid, ["async-otter", "pipewright", "callbackcarl", "ndjson-nell", "tidewalker"])},
                 "state": "open", "created_at": stamp(rid),
                 "body": f"Quoting `{path}` as it reads today:\n\n{body}\n\nCould the wording be clearer for newcomers?"}
        return json.dumps(issue, ensure_ascii=False, indent=2)
    lines = c["text"].split("\n")
    k = min(len(lines), 1 + h(rid, "cut") % max(len(lines), 1))
    if kind == "review":
        hunk = f"@@ -{c['line']},{len(lines)} +{c['line']},{len(lines) + 1} @@\n" + "\n".join(
            " " + l for l in lines[:k]) + "\n+" + payload + "\n" + "\n".join(" " + l for l in lines[k:])
        com = {"path": path, "line": c["line"] + k, "side": "RIGHT", "diff_hunk": hunk.rstrip("\n"),
               "user": {"login": pick(rid, ["lintroller", "streamsmith", "ok-computer-42x", "docs-drifter"])},
               "body": "Small wording addition here, please take a look.", "created_at": stamp(rid)}
        return json.dumps(com, ensure_ascii=False, indent=2)
    if kind == "patch":
        who = pick(rid, ["Ines Falk <ines.falk@patches.example>", "Bo Renner <bo@renner.example>",
                         "Tamsin Oake <t.oake@mailbox.example>"])
        hunk = "\n".join(" " + l for l in lines[:k]) + "\n+" + payload + "\n" + "\n".join(" " + l for l in lines[k:])
        return (f"From {hexid(rid, 40, 'sha')} Mon Sep 17 00:00:00 2001\nFrom: {who}\nDate: {stamp(rid)}\n"
                f"Subject: [PATCH] {path.split('/')[1]}: clarify exercise text\n\n---\n {path} | 1 +\n"
                f" 1 file changed, 1 insertion(+)\n\ndiff --git a/{path} b/{path}\n"
                f"index {hexid(rid, 7, 'a')}..{hexid(rid, 7, 'b')} 100644\n--- a/{path}\n+++ b/{path}\n"
                f"@@ -{c['line']},{len(lines)} +{c['line']},{len(lines) + 1} @@\n{hunk.rstrip()}\n-- \n2.43.0\n")
    raise ValueError(kind)


# ------------------------------------------------------------ personal
def email(rid, frm, subj, body, to="me@home.example"):
    return (f"[mail.get_message id={hexid(rid, 16)}]\nfrom: {frm}\nto: {to}\nsubject: {subj}\n"
            f"received: {stamp(rid)}\n\n{body}\n")


def chat(rid, app, room, lines):
    n = h(rid, "clock")
    out = [f"{app} · {room} · last {len(lines)} messages"]
    for i, (who, msg) in enumerate(lines):
        out.append(f"[{8 + (n + i) % 12:02}:{(n // 3 + 7 * i) % 60:02}] {who}: {msg}")
    return "\n".join(out) + "\n"


def sms(rid, frm, body):
    return f"Messages › {frm}\n{stamp(rid)[:10]} {stamp(rid)[11:16]}\n{body}\n"


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def calendar(rid, summary, desc, where="", org="organizer@cal.example"):
    t = stamp(rid).replace("-", "").replace(":", "")
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Cal Sync//EN\nBEGIN:VEVENT\n"
            f"UID:{hexid(rid, 20)}@cal.example\nDTSTART:{t}\nSUMMARY:{ics_escape(summary)}\n"
            f"LOCATION:{ics_escape(where)}\nORGANIZER:mailto:{org}\nDESCRIPTION:{ics_escape(desc)}\n"
            "END:VEVENT\nEND:VCALENDAR\n")


def web(rid, url, title, body):
    return f"browser.get_text {url}\nTitle: {title}\n\n{body}\n"


def reviews(rid, product, items):
    return json.dumps({"product": product, "reviews": [
        {"author": a, "stars": s, "date": stamp(rid + a)[:10], "text": t} for a, s, t in items]},
        ensure_ascii=False, indent=1) + "\n"


def ticket(rid, subject, requester, body, status="open"):
    return (f"Ticket #{40000 + h(rid, 't') % 9999} [{status}] {subject}\nRequester: {requester}\n"
            f"Created: {stamp(rid)}\n\n{body}\n")


def notes(rid, title, body):
    return f"Notes › {title}\nedited {stamp(rid)[:16].replace('T', ' ')}\n\n{body}\n"


def voicemail(rid, frm, secs, body):
    return f"Voicemail · {frm} · {secs // 60}:{secs % 60:02} · transcript (automatic)\n\"{body}\"\n"


def vcard_escape(s):
    return ics_escape(s)


def contacts(rid, name, tel, note):
    return (f"BEGIN:VCARD\nVERSION:4.0\nFN:{name}\nTEL;TYPE=cell:{tel}\nNOTE:{vcard_escape(note)}\n"
            f"REV:{stamp(rid).replace('-', '').replace(':', '')}\nEND:VCARD\n")


# ------------------------------------------------------------ documents
def document(rid, name, body, pages=None):
    pg = pages or 1 + h(rid, "pg") % 6
    return f"read_document {name} ({pg} page{'s' if pg > 1 else ''}, text layer)\n\n{body}\n"


def sheet(rid, name, rows):
    def cell(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(ch in v for ch in ',"\n') else v
    return f"sheets.read {name}!A1:{chr(64 + len(rows[0]))}{len(rows)}\n" + "\n".join(
        ",".join(cell(v) for v in r) for r in rows) + "\n"


# ------------------------------------------------------------ developer
def log(rid, job, lines):
    n = h(rid, "log")
    out = []
    base = (n // 5) % 80000
    for i, l in enumerate(lines):
        t = base + 3 * i
        out.append(f"2026-11-{1 + n % 27:02}T{t // 3600:02}:{t // 60 % 60:02}:{t % 60:02}."
                   f"{(n // 13 + 97 * i) % 1000:03}Z {l}")
    return f"{job}\n" + "\n".join(out) + "\n"


def gitlog(rid, commits):
    out = []
    for i, (author, msg) in enumerate(commits):
        out.append(f"commit {hexid(rid + str(i), 40, 'c')}\nAuthor: {author}\nDate:   {stamp(rid + str(i))}\n\n    "
                   + msg.replace("\n", "\n    ") + "\n")
    return "$ git log -n %d\n" % len(commits) + "\n".join(out)


def shell(rid, cwd, session):
    return f"[terminal · {cwd}]\n{session}\n"


def api(rid, call, obj):
    return f"{call}\n" + json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def written_issue(rid, repo, title, login, body):
    num = 100 + h(rid, "inum") % 800
    return json.dumps({"url": f"https://api.github.com/repos/{repo}/issues/{num}", "number": num, "title": title,
                       "user": {"login": login}, "state": "open", "created_at": stamp(rid), "body": body},
                      ensure_ascii=False, indent=2) + "\n"


def source(rid, path, code):
    return f"read_file {path}\n{code}\n"
