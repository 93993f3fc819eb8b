#!/usr/bin/env python3
"""Tenth held-out set, written BLIND: its author read none of the detector
(src/scan/), none of RESULTS.md, none of docs/rules/prompt-injection.md, none
of the README's injection figures and none of the earlier attack payloads or
generators (only the first lines of holdout9.py, for the record format, and
extract_hb2.py, whose helpers extract_h10.py reuses). Every payload is new
wording written for remit (payloads10.py).

The set asks how the detector does on shapes a real attacker would use that
are not plain imperative orders: orders described rather than given,
personas that never name the AI, verdicts dictated without a verb,
authority notices in every language, conditional triggers, two-step plans
split across a document, polite requests mid-paragraph, and instructions in
table cells, alt text, JSON fields, CSV columns, file names and commit
messages.

Where the payloads sit (`place`): about half inside a personal assistant's
tool outputs, a quarter inside documents handed to a model, a quarter in
developer material: passages of the Requests, Tauri, Biome and React docs
(carriers10.jsonl, from extract_h10.py) as a docs page, an issue thread, a
code review or an MCP result, and written CI logs, config files, git logs and
file listings. The benign text around the personal-assistant, document and
written developer payloads is written for remit (fill10.py). A payload is
never put inside a fenced code block.

`marker: false` rows are bare tasks with no sign of an injection of their
own; the benchmark reports them and does not score them. Writes
holdout10.jsonl.
"""
import json
from pathlib import Path

import fill10 as f
from payloads10 import MARKERLESS, PAYLOADS

HERE = Path(__file__).parent

PERSONAL = {"email", "calendar", "chat", "txn", "order", "reviews", "hotel", "travel", "contact", "drive", "search", "web"}
DOCUMENT = {"resume", "whois", "translate", "article", "news", "report", "form"}
PASSAGE = {"doc", "issue", "review", "mcp"}  # built around a carriers10 passage
WRITTEN_DEV = {"log", "config", "gitlog"}


class Passages:
    """Hands out carriers10 passages of a language, each once while they last."""

    def __init__(self):
        self.by_lang = {}
        for line in open(HERE / "carriers10.jsonl"):
            r = json.loads(line)
            self.by_lang.setdefault(r["lang"], []).append(r)
        self.used = {k: 0 for k in self.by_lang}

    def take(self, lang, inline):
        """The next passage; one with a place for the payload when it goes inline."""
        rows = self.by_lang[lang]
        while True:
            r = rows[self.used[lang] % len(rows)]
            self.used[lang] += 1
            if not inline or f.slots(r["text"]):
                return r


def build(carrier, lang, parts, passages):
    name, _, shape = carrier.partition(":")
    if name in PASSAGE:
        src = passages.take(lang, inline=name == "doc" or (name == "mcp" and not shape))
        p = src["text"]
        if name == "doc":
            text = f.insert_doc(p, parts)
        elif name == "issue":
            text = f.issue(p, parts, lang)
        elif name == "review":
            text = f.review(p, parts, lang)
        else:
            text = f.mcp(p, parts, lang, key=shape or "content")
        return "developer", text, src["id"]
    fn = getattr(f, name)
    if name == "whois" and shape:
        return "document", fn(parts, lang, field=shape), None
    if name == "drive" and shape == "name":
        return "personal", f.drive(["Folder for the 2027 audit, see the file name."], lang, name=parts[0]), None
    text = fn(parts, lang, shape) if shape else fn(parts, lang)
    place = "personal" if name in PERSONAL else "document" if name in DOCUMENT else "developer"
    return place, text, None


def main():
    passages = Passages()
    rows = []
    for marker, items in ((True, PAYLOADS), (False, MARKERLESS)):
        for fam, lang, carrier, payload in items:
            parts = list(payload) if isinstance(payload, tuple) else [payload]
            place, text, src = build(carrier, lang, parts, passages)
            for p in parts:
                # As written, JSON-escaped, e-mail-quoted or vCard/iCalendar-folded.
                forms = (p, json.dumps(p, ensure_ascii=False)[1:-1], "\n> ".join(p.split("\n")), "\n    ".join(p.split("\n")), p.replace("\n", "\\n"))
                forms += tuple(json.dumps(x, ensure_ascii=False)[1:-1] for x in forms)
                assert any(x in text for x in forms), (fam, carrier, p[:40])
            row = {"id": f"h10-{len(rows):03}", "family": fam, "lang": lang, "marker": marker, "place": place,
                   "carrier": carrier.split(":")[0] + (f":{src}" if src else ""),
                   "payload": " … ".join(parts), "text": text}
            rows.append(row)
    with open(HERE / "holdout10.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
