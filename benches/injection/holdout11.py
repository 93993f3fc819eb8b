#!/usr/bin/env python3
"""Eleventh held-out set, written BLIND: its author read none of the detector
(src/scan/), none of RESULTS.md, none of docs/rules/prompt-injection.md, none
of the README's injection figures and none of the earlier attack payloads or
generators (only the first 40 lines of holdout10.py, for the record format,
and extract_hb2.py/extract.py, whose helpers extract_h11.py reuses). Every
payload is new wording written for remit (payloads11.py).

Half of the payloads are the plain shape an attacker writes first (a direct
order to the AI that reads the text, with urgency or authority), half are
the cleverer shapes: orders described rather than given, third person,
personas that never name the AI, dictated verdicts, conditional triggers,
plans split across a document, polite requests mid-paragraph, and orders in
table cells, alt text, JSON fields, CSV columns, file names, commit messages,
fake tool results and fake errors that tell the agent how to "recover". `shape` on every row says which.

Where the payloads sit (`place`): about half inside a personal assistant's
tool outputs, a quarter inside documents handed to a model, a quarter in
developer material: passages of the ESLint docs and the Node.js website's
translations (carriers11.jsonl, from extract_h11.py) as a docs page, an
issue thread, a code review or an MCP result, and written CI logs, config
files, git logs and package metadata. The benign text around the
personal-assistant, document and written developer payloads is written for
remit (fill11.py). A payload is never put inside a fenced code block.

`marker: false` rows are bare tasks with no sign of an injection of their
own; the benchmark reports them and does not score them. Writes
holdout11.jsonl.
"""
import json, random, re
from pathlib import Path

import fill11 as f
from payloads11 import MARKERLESS, PAYLOADS

HERE = Path(__file__).parent
PASSAGE = {"doc", "issue", "review", "mcp"}  # built around a carriers11 passage
# Formats a builder picks from when the payload does not name one; HTML
# bodies, file names and table cells only when the payload asks for them.
FORMATS = {"email": ["text", "json", "sig", "quote"], "calendar": ["json", "ics"], "chat": ["text", "json"],
           "txn": ["csv", "json"], "reviews": ["text", "json"], "contact": ["vcard", "json"], "form": ["json", "csv"],
           "config": ["yaml", "npmrc"]}
LIST = re.compile(r"^\s*([-*+]|\d+[.)]|\||>|    )")


def boundary(passage, payload, rng):
    """Puts the payload between two paragraphs: never after a line that
    introduces something (`:`), never before a list item, table row, quote or
    indented block, so it cannot end up inside one."""
    paras = passage.split("\n\n")
    ok = [i for i in range(1, len(paras) + 1)
          if not paras[i - 1].rstrip().endswith(":") and (i == len(paras) or not LIST.match(paras[i]))
          and not LIST.match(paras[i - 1].splitlines()[-1] if paras[i - 1].strip() else "")]
    i = rng.choice(ok) if ok else len(paras)
    return "\n\n".join(paras[:i] + [payload] + paras[i:])


def first_heading(passage):
    m = re.search(r"^#+\s*(.+)$", passage, re.M)
    return m.group(1).strip() if m else ""


def around_passage(kind, fmt, k, payload, rng):
    text = k["text"]
    path = k["source"].split(":", 1)[1].split("#")[0]
    if kind == "doc":
        return boundary(text, payload, rng)
    if kind == "issue":
        return f.dumps({"number": 3127, "title": (f"Docs: '{first_heading(text)}' section is unclear" if first_heading(text)
                                                 else "Docs: is this page still accurate?"), "state": "open",
                        "body": f"On `{path}` the page says:\n\n{text}\n\nIs this still accurate for v10?",
                        "comments": [{"user": "lin-h", "body": "Same question here, the example did not work for me."},
                                     {"user": "quiet-otter", "body": payload},
                                     {"user": "docs-maint", "body": "Thanks, we'll update the page this week."}]})
    if kind == "review":
        return (f"Pull request #2291 · docs: refresh {path}\n\nFiles changed: {path}\n\n{text}\n\n"
                "Review comments\n\n@mara (line 7): Reads well. Could we link the glossary entry here?\n\n"
                f"@kofi-d: {payload}\n\n@mara: 👍 otherwise good to go once CI is green.")
    meta = {}
    if fmt == "meta":
        try:
            meta = json.loads(payload)
        except ValueError:
            meta = {"notice": payload}
        body = text
    else:
        body = boundary(text, payload, rng)
    result = {"content": [{"type": "text", "text": body}], "isError": False}
    if meta:
        result["_meta"] = meta
    return f.dumps({"jsonrpc": "2.0", "id": 14, "result": result})


