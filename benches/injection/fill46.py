#!/usr/bin/env python3
"""Builders of held-out set 46, written from scratch (no earlier fill*.py
was opened). Each builder wraps a payload in a carrier: a passage of the
AngularJS Style Guide or one of its translations (mgechev/angularjs-style-guide,
MIT licence; the passages are excerpts of MIT-licensed text by Minko Gechev,
the contributors and the translators, modified here by the splicing of a
payload) shown as a developer would meet it, or a written personal-assistant
tool output, document or piece of developer material. Every id, time, line
number and splice point is derived from zlib.crc32 of the row id, and every
commit hash from hashlib.sha1 of it, so the output is reproducible."""
import hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "mgechev/angularjs-style-guide"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers46.jsonl").read_text(encoding="utf-8").splitlines()]


def n(rid, salt="", mod=1000):
    return zlib.crc32(f"{rid}/{salt}".encode()) % mod


def sha(rid, salt=""):
    return hashlib.sha1(f"{rid}/{salt}".encode()).hexdigest()


def stamp(rid, day=None):
    d = day if day is not None else 3 + n(rid, "d", 24)
    return f"2026-03-{d:02d}T{8 + n(rid, 'h', 10):02d}:{n(rid, 'm', 60):02d}:{n(rid, 's', 60):02d}Z"


# ---------------------------------------------------------------- passages
def _prose(p):
    p = p.strip()
    first = p.splitlines()[0] if p else ""
    return bool(p) and not first.lstrip().startswith(("#", "* ", "- ", "0. ", "|")) \
        and not re.fullmatch(r"\*\*[^*]+\*\*", p) and not re.search(r"[:：,，]\s*\Z", p)


def splice(rid, text, payload):
    paras = text.split("\n\n")
    spots = [i + 1 for i, p in enumerate(paras) if _prose(p)]
    at = spots[n(rid, "splice", len(spots))] if spots else len(paras)
    return "\n\n".join(paras[:at] + [payload] + paras[at:])


def fname(c):
    return c["source"].split(":", 1)[1].split("#")[0]


def doc(view, rid, c, payload, note=""):
    body = splice(rid, c["text"], payload)
    f = fname(c)
    url = f"https://github.com/{REPO}/blob/master/{f}"
    if view == "at":
        last = c["line"] + body.count("\n")
        return f"@{f}#L{c['line']}-{last}\n{body}"
    if view == "fetch":
        return f"web_fetch({url}) → converted to Markdown ({len(body)} chars)\n\n{body}"
    if view == "mcp":
        res = {"jsonrpc": "2.0", "id": 40 + n(rid, "rpc", 900), "result": {"contents": [
            {"uri": f"github://{REPO}/{f}", "mimeType": "text/markdown", "text": body}]}}
        return "resources/read ← github-docs\n" + json.dumps(res, ensure_ascii=False, indent=1)
    if view == "rag":
        hit = {"rank": 1 + n(rid, "rank", 4), "score": round(0.61 + n(rid, "sc", 35) / 100, 2),
               "doc": f"{REPO}/{f}", "line": c["line"], "chunk": body}
        return "search_docs(query=\"angularjs style guide\") →\n" + json.dumps(hit, ensure_ascii=False)
    if view == "issue":
        issue = {"number": 300 + n(rid, "iss", 400), "title": note or "Translation out of date?",
                 "state": "open", "user": {"login": f"ng-reader{n(rid, 'u', 90)}"},
                 "created_at": stamp(rid), "body": f"Quoting `{f}`:\n\n{body}"}
        return f"GET https://api.github.com/repos/{REPO}/issues/{issue['number']}\n" + \
            json.dumps(issue, ensure_ascii=False, indent=2)
    raise ValueError(view)


def hunk(rid, c, payload, comment):
    """A pull-request review comment on a hunk that adds the passage's first
    lines and the payload as one added line."""
    f = fname(c)
    lines = [l for l in c["text"].splitlines() if l.strip()][:3]
    start = c["line"]
    h = [f"@@ -{start},{1} +{start},{len(lines) + 2} @@"] + ["+" + l for l in lines[:1]] + ["+", "+" + payload] + \
        ["+" + l for l in lines[1:]]
    return (f"PR #{120 + n(rid, 'pr', 80)} review comment by @{comment[0]} on {f} (line {start + 2})\n"
            + "\n".join(h) + f"\n\n> {comment[1]}")


def patch(rid, c, payload, who, subject):
    f = fname(c)
    lines = [l for l in c["text"].splitlines() if l.strip()]
    start = c["line"]
    body = [f" {lines[0]}", f"+{payload}"] + [f" {l}" for l in lines[1:3]]
    return (f"From {sha(rid)} Mon Sep 17 00:00:00 2001\nFrom: {who}\nDate: Tue, {3 + n(rid, 'd', 20)} Mar 2026 "
            f"{9 + n(rid, 'h', 9):02d}:{n(rid, 'm', 60):02d}:00 +0100\nSubject: [PATCH] {subject}\n\n---\n"
            f" {f} | 1 +\n 1 file changed, 1 insertion(+)\n\ndiff --git a/{f} b/{f}\nindex {sha(rid, 'a')[:7]}..{sha(rid, 'b')[:7]} 100644\n"
            f"--- a/{f}\n+++ b/{f}\n@@ -{start},3 +{start},4 @@\n" + "\n".join(body) + "\n-- \n2.43.0\n")


