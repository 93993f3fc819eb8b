#!/usr/bin/env python3
"""Extracts the third hard-benign set (hard_benign3.jsonl), a blind set for
the false-alarm target of issue 14, from openly licensed repositories that no
earlier set uses (snapshots under /work/.mirror, see SOURCES.md).

Hard benign means real documentation an injection detector is likely to
confuse with an attack: agent and agent-framework docs (system prompts,
instructions, tools, handoffs, guardrails), prompt-engineering guides that
show roles and quote adversarial prompts, guardrail docs that describe
jailbreaks, coding-agent docs (aider, Continue), release and CI docs
(GoReleaser: secrets, tokens, announce templates for e-mail and chat,
deprecation notes), git-hook docs (pre-commit: `--no-verify`, `SKIP=`),
e-mail templates with HTML comments (MJML), command cheat sheets (tldr:
`curl`, `git`, `base64`, `ssh`, `gpg`), and the same kinds of text in
Spanish, French, German, Portuguese, Russian, Chinese and Japanese.

Passages whose text looks like a hard case (roles, instructions, secrets,
hooks, comments, images, encodings, BREAKING/IMPORTANT) are drawn first, the
rest fill the quota. Prompt files written for agents are left out. Run once;
the output is committed so the benchmark needs no network. Passages: runs of
whole paragraphs, 400-2500 characters (extract.passages); a tldr page is
short and taken whole (300-2500 characters).
"""
import json, random, re, sys
from pathlib import Path

from extract import passages
from extract_hb2 import git, reads_as

PEG = "dair-ai/Prompt-Engineering-Guide"
TLDR = "tldr-pages/tldr"
AGENTS = "openai/openai-agents-python"
# (repo, licence, language, path filter, quota)
SOURCES = [
    (PEG, "MIT", "en", r"^pages/(?!prompts/).*\.en\.mdx$", 35),
    ("NVIDIA/NeMo-Guardrails", "Apache-2.0", "en", r"^docs/.*\.md$", 30),
    ("Aider-AI/aider", "Apache-2.0", "en", r"^aider/website/(docs/.*|_posts/.*|HISTORY)\.md$", 30),
    (AGENTS, "MIT", "en", r"^docs/(?!ref/|ja/|zh/|ko/).*\.md$", 25),
    ("continuedev/continue", "Apache-2.0", "en", r"^docs/.*\.mdx?$", 25),
    ("goreleaser/goreleaser", "MIT", "en", r"^www/content/.*\.md$", 30),
    ("pre-commit/pre-commit.com", "MIT", "en", r"^sections/.*\.md$", 12),
    ("guardrails-ai/guardrails", "Apache-2.0", "en",
     r"^(README|SECURITY_ADVISORY|guardrails-features-list|docs/(how_to_guides|migration_guides)/.*)\.md$", 8),
    ("mjmlio/mjml", "MIT", "en", r"^(doc/.*|packages/mjml-[a-z-]+/README)\.md$", 15),
    (TLDR, "CC-BY-4.0", "en", r"^pages/(common|linux)/.*\.md$", 10),
    (AGENTS, "MIT", "ja", r"^docs/ja/.*\.md$", 3),
    (AGENTS, "MIT", "zh", r"^docs/zh/.*\.md$", 3),
]
for lang, peg, tldr in (("es", "es", "es"), ("fr", "fr", "fr"), ("de", "de", "de"), ("pt", "pt", "pt_BR"),
                        ("ru", "ru", "ru"), ("zh", "zh", "zh"), ("ja", "jp", "ja")):
    SOURCES.append((PEG, "MIT", lang, rf"^pages/(?!prompts/).*\.{peg}\.mdx$", 7))
    SOURCES.append((TLDR, "CC-BY-4.0", lang, rf"^pages\.{tldr}/(common|linux)/.*\.md$", 5))

# Prompt files written for agents are instructions to agents by design.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|/agents/|/commands/|copilot-instructions"
                  r"|/skills/|prompt|\.cursorrules|\.continue/|CODE_OF_CONDUCT)", re.I)
# What makes a passage a hard case for an injection detector.
HARD = re.compile(
    r"(system|assistant|developer|<\||\[INST\]|instruction|ignore|jailbreak|inject|you must|must not|do not|don't"
    r"|never|before you|first,? run|secret|token|password|api[_ ]key|credential|--no-verify|SKIP=|curl .*\|\s*(ba)?sh"
    r"|base64|<!--|!\[|\?[a-z_]+=|IMPORTANT|BREAKING|WARNING|deprecat|e-?mail|webhook|sudo|rm -rf|ssh|gpg"
    r"|sistema|instrucci|instruction|Anweisung|instruç|инструкц|систем|指令|提示|系统|指示|システム|トークン|秘密"
    r"|contraseña|mot de passe|Passwort|senha|пароль|密码|パスワード)", re.I)


def tldr_page(text):
    return [text.strip()] if 300 <= len(text.strip()) <= 2500 else []


def main():
    rng = random.Random(1403)
    rows, seen = [], set()
    for repo, lic, lang, pat, quota in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        hard, rest = [], []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            # Front matter is metadata, not prose a page shows.
            text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
            # MDX import/export lines are build plumbing, not page text.
            text = re.sub(r"(?m)^(import|export) .*\n", "", text)
            for i, p in enumerate(tldr_page(text) if repo == TLDR else passages(text)):
                if reads_as(lang, p) and p not in seen:
                    seen.add(p)
                    row = {"lang": lang, "source": f"{repo}:{f}#{i}", "text": p}
                    (hard if HARD.search(p) else rest).append(row)
        rng.shuffle(hard)
        rng.shuffle(rest)
        picked = (hard + rest)[:quota]
        if len(picked) < quota:
            print(f"{repo} {lang}: only {len(picked)} passages", file=sys.stderr)
        print(f"{repo} {lang} @{commit[:12]}: {len(picked)} ({len(hard)} hard-looking of {len(hard) + len(rest)})",
              file=sys.stderr)
        rows += picked
    with open(Path(__file__).parent / "hard_benign3.jsonl", "w") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"id": f"hb3-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(rows), "hard benign", file=sys.stderr)


if __name__ == "__main__":
    main()
