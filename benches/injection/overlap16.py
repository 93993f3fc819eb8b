#!/usr/bin/env python3
"""Mechanical overlap check shared by extract_h16.py and check16.py: does a
text share a run of N characters with any other file of benches/injection/
(read raw, and as the string values of JSON lines)? Prints nothing of the
other files; callers print only their own ids."""
import json
from pathlib import Path

HERE = Path(__file__).parent
K = 40  # seed length; every N-run (N >= K + STEP - 1) contains a sampled seed


def _strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from _strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from _strings(x)


def other_texts(exclude):
    """Raw contents and JSON string values of every other file here."""
    for p in sorted(HERE.iterdir()):
        if not p.is_file() or p.name in exclude:
            continue
        try:
            raw = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        yield raw
        if p.suffix == ".jsonl":
            for line in raw.splitlines():
                try:
                    yield from _strings(json.loads(line))
                except ValueError:
                    pass


class Index:
    """All K-grams of the candidate texts; others are sampled every STEP chars."""

    def __init__(self, texts, n=120):
        self.n, self.step = n, n - K + 1
        self.texts = texts
        self.seeds = {}
        for key, t in texts.items():
            for i in range(len(t) - K + 1):
                self.seeds.setdefault(t[i:i + K], []).append((key, i))

    def hits(self, other):
        """Keys of candidate texts sharing an n-run with `other`."""
        found = set()
        for j in range(0, len(other) - K + 1, self.step):
            for key, i in self.seeds.get(other[j:j + K], ()):
                if key in found:
                    continue
                t = self.texts[key]
                a, b = i, j
                while a > 0 and b > 0 and t[a - 1] == other[b - 1]:
                    a -= 1; b -= 1
                e1, e2 = i + K, j + K
                while e1 < len(t) and e2 < len(other) and t[e1] == other[e2]:
                    e1 += 1; e2 += 1
                if e1 - a >= self.n:
                    found.add(key)
        return found


def shared(texts, exclude, n=120):
    """Keys of `texts` (dict key -> text) sharing an n-run with another file."""
    idx = Index(texts, n)
    bad = set()
    for other in other_texts(exclude):
        bad |= idx.hits(other)
    return bad
