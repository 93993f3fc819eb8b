#!/usr/bin/env python3
"""Extracts the carriers of holdout10 (carriers10.jsonl): documentation
passages of openly licensed repositories that no other set uses (snapshots
under /work/.mirror, see SOURCES.md), English and the seven other languages.

English: the Requests docs (an HTTP client, reStructuredText) and the Tauri
docs. Spanish, French, Chinese: Tauri's translations. Japanese, Russian:
Biome's. German, Portuguese: the German and Brazilian React docs.

Passages are runs of whole paragraphs, 400-2500 characters
(extract.passages); front matter and MDX import/export lines are dropped;
a passage must read as its language. Run once; the output is committed so
the benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages
from fill10 import mdx_depth

MIRROR = Path("/work/.mirror")
TAURI = "tauri-apps/tauri-docs"
BIOME = "biomejs/website"
# (repo, licence, language, path filter, how many)
SOURCES = [
    ("psf/requests", "Apache-2.0", "en", r"^docs/(user|community)/.*\.rst$", 15),
    (TAURI, "MIT", "en", r"^src/content/docs/(start|develop|distribute|security|concept|learn)/.*\.mdx?$", 15),
    (TAURI, "MIT", "es", r"^src/content/docs/es/.*\.mdx?$", 5),
    (TAURI, "MIT", "fr", r"^src/content/docs/fr/.*\.mdx?$", 5),
    (TAURI, "MIT", "zh", r"^src/content/docs/zh-cn/.*\.mdx?$", 5),
    (BIOME, "MIT", "ja", r"^src/content/docs/ja/.*\.mdx?$", 5),
    (BIOME, "MIT", "ru", r"^src/content/docs/ru/.*\.mdx?$", 5),
    ("reactjs/de.react.dev", "CC-BY-4.0", "de", r"^src/content/learn/.*\.md$", 5),
    ("reactjs/pt-br.react.dev", "CC-BY-4.0", "pt", r"^src/content/learn/.*\.md$", 5),
]
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|/agents/|/commands/|copilot-instructions"
                  r"|/skills/|prompt|CHANGELOG|CODE_OF_CONDUCT|HISTORY|/blog/)", re.I)
STOP = {
    "es": (" el ", " los ", " que ", " para ", " una "),
    "fr": (" le ", " les ", " des ", " pour ", " une "),
    "de": (" der ", " die ", " und ", " nicht ", " eine "),
    "pt": (" o ", " os ", " que ", " para ", " uma "),
}


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def reads_as(lang, p):
    if lang == "en":
        return True
    if lang in ("ru", "zh", "ja"):
        return sum(ord(c) > 0x400 for c in p) >= 40
    low = p.lower()
    return sum(low.count(w) for w in STOP[lang]) >= 6


def clean(text):
    # Front matter is metadata; MDX import/export lines are code, not prose.
    text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
    return "\n".join(l for l in text.split("\n") if not re.match(r"^(import|export) ", l))


def main():
    rng = random.Random(1010)
    out = []
    for repo, lic, lang, pat, n in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        rows = []
        for f in files:
            text = clean(git(repo, "show", f"HEAD:{f}"))
            for i, p in enumerate(passages(text)):
                # A passage that starts or ends inside a fenced block would leave a payload in code.
                # So would one that starts inside an MDX component or a code prop.
                head = text[:text.find(p)]
                inside = head.count("```") % 2 or mdx_depth(head)[0] > 0
                if not inside and p.count("```") % 2 == 0 and reads_as(lang, p):
                    rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        out += rows[:n]
    with open(Path(__file__).parent / "carriers10.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"k10-{i:03}", **r}, ensure_ascii=False) + "\n")
    print(len(out), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
