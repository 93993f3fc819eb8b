#!/usr/bin/env python3
"""Extracts the carriers of holdout13 (carriers13.jsonl): passages of Helm's
documentation (helm/helm-www: the English docs and the Spanish, French,
German, Brazilian Portuguese, Russian, Chinese and Japanese translations of
the Helm 3 docs) and of Homebrew's documentation (Homebrew/brew, `docs/`),
repositories no earlier set uses (snapshots under /work/.mirror, see
SOURCES.md). Git and passage helpers as in extract_h12.py / extract.py.

A passage is a run of whole paragraphs (extract.passages). Passages with a
fenced or indented code block, an admonition (`!!!`, `:::`), an HTML or JSX
block, an MDX import, a Go-template or Liquid tag or a table are skipped, so
a payload placed at a paragraph boundary can never land inside code. Run
once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages

MIRROR = Path("/work/.mirror")
H3 = "i18n/{}/docusaurus-plugin-content-docs/version-3/"
# (repo, licence, language, path filter, quota)
SOURCES = [
    ("helm/helm-www", "MIT", "en", r"^docs/(?!changelog).*\.md$", 22),
    ("Homebrew/brew", "BSD-2-Clause", "en", r"^docs/(?!Manpage|README).*\.md$", 14),
] + [("helm/helm-www", "MIT", lang, "^" + re.escape(H3.format(d)) + r".*\.md$", 6)
     for lang, d in (("es", "es"), ("fr", "fr"), ("de", "de"), ("pt", "pt"), ("ru", "ru"), ("zh", "zh"), ("ja", "ja"))]
BAD = re.compile(r"```|~~~|^(    |\t)\S|^!!!|^\s*<(?!!--)[a-zA-Z/]|^\s*\||\{%|\{\{|:::|^(import|export) |^\{:", re.M)


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def reads_as(lang, p):
    if lang in ("en",):
        return True
    if lang in ("ru", "zh", "ja"):
        return sum(ord(c) > 0x400 for c in p) >= 40
    # Latin-script translations: keep passages with the language's own words,
    # not an untranslated English page.
    marks = {"es": r"\b(el|los|las|una|para|que|del)\b", "fr": r"\b(le|les|des|une|pour|est|dans)\b",
             "de": r"\b(der|die|das|und|nicht|eine|mit)\b", "pt": r"\b(os|uma|para|não|são|com|você)\b"}[lang]
    return len(re.findall(marks, p)) >= 8


def main():
    rng = random.Random(1313)
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
    with open(Path(__file__).parent / "carriers13.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c13-{i:03}", **r}, ensure_ascii=False) + "\n")
    print(len(out), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
