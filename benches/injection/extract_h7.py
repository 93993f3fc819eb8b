#!/usr/bin/env python3
"""Extracts the carriers of holdout7 (carriers7.jsonl) from openly licensed
documentation that no earlier set uses (snapshots under /work/.mirror, see
SOURCES.md): Hugo's docs (English), the Express web framework's site
(Spanish, French, German, Portuguese, Chinese, Japanese) and the Russian
translation of the React docs.

Passages are runs of whole paragraphs, 400-2500 characters
(extract.passages); passages with an unbalanced code fence are skipped so a
payload placed between paragraphs is never inside fenced code. Front matter,
MDX import/export lines and Hugo shortcode-only lines are dropped. Run once;
the output is committed so the benchmark needs no network.
"""
import json, random, re, sys
from pathlib import Path

from extract import passages
from extract_hb2 import SKIP, git, reads_as

# (repo, licence, language, path filter, carrier quota)
SOURCES = [
    ("gohugoio/hugoDocs", "Apache-2.0", "en",
     r"^content/en/(getting-started|content-management|hugo-modules|hugo-pipes|host-and-deploy|"
     r"configuration|templates|troubleshooting|installation|about|tools)/.*\.md$", 115),
    ("reactjs/ru.react.dev", "CC-BY-4.0", "ru", r"^src/content/(learn|reference)/.*\.md$", 14),
]
for lang, loc in (("es", "es"), ("fr", "fr"), ("de", "de"), ("pt", "pt-br"), ("zh", "zh-cn"), ("ja", "ja")):
    SOURCES.append(("expressjs/expressjs.com", "CC-BY-4.0", lang,
                    rf"^src/content/(docs|pages)/{loc}/.*\.mdx?$", 14))


def clean(text):
    text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
    # MDX imports/exports and lone shortcodes are page plumbing, not prose.
    text = re.sub(r"(?m)^(import|export) .*\n", "", text)
    return re.sub(r"(?m)^\{\{[<%].*[>%]\}\}\s*\n", "", text)


def main():
    rng = random.Random(1407)
    carriers = []
    for repo, lic, lang, pat, quota in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        rows = []
        for f in files:
            for i, p in enumerate(passages(clean(git(repo, "show", f"HEAD:{f}")))):
                if p.count("```") % 2 == 0 and reads_as(lang, p):
                    rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < quota:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        carriers += rows[:quota]
    with open(Path(__file__).parent / "carriers7.jsonl", "w") as fh:
        for i, r in enumerate(carriers):
            fh.write(json.dumps({"id": f"c7-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(carriers), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
