#!/usr/bin/env python3
"""The written half of the thirteenth hard-benign set and the build of
hard_benign13.jsonl. extract_hb13.py calls write() with the documentation
rows; the written rows (texts in benign13_texts.py, written blind for remit)
follow them, ids run over both.

Before the file is written the whole set is checked for overlap: no
120-character run of any row may occur in another benches/injection/*.jsonl
or *.py file (raw, and the string values of JSON lines), in
benches/injection.py, or in another row of this set. The check indexes
80-character runs at every 40th position and confirms each hit on a
120-character run; it prints only this set's own ids and stops the build
on a hit.
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "hard_benign13.jsonl"
OWN = {"hard_benign13.jsonl", "benign13_written.py", "benign13_texts.py", "extract_hb13.py"}


def other_texts():
    out = []
    for f in sorted(list(HERE.glob("*.jsonl")) + list(HERE.glob("*.py")) + [HERE.parent / "injection.py"]):
        if f.name in OWN:
            continue
        raw = f.read_text(encoding="utf-8", errors="replace")
        out.append(raw)
        if f.suffix == ".jsonl":
            for line in raw.splitlines():
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                out += [v for v in obj.values() if isinstance(v, str)] if isinstance(obj, dict) else []
    return out


def index(texts):
    idx = {}
    for n, t in enumerate(texts):
        for i in range(0, len(t) - 79, 40):
            idx.setdefault(t[i:i + 80], set()).add(n)
    return idx


def shared(t, idx, texts, skip=None):
    """Indices of texts sharing a 120-character run with t."""
    hits = set()
    for j in range(len(t) - 79):
        for n in idx.get(t[j:j + 80], ()):
            if n == skip or n in hits:
                continue
            for s in range(max(0, j - 40), min(j, len(t) - 120) + 1):
                if t[s:s + 120] in texts[n]:
                    hits.add(n)
                    break
    return hits


def check(rows):
    others = other_texts()
    oidx = index(others)
    texts = [r["text"] for r in rows]
    sidx = index(texts)
    bad = 0
    for n, r in enumerate(rows):
        if shared(r["text"], oidx, others):
            print(f"overlap: {r['id']} shares a 120-character run with another file", file=sys.stderr)
            bad += 1
        for m in sorted(shared(r["text"], sidx, texts, skip=n)):
            print(f"overlap: {r['id']} shares a 120-character run with {rows[m]['id']}", file=sys.stderr)
            bad += 1
    return bad


def write(doc_rows):
    from benign13_texts import TEXTS
    rows = list(doc_rows)
    for lang, kind, text in TEXTS:
        rows.append({"lang": lang, "kind": kind, "source": "written", "license": "CC0-1.0", "text": text})
    out = []
    for i, r in enumerate(rows):
        out.append({"id": f"hb13-{i:03d}", **r})
    bad = check(out)
    if bad:
        sys.exit(f"{bad} overlap(s); {OUT.name} not written")
    with OUT.open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(out)} rows ({len(doc_rows)} documentation, {len(out) - len(doc_rows)} written) -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit("run extract_hb13.py, which passes the documentation rows to write()")
