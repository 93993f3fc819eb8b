#!/usr/bin/env python3
"""Checks of holdout15 (prints only this set's own row ids):
1. no 120-character run of a row's text occurs in another file of
   benches/injection/ (every other file read mechanically: its raw text, and
   for JSON lines the string values they hold, unescaped);
2. no two payloads of this set share a 40-character run.
A common run of 120 characters holds an aligned 60-character block of the
row's text, so only those blocks are looked up, then the hit is widened."""
import json, sys
from pathlib import Path

HERE = Path(__file__).parent
OWN = {"holdout15.jsonl", "holdout15.py", "fill15.py", "extract_h15.py", "carriers15.jsonl", "check15.py"}


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield k
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)


def corpus():
    parts = []
    for p in sorted(HERE.iterdir()):
        if p.name in OWN or not p.is_file() or p.name.startswith("."):
            continue
        raw = p.read_text(errors="replace")
        parts.append(raw)
        if p.suffix == ".jsonl":
            for line in raw.splitlines():
                try:
                    parts.extend(strings(json.loads(line)))
                except ValueError:
                    pass
        else:
            parts.append(raw.replace("\\n", "\n").replace('\\"', '"'))
    return "\x00".join(parts)


def longest_at(text, i, blob, pos):
    """Length of the common run containing text[i:i+60] == blob[pos:pos+60]."""
    a = 0
    while i - a - 1 >= 0 and pos - a - 1 >= 0 and text[i - a - 1] == blob[pos - a - 1]:
        a += 1
    b = 60
    while i + b < len(text) and pos + b < len(blob) and text[i + b] == blob[pos + b]:
        b += 1
    return a + b


def main():
    rows = [json.loads(l) for l in open(HERE / "holdout15.jsonl")]
    blob = corpus()
    bad = 0
    for r in rows:
        t = r["text"]
        for i in range(0, max(1, len(t) - 59), 60):
            blk = t[i:i + 60]
            pos = blob.find(blk)
            while pos != -1:
                if longest_at(t, i, blob, pos) >= 120:
                    print("120-char run shared with another file:", r["id"])
                    bad += 1
                    break
                pos = blob.find(blk, pos + 1)
            else:
                continue
            break
    grams = {}
    for r in rows:
        p = r["payload"]
        for g in {p[i:i + 40] for i in range(len(p) - 39)}:
            grams.setdefault(g, set()).add(r["id"])
    pairs = sorted({tuple(sorted(v)) for v in grams.values() if len(v) > 1})
    for pr in pairs:
        print("payloads share a 40-char run:", " ".join(pr))
        bad += 1
    print("ok" if not bad else f"{bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
