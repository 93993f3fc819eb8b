#!/usr/bin/env python3
"""Extracts the carriers of held-out set 11 (carriers11.jsonl) from two
openly licensed documentation repositories that no earlier set uses
(snapshots under /work/.mirror, see SOURCES.md): ESLint's user and
contributor docs (English) and the Node.js website's translated pages
(Spanish, French, Japanese, Brazilian Portuguese, Simplified Chinese).

A carrier must let a payload sit at a paragraph boundary outside any code:
passages with a fenced block, an MDX/HTML component line, a Nunjucks tag or
a `:::` container, an import/export line or an inline component are
left out. Run once; the output is committed so the
benchmark needs no network. Passages: runs of whole paragraphs, 400-2500
characters (extract.passages), as in extract_hb2.py.
"""
import json, random, re, sys
from pathlib import Path

from extract import passages
from extract_hb2 import git, reads_as

NODE = "nodejs/nodejs.org"
# (repo, licence, language, path filter, quota)
SOURCES = [
    ("eslint/eslint", "MIT", "en", r"^docs/src/(use|extend|contribute|integrate|maintain|about)/.*\.md$", 24),
    (NODE, "MIT", "es", r"^apps/site/pages/es/.*\.mdx?$", 5),
    (NODE, "MIT", "fr", r"^apps/site/pages/fr/.*\.mdx?$", 5),
    (NODE, "MIT", "pt", r"^apps/site/pages/pt-br/.*\.mdx?$", 5),
    (NODE, "MIT", "zh", r"^apps/site/pages/zh-cn/.*\.mdx?$", 5),
    (NODE, "MIT", "ja", r"^apps/site/pages/ja/.*\.mdx?$", 5),
]
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|/agents/|/commands/|/skills/|prompt|CHANGELOG|CODE_OF_CONDUCT)", re.I)
# Lines that open code or a component: a payload next to them could end up
# inside something that is not prose.
CODE = re.compile(r"^(```|~~~|:::|\s*<[A-Za-z/!]|\s*\{%|\s*\{\{|import |export |    \S)|<[A-Z][\w.]*[\s>/]", re.M)


def main():
    rng = random.Random(1411)
    out = []
    for repo, lic, lang, pat, quota in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        rows = []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
            for i, p in enumerate(passages(text)):
                if CODE.search(p) or not reads_as(lang, p) or p.count("\n\n") < 1:
                    continue
                rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < quota:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        out += rows[:quota]
    with open(Path(__file__).parent / "carriers11.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"k11-{i:03}", **r}, ensure_ascii=False) + "\n")
    print(len(out), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
