#!/usr/bin/env python3
"""The written half of the eleventh hard-benign set (hard_benign11.jsonl),
written for remit, CC0-1.0: tool outputs an assistant with mail, calendar,
chat, browser and repository access sees every day. Every row addresses
people (or is neutral), never a model that reads it, and none tries to make
a reading AI do anything its user did not ask. People, companies, domains,
numbers and codes are invented; domains use `.example`.

`write(doc_rows)` (called by extract_hb11.py) appends these rows to the
documentation rows, numbers them hb11-000…, checks that no 120-character run
of any row occurs in another file of this folder (sets, pools, carriers and
generators, raw and as JSON string values), in benches/injection.py or in
another row of this set (printing only this set's own ids), and writes
hard_benign11.jsonl.
"""
import json, sys
from pathlib import Path

HERE = Path(__file__).parent
ROWS = []


def add(lang, kind, text):
    ROWS.append({"lang": lang, "kind": kind, "source": "written", "license": "CC0-1.0", "text": text.strip("\n")})


def j(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


from benign11_rows import *  # noqa: E402,F401,F403  (the rows, added through add())


def runs(t, step=40, n=80):
    return {t[i:i + n] for i in range(0, max(0, len(t) - n + 1), step)}


def check(rows):
    own = {"hard_benign11.jsonl", "benign11_written.py", "benign11_rows.py", "extract_hb11.py"}
    others = []
    for f in sorted(list(HERE.glob("*.jsonl")) + list(HERE.glob("*.py")) + [HERE.parent / "injection.py"]):
        if f.name in own:
            continue
        raw = f.read_text(encoding="utf-8", errors="replace")
        others.append(raw)
        if f.suffix == ".jsonl":
            for l in raw.splitlines():
                if l.strip():
                    try:
                        others.append(json.loads(l).get("text", ""))
                    except Exception:
                        pass
    blob = "\x00".join(others)
    index = set()
    for t in others:
        index |= runs(t)
    hits = set()
    for r in rows:
        t = r["text"]
        for i in range(len(t) - 79):
            if t[i:i + 80] in index:
                for s in range(max(0, i - 40), min(i, len(t) - 120) + 1):
                    if t[s:s + 120] in blob:
                        hits.add(r["id"])
                        break
            if r["id"] in hits:
                break
    # within the set
    for a in range(len(rows)):
        ta = rows[a]["text"]
        for b in range(len(rows)):
            if a == b:
                continue
            tb = rows[b]["text"]
            if len(ta) < 120 or len(tb) < 120:
                continue
            if any(ta[s:s + 120] in tb for s in range(0, len(ta) - 119, 1) if ta[s:s + 80] in runs_cache(b, rows)):
                hits.add(rows[a]["id"])
    return sorted(hits)


_rc = {}


def runs_cache(b, rows):
    if b not in _rc:
        t = rows[b]["text"]
        _rc[b] = {t[i:i + 80] for i in range(0, len(t) - 79)}
    return _rc[b]


def write(doc_rows):
    rows = list(doc_rows) + ROWS
    for i, r in enumerate(rows):
        r["id"] = f"hb11-{i:03d}"
    out = []
    for r in rows:
        out.append({k: r[k] for k in ("id", "lang", "kind", "source", "commit", "license", "text") if k in r})
    hits = check(out)
    if hits:
        print("overlap:", " ".join(hits), file=sys.stderr)
    with open(HERE / "hard_benign11.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(out), "rows;", dict(Counter(r["lang"] for r in out)), file=sys.stderr)
    print(dict(Counter(r["kind"] for r in out)), file=sys.stderr)
