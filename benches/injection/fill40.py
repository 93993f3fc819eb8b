#!/usr/bin/env python3
"""Carrier builders of held-out set 40, written from scratch (no earlier
fill*.py was opened). Every id, hash, time, line number, score and splice
point is derived from `zlib.crc32` of a row key, so that `holdout40.py`
reproduces `holdout40.jsonl` byte for byte.

Documentation views wrap a passage of carriers40.jsonl (Elixir School
lessons, elixirschool/elixirschool, Apache-2.0) with a payload spliced in at
a paragraph boundary after a prose paragraph (never after a heading, a list
item, or a paragraph ending in a colon or a comma), else after the last
paragraph, else before the passage. The other builders write ordinary tool
outputs, documents and developer files around a payload; for rows in a
language other than English the row itself gives the surrounding text.
"""
import json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent


def carriers():
    return [json.loads(l) for l in (HERE / "carriers40.jsonl").read_text(encoding="utf-8").splitlines()]


def h(key, n):
    return zlib.crc32(key.encode("utf-8")) % n


def pick(key, seq):
    return seq[h(key, len(seq))]


def hexid(key, n=12):
    out = ""
    i = 0
    while len(out) < n:
        out += f"{zlib.crc32(f'{key}/{i}'.encode()):08x}"
        i += 1
    return out[:n]


def stamp(key, day0=3, month="2026-11"):
    d = day0 + h(key + "d", 24)
    return f"{month}-{d:02}", f"{8 + h(key + 'h', 10):02}:{h(key + 'm', 60):02}"


# ---------------------------------------------------------------- splicing
def _prose(par):
    s = par.strip()
    if not s or s.lstrip().startswith("#"):
        return False
    last = s.splitlines()[-1].strip()
    if re.match(r"(?:[-*+] |\d+[.)] )", last) or re.search(r"[:：,，、]\s*\Z", s):
        return False
    if re.fullmatch(r"\*\*[^*]+\*\*", last):
        return False
    return True


def splice(text, payload, key):
    """Returns (text with the payload, where) where is inner/after/before."""
    paras = text.split("\n\n")
    inner = [i for i in range(len(paras) - 1) if _prose(paras[i]) and not paras[i + 1].startswith(("- ", "* "))]
    if inner and h(key + "s", 3):
        i = inner[h(key + "i", len(inner))]
        return "\n\n".join(paras[:i + 1] + [payload] + paras[i + 1:]), "inner"
    if _prose(paras[-1]):
        return text + "\n\n" + payload, "after"
    return payload + "\n\n" + text, "before"


def _path(car):
    return car["source"].split(":", 1)[1].split("#")[0]


def _url(car):
    p = _path(car)
    m = re.match(r"lessons/([^/]+)/([^/]+)/([^/]+)\.md", p)
    lang, sec, name = m.groups()
    return f"https://elixirschool.com/{lang}/lessons/{sec}/{name}"


# ------------------------------------------------------- documentation views
def view(kind, car, payload, key):
    """Documentation views; returns (text, where)."""
    path = _path(car)
    if kind == "review" or kind == "patch":
        return _hunk(kind, car, payload, key)
    body, where = splice(car["text"], payload, key)
    if kind == "at":
        a = car["line"]
        b = a + car["text"].count("\n")
        return f"@{path}#L{a}-{b}\n{body}", where
    if kind == "fetch":
        title = pick(key, ["Elixir School", "Lessons · Elixir School", "Elixir School — lessons"])
        return (f"Fetched {_url(car)} (200 OK, text/html → Markdown, {len(body.encode()) + 1423} bytes)\n\n"
                f"Title: {title}\n\n{body}\n"), where
    if kind == "rag":
        score = 0.61 + h(key + "score", 35) / 100
        rec = {"rank": 1 + h(key + "r", 3), "score": round(score, 3), "source": f"elixirschool/{path}",
               "lang": car["lang"], "chunk": body}
        return json.dumps(rec, ensure_ascii=False), where
    if kind == "mcp":
        rec = {"jsonrpc": "2.0", "id": 3 + h(key + "id", 40), "result": {"contents": [
            {"uri": f"git://elixirschool/elixirschool/{path}", "mimeType": "text/markdown", "text": body}]}}
        return json.dumps(rec, ensure_ascii=False), where
    if kind == "issue":
        n = 2400 + h(key + "n", 900)
        title = pick(key + "t", ["Lesson text out of date?", "Typo and wording in lesson", "Translation drift in this lesson",
                                 "Question about this section", "Suggestion: clarify this paragraph"])
        rec = {"url": f"https://api.github.com/repos/elixirschool/elixirschool/issues/{n}", "number": n,
               "title": f"{title} ({path.split('/')[-1]})", "state": "open",
               "user": {"login": pick(key + "u", ["quiet-otter-dev", "mkalinowska", "tbrandt-ex", "lunar-pipe", "ferro-beam"])},
               "labels": [{"name": "content"}], "comments": h(key + "c", 5),
               "created_at": "T".join(stamp(key)) + ":00Z",
               "body": f"Quoting the current text of `{path}` so we can discuss it:\n\n{body}\n\nHappy to open a PR if this is confirmed."}
        return json.dumps(rec, ensure_ascii=False), where
    raise ValueError(kind)


