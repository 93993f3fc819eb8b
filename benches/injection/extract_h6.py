#!/usr/bin/env python3
"""Extracts the carriers of holdout6 (carriers6.jsonl) from openly licensed
documentation that no earlier set uses: Vite's docs (English) and Astro's
docs (English and its Spanish, French, German, Portuguese, Russian, Chinese
and Japanese translations), snapshots under /work/.mirror (see SOURCES.md).

Passages are runs of whole paragraphs, 400-2500 characters
(extract.passages); MDX import/export lines are dropped (they are build
metadata, not prose a page shows) and passages with an unbalanced code fence
are skipped, so a payload placed at a paragraph boundary never lands inside
fenced code. Run once; the output is committed so the benchmark needs no
network.
"""
import json, random, re, sys
from pathlib import Path

from extract import git, passages
from extract_hb2 import reads_as

ASTRO = "withastro/docs"
# (repo, licence, language, path filter, carriers)
SOURCES = [
    ("vitejs/vite", "MIT", "en", r"^docs/(?!blog/|changes/).*\.md$", 60),
    (ASTRO, "MIT", "en", r"^src/content/docs/en/(?!reference/errors/).*\.mdx?$", 55),
]
for lang, loc in (("es", "es"), ("fr", "fr"), ("de", "de"), ("pt", "pt-br"),
                  ("ru", "ru"), ("zh", "zh-cn"), ("ja", "ja")):
    SOURCES.append((ASTRO, "MIT", lang, rf"^src/content/docs/{loc}/(?!reference/errors/).*\.mdx?$", 13))

SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|/agents/|prompt|CHANGELOG|CODE_OF_CONDUCT)", re.I)


def main():
    rng = random.Random(1406)
    carriers = []
    for repo, lic, lang, pat, n in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        rows = []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
            text = re.sub(r"(?m)^(import|export) .*\n", "", text)
            for i, p in enumerate(passages(text)):
                if p.count("```") % 2 or p.count("~~~") % 2:
                    continue
                if reads_as(lang, p):
                    rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        carriers += rows[:n]
    with open(Path(__file__).parent / "carriers6.jsonl", "w") as fh:
        for i, r in enumerate(carriers):
            fh.write(json.dumps({"id": f"c6-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(carriers), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
