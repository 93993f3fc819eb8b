#!/usr/bin/env python3
"""Overlap helper of held-out set 58 (adapted from overlap57.py): which of a
set of texts share a 120-character run with another file of
benches/injection/ (read mechanically: each file raw, and the string values
of its JSON lines). Only the keys of the texts asked about are returned;
nothing of the other files is printed or kept beyond a hash lookup.

Every file whose name holds "53" (among them the hard-benign set 53 being
built at the same time, and SOURCES53.md) is excluded by name and never
opened; this also leaves out the older held-out 53 files.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
RUN = 120
EXCLUDED = {p.name for p in HERE.iterdir() if "53" in p.name} | {"SOURCES53.md"}


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def _views(path):
    raw = path.read_text(encoding="utf-8", errors="replace")
    yield raw
    if path.suffix == ".jsonl":
        for line in raw.splitlines():
            try:
                yield from _strings(json.loads(line))
            except ValueError:
                pass


def shared(texts, exclude=(), run=RUN):
    """Keys of `texts` (a dict key -> text) with a `run`-character window found
    in a file of benches/injection/ whose name is not in `exclude` and holds
    no "53"."""
    windows = {}
    for key, text in texts.items():
        for i in range(0, max(len(text) - run + 1, 0)):
            windows.setdefault(text[i:i + run], set()).add(key)
    hit = set()
    for path in sorted(HERE.iterdir()):
        if not path.is_file() or path.name in exclude or "53" in path.name \
                or path.suffix not in (".jsonl", ".py", ".md", ".txt", ".json"):
            continue
        for view in _views(path):
            for i in range(0, len(view) - run + 1):
                keys = windows.get(view[i:i + run])
                if keys:
                    hit |= keys
    return hit


OWN = {"holdout58.jsonl", "holdout58.py", "fill58.py", "carriers58.jsonl", "check58.py", "overlap58.py",
       "extract_h58.py", "SOURCES58.md"}


def main():
    """Run as a script: checks this set's payloads, texts and carrier passages
    against every other file of the folder and prints only this set's keys."""
    rows = [json.loads(l) for l in (HERE / "holdout58.jsonl").read_text(encoding="utf-8").splitlines()]
    cars = [json.loads(l) for l in (HERE / "carriers58.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {("payload", r["id"]): r["payload"] for r in rows}
    texts.update({("text", r["id"]): r["text"] for r in rows})
    texts.update({("carrier", c["id"]): c["text"] for c in cars})
    hit = shared(texts, exclude=OWN)
    for kind in ("payload", "text", "carrier"):
        keys = sorted(k for t, k in hit if t == kind)
        print(f"{kind}s sharing a {RUN}-character run with another file: {len(keys)}", keys)
    short = sum(1 for r in rows if len(r["payload"]) < RUN)
    print(f"({short} payloads are shorter than {RUN} characters and cannot match by themselves)")
    return 1 if hit else 0


if __name__ == "__main__":
    raise SystemExit(main())
