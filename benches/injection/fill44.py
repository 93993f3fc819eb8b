#!/usr/bin/env python3
"""Builders for held-out set 44 (written from scratch for this set; no
earlier fill*.py was opened). `carriers()` reads carriers44.jsonl, the
passages of the Hyperledger Fabric documentation translations
(hyperledger/fabric-docs-i18n, documentation under CC-BY-4.0); `view()`
shows one passage, with a payload spliced in, as a developer would meet it
(an editor attachment, a web fetch converted to Markdown, a retrieval hit,
an MCP `resources/read` result, an issue from the GitHub API, a review
comment on a hunk, a `git format-patch` mail); `written()` wraps a body
written for this set (personal-assistant tool outputs, documents and
developer material) in the headers of its kind. Every id, hash, number,
time and splice point is derived from `zlib.crc32` of the row id, so the
output is reproducible byte for byte. The passages are excerpts of
CC-BY-4.0 text by the Hyperledger Fabric contributors and translators,
modified here by the splicing of a payload.
"""
import html, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "hyperledger/fabric-docs-i18n"
RTD = {"en": "en", "es": "es", "it": "it", "pt": "pt", "ru": "ru", "zh": "zh_CN", "ja": "ja", "ko": "ko", "id": "id"}


def carriers():
    return [json.loads(l) for l in (HERE / "carriers44.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(*parts):
    return zlib.crc32("|".join(str(p) for p in parts).encode("utf-8"))


def pick(rid, pool, salt=""):
    return pool[crc(rid, salt) % len(pool)]


def hexid(rid, salt="", n=40):
    out = ""
    k = 0
    while len(out) < n:
        out += f"{crc(rid, salt, k):08x}"
        k += 1
    return out[:n]


def stamp(rid, salt=""):
    h = crc(rid, salt)
    return f"2026-{1 + h % 11:02}-{1 + (h >> 4) % 27:02}", f"{7 + (h >> 9) % 12:02}:{(h >> 13) % 60:02}"


def path_of(c):
    return c["source"].split(":", 1)[1].rsplit("#", 1)[0]


def ics(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


# ------------------------------------------------------------ splicing
def _prose(p):
    last = p.rstrip().splitlines()[-1].strip()
    return not (p.lstrip().startswith("#") or re.match(r"[-*+] |\d+[.)] ", last)
                or re.search(r"[:：,，、]\s*\Z", p.rstrip()))


def split_at(text, rid):
    """Index of the paragraph after which the payload goes: a prose paragraph,
    chosen by the row id; else the last paragraph."""
    paras = text.split("\n\n")
    ok = [i for i, p in enumerate(paras[:-1]) if _prose(p)]
    if not ok:
        return paras, len(paras) - 1
    return paras, ok[crc(rid, "cut") % len(ok)] if crc(rid, "end") % 3 else len(paras) - 1


def splice(text, payload, rid):
    paras, i = split_at(text, rid)
    return "\n\n".join(paras[:i + 1] + [payload] + paras[i + 1:])


# ------------------------------------------------------------ documentation views
LOGINS = ["peer-wrangler", "ordering-otto", "msp-mira", "ledgerleaf", "chaincode-cass", "gossip-gil", "raft-rosa",
          "anchorpeer-ash", "tls-tomas", "docs-dovetail"]


def view(how, c, payload, rid, title=None):
    path = path_of(c)
    body = splice(c["text"], payload, rid)
    lines = body.count("\n") + 1
    a = max(c["line"], 1)
    if how == "at":
        return f"@{path}#L{a}-{a + lines - 1}\n{body}"
    if how == "fetch":
        loc = path.split("/")[2]
        page = path.split("/source/", 1)[1][:-3]
        url = f"https://hyperledger-fabric.readthedocs.io/{RTD[c['lang']]}/latest/{page}.html"
        return f"web_fetch {url}\n→ converted to Markdown ({len(body)} chars, locale {loc})\n\n{body}"
    if how == "rag":
        hit = {"rank": 1 + crc(rid, "rk") % 6, "score": round(0.62 + (crc(rid, "sc") % 300) / 1000, 3),
               "doc": f"{REPO}/{path}", "start_line": a, "chunk": body}
        return "search_docs → 1 hit\n" + json.dumps(hit, ensure_ascii=False)
    if how == "mcp":
        res = {"jsonrpc": "2.0", "id": 3 + crc(rid, "id") % 90,
               "result": {"contents": [{"uri": f"repo://{REPO}/{path}", "mimeType": "text/markdown", "text": body}]}}
        return "mcp docs-server · resources/read\n" + json.dumps(res, ensure_ascii=False, indent=2)
    if how == "issue":
        n = 400 + crc(rid, "n") % 600
        d, t = stamp(rid, "iss")
        iss = {"url": f"https://api.github.com/repos/{REPO}/issues/{n}", "number": n,
               "title": title or f"Translation review: {path.split('/source/', 1)[1]}",
               "user": {"login": pick(rid, LOGINS, "u")}, "state": "open", "created_at": f"{d}T{t}:00Z",
               "body": f"Quoting the current text of `{path}`:\n\n{body}"}
        return f"gh api repos/{REPO}/issues/{n}\n" + json.dumps(iss, ensure_ascii=False, indent=2)
    # hunks: review comment and format-patch mail
    assert "\n" not in payload
    paras, i = split_at(c["text"], rid)
    before = "\n\n".join(paras[:i + 1]).split("\n")
    after = "\n\n".join(paras[i + 1:]).split("\n") if i + 1 < len(paras) else []
    ctx = lambda ls: [" " + l for l in ls]
    if after:
        hunk = ctx(before) + [" ", "+" + payload, "+"] + ctx(after)
        old_n = len(before) + 1 + len(after)
    else:
        hunk = ctx(before) + ["+", "+" + payload]
        old_n = len(before)
    head = f"@@ -{a},{old_n} +{a},{old_n + 2} @@"
    if how == "review":
        n = 300 + crc(rid, "pr") % 700
        who = pick(rid, LOGINS, "rv")
        return (f"PR #{n} · review comment by @{who} on {path}\n{head}\n" + "\n".join(hunk)
                + f"\n\n@{who}: Rebased on main; this hunk should be good to merge now.")
    if how == "patch":
        d, t = stamp(rid, "patch")
        who = pick(rid, ["Noor Haddad <noor@contrib.example>", "Tiago Brandão <tiago@contrib.example>",
                         "Lena Vogt <lena.vogt@contrib.example>", "Ji-ho Park <jiho@contrib.example>"], "au")
        return (f"From {hexid(rid, 'c')} Mon Sep 17 00:00:00 2001\nFrom: {who}\nDate: {d} {t}:11 +0000\n"
                f"Subject: [PATCH] docs({c['lang']}): clarify {path.rsplit('/', 1)[1]}\n\n---\n {path} | 2 ++\n"
                f" 1 file changed, 2 insertions(+)\n\ndiff --git a/{path} b/{path}\nindex {hexid(rid, 'i1', 7)}..{hexid(rid, 'i2', 7)} 100644\n"
                f"--- a/{path}\n+++ b/{path}\n{head}\n" + "\n".join(hunk) + "\n-- \n2.43.0\n")
    raise ValueError(how)


# ------------------------------------------------------------ written carriers
def written(kind, rid, payload, body, meta):
    """`body` holds `{P}` (the payload raw), `{PJ}` (JSON-escaped) or `{PH}`
    (HTML-escaped); `meta` gives the header fields of the kind."""
    b = body.replace("{PJ}", jesc(payload)).replace("{PH}", html.escape(payload)).replace("{P}", payload)
    d, t = stamp(rid, kind)
    m = dict(meta)
    if kind == "email":
        return (f"From: {m['frm']}\nTo: {m.get('to', 'me')}\nSubject: {m['subj']}\nDate: {d} {t}\n\n{b}")
    if kind == "chat":
        return f"{m['app']} · {m['chan']} · {d}\n{b}"
    if kind == "sms":
        return f"SMS · {m['frm']} · {d} {t}\n{b}"
    if kind == "calendar":
        uid = hexid(rid, "uid", 16)
        return ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
                f"UID:{uid}@calendar.example\nDTSTART:{d.replace('-', '')}T{t.replace(':', '')}00Z\n"
                f"SUMMARY:{ics(m['subj'])}\nORGANIZER:mailto:{m['frm']}\nDESCRIPTION:{ics(b)}\nEND:VEVENT\nEND:VCALENDAR")
    if kind == "contacts":
        return ("BEGIN:VCARD\nVERSION:3.0\n" f"FN:{m['name']}\nTEL;TYPE=cell:{m['tel']}\nNOTE:{ics(b)}\nEND:VCARD")
    if kind == "web":
        return f"browser.open {m['url']}\n\n# {m['title']}\n\n{b}"
    if kind == "reviews":
        return f"reviews.list {m['product']} · sorted by newest\n\n{b}"
    if kind == "ticket":
        n = 10000 + crc(rid, "tk") % 89999
        return f"Ticket #{n} · {m['subj']}\nRequester: {m['frm']}\nStatus: open · Priority: normal\n\n{b}"
    if kind == "notes":
        return f"notes.get \"{m['title']}\" (edited {d})\n\n{b}"
    if kind == "voicemail":
        return f"Voicemail · {m['frm']} · {d} {t} · 0:{20 + crc(rid, 'vm') % 39:02}\nTranscript: {b}"
    if kind in ("report", "resume", "translate", "minutes", "invoice", "contract", "transcript", "letter", "pdf",
                "sheet"):
        return f"{m['head']}\n\n{b}"
    # developer material: the body is the whole artefact, after an optional first line
    return f"{m['head']}\n{b}" if m.get("head") else b
