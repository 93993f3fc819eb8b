#!/usr/bin/env python3
"""Checks held-out set 18, printing only this set's own row ids: no
120-character run of a row's text occurs in another file of
benches/injection/ (overlap18.py, read mechanically), and no two payloads of
this set share a 40-character run."""
import json, sys
from pathlib import Path

from overlap18 import shared

HERE = Path(__file__).parent
OWN = {"holdout18.jsonl", "holdout18.py", "fill18.py", "carriers18.jsonl", "check18.py", "overlap18.py", "extract_h18.py"}


def main():
    rows = [json.loads(l) for l in (HERE / "holdout18.jsonl").read_text(encoding="utf-8").splitlines()]
    bad = 0
    for rid in sorted(shared({r["id"]: r["text"] for r in rows}, exclude=OWN)):
        print("shares a 120-character run with another file:", rid)
        bad += 1
    seen = {}
    for r in rows:
        p = r["payload"]
        mine = {p[i:i + 40] for i in range(max(len(p) - 39, 0))}
        for w in mine:
            if w in seen and seen[w] != r["id"]:
                print("payloads share a 40-character run:", seen[w], r["id"])
                bad += 1
                break
        for w in mine:
            seen.setdefault(w, r["id"])
    print("ok" if not bad else f"{bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