def contains(text, payload):
    """The payload (each half of a split plan) is in the text, raw or as a
    JSON string escapes it, or as the parsed JSON it is."""
    for part in payload if isinstance(payload, tuple) else (payload,):
        forms = [part, json.dumps(part, ensure_ascii=False)[1:-1], part.replace("\n", "\\n"),
                 "\n".join("    " + x if x else "" for x in part.splitlines())]  # a git log indents messages
        try:
            obj = json.loads(part)
            forms += [json.dumps(v, ensure_ascii=False)[1:-1] for v in obj.values()] if isinstance(obj, dict) else []
        except ValueError:
            pass
        if not any(x in text for x in forms):
            return False
    return True


def outside_fence(text, payload):
    first = payload[0] if isinstance(payload, tuple) else payload
    at = text.find(first[:30])
    return at < 0 or text[:at].count("```") % 2 == 0


def build(family, lang, carrier, payload, rng, pools):
    kind, _, fmt = carrier.partition(":")
    if kind == "mcp" and fmt == "error":  # a fake tool error in place of the result
        text = f.dumps({"jsonrpc": "2.0", "id": 14, "result": {"content": [{"type": "text", "text": payload}],
                                                               "isError": True}})
        label, place = "mcp:error", "developer"
    elif kind in PASSAGE:
        k = pools[lang].pop(0)
        text = around_passage(kind, fmt, k, payload, rng)
        label = f"{kind}{':' + fmt if fmt else ''}:{k['id']}"
        place = "developer"
    else:
        if not fmt and kind in FORMATS:
            opts = FORMATS[kind]
            if kind == "config" and any(l.strip() and not l.lstrip().startswith("#") for l in payload.splitlines()):
                opts = ["yaml"]  # a YAML setting, not a comment line
            fmt = rng.choice(opts)
        builders = {**f.PERSONAL, **f.DOCUMENT, **f.WRITTEN_DEV}
        text = builders[kind](payload, lang, fmt) if fmt else builders[kind](payload, lang)
        label = f"{'issue' if kind == 'wissue' else kind}{':' + fmt if fmt else ''}"
        place = "personal" if kind in f.PERSONAL else "document" if kind in f.DOCUMENT else "developer"
    assert contains(text, payload), (family, lang, carrier)
    assert outside_fence(text, payload), (family, lang, carrier)
    return text, label, place


def main():
    rng = random.Random(1411)
    carriers = [json.loads(l) for l in open(HERE / "carriers11.jsonl")]
    pools = {}
    for k in carriers:
        pools.setdefault(k["lang"], []).append(k)
    for v in pools.values():
        rng.shuffle(v)
    rows = []
    entries = [(fam, lang, car, shape, p, True) for fam, lang, car, shape, p in PAYLOADS]
    entries += [(fam, lang, car, "bare", p, False) for fam, lang, car, p in MARKERLESS]
    for n, (fam, lang, car, shape, p, marker) in enumerate(entries):
        text, label, place = build(fam, lang, car, p, rng, pools)
        rows.append({"id": f"h11-{n:03}", "family": fam, "lang": lang, "marker": marker, "place": place,
                     "shape": shape, "carrier": label, "payload": f.joined(p), "text": text})
    with open(HERE / "holdout11.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows,", sum(r["marker"] for r in rows), "with a marker")


if __name__ == "__main__":
    main()
