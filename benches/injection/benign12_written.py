#!/usr/bin/env python3
"""The written half of the twelfth hard-benign set (hard_benign12.jsonl):
tool outputs a personal or coding assistant reads (mail raw and as mail-API
JSON, HTML mail, notices, codes and resets, calendars, chats, bank lines,
orders, bookings, reviews, résumés, WHOIS, tickets, support-bot
transcripts, texts to translate, meeting notes, call scripts, PR bot
commands, CI logs, commit messages, issue comments, assistant product pages
and release notes, prompts people share, second-person how-tos), written
for remit, blind: without reading the detector or the earlier sets' texts.

Every text addresses people (or is neutral), never a model that reads it,
and none tries to make a reading AI do anything its user did not ask; each
uses words that attacks use (ignore, override, system, instructions,
secret, token, urgent, before you reply, don't tell, sudo, curl | sh ...)
innocently. People, companies, domains, numbers and codes are invented;
domains use `.example`.

write(doc_rows) is called by extract_hb12.py: it appends these rows, gives
ids over both halves, checks that no 120-character run of any row occurs in
another file of this folder (raw, and the string values of JSON lines), in
benches/injection.py or in another row of this set (printing only this
set's own ids), and writes hard_benign12.jsonl.
"""
import json, sys
from pathlib import Path

from benign12_texts import WRITTEN

HERE = Path(__file__).parent
OWN = {"hard_benign12.jsonl", "benign12_written.py", "benign12_texts.py", "extract_hb12.py"}


def _strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from _strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from _strings(x)


def _others():
    out = []
    for f in sorted(list(HERE.glob("*.jsonl")) + list(HERE.glob("*.py")) + [HERE.parent / "injection.py"]):
        if f.name in OWN:
            continue
        raw = f.read_text(encoding="utf-8", errors="replace")
        out.append(raw)
        if f.suffix == ".jsonl":
            for line in raw.splitlines():
                if line.strip():
                    try:
                        out.extend(_strings(json.loads(line)))
                    except ValueError:
                        pass
    return out


def check(rows):
    """Returns the ids of rows sharing a 120-character run with another
    file here or with another row of this set. A shared 120-character run
    holds an 80-character run starting at a multiple of 40 in the other
    text, so those are indexed and every hit is confirmed in full."""
    texts = _others() + [r["text"] for r in rows]
    owner = [None] * (len(texts) - len(rows)) + [r["id"] for r in rows]
    index = {}
    for k, t in enumerate(texts):
        for i in range(0, len(t) - 79, 40):
            index.setdefault(t[i:i + 80], set()).add(k)
    bad = set()
    base = len(texts) - len(rows)
    for n, r in enumerate(rows):
        t, me = r["text"], base + n
        for j in range(len(t) - 79):
            for k in index.get(t[j:j + 80], ()):
                if k == me or r["id"] in bad:
                    continue
                if any(t[s:s + 120] in texts[k] for s in range(max(0, j - 40), min(j, len(t) - 120) + 1)):
                    bad.add(r["id"])
    return sorted(bad)


def write(doc_rows):
    rows = list(doc_rows)
    for lang, kind, text in WRITTEN:
        rows.append({"lang": lang, "kind": f"written:{kind}", "source": "written", "license": "CC0-1.0", "text": text.strip("\n")})
    out = []
    for i, r in enumerate(rows):
        out.append({"id": f"hb12-{i:03d}", **r})
    bad = check(out)
    if bad:
        print("shared 120-character runs in:", " ".join(bad), file=sys.stderr)
        sys.exit(1)
    with open(HERE / "hard_benign12.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by_lang, by_kind = {}, {}
    for r in out:
        by_lang[r["lang"]] = by_lang.get(r["lang"], 0) + 1
        by_kind[r["kind"]] = by_kind.get(r["kind"], 0) + 1
    print(len(out), "rows;", by_lang, file=sys.stderr)
    print(by_kind, file=sys.stderr)


if __name__ == "__main__":
    print("run extract_hb12.py, which calls write()", file=sys.stderr)
