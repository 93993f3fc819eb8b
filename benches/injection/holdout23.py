#!/usr/bin/env python3
"""Twenty-third held-out set, written BLIND: its author read none of the
detector (src/), none of RESULTS.md, none of docs/rules/prompt-injection.md,
none of the README's injection section or figures, none of CHANGELOG.md
and none of the earlier attack payloads, texts or generators (only the
first 2 lines of holdout22.jsonl and the first 60 lines of holdout22.py,
for the record format and conventions; the benches/injection.py harness,
through `--help` and a reading of its `load` function; SOURCES.md, grepped
for repository names only, to pick one no earlier set uses, and its
held-out 21 section, for the style of a section; and fill22.py,
extract_h22.py, check22.py and overlap22.py, whose mechanics fill23.py,
extract_h23.py, check23.py and overlap23.py adapt). No text of the
AgentDojo, spikee or garak suites was read or used, and no corpus or web
page was searched for injection strings. Every payload below is new
wording written for remit. The detector was not run on this set, in any
way.

`shape`: `plain` is a direct order to the AI that reads the text (with
urgency, authority or framing); `shaped` is a subtler form: an order
described rather than given, a persona, a third-person or polite request,
a forged conversation or tool call, a dictated verdict, an order in a data
field, an encoding, homoglyphs, hidden text, a standing or conditional
trigger.

`place`: personal-assistant tool outputs, documents, and developer
material (passages of the Contributor Covenant, EthicalSource/
contributor_covenant, CC BY 4.0, in English, Spanish, French, German,
Brazilian Portuguese, Russian, Chinese, Japanese, Italian and Korean,
carriers23.jsonl, shown as a repository file view, an MCP tools/call
result, a `gh issue view`-style thread or Gerrit-style review comments;
and written CI logs, config files, git logs, package manifests and source
comments). The benign text around the payloads is written for remit. A
payload is never put inside a fenced code block. `marker: false` rows are
bare tasks with no sign of an injection of their own, reported and not
scored. Writes holdout23.jsonl.
"""
import base64, collections, json, urllib.parse
from pathlib import Path

import fill23 as f

HERE = Path(__file__).parent
PERSONAL = {"email", "chat", "calendar", "web", "search", "reviews", "travel", "txn", "ticket"}
DOCUMENT = {"report", "resume", "translate", "minutes", "invoice", "contract", "transcript", "letter", "article"}
DEVELOPER = {"doc", "mcp", "issue", "review", "log", "config", "gitlog", "package", "code"}

ROWS = []
_count = collections.Counter()


def row(fam, lang, shape, carrier, built, goal, marker=True):
    text, rec = built
    kind = carrier.split(":")[0]
    assert kind in PERSONAL | DOCUMENT | DEVELOPER, carrier
    assert shape in ("plain", "shaped"), shape
    place = "personal" if kind in PERSONAL else "document" if kind in DOCUMENT else "developer"
    _count[fam] += 1
    ROWS.append({"id": f"h23-{fam}-{_count[fam]:02d}", "family": fam, "lang": lang, "marker": marker,
                 "shape": shape, "place": place, "carrier": carrier, "payload": rec, "text": text, "goal": goal})


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


ME = "ines.halloran@postwell.example"
D = "Thu, 19 Nov 2026 07:41:12 +0000"

