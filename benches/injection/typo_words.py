#!/usr/bin/env python3
"""Writes src/scan/typo_words.rs: the English words remit's injection
detector repairs misspellings into, and the real words near them that are
never repaired.

Targets are the English words of the intent reader's lexicon
(src/scan/intent_lexicon.txt) and of the flat view's key words
(src/scan/normal.rs VOCAB), five letters or more, with every dictionary word
a lexicon stem (`instruct*`) opens. A token one edit from a target (a letter
dropped, added, changed, or two swapped) is read as that target unless it is
itself a real word: the real words one edit from a target are listed, so a
page's `person` never becomes `persona`. So is a token with a target's first
and last letters and its inner letters in another order (`instrucitons`),
and the real words so scrambled from a target are listed too.

The real words are SCOWL's american-english-large and british-english-large
(`summarise` and `favour` are words), as Debian's wamerican-large and
wbritish-large packages install them in /usr/share/dict:

    apt-get install wamerican-large wbritish-large
    python3 benches/injection/typo_words.py
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DICTS = [Path("/usr/share/dict/american-english-large"), Path("/usr/share/dict/british-english-large")]
MIN = 5

NOTICE = """\
//! The typo reader's words ([`super::typos`]), written by
//! `benches/injection/typo_words.py`: do not edit by hand.
//!
//! [`TARGETS`]: words the detectors key on; a token one edit from one that
//! is not a real word is read as it, and so is one with a target's first
//! and last letters and its inner letters scrambled. [`REAL`]: real English
//! words one edit from a target or so scrambled, never repaired. Both sorted, for binary search, and
//! written as one string with each word's end.
//!
//! The real words come from SCOWL (Spell Checker Oriented Word Lists),
//! american-english-large and british-english-large, as packaged by Debian
//! (wamerican-large, wbritish-large):
//!
//! > Copyright 2000-2011 by Kevin Atkinson
//! >
//! > Permission to use, copy, modify, distribute and sell these word
//! > lists, the associated scripts, the output created from the scripts,
//! > and its documentation for any purpose is hereby granted without fee,
//! > provided that the above copyright notice appears in all copies and
//! > that both that copyright notice and this permission notice appear in
//! > supporting documentation. Kevin Atkinson makes no representations
//! > about the suitability of this array for any purpose. It is provided
//! > "as is" without express or implied warranty.
"""


def osa(a, b):
    """Edit distance with adjacent transpositions."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            c = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def deletes(w):
    return {w[:i] + w[i + 1 :] for i in range(len(w))}


def shape(w):
    """A word's first and last letters and its inner letters sorted: what a
    scramble of it keeps."""
    return (w[0], w[-1], "".join(sorted(w[1:-1])))


def main():
    real = set()
    for path in DICTS:
        for w in path.read_text(encoding="utf-8").split():
            if w.isascii() and w.isalpha() and w.islower():
                real.add(w)
    words, stems = set(), set()
    for line in (ROOT / "src/scan/intent_lexicon.txt").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        role, _, phrase = line.partition(" ")
        if role == "sinkpart":
            continue
        for w in phrase.split():
            if w.endswith("*"):
                if w[:-1].isascii() and w[:-1].isalpha() and len(w) > 4:
                    stems.add(w[:-1])
            elif w.isascii() and w.isalpha():
                words.add(w)
    vocab = re.search(r"const VOCAB: &\[&str\] = &\[(.*?)\];", (ROOT / "src/scan/normal.rs").read_text(), re.S)
    words |= set(re.findall(r'"([a-z]+)"', vocab.group(1)))
    targets = {w for w in words if w in real and len(w) >= MIN}
    for d in real:
        if len(d) >= MIN and any(d.startswith(s) for s in stems):
            targets.add(d)
    index = {}
    for t in targets:
        for k in deletes(t) | {t}:
            index.setdefault(k, set()).add(t)
    near = set()
    for w in real - targets:
        if len(w) < MIN:
            continue
        cands = set()
        for k in deletes(w) | {w}:
            cands |= index.get(k, set())
        if any(osa(w, t) <= 1 for t in cands):
            near.add(w)
    # Scrambles too: a target's inner letters in another order, its first
    # and last kept (`instrucitons`), read as it unless a real word
    # (`trial` for `trail`).
    shapes = {shape(t) for t in targets}
    near |= {w for w in real - targets if len(w) >= MIN and shape(w) in shapes}
    out = ROOT / "src/scan/typo_words.rs"

    # One string and the end of each word in it: no pointer per word for
    # the loader to relocate when the binary starts.
    def array(name, words):
        words = sorted(words)
        ends, at = [], 0
        for w in words:
            at += len(w)
            ends.append(at)
        text = "".join(words)
        lines = [text[i : i + 80] for i in range(0, len(text), 80)]
        body = "".join(f'    "{line}",\n' for line in lines)
        nums = ", ".join(map(str, ends))
        return (
            f"pub(super) static {name}: Words = Words {{\n"
            f"    text: concat!(\n{body}    ),\n"
            f"    ends: &[{nums}],\n}};\n"
        )

    header = "use super::typos::Words;\n"
    out.write_text(NOTICE + "\n" + header + "\n" + array("TARGETS", targets) + "\n" + array("REAL", near))
    print(f"{len(targets)} targets, {len(near)} real words near them -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
