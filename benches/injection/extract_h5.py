#!/usr/bin/env python3
"""Extracts the carriers of holdout5 (carriers5.jsonl) from openly licensed
documentation that no earlier set uses: FastAPI's docs (English and its
Spanish, French, German, Portuguese, Russian, Chinese and Japanese
translations) and SQLModel's docs (snapshots under /work/.mirror, see
SOURCES.md).

Run once; the output is committed so the benchmark needs no network.
Passages: runs of whole paragraphs, 400-2500 characters (extract.passages).
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages

MIRROR = Path("/work/.mirror")
# (repo, licence, language, path filter, carrier quota)
SOURCES = [
    ("fastapi/fastapi", "MIT", "en", r"^docs/en/docs/(?!release-notes).*\.md$", 70),
    ("fastapi/sqlmodel", "MIT", "en", r"^docs/(?!release-notes).*\.md$", 60),
]
for lang in ("es", "fr", "de", "pt", "ru", "zh", "ja"):
    SOURCES.append(("fastapi/fastapi", "MIT", lang, rf"^docs/{lang}/docs/(?!release-notes).*\.md$", 12))

# Prompt files written for agents are instructions to agents by design.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|/agents/|/commands/|copilot-instructions"
                  r"|/skills/|prompt|CHANGELOG|CODE_OF_CONDUCT|llm-prompt)", re.I)
# A passage counts as the language only if it reads as it: translations often
# leave whole paragraphs in English.
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
    if lang == "ru":
        return sum(0x400 <= ord(c) < 0x500 for c in p) >= 60
    if lang in ("zh", "ja"):
        cjk = sum(ord(c) > 0x2e80 for c in p)
        kana = sum(0x3040 <= ord(c) < 0x3100 for c in p)
        return cjk >= 40 and (kana >= 10 if lang == "ja" else kana == 0)
    low = p.lower()
    return sum(low.count(w) for w in STOP[lang]) >= 6


def main():
    rng = random.Random(1505)
    carriers = []
    for repo, lic, lang, pat, n in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        rows = []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            # Front matter is metadata, not prose a page shows.
            text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
            for i, p in enumerate(passages(text)):
                if reads_as(lang, p):
                    rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        carriers += rows[:n]
    with open(Path(__file__).parent / "carriers5.jsonl", "w") as fh:
        for i, r in enumerate(carriers):
            fh.write(json.dumps({"id": f"c5-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(carriers), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