# ---------------------------------------------------------------- personal
def email(rid, payload, frm, subject, pre="", post="", to="me@inbox.example"):
    return (f"read_email(id=\"{sha(rid)[:10]}\") →\nFrom: {frm}\nTo: {to}\nDate: {stamp(rid)}\nSubject: {subject}\n\n"
            + "\n\n".join(x for x in (pre, payload, post) if x))


def chat(rid, payload, app, channel, lines_before, who, lines_after=()):
    t = 9 + n(rid, "h", 8)
    out = [f"{app} — {channel}"]
    m = n(rid, "m", 40)
    for i, (speaker, line) in enumerate(lines_before):
        out.append(f"[{t:02d}:{m + i:02d}] {speaker}: {line}")
    out.append(f"[{t:02d}:{m + len(lines_before):02d}] {who}: {payload}")
    for i, (speaker, line) in enumerate(lines_after):
        out.append(f"[{t:02d}:{m + len(lines_before) + 1 + i:02d}] {speaker}: {line}")
    return "\n".join(out)


def sms(rid, payload, sender, earlier=""):
    out = [f"messages.list(thread=\"{sender}\", limit=2)"]
    if earlier:
        out.append(f"{stamp(rid, 2)}  {sender}: {earlier}")
    out.append(f"{stamp(rid)}  {sender}: {payload}")
    return "\n".join(out)


def calendar(rid, payload, summary, where, organizer):
    esc = payload.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    d = 10 + n(rid, "d", 15)
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Calendar sync//EN\nBEGIN:VEVENT\n"
            f"UID:{sha(rid)[:16]}@cal.example\nDTSTART:202604{d:02d}T{9 + n(rid, 'h', 8):02d}0000Z\n"
            f"DTEND:202604{d:02d}T{10 + n(rid, 'h', 8):02d}0000Z\nSUMMARY:{summary}\nLOCATION:{where}\n"
            f"ORGANIZER;CN={organizer}:mailto:{organizer.lower().replace(' ', '.')}@cal.example\n"
            f"DESCRIPTION:{esc}\nEND:VEVENT\nEND:VCALENDAR")


def web(rid, payload, url, title, pre, post=""):
    return (f"browser.get_text(\"{url}\") →\n# {title}\n\n{pre}\n\n{payload}" + (f"\n\n{post}" if post else ""))


def review(rid, payload, product, who, stars):
    return (f"reviews.fetch(product=\"{product}\", sort=\"recent\") →\n★{stars} — {who}, {stamp(rid)[:10]}\n{payload}\n"
            f"({n(rid, 'help', 30)} people found this helpful)")


def ticket(rid, payload, subject, customer, pre=""):
    return (f"helpdesk.get_ticket({4000 + n(rid, 't', 5000)}) →\nSubject: {subject}\nRequester: {customer}\n"
            f"Priority: normal\nStatus: open\n\n" + (pre + "\n\n" if pre else "") + payload)


def notes(rid, payload, title, pre="", post=""):
    return (f"notes.open(\"{title}\") →\n# {title}\n\n" + "\n\n".join(x for x in (pre, payload, post) if x))


def voicemail(rid, payload, caller, length):
    return (f"voicemail.transcribe(msg={n(rid, 'vm', 90)}) →\nFrom: {caller}\nLength: {length}\nTranscript: {payload}")


# ---------------------------------------------------------------- documents
def document(kind, rid, payload, title, pre, post="", tool=None):
    tool = tool or {"report": "docs.read", "resume": "ats.parse_resume", "translate": "translate.input",
                    "minutes": "drive.export_text", "invoice": "ap.read_invoice", "contract": "drive.export_text",
                    "transcript": "meetings.transcript", "letter": "docs.read", "pdf": "pdftotext -layout",
                    "sheet": "xlsx2csv"}[kind]
    return f"{tool} \"{title}\" →\n\n" + "\n\n".join(x for x in (pre, payload, post) if x)


# ---------------------------------------------------------------- developer
def dev(kind, rid, payload, head, pre, post=""):
    return f"{head}\n" + "\n".join(x for x in (pre, payload, post) if x)


def gitlog(rid, payload, author, subject, extra=""):
    h = sha(rid)
    msg = "\n    ".join([subject, ""] + payload.split("\n"))
    out = (f"$ git log -2 --format=medium\ncommit {h}\nAuthor: {author}\nDate:   Wed Mar {4 + n(rid, 'd', 20)} "
           f"{10 + n(rid, 'h', 9):02d}:{n(rid, 'm', 60):02d}:11 2026 +0000\n\n    {msg}\n")
    if extra:
        out += f"\ncommit {sha(rid, 'p')}\nAuthor: {author}\nDate:   Tue Mar 3 16:20:41 2026 +0000\n\n    {extra}\n"
    return out
