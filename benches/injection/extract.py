#!/usr/bin/env python3
"""Extracts benign passages from openly licensed documentation repositories
(snapshots under /work/.mirror, see SOURCES.md) into benign_pool.jsonl.

Run once; the output is committed so the benchmark needs no network.
Passages: runs of whole markdown paragraphs, 400-2500 characters.
Prompt files written for agents (SKILL.md, AGENTS.md, agents/, commands/,
copilot-instructions) are left out: they are instructions to agents by design.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
# repo -> (license, set, path filter)
REPOS = {
    "astral-sh/uv": ("MIT OR Apache-2.0", "hard", r"^docs/.*\.md$"),
    "nvm-sh/nvm": ("MIT", "hard", r"^README\.md$"),
    "typicode/husky": ("MIT", "hard", r"^docs/.*\.md$"),
    "lint-staged/lint-staged": ("MIT", "hard", r"^README\.md$"),
    "simonw/llm": ("Apache-2.0", "hard", r"^docs/.*\.md$"),
    "google-gemini/gemini-cli": ("Apache-2.0", "hard", r"^docs/.*\.md$"),
    "cline/cline": ("Apache-2.0", "hard", r"^docs/.*\.mdx?$"),
    "github/github-mcp-server": ("MIT", "hard", r"^(README\.md|docs/.*\.md)$"),
    "anthropics/claude-code-action": ("MIT", "hard", r"^(README\.md|docs/.*\.md)$"),
    "rust-lang/blog.rust-lang.org": ("MIT OR Apache-2.0", "ordinary", r"^content/.*\.md$"),
}
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|/agents/|/commands/|copilot-instructions|/skills/|prompt)", re.I)


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def passages(text):
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    out, cur = [], []
    for p in paras:
        cur.append(p)
        size = sum(len(x) + 2 for x in cur)
        if size >= 400:
            out.append("\n\n".join(cur))
            cur = []
    return [p for p in out if len(p) <= 2500]


def main():
    rng = random.Random(14)
    rows = []
    for repo, (lic, kind, pat) in REPOS.items():
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = [f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                 if re.search(pat, f) and not SKIP.search(f)]
        rng.shuffle(files)
        per_repo = []
        for f in files:
            text = git(repo, "show", f"HEAD:{f}")
            # Front matter is metadata, not prose a page shows.
            text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
            for i, p in enumerate(passages(text)):
                per_repo.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "set": kind, "text": p})
        rng.shuffle(per_repo)
        limit = 260 if kind == "ordinary" else 110
        rows.extend(per_repo[:limit])
    with open(Path(__file__).parent / "benign_pool.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "passages", file=sys.stderr)


if __name__ == "__main__":
    main()
