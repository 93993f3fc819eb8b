#!/usr/bin/env python3
"""Extracts the carriers of holdout12 (carriers12.jsonl): passages of the
MkDocs documentation (English) and of bat's README and its Japanese, Russian
and Chinese translations, repositories no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md). Git and passage helpers as in extract_hb2.py.

A passage is a run of whole paragraphs (extract.passages). Passages with a
fenced or indented code block, an admonition (`!!!`), an HTML block or a
table are skipped, so a payload placed at a paragraph boundary can never
land inside code. Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages

MIRROR = Path("/work/.mirror")
# (repo, licence, language, path filter, quota)
SOURCES = [
    ("mkdocs/mkdocs", "BSD-2-Clause", "en", r"^docs/(?!about/release-notes).*\.md$", 30),
    ("sharkdp/bat", "MIT OR Apache-2.0", "en", r"^(README|CONTRIBUTING|doc/alternatives)\.md$", 6),
    ("sharkdp/bat", "MIT OR Apache-2.0", "ja", r"^doc/README-ja\.md$", 5),
    ("sharkdp/bat", "MIT OR Apache-2.0", "ru", r"^doc/README-ru\.md$", 5),
    ("sharkdp/bat", "MIT OR Apache-2.0", "zh", r"^doc/README-zh\.md$", 5),
]
BAD = re.compile(r"```|~~~|^(    |\t)\S|^!!!|^\s*<(?!!--)[a-zA-Z/]|^\s*\||\{%|:::", re.M)


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def reads_as(lang, p):
    if lang == "en":
        return True
    return sum(ord(c) > 0x400 for c in p) >= 40


def main():
    rng = random.Random(1412)
    out = []
    for repo, lic, lang, pat, n in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines() if re.search(pat, f))
        rows = []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
            for i, p in enumerate(passages(text)):
                if BAD.search(p) or not reads_as(lang, p):
                    continue
                rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        out += rows[:n]
    with open(Path(__file__).parent / "carriers12.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c12-{i:03}", **r}, ensure_ascii=False) + "\n")
    print(len(out), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
