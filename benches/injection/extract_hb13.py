#!/usr/bin/env python3
"""Extracts the documentation half of the thirteenth hard-benign set
(hard_benign13.jsonl; the written half comes from benign13_written.py) from
openly licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets' texts.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, weighted towards what coding agents fetch: a coding
agent's security analyzer, resolver and runtime, an agent SDK's prompts,
hooks, interrupts, guardrails and prompt-engineering safety page, an MCP
runner's secrets, permissions and authorization, an MCP gateway that
sanitises tool output, the MCP Python and TypeScript SDKs (tools, prompts,
sampling, elicitation, authorization) with the Python SDK's translated pages
in German, Spanish, French, Portuguese, Russian, Chinese and Japanese, a
research agent's and a multi-agent framework's READMEs, sandboxes for
agent code, a red-teaming toolkit, the OWASP Web Security Testing Guide
(authentication, password reset, MFA, injection) and MASVS, a security
testing handbook, GitHub Actions that publish with registry tokens, a
compromised action's README, release signing, backup tools' passphrases and
keys, a 2FA app's migration and export pages and a
password manager's guide.

The helpers are extract_hb12.py's. Within each source's quota, passages on
the kind's hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to three), random within a score.
Passages are runs of whole paragraphs, 400-2500 characters, never cut inside
a fenced code block (nor, in AsciiDoc, around a ---- delimited block). Run
once; the output is committed so the benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

MIRROR = Path("/work/.mirror")
OH = "All-Hands-AI/OpenHands"
STR = "strands-agents/docs"
THV = "stacklok/toolhive"
MPY = "modelcontextprotocol/python-sdk"
MTS = "modelcontextprotocol/typescript-sdk"
GPR = "assafelovic/gpt-researcher"
AGS = "modelscope/agentscope"
CHC = "chatchat-space/Langchain-Chatchat"
ENTE = "ente-io/ente"

LLM = r"you are|system|instruction|prompt|role|tool|function|persona|あなたは|你是|系统|提示|プロンプト|システム|指示|指令|人格|角色|систем|промпт|инструкц|Anweisung|Systemprompt"
CFG = r"instruction|rules|prompt|agent|config|tool|permission|hook|mcp|server|token|api[_ -]?key|secret|sandbox|approve|allow|confirm|interrupt|guardrail"
MCP = (r"tool|prompt|sampling|elicit|resource|server|client|token|oauth|authori[sz]|secret|api[_ -]?key|scope|consent|user|"
       r"Werkzeug|herramienta|outil|ferramenta|инструмент|工具|ツール|Eingabeaufforderung|提示|プロンプト|промпт|Token|токен|令牌|トークン")
SEC = (r"attack|malicious|inject|secret|password|token|credential|exploit|bypass|vulnerab|trust|access|poison|jailbreak|"
       r"exfiltrat|adversar|session|cookie|reset|lockout|brute|phish|MFA|OTP|recovery")
CI = r"token|secret|permission|workflow|pull_request_target|pinned|compromis|GITHUB_TOKEN|NODE_AUTH_TOKEN|registry|credential|publish|npmrc|always-auth|sha"
REL = r"sign|key|passphrase|attest|sigstore|fulcio|rekor|oidc|token|secret|verify|keyless|COSIGN_PASSWORD|private"
BAK = r"password|passphrase|key|encrypt|repository|RESTIC_PASSWORD|BORG_PASSPHRASE|secret|forget|prune|delete|append-only|ransom|ssh|remote|env"
PWD = r"password|passkey|2FA|two-factor|TOTP|OTP|secret|code|export|import|recovery|backup|master|encrypt|QR|Passwort|Wiederherstellung|Schlüssel|browser|ssh|auto-?type"
APP = LLM + r"|api[_ -]?key|token|secret|sandbox|mcp|agent|plugin|password|retriever|密钥|令牌|沙箱|插件|キー|トークン"

# (repo, licence, language, path filter, quota, kind, topic)
SOURCES = [
    (OH, "MIT", "en", r"^(README|openhands/(security|resolver|runtime|memory|core/config|runtime/mcp/proxy|runtime/plugins/agent_skills|agenthub/codeact_agent|agenthub/browsing_agent)/README|openhands/core/message_format)\.md$", 8, "doc:agent-config", CFG + r"|analyzer|risk|confirmation|issue|pull request|GITHUB_TOKEN|microagent"),
    (STR, "Apache-2.0", "en", r"^site/src/content/docs/user-guide/(safety-security/[a-z-]+|concepts/(agents/(prompts|hooks|state|conversation-management)|interrupts|tools/(index|custom-tools|mcp-tools|executors|vended-tools)|multi-agent/agents-as-tools))\.mdx$", 9, "doc:agent-config", CFG + r"|system_prompt|BeforeToolCall|cancel|guard|pii|redact|injection|untrusted"),
    (THV, "Apache-2.0", "en", r"^(README|SECURITY|docs/(authz|middleware|remote-mcp-authentication|runtime-implementation-guide|registry/heuristics|arch/(04-secrets-management|05-runconfig-and-permissions|02-core-concepts|17-token-exchange-delegation|12-skills-system)))\.md$", 7, "doc:mcp", MCP + r"|permission|network|egress|cedar|policy|secret|keyring|isolation"),
    ("lasso-security/mcp-gateway", "MIT", "en", r"^(README|mcp_gateway/plugins/README)\.md$", 3, "doc:mcp", MCP + r"|sanitiz|mask|guardrail|plugin|presidio|lasso|pii"),
    (MPY, "MIT", "en", r"^(README|SECURITY|docs/(servers/(tools|prompts|resources)|handlers/(elicitation|sampling-and-roots|context)|run/authorization|client/oauth-clients|advanced/middleware))\.md$", 6, "doc:mcp", MCP),
    (MTS, "MIT OR Apache-2.0", "en", r"^(SECURITY|docs/(servers/(tools|prompts|sampling|elicitation|input-required)|serving/authorization|clients/(oauth|machine-auth|server-requests)|advanced/gateway))\.md$", 5, "doc:mcp", MCP),
    (GPR, "Apache-2.0", "en", r"^(README|SECURITY|docs/docs/gpt-researcher/(mcp-server/[a-z-]+|gptr/(config|pip-package|deep_research|example|querying-the-backend|scraping)|llms/(llms|running-with-ollama)|multi_agents/langgraph|context/(tailored-research|local-docs|filtering-by-domain)|search-engines/retrievers))\.mdx?$", 5, "doc:llm-app", APP + r"|retriever|report|research"),
    (AGS, "Apache-2.0", "en", r"^(README|docs/tutorial/en/src/README|examples/(agent_browser|agent_with_mcp|react_agent|meta_planner_agent|agent_deep_research|workflows/multiagent_debate|workflows/multiagent_conversation)/README)\.md$", 4, "doc:agent-config", APP + r"|sys_prompt|ReAct|memory|planner"),
    ("letta-ai/letta", "Apache-2.0", "en", r"^(README|SECURITY)\.md$", 2, "doc:agent-config", APP + r"|memory|persona|human|block"),
    ("e2b-dev/E2B", "Apache-2.0", "en", r"^(README|packages/(cli|python-sdk|js-sdk)/README)\.md$", 3, "doc:agent-config", CFG + r"|sandbox|E2B_API_KEY|template|execute|code"),
    ("Azure/PyRIT", "MIT", "en", r"^(README|SECURITY)\.md$", 2, "doc:red-team", SEC + r"|red team|risk|generative|harm|orchestrat"),
    ("OWASP/wstg", "CC-BY-SA-4.0", "en", r"^document/4-Web_Application_Security_Testing/(04-Authentication_Testing/(0[1-9]|1[01])-[A-Za-z_-]+|05-Authorization_Testing/0[2-5][.0-9]*-[A-Za-z_-]+|06-Session_Management_Testing/0[1-9]-[A-Za-z_-]+|07-Input_Validation_Testing/(01|02|05|12|18)[.0-9]*-[A-Za-z_-]+|11-Client-side_Testing/0[1-9]-[A-Za-z_-]+)\.md$", 9, "doc:security", SEC),
    ("OWASP/owasp-masvs", "CC-BY-SA-4.0", "en", r"^(Document/(0[3-9]|1[0-2])-[A-Za-z_-]+|controls/MASVS-(AUTH|STORAGE|PLATFORM|CODE|RESILIENCE)-[0-9])\.md$", 5, "doc:security", SEC + r"|storage|keychain|keystore|biometric|webview|tamper"),
    ("trailofbits/testing-handbook", "CC-BY-4.0", "en", r"^content/docs/(static-analysis/(semgrep|codeql)/(20-ci|30-org|_index)|languages/rust/(80-supply-chain-analysis|10-security-overview|40-gotchas)|web/burp/(stepbystep/02-workingmanually/(01-repeater|02-intruder|03-collaborator)/_index|tips/_index|bugs-vs-features/_index)|fuzzing/techniques/04-env)\.md$", 5, "doc:security", SEC + r"|secret|token|ci|github|collaborator|payload|scan"),
    ("actions/setup-node", "MIT", "en", r"^(README|docs/advanced-usage)\.md$", 4, "doc:ci", CI + r"|cache|auth|scope"),
    ("tj-actions/changed-files", "MIT", "en", r"^(README|SECURITY)\.md$", 3, "doc:ci", CI + r"|incident|CVE|pin|commit sha|token|fork"),
    ("softprops/action-gh-release", "MIT", "en", r"^README\.md$", 2, "doc:ci", CI + r"|release|tag|draft|asset"),
    ("sigstore/cosign", "Apache-2.0", "en", r"^(README|CLI|SECURITY|doc/cosign|release/README|specs/(SIGNATURE_SPEC|ATTESTATION_SPEC))\.md$", 5, "doc:release", REL),
    ("restic/restic", "BSD-2-Clause", "en", r"^doc/(030_preparing_a_new_repo|070_encryption|075_scripting|040_backup|060_forget|faq|077_troubleshooting|080_examples)\.rst$", 5, "doc:backup", BAK),
    ("borgbackup/borg", "BSD-3-Clause", "en", r"^docs/(quickstart|faq|deployment|usage/(general|key|repo-create|serve|notes))\.rst$", 5, "doc:backup", BAK),
    (ENTE, "AGPL-3.0", "en", r"^docs/docs/(auth/(faq/index|features/index|migration/(export|import|index|authy/index|steam/index|microsoft-authenticator/index)|index|troubleshooting/[a-z-]+)|photos/(faq/security-and-privacy|features/(account/)?passkeys)|self-hosting/administration/security|locker/(faq/security|features/security/[a-z-]+))\.md$", 7, "doc:password", PWD),
    ("keepassxreboot/keepassxc", "GPL-2.0-or-later (GPL-3.0 option)", "en", r"^(README|SECURITY|docs/topics/(BrowserPlugin|AutoType|SSHAgent|Passkeys|KeeShare|ImportExport|DatabaseOperations|PasswordGenerator|Disclaimers))\.(md|adoc)$", 5, "doc:password", PWD),
    ("FiloSottile/age", "BSD-3-Clause", "en", r"^README\.md$", 2, "doc:password", PWD + r"|recipient|identity|age-keygen|armor"),
    # German
    (MPY, "MIT", "de", r"^i18n/de/pages/[a-z/-]+\.md$", 8, "doc:mcp", MCP),
    # Spanish
    (MPY, "MIT", "es", r"^i18n/es/pages/[a-z/-]+\.md$", 8, "doc:mcp", MCP),
    # French
    (MPY, "MIT", "fr", r"^i18n/fr/pages/[a-z/-]+\.md$", 8, "doc:mcp", MCP),
    # Portuguese
    (MPY, "MIT", "pt", r"^i18n/pt/pages/[a-z/-]+\.md$", 8, "doc:mcp", MCP),
    # Russian
    (MPY, "MIT", "ru", r"^i18n/ru/pages/[a-z/-]+\.md$", 8, "doc:mcp", MCP),
    # Chinese
    (MPY, "MIT", "zh", r"^i18n/zh/pages/[a-z/-]+\.md$", 4, "doc:mcp", MCP),
    (CHC, "Apache-2.0", "zh", r"^(README|docs/contributing/(agent|settings|api)|docs/install/README_docker)\.md$", 2, "doc:llm-app", APP),
    (AGS, "Apache-2.0", "zh", r"^(README_zh|docs/tutorial/zh_CN/src/README)\.md$", 1, "doc:agent-config", APP),
    (GPR, "Apache-2.0", "zh", r"^README-zh_CN\.md$", 1, "doc:llm-app", APP),
    # Japanese
    (MPY, "MIT", "ja", r"^i18n/ja/pages/[a-z/-]+\.md$", 6, "doc:mcp", MCP),
    (GPR, "Apache-2.0", "ja", r"^README-ja_JP\.md$", 2, "doc:llm-app", APP),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:agent-config": r"instruct|system prompt|system_prompt|prompt|token|permission|allow|api[_ ]?key|secret|hook|sandbox|confirm|injection|untrusted",
    "doc:mcp": (r"prompt|sampling|elicit|token|oauth|secret|api[_ ]?key|permission|consent|untrusted|inject|"
                r"Eingabeaufforderung|提示|プロンプト|промпт|токен|令牌|トークン|jeton|contraseña|Passwort|mot de passe|senha|пароль"),
    "doc:llm-app": r"you are|system prompt|instructions?|persona|api[_ ]?key|sandbox|あなたは|你是|プロンプト|指示|指令|提示|角色",
    "doc:red-team": r"jailbreak|inject|red team|attack|harm",
    "doc:security": r"inject|token|password|secret|attack|exploit|bypass|reset|phish|session|credential|MFA",
    "doc:ci": r"token|secret|compromis|NODE_AUTH_TOKEN|GITHUB_TOKEN|credential|pin|malicious|publish",
    "doc:release": r"sign|passphrase|private key|token|secret|attest|COSIGN_PASSWORD|keyless",
    "doc:backup": r"password|passphrase|RESTIC_PASSWORD|BORG_PASSPHRASE|key|delete|forget|ransom|append-only",
    "doc:password": r"password|passkey|secret|export|recovery|2FA|TOTP|master|Passwort",
}

SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/[^/]*\.md$|/commands/|/skills/|^skills/|^\.agents/|^\.claude/"
                  r"|copilot[-_]instructions|\.instructions\.md|\.prompt\.md|microagents|/prompts/|system_prompts/|\.ruler/|built_in_prompt|_sys_prompt"
                  r"|^\.triage/|benchmark_data|i18n/[^/]+/(instructions|general-prompt|notices)\.md|CODE_OF_CONDUCT|CHANGELOG|release-notes/)", re.I)
# Passages that name the reserved suites are left out.
RESERVED = re.compile(r"garak|spikee|agentdojo|agent dojo", re.I)
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
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|pull_request_target|api[_ ]?key|password|passphrase|mot de passe|Passwort|contraseña|senha|пароль|密码|パスワード",
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




ADOC_BLOCK = re.compile(r"^(-{4,}|\.{4,}|={4,}|\[source)", re.M)


def main():
    rng = random.Random(1713)
    rows, seen = [], set()
    # A passage that shares a 120-character run with any row of another set
    # or any generator in this folder (a canonical example quoted by several
    # projects), or with a passage already taken, is skipped like a repeat;
    # the check prints nothing of those sets.
    here_dir = Path(__file__).parent
    own = {"hard_benign13.jsonl", "benign13_written.py", "benign13_texts.py", "extract_hb13.py"}
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
            for i, p in enumerate(passages(text)):
                if p in seen or not reads_as(lang, p) or RESERVED.search(p):
                    continue
                if f.endswith(".adoc") and ADOC_BLOCK.search(p):
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
    if "--docs-only" in sys.argv:
        return
    # The written half follows the documentation rows; ids run over both.
    import benign13_written
    benign13_written.write(rows)


if __name__ == "__main__":
    main()
