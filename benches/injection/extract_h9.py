#!/usr/bin/env python3
"""Extracts the developer-material carriers of holdout9 (carriers9.jsonl)
from openly licensed documentation no other set uses (snapshots under
/work/.mirror, see SOURCES.md): the httpx docs (an HTTP client), the Redis
docs (a database) and Starlight's docs in Spanish, French, German,
Portuguese, Russian, Chinese and Japanese.

Passages are runs of whole paragraphs, 400-2500 characters
(extract.passages); MDX import/export lines are dropped, and passages with an
unbalanced code fence are skipped so that holdout9 can place a payload at a
paragraph boundary outside fenced code. Run once; the output is committed so
the benchmark needs no network.
"""
import json, random, re, sys
from pathlib import Path

from extract import passages
from extract_hb2 import SKIP, git, reads_as

# (repo, licence, language, path filter, quota)
SOURCES = [
    ("encode/httpx", "BSD-3-Clause", "en", r"^docs/(?!code_of_conduct).*\.md$", 16),
    ("redis/redis-doc", "CC-BY-SA-4.0", "en", r"^docs/.*\.md$", 22),
]
for lang, loc in (("es", "es"), ("fr", "fr"), ("de", "de"), ("pt", "pt-br"),
                  ("ru", "ru"), ("zh", "zh-cn"), ("ja", "ja")):
    SOURCES.append(("withastro/starlight", "MIT", lang, rf"^docs/src/content/docs/{loc}/.*\.mdx?$", 5))

MDX_LINE = re.compile(r"^(import|export) .*$", re.M)


def main():
    rng = random.Random(909)
    rows = []
    for repo, lic, lang, pat, quota in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        got = []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            # Front matter is metadata, not prose a page shows.
            text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
            text = MDX_LINE.sub("", text)
            for i, p in enumerate(passages(text)):
                if p.count("```") % 2 == 0 and p.count("~~~") % 2 == 0 and reads_as(lang, p):
                    got.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p.strip()})
        rng.shuffle(got)
        if len(got) < quota:
            print(f"{repo} {lang}: only {len(got)} passages", file=sys.stderr)
        rows += got[:quota]
    with open(Path(__file__).parent / "carriers9.jsonl", "w") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"id": f"c9-{i:03}", **r}, ensure_ascii=False) + "\n")
    print(len(rows), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
