#!/usr/bin/env python3
"""Extracts the carriers of holdout14 (carriers14.jsonl): passages of the
Cargo book (rust-lang/cargo, `doc/book/src/` except the command pages and
the changelog) in English, and of the Free Programming Books contributor
docs (EbookFoundation/free-programming-books, `docs/`: the English
CONTRIBUTING/HOWTO/CODE_OF_CONDUCT pages and their Spanish, French, German,
Brazilian Portuguese, Russian, Chinese and Japanese translations),
repositories no earlier set uses (snapshots under /work/.mirror, see
SOURCES.md). Git and passage helpers as in extract_h13.py / extract.py.

A passage is a run of whole paragraphs (extract.passages). Passages with a
fenced or indented code block, an admonition (`!!!`, `:::`, `> [!NOTE]`), an
HTML or JSX block, an MDX import, a template tag or a table are skipped, so a
payload placed at a paragraph boundary can never land inside code. Run once;
the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages

MIRROR = Path("/work/.mirror")
FPB = r"^docs/(CONTRIBUTING|HOWTO|CODE_OF_CONDUCT)-{}\.md$"
# (repo, licence, language, path filter, quota)
SOURCES = [
    ("rust-lang/cargo", "MIT OR Apache-2.0", "en", r"^doc/book/src/(?!commands/|CHANGELOG|SUMMARY).*\.md$", 24),
    ("EbookFoundation/free-programming-books", "CC-BY-4.0", "en", r"^docs/(CONTRIBUTING|HOWTO|CODE_OF_CONDUCT)\.md$", 6),
] + [("EbookFoundation/free-programming-books", "CC-BY-4.0", lang, FPB.format(d), 5)
     for lang, d in (("es", "es"), ("fr", "fr"), ("de", "de"), ("pt", "pt_BR"), ("ru", "ru"), ("zh", "zh"), ("ja", "ja"))]
BAD = re.compile(r"```|~~~|^(    |\t)\S|^!!!|^\s*>\s*\[!|^\s*<(?!!--)[a-zA-Z/]|<!--|^\s*\||\{%|\{\{|:::|^(import|export) |^\{:", re.M)


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def reads_as(lang, p):
    if lang in ("en",):
        return True
    if lang in ("ru", "zh", "ja"):
        return sum(ord(c) > 0x400 for c in p) >= 40
    marks = {"es": r"\b(el|los|las|una|para|que|del)\b", "fr": r"\b(le|les|des|une|pour|est|dans)\b",
             "de": r"\b(der|die|das|und|nicht|eine|mit)\b", "pt": r"\b(os|uma|para|não|são|com|você)\b"}[lang]
    return len(re.findall(marks, p)) >= 5


def main():
    rng = random.Random(1414)
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
    with open(Path(__file__).parent / "carriers14.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c14-{i:03}", **r}, ensure_ascii=False) + "\n")
    print(len(out), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