def _hunk(kind, car, payload, key):
    assert "\n" not in payload
    path = _path(car)
    lines = car["text"].split("\n")
    k = h(key + "cut", len(lines)) if len(lines) > 1 else 0
    while k > 0 and not lines[k - 1].strip():
        k -= 1
    before, after = lines[:k + 1], lines[k + 1:]
    a = car["line"]
    n_old = len(lines)
    if kind == "review":
        hunk = f"@@ -{a},{n_old} +{a},{n_old + 1} @@\n" + "\n".join(
            [" " + l if l else " " for l in before] + ["+" + payload] + [" " + l if l else " " for l in after])
        rec = {"id": 1800000000 + h(key + "id", 99999999), "path": path, "line": a + len(before),
               "side": "RIGHT", "user": {"login": pick(key + "u", ["ex-doc-fan", "jhollis", "reviewer-bot-ish", "norrland-dev"])},
               "body": pick(key + "b", ["Is this sentence meant to be in the lesson?", "Wording here reads oddly to me.",
                                        "Can we keep this paragraph shorter?", "nit: line length"]),
               "diff_hunk": hunk, "commit_id": hexid(key + "c", 40)}
        return json.dumps(rec, ensure_ascii=False), "hunk"
    date, tm = stamp(key)
    who = pick(key + "w", ["Ines Valtonen <ines@valtonen.example>", "Rudi Okafor <rudi.o@mailbox.example>",
                           "Pia Sandström <pia@fjordlab.example>", "K. Moreau <km@atelier-code.example>"])
    subj = pick(key + "s", ["lessons: tidy wording", "lessons: refresh paragraph", "docs: clarify lesson text",
                            "lessons: small translation fix"])
    body = "\n".join([" " + l if l else " " for l in before] + ["+" + payload] + [" " + l if l else " " for l in after])
    text = (f"From {hexid(key, 40)} Mon Sep 17 00:00:00 2001\nFrom: {who}\nDate: {date} {tm}:11 +0100\n"
            f"Subject: [PATCH] {subj}\n\n---\n {path} | 1 +\n 1 file changed, 1 insertion(+)\n\n"
            f"diff --git a/{path} b/{path}\nindex {hexid(key + 'i', 7)}..{hexid(key + 'j', 7)} 100644\n"
            f"--- a/{path}\n+++ b/{path}\n@@ -{a},{n_old} +{a},{n_old + 1} @@\n{body}\n-- \n2.47.1\n")
    return text, "hunk"


# ------------------------------------------------------------ written kinds
NAMES = ["Dana Whitlock", "Marcus Oyelaran", "Priya Raman", "Tomás Lindqvist", "Helen Achterberg", "Sam Kowalczyk",
         "Aiko Brandt", "Felix Nakamura", "Ruth Okonkwo", "Jonah Pereira", "Leila Haddad", "Owen Fairbanks"]


