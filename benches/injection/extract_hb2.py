#!/usr/bin/env python3
"""Extracts the second hard-benign set (hard_benign2.jsonl) and the carriers
of holdout4 (carriers4.jsonl) from openly licensed repositories that no
earlier set uses (snapshots under /work/.mirror, see SOURCES.md).

Hard benign means text an injection detector is likely to confuse: LLM and
agent framework docs (system prompts, roles, chat-template tokens), security
docs that describe or quote prompt injection, CI docs, git-hook docs
(`--no-verify`), install docs (`curl | sh`), and the same topics in Spanish,
French, German, Portuguese, Russian, Chinese and Japanese.

The two outputs never share a passage. Run once; the output is committed so
the benchmark needs no network. Passages: runs of whole paragraphs,
400-2500 characters (extract.passages).
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages

MIRROR = Path("/work/.mirror")
OWASP = "OWASP/www-project-top-10-for-large-language-model-applications"
# (repo, licence, language, path filter, hard-benign quota, carrier quota)
SOURCES = [
    ("ollama/ollama", "MIT", "en", r"^docs/.*\.mdx?$", 40, 15),
    ("pydantic/pydantic-ai", "MIT", "en", r"^docs/(?!api/).*\.md$", 40, 15),
    ("protectai/llm-guard", "MIT", "en", r"^docs/.*\.md$", 25, 8),
    ("lm-sys/FastChat", "Apache-2.0", "en", r"^docs/.*\.md$", 12, 5),
    (OWASP, "CC-BY-SA-4.0", "en", r"^2_0_vulns/LLM\d\d_.*\.md$", 20, 8),
    ("woodpecker-ci/woodpecker", "Apache-2.0", "en", r"^docs/docs/.*\.mdx?$", 30, 15),
    ("nektos/act", "MIT", "en", r"^(README|IMAGES)\.md$", 8, 3),
    ("getsops/sops", "MPL-2.0", "en", r"^(README\.rst|docs/.*\.md)$", 12, 3),
    ("rust-lang/rustup", "MIT OR Apache-2.0", "en", r"^doc/user-guide/src/.*\.md$", 15, 8),
    ("evilmartians/lefthook", "MIT", "en", r"^docs/.*\.md$", 20, 10),
    ("starship/starship", "ISC", "en", r"^docs/(guide|installing|faq|advanced-config)/.*\.md$", 0, 15),
]
for lang, loc in (("es", "es-ES"), ("fr", "fr-FR"), ("de", "de-DE"), ("pt", "pt-BR"),
                  ("ru", "ru-RU"), ("zh", "zh-CN"), ("ja", "ja-JP")):
    SOURCES.append(("starship/starship", "ISC", lang, rf"^docs/{loc}/(?!presets/).*\.md$", 8, 8))
    if lang != "fr":  # the OWASP list has no French translation
        SOURCES.append((OWASP, "CC-BY-SA-4.0", lang, rf"^2_0_vulns/translations/{loc}/LLM\d\d_.*\.md$", 5, 3))

# Prompt files written for agents are instructions to agents by design.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|/agents/|/commands/|copilot-instructions"
                  r"|/skills/|prompt|CHANGELOG|CODE_OF_CONDUCT)", re.I)
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
    if lang in ("ru", "zh", "ja"):
        return sum(ord(c) > 0x400 for c in p) >= 40
    low = p.lower()
    return sum(low.count(w) for w in STOP[lang]) >= 6


def main():
    rng = random.Random(1404)
    hard, carriers = [], []
    for repo, lic, lang, pat, n_hard, n_carrier in SOURCES:
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
        if len(rows) < n_hard + n_carrier:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        hard += rows[:n_hard]
        carriers += rows[n_hard:n_hard + n_carrier]
    here = Path(__file__).parent
    for name, rows, prefix in (("hard_benign2.jsonl", hard, "hb"), ("carriers4.jsonl", carriers, "k")):
        with open(here / name, "w") as fh:
            for i, r in enumerate(rows):
                fh.write(json.dumps({"id": f"{prefix}{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(hard), "hard benign,", len(carriers), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
