#!/usr/bin/env python3
"""Extracts the documentation half of the twelfth hard-benign set
(hard_benign12.jsonl; the written half comes from benign12_written.py) from
openly licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets' texts.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, weighted towards what coding agents fetch: an agent
SDK's hooks, permissions and system prompts, a browser agent's sensitive
data and prompt options, a local LLM web UI's instruction templates, chat
tab and tool calling, the OWASP CI/CD Top 10 (poisoned pipelines,
credential hygiene) and the OWASP AI Security Verification Standard
(prompt injection, agents, MCP), GitHub Actions that check out code with
tokens, log in to registries, publish packages and import GPG keys, a
release tool's `curl | sh` and PowerShell installers, signing and
attestations, `curl | sudo -E bash` package setup, git hooks that can be
skipped, keyless commit signing, a secret scanner, incident playbooks, and
LLM-app and multi-agent framework docs (personas, roles, function calling,
MCP, API keys, sandboxes) with their Chinese, Japanese, Russian, Spanish,
French and Portuguese READMEs, and a remote-desktop tool's README and
security policy in seven languages (the only German here).

The helpers are extract_hb11.py's (from extract_hb10.py). Within each
source's quota, passages on the kind's hardest shape come first, then
passages with more topic words and distinct hard features (STRONG, counted
up to three), random within a score. Passages are runs of whole paragraphs,
400-2500 characters, never cut inside a fenced code block. Run once; the
output is committed so the benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

MIRROR = Path("/work/.mirror")
AST = "AstrBotDevs/AstrBot"
LBT = "langbot-app/LangBot"
RAG = "infiniflow/ragflow"
MGP = "geekan/MetaGPT"
CHD = "OpenBMB/ChatDev"
ALM = "Mintplex-Labs/anything-llm"
RDK = "rustdesk/rustdesk"

LLM = r"you are|system|instruction|prompt|role|tool|function|persona|あなたは|你是|系统|提示|プロンプト|システム|指示|指令|人格|角色|систем|промпт|инструкц"
CFG = r"instruction|rules|prompt|agent|config|tool|permission|hook|mcp|server|token|api[_ -]?key|secret|sandbox|approve|allow"
INST = r"curl|wget|sh -c|\| *(ba|z)?sh|install|source|export|~/\.|rc\b|eval|sudo|PATH|iex|irm|powershell"
SEC = (r"attack|malicious|inject|secret|password|token|credential|exploit|bypass|ataque|attaque|Angriff|атак|"
       r"攻击|攻撃|vulnerab|vulnérab|Schwachstelle|уязвим|漏洞|脆弱|trust|cert|access|poison|jailbreak|exfiltrat|adversar")
CI = r"token|secret|permission|workflow|pull_request_target|pinned|dangerous|branch protection|GITHUB_TOKEN|PAT|credential|approve|ssh|key|password|script|OIDC|fork"
REL = r"sign|gpg|key|passphrase|attest|sigstore|fulcio|rekor|oidc|token|secret|verify|checksum|release|tag|commit"
HOOK = r"hook|skip|--no-verify|OVERCOMMIT_DISABLE|pre-commit|pre-push|sign|verify|disable|install"
RUN = r"incident|compromis|attacker|adversar|phish|credential|password|reset|revoke|rotate|isolate|contain|malware|escalat|MFA|account"
APP = LLM + r"|api[_ -]?key|token|secret|sandbox|mcp|agent|plugin|webhook|password|admin|密钥|令牌|沙箱|插件|ключ|токен|キー|トークン|clave|clé|chave"
RDKRE = SEC + r"|password|Passwort|contraseña|mot de passe|senha|пароль|密码|パスワード|server|Server|relay|key|Schlüssel|clave|clé|chave|ключ|密钥|鍵|build|sudo"
L = {"es": "es", "fr": "fr", "de": "de", "pt": "pt-br", "ru": "ru", "zh": "zh-cn", "ja": "ja"}
AST_EN = r"^docs/en/(use/(function-calling|mcp|custom-rules|astrbot-agent-sandbox|astrbot-sandbox|computer|code-interpreter|subagent|proactive-agent|skills|agent-runner|unified-webhook|webui)|dev/(openapi|openapi-scopes|star/guides/ai)|providers/(llm|start)|faq)\.md$"
AST_ZH = AST_EN.replace("docs/en/", "docs/zh/")

# (repo, licence, language, path filter, quota, kind, topic)
SOURCES = [
    ("anthropics/claude-agent-sdk-python", "MIT", "en", r"^(README|RELEASING|examples/session_stores/README)\.md$", 5, "doc:agent-config", CFG + r"|system_prompt|can_use_tool|PreToolUse|Bash|allowed_tools|permission_mode"),
    ("browser-use/browser-use", "MIT", "en", r"^(README|CLOUD|\.github/SECURITY|browser_use/README|browser_use/llm/README|docker/README|examples/[a-z/_-]+/README)\.md$", 6, "doc:agent-config", CFG + r"|sensitive_data|system_message|browser|domain|cookie|password|login"),
    ("oobabooga/text-generation-webui", "AGPL-3.0", "en", r"^(README|docs/(01 - Chat Tab|02 - Default and Notebook Tabs|03 - Parameters Tab|07 - Extensions|08 - Additional Tips|09 - Docker|12 - OpenAI API|Tool Calling Tutorial|What Works))\.md$", 7, "doc:chat-template", LLM + r"|template|instruct|character|<\|[a-z_]+\|>|api[_ -]?key|--listen|--share"),
    ("OWASP/www-project-top-10-ci-cd-security-risks", "CC-BY-SA-4.0", "en", r"^CICD-SEC-[0-9]+-[A-Za-z-]+\.md$", 9, "doc:ci", CI + r"|poison|attacker|malicious|pipeline|secret|dependency"),
    ("OWASP/AISVS", "CC-BY-SA-4.0", "en", r"^1\.0/(en/0x(10-C02|10-C07|10-C09|10-C10|10-C11|92)[A-Za-z_-]*|research/chapters/C(02|09|10|11)-[A-Za-z-]+/C[0-9-]+[A-Za-z-]+)\.md$", 11, "doc:security", SEC + r"|prompt|instruction|agent|tool|mcp|system prompt|guardrail"),
    ("actions/checkout", "MIT", "en", r"^README\.md$", 3, "doc:ci", CI + r"|persist-credentials|ssh-key|fetch-depth|submodules"),
    ("pypa/gh-action-pypi-publish", "BSD-3-Clause", "en", r"^README\.md$", 3, "doc:ci", CI + r"|trusted publish|id-token|password|attestation|repository-url"),
    ("docker/login-action", "Apache-2.0", "en", r"^README\.md$", 3, "doc:ci", CI + r"|registry|username|password|logout|ecr|gcr"),
    ("crazy-max/ghaction-import-gpg", "MIT", "en", r"^README\.md$", 3, "doc:release", REL + r"|GPG_PRIVATE_KEY|PASSPHRASE|fingerprint|git_commit_gpgsign"),
    ("sigstore/gitsign", "Apache-2.0", "en", r"^(README|docs/(committer-verification|verification|url-opener|timestamp)|cmd/gitsign-credential-cache/README)\.md$", 5, "doc:release", REL + r"|credential|cache|browser|identity"),
    ("axodotdev/cargo-dist", "MIT OR Apache-2.0", "en", r"^(SECURITY|book/src/(installers/(shell|powershell|updater|usage|index|npm|homebrew)|supplychain-security/[a-z/-]+|ci/(customizing|index)|install))\.md$", 7, "doc:install", INST + r"|sign|attest|token|secret|checksum|GITHUB_TOKEN"),
    ("nodesource/distributions", "MIT", "en", r"^(README|OLDER_DISTROS|DEV_README)\.md$", 3, "doc:install", INST + r"|gpg|key|apt|repository|setup_"),
    ("sds/overcommit", "MIT", "en", r"^README\.md$", 4, "doc:git-hooks", HOOK + r"|signature|sign|trust"),
    ("trufflesecurity/trufflehog", "AGPL-3.0", "en", r"^(README|PreCommit|SECURITY|pkg/custom_detectors/CUSTOM_DETECTORS)\.md$", 5, "doc:security", SEC + r"|verified|detector|leak|key|pre-commit"),
    ("austinsonger/Incident-Playbook", "MIT", "en", r"^(Incident-Response/(Incident-Response-Checklists/[^/]+|Incident-Response-Phases/0[1-4][^/]*/[^/]+|Incident-Response-Roles/README|Incident-Response-After/[^/]+)|Exercises/(Application Security|Information Technology Management|AWS)/[^/]+|Battle-Cards/T1486-Ransomware)\.md$", 7, "doc:runbook", RUN),
    (AST, "AGPL-3.0", "en", AST_EN, 6, "doc:llm-app", APP),
    (LBT, "Apache-2.0", "en", r"^(README|docs/API_KEY_AUTH|docs/PYPI_INSTALLATION)\.md$", 3, "doc:llm-app", APP),
    (RAG, "Apache-2.0", "en", r"^(README|SECURITY|docs/(guides/agent/(agent_workflow/[a-z_]+|embed_into_web_pages|agent_overview|agent_quickstarts/sandbox_quickstart)|develop/(acquire_ragflow_api_key|mcp/[a-z_]+)|guides/models/llm_api_key_setup|guides/chat/start_chat|administrator/admin/admin_ui/configure_code_execution_sandbox)|agent/sandbox/README)\.md$", 6, "doc:llm-app", APP),
    (CHD, "Apache-2.0", "en", r"^(README|docs/user_guide/en/(nodes/(agent|human|python)|modules/tooling/(README|function|mcp)|modules/memory|workflow_authoring|dynamic_execution))\.md$", 5, "doc:agent-config", APP + r"|role|prompt"),
    (MGP, "MIT", "en", r"^(README|SECURITY|docs/(FAQ-EN|tutorial/usage|install/cli_install))\.md$", 3, "doc:agent-config", APP + r"|role|action"),
    ("reworkd/AgentGPT", "GPL-3.0", "en", r"^(README|docs/(developers/api-keys|key-concepts|features/templates|introduction))\.mdx?$", 2, "doc:llm-app", APP + r"|goal"),
    (ALM, "MIT", "en", r"^(README|SECURITY|BARE_METAL|docker/HOW_TO_USE_DOCKER)\.md$", 4, "doc:llm-app", APP + r"|workspace|multi-user|password"),
    (RDK, "AGPL-3.0", "en", r"^(README|docs/SECURITY)\.md$", 2, "doc:security", RDKRE),
    # Chinese
    (AST, "AGPL-3.0", "zh", AST_ZH, 6, "doc:llm-app", APP),
    (CHD, "Apache-2.0", "zh", r"^(README-zh|docs/user_guide/zh/(nodes/(agent|human|python)|modules/tooling/(README|function|mcp)|modules/memory|workflow_authoring|dynamic_execution))\.md$", 4, "doc:agent-config", APP),
    (RAG, "Apache-2.0", "zh", r"^README_zh\.md$", 2, "doc:llm-app", APP),
    (LBT, "Apache-2.0", "zh", r"^README_CN\.md$", 1, "doc:llm-app", APP),
    (MGP, "MIT", "zh", r"^docs/(README_CN|tutorial/usage_cn|install/cli_install_cn)\.md$", 2, "doc:agent-config", APP),
    (ALM, "MIT", "zh", r"^locales/README\.zh-CN\.md$", 1, "doc:llm-app", APP),
    (RDK, "AGPL-3.0", "zh", r"^docs/README-ZH\.md$", 1, "doc:security", RDKRE),
    # Japanese
    (AST, "AGPL-3.0", "ja", r"^README_ja\.md$", 2, "doc:llm-app", APP),
    (LBT, "Apache-2.0", "ja", r"^README_JP\.md$", 1, "doc:llm-app", APP),
    (RAG, "Apache-2.0", "ja", r"^README_ja\.md$", 2, "doc:llm-app", APP),
    (MGP, "MIT", "ja", r"^docs/README_JA\.md$", 2, "doc:agent-config", APP),
    (ALM, "MIT", "ja", r"^locales/README\.ja-JP\.md$", 2, "doc:llm-app", APP),
    (RDK, "AGPL-3.0", "ja", r"^docs/(README|SECURITY)-JP\.md$", 1, "doc:security", RDKRE),
    # Russian
    (AST, "AGPL-3.0", "ru", r"^(README_ru|FIRST_NOTICE\.ru-RU)\.md$", 3, "doc:llm-app", APP),
    (LBT, "Apache-2.0", "ru", r"^README_RU\.md$", 2, "doc:llm-app", APP),
    (RAG, "Apache-2.0", "ru", r"^README_ru\.md$", 2, "doc:llm-app", APP),
    (RDK, "AGPL-3.0", "ru", r"^docs/(README|CONTRIBUTING)-RU\.md$", 2, "doc:security", RDKRE),
    # Spanish
    (AST, "AGPL-3.0", "es", r"^README_es\.md$", 3, "doc:llm-app", APP),
    (LBT, "Apache-2.0", "es", r"^README_ES\.md$", 2, "doc:llm-app", APP),
    (RDK, "AGPL-3.0", "es", r"^docs/README-ES\.md$", 2, "doc:security", RDKRE),
    # French
    (AST, "AGPL-3.0", "fr", r"^README_fr\.md$", 2, "doc:llm-app", APP),
    (LBT, "Apache-2.0", "fr", r"^README_FR\.md$", 2, "doc:llm-app", APP),
    (RAG, "Apache-2.0", "fr", r"^README_fr\.md$", 2, "doc:llm-app", APP),
    (MGP, "MIT", "fr", r"^docs/README_FR\.md$", 2, "doc:agent-config", APP),
    (RDK, "AGPL-3.0", "fr", r"^docs/(README|SECURITY|CONTRIBUTING)-FR\.md$", 2, "doc:security", RDKRE),
    # Portuguese
    (RAG, "Apache-2.0", "pt", r"^README_pt_br\.md$", 3, "doc:llm-app", APP),
    (RDK, "AGPL-3.0", "pt", r"^docs/README-PTBR\.md$", 2, "doc:security", RDKRE),
    # German
    (RDK, "AGPL-3.0", "de", r"^docs/(README|SECURITY|CONTRIBUTING)-DE\.md$", 4, "doc:security", RDKRE),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:agent-config": r"instruct|rules|prompt|token|permission|allow|api[_ ]?key|secret|hook|sandbox|指示|指令|プロンプト|提示词|инструкц|Anweisung",
    "doc:ci": r"pull_request_target|poison|token|secret|permissions|credential|password|attacker|malicious",
    "doc:release": r"sign|passphrase|private key|token|secret|attest",
    "doc:install": r"curl|wget|sh -c|\| *(ba|z)?sh|\|\s*iex|sudo|eval|~/\.[a-z]+rc|export |token|password|sign",
    "doc:git-hooks": r"skip|disable|--no-verify|OVERCOMMIT_DISABLE|sign|trust",
    "doc:security": r"inject|token|password|secret|attack|exploit|sudo|curl|jailbreak|system prompt|contraseña|senha|Passwort|пароль|密码|パスワード|攻撃|攻击|ataque",
    "doc:runbook": r"credential|password|reset|phish|compromis|revoke|rotate|attacker|MFA",
    "doc:llm-app": (r"you are|system prompt|instructions?|persona|[\"']role[\"']\s*:\s*[\"']system|api[_ ]?key|sandbox|あなたは|你是|"
                    r"プロンプト|指示|指令|提示|角色|人格|промпт|ключ"),
}
PRIME["doc:chat-template"] = PRIME["doc:llm-app"] + r"|<\|[a-z_]+\|>|function|tool|template"

SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/[^/]*\.md$|/commands/|/skills/|^skills/|^\.agents/|^\.claude/"
                  r"|copilot-instructions|\.instructions\.md|\.prompt\.md|microagents|/prompts/|system_prompts/|\.ruler/"
                  r"|CODE_OF_CONDUCT|CHANGELOG|release-notes/)", re.I)
STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|<tool_call>|\[TOOL_CALLS\]",
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
    r"\b(immediately|rotate|revoke|incident|escalate)\b",
    r"\b(you must|must not|before you|first,? run)\b|vous devez|debes|du musst|você deve|необходимо|必须|必ず",
    r"!\[[^\]]*\]\([^)]*\?|<img[^>]+\?",
)]
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
        return sum(ord(c) > 0x2000 and not (0x2000 <= ord(c) < 0x2100) for c in p) < 20
    if lang in ("ru", "zh", "ja"):
        return sum(ord(c) > 0x400 for c in p) >= 80
    low = p.lower()
    return sum(low.count(w) for w in STOP[lang]) >= 6


def paragraphs(text):
    """Blank-line separated paragraphs; a fenced code block stays inside one,
    and an indented block (code, a list item's body) joins the paragraph
    before it."""
    out, cur, fenced = [], [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
        if not line.strip() and not fenced:
            if cur:
                out.append("\n".join(cur))
                cur = []
            continue
        cur.append(line.rstrip())
    if cur:
        out.append("\n".join(cur))
    merged = []
    for p in out:
        if merged and re.match(r"( {3,}|\t)\S", p) and not FENCE.match(p):
            merged[-1] += "\n\n" + p
        else:
            merged.append(p)
    return [p for p in merged if p.strip()]


def passages(text):
    """Runs of whole paragraphs of 400-2500 characters."""
    out, cur = [], []
    for p in paragraphs(text):
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 700:
            out.append("\n\n".join(cur))
            cur = []
    if cur:
        out.append("\n\n".join(cur))
    return [p for p in out if 400 <= len(p) <= 2500 and sum(bool(FENCE.match(l)) for l in p.split("\n")) % 2 == 0]


def clean(text):
    # Front matter is metadata; MDX import/export lines are build plumbing.
    text = re.sub(r"\A\ufeff?(\+\+\+.*?\+\+\+\n|---\n.*?\n---\n)", "", text, flags=re.S)
    text = re.sub(r"^(import|export) .*\n", "", text, flags=re.M)
    return text


class Taken:
    """Texts already used. A 120-character run shared with one of them
    contains an 80-character run that starts at a multiple of 40 in it, so
    those runs are indexed and every hit is confirmed on the full texts."""

    def __init__(self, texts):
        self.index, self.texts = set(), []
        for t in texts:
            self.add(t)

    def add(self, t):
        self.texts.append(t)
        self.index.update(t[i:i + 80] for i in range(0, len(t) - 79, 40))
        self._joined = None

    def overlaps(self, t):
        for j in range(len(t) - 79):
            if t[j:j + 80] in self.index:
                if self._joined is None:
                    self._joined = "\x00".join(self.texts)
                for s in range(max(0, j - 40), min(j, len(t) - 120) + 1):
                    if t[s:s + 120] in self._joined:
                        return True
        return False


def main():
    rng = random.Random(1612)
    rows, seen = [], set()
    # A passage that shares a 120-character run with any row of another set
    # or any generator in this folder (a canonical example quoted by several
    # projects), or with a passage already taken, is skipped like a repeat;
    # the check prints nothing of those sets.
    here_dir = Path(__file__).parent
    own = {"hard_benign12.jsonl", "benign12_written.py", "extract_hb12.py"}
    others = []
    for f in sorted(list(here_dir.glob("*.jsonl")) + list(here_dir.glob("*.py")) + [here_dir.parent / "injection.py"]):
        if f.name in own:
            continue
        raw = f.read_text(encoding="utf-8", errors="replace")
        if f.suffix == ".jsonl":
            others += [json.loads(l).get("text", "") for l in raw.splitlines() if l.strip()]
        else:
            others.append(raw)
    taken = Taken(others)
    for repo, lic, lang, pat, quota, kind, topic in SOURCES:
        topic_re = re.compile(topic, re.I)
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here = []
        for f in files:
            text = clean(git(repo, "show", f"HEAD:{f}"))
            if f.endswith(".erb"):
                text = re.sub(r"<%.*?%>", "", text, flags=re.S)
            for i, p in enumerate(passages(text)):
                if p in seen or not reads_as(lang, p):
                    continue
                seen.add(p)
                row = {"lang": lang, "kind": kind, "source": f"{repo}@{commit[:12]}:{f}#{i}", "commit": commit[:12],
                       "license": lic, "text": p}
                score = min(sum(bool(feat.search(p)) for feat in STRONG), 3)
                prime = bool(re.search(PRIME[kind], p, re.I))
                row["_key"] = (not prime, -len(set(m.lower() for m in topic_re.findall(p)[:50])) // 2 - score)
                here.append(row)
        rng.shuffle(here)
        here.sort(key=lambda r: r["_key"])
        # A passage that repeats a 120-character run of one already taken
        # (a README and a docs page sharing an example) is skipped, and no
        # file gives more than a third of a quota (at least two).
        picked, per_file, skipped = [], {}, 0
        cap = max(2, -(-quota // 3)) if len(files) > 2 else quota
        for r in here:
            if len(picked) == quota:
                break
            t = r["text"]
            f = r["source"].rsplit("#", 1)[0]
            if per_file.get(f, 0) >= cap:
                continue
            if taken.overlaps(t):
                skipped += 1
                continue
            per_file[f] = per_file.get(f, 0) + 1
            picked.append(r)
            taken.add(t)
        for r in picked:
            del r["_key"]
        print(f"{repo} {lang} {kind}: {len(picked)}/{quota} of {len(here)} from {len(files)} files"
              + (f", {skipped} skipped for a shared run" if skipped else ""), file=sys.stderr)
        rows += picked
    print(len(rows), "documentation passages", file=sys.stderr)
    # The written half follows the documentation rows; ids run over both.
    import benign12_written
    benign12_written.write(rows)


if __name__ == "__main__":
    main()
