#!/usr/bin/env python3
"""Extracts the fourth hard-benign set (hard_benign4.jsonl) from openly
licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: agent-framework docs (agent roles and backstories,
system prompts, tools, multi-agent delegation), the Model Context Protocol
spec and its security guidance (tool poisoning, prompt injection, tokens),
OWASP cheat sheets that describe and quote attacks (AI agents, MCP,
coding with AI, XSS, secrets, CI/CD), GitHub Actions security linters (template injection,
`pull_request_target`, secrets), package-manager install and release docs
(`curl | sh`, tokens, breaking changes), a secret scanner's docs (hooks,
`--no-verify`-style skips), HTML e-mail templates with comments, command-line
tips, and the same topics in Spanish, French, German, Portuguese, Russian,
Chinese and Japanese.

Within each source's quota, passages with more distinct hard features
(STRONG; counted up to three) are drawn first and the rest fill it.
Passages are runs of whole paragraphs, 600-2500 characters (300 at the end
of a file), never cut inside a fenced code block. Run once; the output is
committed so the benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
ART = "jlevy/the-art-of-command-line"
ROO = "RooCodeInc/Roo-Code"
MCP = "modelcontextprotocol/modelcontextprotocol"
# (repo, licence, language, path filter, quota)
SOURCES = [
    ("crewAIInc/crewAI", "MIT", "en", r"^docs/edge/en/(?!api-reference/).*\.mdx?$", 30),
    # The specification is Apache-2.0 (MIT for older contributions); the other
    # docs are CC-BY-4.0.
    (MCP, "Apache-2.0 OR MIT", "en", r"^docs/specification/2026-07-28/.*\.mdx$", 15),
    (MCP, "CC-BY-4.0", "en", r"^docs/docs/2026-07-28/.*\.mdx$", 15),
    # The AI cheat sheets (agents, MCP, coding with AI, model ops) get their own
    # quota: they describe and quote attacks on agents.
    ("OWASP/CheatSheetSeries", "CC-BY-SA-4.0", "en", r"^cheatsheets/(AI_|AML_.*AI_Agent|MCP_|Secure_AI|Secure_Coding_with_AI).*\.md$", 15),
    ("OWASP/CheatSheetSeries", "CC-BY-SA-4.0", "en",
     r"^cheatsheets/(?!AI_|AML_.*AI_Agent|MCP_|Secure_AI|Secure_Coding_with_AI).*\.md$", 20),
    ("huggingface/smolagents", "Apache-2.0", "en", r"^docs/source/en/.*\.md$", 20),
    ("zizmorcore/zizmor", "MIT", "en", r"^(README\.md|docs/(?!snippets/).*\.md)$", 20),
    ("rhysd/actionlint", "MIT", "en", r"^(README\.md|docs/.*\.md)$", 12),
    ("pnpm/pnpm.io", "MIT", "en", r"^(docs/(?!cli/).*\.mdx?|blog/.*\.md)$", 25),
    ("gitleaks/gitleaks", "MIT", "en", r"^(README|CONTRIBUTING|SECURITY)\.md$", 6),
    ("mailgun/transactional-email-templates", "MIT", "en", r"^(README\.md|templates/[a-z]+\.html)$", 6),
    ("semantic-release/semantic-release", "MIT", "en", r"^(README|CONTRIBUTING)\.md$", 5),
    (ROO, "Apache-2.0", "en", r"^(README\.md|SECURITY\.md|PRIVACY\.md|apps/cli/README\.md|apps/cli/docs/.*\.md"
     r"|apps/web-roo-code/src/content/blog/.*\.md|packages/evals/.*\.md)$", 10),
    (ART, "CC-BY-SA-4.0", "en", r"^README\.md$", 5),
]
AGENTS = "huggingface/agents-course"
COURSE = "huggingface/course"
SOURCES.append((AGENTS, "Apache-2.0", "en", r"^units/en/.*\.mdx?$", 20))
# (language, its folder in: the-art-of-command-line, Roo-Code, agents-course,
# course; then the quota of each of the four)
for lang, art, roo, agents, course, n in (
        ("es", "es", "es", "es", "es", (2, 3, 6, 2)), ("fr", "fr", "fr", "fr", "fr", (2, 3, 6, 2)),
        ("ru", "ru", "ru", "ru-RU", "ru", (2, 3, 6, 2)), ("zh", "zh", "zh-CN", "zh-CN", "zh-CN", (0, 2, 6, 2)),
        ("de", "de", "de", None, "de", (3, 4, 0, 6)), ("ja", "ja", "ja", None, "ja", (3, 4, 0, 6)),
        ("pt", "pt", "pt-BR", None, "pt", (0, 3, 0, 5))):
    SOURCES.append((ART, "CC-BY-SA-4.0", lang, rf"^README-{art}\.md$", n[0]))
    SOURCES.append((ROO, "Apache-2.0", lang, rf"^locales/{roo}/(README|CONTRIBUTING)\.md$", n[1]))
    if agents:
        SOURCES.append((AGENTS, "Apache-2.0", lang, rf"^units/{agents}/.*\.mdx?$", n[2]))
    SOURCES.append((COURSE, "Apache-2.0", lang, rf"^chapters/{course}/.*\.mdx?$", n[3]))
SOURCES.append(("crewAIInc/crewAI", "MIT", "pt", r"^docs/edge/pt-BR/(?!api-reference/).*\.mdx?$", 5))
SOURCES.append(("huggingface/smolagents", "Apache-2.0", "zh", r"^docs/source/zh/.*\.md$", 3))

# Prompt files written for agents are instructions to agents by design, not
# documentation; code of conduct and changelogs of many small entries are prose
# of another kind.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/|/commands/|/skills/"
                  r"|copilot-instructions|microagents|^\.roo|prompt|CODE_OF_CONDUCT|CHANGELOG)", re.I)
# What makes a passage hard for an injection detector, in the eight
# languages: each pattern is one feature, and passages with more distinct
# features are drawn first.
STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|\[/?AVAILABLE_TOOLS\]|\[TOOL_CALLS\]",
    r"\b(system|assistant|developer)\b|[\"']role[\"']",
    r"system[ _-]?prompt|system message|instructions?\b|instrucci|consigne|Anweisung|instruç|инструкц|системн|指令|指示|提示词|プロンプト",
    r"ignor|disregard|忽略|無視|игнорир",
    r"\byou are (a|an|the)\b|vous êtes|\beres un|du bist|você é|вы —|ты —|あなたは|你是",
    r"(curl|wget|iwr)\b[^\n]*\| *(ba|z)?sh\b|\|\s*iex\b",
    r"<!--",
    r"base64",
    r"\bIMPORTANT\b|\bBREAKING\b|\[!(WARNING|CAUTION|IMPORTANT)\]",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|вредонос|恶意|悪意",
    r"--no-verify|skip[ -]?hooks?|SKIP=",
    r"(never|do not|don't) (share|commit|expose|paste|tell)|keep (it|them|this) secret|不要(分享|泄露|提交)|共有しない",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|pull_request_target|api[_ ]?key|password|mot de passe|Passwort|contraseña|senha|пароль|密码|パスワード",
    r"!\[[^\]]*\]\([^)]*\?[^)]*=",
    r"\b(you must|must not|before you|first,? run)\b|vous devez|debes|du musst|você deve|необходимо|必须|必ず",
)]
# A passage counts as the language only if it reads as it: translations often
# leave whole paragraphs in English.
STOP = {
    "es": (" el ", " los ", " que ", " para ", " una "),
    "fr": (" le ", " les ", " des ", " pour ", " une "),
    "de": (" der ", " die ", " und ", " nicht ", " eine "),
    "pt": (" o ", " os ", " que ", " para ", " uma "),
}
FENCE = re.compile(r"^\s*(```|~~~)")


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


def paragraphs(text):
    """Blank-line separated paragraphs; a fenced code block stays inside one."""
    out, cur, fenced = [], [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if cur:
                out.append("\n".join(cur))
                cur = []
            continue
        cur.append(line)
    if cur:
        out.append("\n".join(cur))
    return [p for p in out if p.strip()]


def passages(text):
    """Runs of whole paragraphs of 600-2500 characters (300 at a file's end)."""
    out, cur = [], []
    for p in paragraphs(text):
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 600:
            out.append("\n\n".join(cur))
            cur = []
    return [p for p in out if 300 <= len(p) <= 2500 and sum(bool(FENCE.match(l)) for l in p.split("\n")) % 2 == 0]


def html_passages(text):
    """An e-mail template has no blank lines: runs of whole lines instead."""
    out, cur = [], []
    for line in text.split("\n"):
        if cur and sum(len(x) + 1 for x in cur) + len(line) > 2000:
            out.append("\n".join(cur))
            cur = []
        cur.append(line)
    if cur:
        out.append("\n".join(cur))
    return [p for p in out if 300 <= len(p.strip()) <= 2500]


def clean(text):
    # Front matter is metadata, not prose a page shows; MDX import/export
    # lines are build plumbing.
    text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
    return re.sub(r"^(import|export) .*\n", "", text, flags=re.M)


def main():
    rng = random.Random(1414)
    rows, seen = [], set()
    for repo, lic, lang, pat, quota in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        rows_here = []
        for f in files:
            text = clean(git(repo, "show", f"HEAD:{f}"))
            split = html_passages if f.endswith(".html") else passages
            for i, p in enumerate(split(text)):
                if p in seen or not reads_as(lang, p):
                    continue
                seen.add(p)
                row = {"lang": lang, "source": f"{repo}:{f}#{i}", "commit": commit[:12], "license": lic, "text": p}
                row["_score"] = sum(bool(feat.search(p)) for feat in STRONG)
                rows_here.append(row)
        rng.shuffle(rows_here)
        rows_here.sort(key=lambda r: -min(r["_score"], 3))  # stable: random within a score
        picked = rows_here[:quota]
        for r in picked:
            del r["_score"]
        if len(picked) < quota:
            print(f"{repo} {lang}: only {len(picked)} passages", file=sys.stderr)
        rows += picked
    with open(Path(__file__).parent / "hard_benign4.jsonl", "w") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"id": f"hb4-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(rows), "hard benign passages", file=sys.stderr)


if __name__ == "__main__":
    main()
