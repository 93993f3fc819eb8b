#!/usr/bin/env python3
"""Extracts non-English benign passages (translated Rust books, openly
licensed, snapshots under /work/.mirror, see SOURCES.md) into
benign_i18n.jsonl (the false-alarm set for ordinary non-English technical
prose) and carriers_i18n.jsonl (passages that only ever carry attacks).

Run once; the output is committed so the benchmark needs no network.
Passages: runs of whole markdown paragraphs, 400-2500 characters.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages

MIRROR = Path("/work/.mirror")
# repo -> (language, license, path filter)
REPOS = {
    "RustLangES/rust-book-es": ("es", "MIT OR Apache-2.0", r"^src/ch.*\.md$"),
    "Jimskapt/rust-book-fr": ("fr", "MIT OR Apache-2.0", r"^FRENCH/src/ch.*\.md$"),
    "rust-lang-de/rustbook-de": ("de", "MIT OR Apache-2.0", r"^src/ch.*\.md$"),
    "rust-br/rust-book-pt-br": ("pt", "MIT OR Apache-2.0", r"^second-edition/src/ch.*\.md$"),
    "KaiserY/trpl-zh-cn": ("zh", "MIT", r"^src/ch.*\.md$"),
    "rust-lang-ja/book-ja": ("ja", "MIT OR Apache-2.0", r"^src/ch.*\.md$"),
    "rust-lang-ru/book": ("ru", "MIT OR Apache-2.0", r"^rustbook-ru/src/ch.*\.md$"),
}
BENIGN, CARRIERS = 50, 30


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def main():
    rng = random.Random(1414)
    benign, carriers = [], []
    for repo, (lang, lic, pat) in REPOS.items():
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines() if re.search(pat, f))
        rows = []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            for i, p in enumerate(passages(text)):
                # Mostly code is not prose in the language.
                if sum(ord(c) > 127 for c in p) < 5 and lang in ("zh", "ja", "ru"):
                    continue
                rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        benign += rows[:BENIGN]
        carriers += rows[BENIGN:BENIGN + CARRIERS]
    here = Path(__file__).parent
    for name, rows, prefix in (("benign_i18n.jsonl", benign, "n"), ("carriers_i18n.jsonl", carriers, "c")):
        with open(here / name, "w") as fh:
            for i, r in enumerate(rows):
                fh.write(json.dumps({"id": f"{prefix}{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(benign), "benign,", len(carriers), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
