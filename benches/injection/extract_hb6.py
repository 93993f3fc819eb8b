#!/usr/bin/env python3
"""Builds the sixth hard-benign set (hard_benign6.jsonl), chosen blind:
without reading the detector, its rule docs, RESULTS.md or the earlier
sets' texts.

Two halves:
1. documentation passages from openly licensed repositories that no
   earlier set uses (snapshots under /work/.mirror, see SOURCES.md): prompt
   injection and red-teaming docs that quote attacks, LLM-app tutorials
   with system prompts and prompt templates addressed to the model,
   chat-template token guides, agent frameworks with roles, coding-agent
   configuration (custom instructions, slash commands), runbooks and
   incident plans, auth/password/2FA and secrets docs, release docs; a
   third in Spanish, French, German, Portuguese, Russian, Chinese and
   Japanese (translated course lessons and docs sites);
2. tool outputs written for remit (`benign6_written.py`): e-mails, chats,
   notices, calendars, bank lines, orders, tickets and the like that ask
   *people* for discretion, urgency or to ignore an earlier message.

Within each source's quota, passages with more distinct hard features
(STRONG; counted up to three) are drawn first and the rest fill it.
Passages are runs of whole paragraphs, 400-2500 characters, never cut
inside a fenced code block. Run once; the output is committed so the
benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from benign6_written import WRITTEN  # noqa: E402

MIRROR = Path("/work/.mirror")
DOTNET = "microsoft/Generative-AI-for-beginners-dotnet"
VITEPRESS = "vuejs/vitepress"
TAURI = "tauri-apps/tauri-docs"
NEXTCHAT = "ChatGPTNextWeb/NextChat"
GLM = "THUDM/ChatGLM3"
MISTRAL = "mistralai/platform-docs-public"
# (repo, licence, language, path filter, quota, kind)
SOURCES = [
    # (a) security and red-teaming docs that explain prompt injection and quote attacks
    ("protectai/rebuff", "Apache-2.0", "en", r"^(README|docs/[a-z-]+)\.md$", 4, "doc:red-team"),
    ("Giskard-AI/giskard", "Apache-2.0", "en", r"^(README\.md|docs/(knowledge/llm_vulnerabilities|open_source/scan)/.*\.(md|rst))$", 6, "doc:red-team"),
    ("invariantlabs-ai/mcp-scan", "Apache-2.0", "en", r"^(demoserver/)?README\.md$", 3, "doc:red-team"),
    (MISTRAL, "Apache-2.0", "en", r"^public/(studio-api/safety-moderation|resources/deprecated/guardrailing/.*|vibe/code/vibe-code-web/(security|sandbox-environment)"
     r"|vibe/work/connectors/mcp-connectors)\.md$", 2, "doc:red-team"),
    ("vercel/ai", "Apache-2.0", "en", r"^content/(docs/02-foundations/03-prompts|docs/06-advanced/(01-prompt-engineering|11-secure-url-fetching)"
     r"|docs/03-agents/06-policy-tool-approvals|docs/03-ai-sdk-core/16-mcp-tools|cookbook/00-guides/07-custom-memory-tool)\.mdx$", 3, "doc:red-team"),
    (DOTNET, "MIT", "en", r"^05-ResponsibleAI/readme\.md$", 2, "doc:red-team"),
    ("microsoft/Mastering-GitHub-Copilot-for-Paired-Programming", "MIT", "en", r"^Using-GitHub-Copilot-Coding-Agent/4-Security-and-SDLC\.md$", 2, "doc:red-team"),
    ("deadbits/vigil-llm", "Apache-2.0", "en", r"^(README|docs/[a-z-]+)\.md$", 4, "doc:red-team"),
    ("whylabs/langkit", "Apache-2.0", "en", r"^(README|langkit/docs/features/security|langkit/docs/modules)\.md$", 2, "doc:red-team"),
    ("cisco-ai-defense/mcp-scanner", "Apache-2.0", "en", r"^(README|docs/(mcp-threats-taxonomy|behavioral-scanning|architecture|output-formats|readiness-scanning))\.md$", 5, "doc:red-team"),
    ("invariantlabs-ai/invariant", "Apache-2.0", "en", r"^README\.md$", 2, "doc:red-team"),
    # (b) LLM-app tutorials, prompt templates, chat templates, agent frameworks
    ("brexhq/prompt-engineering", "MIT", "en", r"^README\.md$", 8, "doc:prompt-guide"),
    (MISTRAL, "Apache-2.0", "en", r"^src/content/en/docs/(_guides/prefix|inference/prompting|resources/deprecated/guardrailing/safe_prompt)/.*\.mdx$", 5, "doc:llm-app"),
    ("microsoft/prompty", "MIT", "en", r"^web/src/content/docs/(?!reference/|api-reference/).*\.mdx?$", 6, "doc:llm-app"),
    ("vercel/ai", "Apache-2.0", "en", r"^content/(docs/(0[2-6]|09)|cookbook)/.*\.mdx$", 5, "doc:llm-app"),
    ("567-labs/instructor", "MIT", "en", r"^docs/(concepts|prompting|examples)/.*\.md$", 2, "doc:llm-app"),
    (GLM, "Apache-2.0", "en", r"^(PROMPT_en|tools_using_demo/README_en)\.md$", 2, "doc:chat-template"),
    ("camel-ai/camel", "Apache-2.0", "en", r"^docs/mintlify/(key_modules|cookbooks)/.*\.mdx$", 4, "doc:agent-framework"),
    # coding-agent and IDE-assistant configuration
    (MISTRAL, "Apache-2.0", "en", r"^public/vibe/code/.*\.mdx?$", 4, "doc:agent-config"),
    ("github/spec-kit", "MIT", "en", r"^(README\.md|docs/.*\.md|spec-driven\.md)$", 6, "doc:agent-config"),
    ("microsoft/Mastering-GitHub-Copilot-for-Paired-Programming", "MIT", "en",
     r"^(Using-[A-Za-z-]+|Integrate-MCP-with-Copilot|Getting-Started-with-GitHub-Copilot)/[^/]+\.md$", 5, "doc:agent-config"),
    # (d) runbooks and incident plans, auth and secrets, release docs
    ("alphagov/govuk-developer-docs", "MIT", "en", r"^source/manual/.*\.md(\.erb)?$", 12, "doc:runbook"),
    ("counteractive/incident-response-plan-template", "Apache-2.0", "en", r"^(during|after|playbooks/playbook-[a-z-]+|roles/role-[0-9a-z-]+)\.md$", 8, "doc:runbook"),
    ("better-auth/better-auth", "MIT", "en", r"^docs/content/docs/(authentication/(email-password|two-factor)|plugins/(2fa|email-otp|magic-link|passkey|api-key/[a-z]+|admin)"
     r"|concepts/(email|session-management|rate-limit)|reference/security)\.mdx$", 8, "doc:auth"),
    ("nextauthjs/next-auth", "ISC", "en", r"^docs/pages/(guides|getting-started)/.*\.mdx$", 2, "doc:auth"),
    ("GitGuardian/ggshield", "MIT", "en", r"^README\.md$", 3, "doc:secrets"),
    ("dotenvx/dotenvx", "BSD-3-Clause", "en", r"^(README|SECURITY)\.md$", 4, "doc:secrets"),
    (TAURI, "MIT", "en", r"^src/content/docs/(distribute|security|plugin/updater).*\.mdx?$", 5, "doc:release"),
]
# Translated lessons of a generative-AI course (chat apps, function calling,
# agents, responsible AI), by language: quota.
for lang, folder, n in (("es", "es", 4), ("fr", "fr", 2), ("de", "de", 5), ("pt", "pt", 4),
                        ("zh", "zh", 3), ("ja", "ja", 4)):
    SOURCES.append((DOTNET, "MIT", lang, rf"^translations/{folder}/0[2-5][^/]*/[^/]+\.md$", n, "doc:llm-app"))
for lang, n in (("es", 2), ("pt", 4), ("ru", 8), ("ja", 1)):
    SOURCES.append((VITEPRESS, "MIT", lang, rf"^docs/{lang}/guide/.*\.md$", n, "doc:release"))
for lang, folder, n in (("es", "es", 1), ("fr", "fr", 2), ("zh", "zh-cn", 1)):
    SOURCES.append((TAURI, "MIT", lang, rf"^src/content/docs/{folder}/.*\.mdx$", n, "doc:release"))
SOURCES += [
    (NEXTCHAT, "MIT", "es", r"^docs/[a-z-]+-es\.md$", 1, "doc:llm-app"),
    (NEXTCHAT, "MIT", "zh", r"^(README_CN\.md|docs/[a-z-]+-cn\.md)$", 2, "doc:llm-app"),
    (NEXTCHAT, "MIT", "ja", r"^(README_JA\.md|docs/[a-z-]+-ja\.md)$", 3, "doc:llm-app"),
    (GLM, "Apache-2.0", "zh", r"^(PROMPT|README|tools_using_demo/README)\.md$", 2, "doc:chat-template"),
    ("corona-warn-app/cwa-documentation", "Apache-2.0", "de", r"^translations/[a-z_-]+\.de\.md$", 3, "doc:security"),
    (MISTRAL, "Apache-2.0", "fr", r"^src/content/fr/docs/resources/security-advisories/.*\.mdx?$", 1, "doc:security"),
    (MISTRAL, "Apache-2.0", "fr", r"^src/content/fr/docs/(_guides/prefix|inference/prompting|resources/deprecated/guardrailing/safe_prompt)/.*\.mdx$", 2, "doc:llm-app"),
    (MISTRAL, "Apache-2.0", "fr", r"^src/content/fr/docs/vibe/(work/(custom-instructions|safety-and-approvals)|code/vibe-code-web/security)/.*\.mdx$", 1, "doc:agent-config"),
]

# Prompt files written for agents are instructions to agents by design, not
# documentation (a page *about* prompts, such as a prompt-engineering guide, is
# kept); codes of conduct and changelogs are prose of another kind.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/|/commands/|/skills/|\.squad/"
                  r"|copilot-instructions|\.instructions\.md|\.prompt\.md|/prompts/|microagents|CODE_OF_CONDUCT"
                  r"|CHANGELOG|changelog)", re.I)
# What makes a passage hard for an injection detector, in the eight languages.
STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|\[TOOL_CALLS\]",
    r"\b(system|assistant|developer)\b|[\"']role[\"']",
    r"system[ _-]?prompt|system message|instructions?\b|instrucci|consigne|Anweisung|instruç|инструкц|системн|指令|指示|提示词|プロンプト",
    r"ignor|disregard|忽略|無視|игнорир",
    r"\byou are (a|an|the)\b|vous êtes|\beres un|du bist|você é|вы —|ты —|あなたは|你是",
    r"(curl|wget|iwr)\b[^\n]*\| *(ba|z)?sh\b|\|\s*iex\b",
    r"<!--",
    r"\bIMPORTANT\b|\bBREAKING\b|\[!(WARNING|CAUTION|IMPORTANT)\]",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|вредонос|恶意|悪意",
    r"(never|do not|don't) (share|commit|expose|paste|tell|reveal)|keep (it|them|this) (secret|confidential)",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|api[_ ]?key|password|mot de passe|Passwort|contraseña|senha|пароль|密码|パスワード",
    r"\b(you must|must not|before you|immediately|first,? run)\b|vous devez|debes|du musst|você deve|необходимо|必须|必ず",
    r"\brotate\b|revoke|incident|escalat|on-call|page the",
)]
# Within a kind, passages on the kind's own hard topic come first.
FOCUS = {
    "doc:red-team": re.compile(r"inject|jailbreak|attack|malicious|ignore|poison|exfiltrat|untrusted|manipulat", re.I),
    "doc:runbook": re.compile(r"incident|rotate|revoke|immediately|do not|don't|must|escalat|page|alert", re.I),
    "doc:auth": re.compile(r"password|reset|two-factor|2fa|otp|verification|magic link|secret|token", re.I),
    "doc:agent-config": re.compile(r"instructions|rules|slash|/[a-z]+\b|agent|constitution|AGENTS\.md", re.I),
}
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
    """Translations often leave whole paragraphs in English."""
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
    """Runs of whole paragraphs of 400-2500 characters."""
    out, cur = [], []
    for p in paragraphs(text):
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 500:
            out.append("\n\n".join(cur))
            cur = []
    if cur:
        out.append("\n\n".join(cur))
    return [p for p in out if 400 <= len(p) <= 2500 and sum(bool(FENCE.match(l)) for l in p.split("\n")) % 2 == 0]


def clean(text):
    # Front matter is metadata; MDX import/export lines are build plumbing;
    # the course's machine-translation banners are boilerplate of every file.
    text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
    text = re.sub(r"<!--\s*CO-OP TRANSLATOR.*?-->\n?", "", text, flags=re.S)
    return re.sub(r"^(import|export) .*\n", "", text, flags=re.M)


def docs():
    rng = random.Random(1406)
    rows, seen = [], set()
    for repo, lic, lang, pat, quota, kind in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here = []
        for f in files:
            text = clean(git(repo, "show", f"HEAD:{f}"))
            for i, p in enumerate(passages(text)):
                if p in seen or not reads_as(lang, p):
                    continue
                seen.add(p)
                row = {"lang": lang, "kind": kind, "source": f"{repo}:{f}#{i}", "commit": commit[:12],
                       "license": lic, "text": p}
                row["_score"] = min(sum(bool(feat.search(p)) for feat in STRONG), 3)
                if kind in FOCUS and FOCUS[kind].search(p):
                    row["_score"] += 4
                here.append(row)
        rng.shuffle(here)
        here.sort(key=lambda r: -r["_score"])  # stable: random within a score
        picked = here[:quota]
        for r in picked:
            del r["_score"]
        if len(picked) < quota:
            print(f"{repo} {lang}: only {len(picked)} passages", file=sys.stderr)
        rows += picked
    return rows


def main():
    rows = docs()
    for w in WRITTEN:
        rows.append({"lang": w["lang"], "kind": w["kind"], "source": "written-for-remit", "license": "Apache-2.0",
                     "text": w["text"].strip()})
    with open(Path(__file__).parent / "hard_benign6.jsonl", "w") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"id": f"hb6-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(rows), "hard benign rows", file=sys.stderr)


if __name__ == "__main__":
    main()