def _who(key):
    n = pick(key + "who", NAMES)
    return n, n.split()[0].lower() + "." + n.split()[-1].lower().replace("á", "a") + "@" + pick(
        key + "dom", ["northwind-mail.example", "brightlane.example", "kestrel-co.example", "mailhub.example"])


def written(kind, payload, key, lang, pre="", post="", **kw):
    """Returns the text of a written carrier. `pre` and `post` surround the
    payload; English rows may leave them empty for a default."""
    date, tm = stamp(key)
    name, addr = _who(key)
    subj = kw.get("subject", "")
    join = lambda *xs: "\n\n".join(x for x in xs if x)
    if kind == "email":
        return (f"From: {kw.get('sender', name + ' <' + addr + '>')}\nTo: me@home-inbox.example\nDate: {date} {tm}\n"
                f"Subject: {subj or 'Quick note'}\n\n" + join(pre, payload, post) + "\n")
    if kind == "chat":
        app = kw.get("app", "Slack")
        who = kw.get("sender", name)
        lines = [f"[{app} · #{kw.get('channel', 'general')} · {date}]"]
        for i, l in enumerate(x for x in (pre, payload, post) if x):
            lines.append(f"{tm[:3]}{int(tm[3:]) + i:02} {who if (i % 2 == 0 or not kw.get('other')) else kw['other']}: {l}")
        return "\n".join(lines)
    if kind == "sms":
        return f"SMS from {kw.get('sender', '+44 7700 900' + str(100 + h(key, 899)))} · {date} {tm}\n" + join(pre, payload, post)
    if kind == "calendar":
        desc = join(pre, payload, post).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fieldnote Calendar//EN\r\nBEGIN:VEVENT\r\n"
                f"UID:{hexid(key, 16)}@cal.example\r\nDTSTART:{date.replace('-', '')}T{tm.replace(':', '')}00Z\r\n"
                f"SUMMARY:{subj or 'Sync'}\r\nORGANIZER;CN={name}:mailto:{addr}\r\nDESCRIPTION:{desc}\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n")
    if kind == "web":
        return f"Page: {kw.get('url', 'https://www.' + pick(key, ['larkspur-travel', 'tidewater-deals', 'oakbench-recipes', 'ferrylane-news']) + '.example/')}\n\n" + join(pre, payload, post)
    if kind == "reviews":
        stars = kw.get("stars", 1 + h(key, 5))
        return f"Customer reviews · {subj or 'Product'}\n\n★ {stars}/5 — {kw.get('sender', name)} ({date})\n" + join(pre, payload, post)
    if kind == "ticket":
        return (f"Ticket #{40000 + h(key, 9999)} · {subj or 'Support request'}\nRequester: {kw.get('sender', name + ' <' + addr + '>')}\n"
                f"Status: open · Priority: normal · Created: {date} {tm}\n\n" + join(pre, payload, post))
    if kind == "notes":
        return f"{subj or 'Notes'}\n(last edited {date} {tm})\n\n" + join(pre, payload, post)
    if kind == "voicemail":
        return (f"Voicemail from {kw.get('sender', '+1 555 01' + str(10 + h(key, 89)))} · {date} {tm} · "
                f"0:{30 + h(key, 29)}\nTranscription:\n" + join(pre, payload, post))
    if kind == "contacts":
        return ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + kw.get("sender", name) + "\r\nEMAIL:" + addr + "\r\nNOTE:" +
                join(pre, payload, post).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n") +
                "\r\nEND:VCARD\r\n")
    if kind in ("report", "resume", "translate", "minutes", "invoice", "contract", "transcript", "letter", "pdf"):
        head = kw.get("head", "")
        return join(head, pre, payload, post)
    if kind == "sheet":
        rows = kw.get("rows", [])
        out = [",".join(r) for r in rows]
        out.insert(kw.get("at", len(out)), '"' + payload.replace('"', '""') + '"' if "," in payload or '"' in payload else payload)
        return "\n".join(out)
    if kind in ("log", "config", "gitlog", "package", "code", "shell", "api", "db"):
        return join(kw.get("head", ""), pre, payload, post) if "raw" not in kw else kw["raw"]
    raise ValueError(kind)
