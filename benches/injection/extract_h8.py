#!/usr/bin/env python3
"""Extracts the carriers of holdout8 (carriers8.jsonl) from openly licensed
documentation that no earlier set uses (snapshots under /work/.mirror, see
SOURCES.md): the NATS message system's docs and the Gin web framework's site
(English), Gin's Spanish, Portuguese, Russian, Chinese and Japanese pages,
and the French and German translations of the Vue docs.

Passages are runs of whole paragraphs, 400-2500 characters
(extract.passages); passages with an unbalanced code fence are skipped so a
payload placed between paragraphs is never inside fenced code; so are
passages that start inside a fence of their page. Front matter,
MDX import/export lines and Vue `<script setup>` blocks are dropped. Run
once; the output is committed so the benchmark needs no network.
"""
import json, random, re, sys
from pathlib import Path

from extract import passages
from extract_hb2 import SKIP, git, reads_as

GIN = r"^src/content/docs/{}/docs/.*\.mdx?$"
# (repo, licence, language, path filter, carrier quota)
SOURCES = [
    ("nats-io/nats.docs", "Apache-2.0", "en",
     r"^(nats-concepts|using-nats|running-a-nats-service)/.*\.md$", 70),
    ("gin-gonic/website", "MIT", "en", GIN.format("en"), 45),
    ("vuejs-translations/docs-fr", "CC-BY-4.0", "fr", r"^src/(guide|tutorial)/.*\.md$", 14),
    ("vuejs-translations/docs-de", "CC-BY-4.0", "de", r"^src/(guide|tutorial)/.*\.md$", 14),
]
for lang, loc in (("es", "es"), ("pt", "pt"), ("ru", "ru"), ("zh", "zh-cn"), ("ja", "ja")):
    SOURCES.append(("gin-gonic/website", "MIT", lang, GIN.format(loc), 14))


def clean(text):
    text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
    # MDX imports/exports and Vue script blocks are page plumbing, not prose.
    text = re.sub(r"(?m)^(import|export) .*\n", "", text)
    return re.sub(r"<script setup>.*?</script>\n?", "", text, flags=re.S)


def main():
    rng = random.Random(1408)
    carriers = []
    for repo, lic, lang, pat, quota in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        rows = []
        for f in files:
            text = clean(git(repo, "show", f"HEAD:{f}"))
            for i, p in enumerate(passages(text)):
                # A passage that starts inside a fence of its page would put a
                # payload placed at its paragraph boundary inside code.
                at = text.find(p[:200])
                if at < 0 or text[:at].count("```") % 2 or p.count("```") % 2:
                    continue
                if reads_as(lang, p):
                    rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < quota:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        carriers += rows[:quota]
    with open(Path(__file__).parent / "carriers8.jsonl", "w") as fh:
        for i, r in enumerate(carriers):
            fh.write(json.dumps({"id": f"c8-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(carriers), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
