#!/usr/bin/env python3
"""Checks holdout16.jsonl: no 120-character run of a row's text occurs in
another file of benches/injection/ (sets, pools, carriers and generators,
read mechanically: raw, and the string values of JSON lines; this set's own
files are left out), and no two payloads of this set share a 40-character
run. Prints only this set's own row ids."""
import json, sys
from pathlib import Path

from overlap16 import Index, shared

HERE = Path(__file__).parent
OWN = {"holdout16.jsonl", "holdout16.py", "fill16.py", "carriers16.jsonl", "extract_h16.py", "check16.py", "overlap16.py"}


def main():
    rows = [json.loads(l) for l in open(HERE / "holdout16.jsonl", encoding="utf-8")]
    bad = sorted(shared({r["id"]: r["text"] for r in rows}, exclude=OWN, n=120))
    for i in bad:
        print("shares a 120-character run with another file:", i)
    pay = {r["id"]: r["payload"] for r in rows}
    pairs = set()
    for r in rows:
        idx = Index({k: v for k, v in pay.items() if k != r["id"]}, n=40)
        for k in idx.hits(r["payload"]):
            pairs.add(tuple(sorted((r["id"], k))))
    for a, b in sorted(pairs):
        print("payloads share a 40-character run:", a, b)
    print(len(rows), "rows;", len(bad), "texts and", len(pairs), "payload pairs flagged")
    return 1 if bad or pairs else 0


if __name__ == "__main__":
    sys.exit(main())
