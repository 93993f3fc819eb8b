#!/usr/bin/env python3
"""Extracts the documentation half of the ninth hard-benign set
(hard_benign9.jsonl; the written half comes from benign9_written.py) from
openly licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets' texts.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: a payload cheat sheet's prompt-injection page and
two AI/MCP security guides that quote attack strings; agent docs with system
and instance templates, tools and roles (SWE-agent, gptme, TaskWeaver),
MCP server configuration and a security-review action's custom
instructions; Qwen's chat-template, ReAct and system-prompt notes and a
fine-tuning dataset format with system/tool turns; CI credential docs
(OpenSSF Scorecard checks, keyless auth actions for Google Cloud and AWS),
release tokens (semantic-release, cargo registries); `sh -c "$(curl …)"`
installers and shell-profile edits (oh-my-zsh, pyenv, Nushell); a
hardware-key/GPG guide; incident and secrets standards (GDS Way, oh-my-zsh's
incident plan); and the same topics in Spanish, French, German, Portuguese,
Russian, Chinese and Japanese (CNCF glossary security terms, Qwen, Nushell,
GitHub's git cheat sheet, GigaChain, one-api, LLaMA-Factory, AI-Infra-Guard,
the SlowMist MCP checklist).

The helpers are extract_hb8.py's. Within each source's quota, passages on
the kind's hardest shape come first, then passages with more topic words
and distinct hard features (STRONG, counted up to three), random within a
score. Passages are runs of whole paragraphs, 400-2500 characters, never
cut inside a fenced code block. Run once; the output is committed so the
benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

MIRROR = Path("/work/.mirror")
QWEN = "QwenLM/Qwen"
GLOSS = "cncf/glossary"
NU = "nushell/nushell.github.io"
TK = "github/training-kit"
ONEAPI = "songquanpeng/one-api"
LF = "hiyouga/LLaMA-Factory"
AIG = "Tencent/AI-Infra-Guard"
SLOW = "slowmist/MCP-Security-Checklist"

RED = (r"inject|jailbreak|attack|ignore|poison|exfiltrat|malicious|adversar|bypass|override|注入|越狱|攻击|"
       r"インジェクション|攻撃|инъекц|атак|Injektion|Angriff|attaque|inyecci|ataque|injeção")
LLM = r"you are|system|instruction|prompt|role|tool|function|あなたは|你是|系统|提示|プロンプト|システム|指示|指令|систем|промпт|инструкц"
RUN = r"incident|immediately|must|do not|never|rotate|revoke|escalat|notify|isolat|contain|credential|compromis"
AUTH = (r"password|reset|2fa|mfa|token|verif|otp|secret|credential|session|contraseña|mot de passe|Passwort|senha|"
        r"пароль|密码|パスワード|jeton|токен|トークン|令牌|passphrase|PIN|key")
REL = r"release|publish|token|secret|sign|workflow|upload|trusted|oidc|hook|--no-verify|curl|GH_TOKEN|credential"
CFG = r"AGENTS\.md|CLAUDE\.md|instruction|rules|prompt|agent|config|tool|permission|hook|mcp|server|token"
INST = r"curl|wget|sh -c|\| *(ba|z)?sh|install|source|export|~/\.|rc\b|eval|sudo|PATH"
SEC = (r"attack|malicious|inject|secret|password|token|credential|exploit|bypass|ataque|attaque|Angriff|атак|"
       r"攻击|攻撃|vulnerab|vulnérab|Schwachstelle|уязвим|漏洞|脆弱|trust|Vertrauen|confian|довер|信任|信頼|cert|certif|Zertifikat|сертификат|证书|証明書|access|Zugriff|acceso|accès|acesso|доступ|访问|アクセス")
CI = r"token|secret|permission|workflow|pull_request_target|pinned|dangerous|branch protection|signed|GITHUB_TOKEN|OIDC|credential|role"

# (repo, licence, language, path filter, quota, kind, topic)
SOURCES = [
    ("swisskyrepo/PayloadsAllTheThings", "MIT", "en", r"^Prompt Injection/README\.md$", 7, "doc:red-team", RED),
    ("swisskyrepo/PayloadsAllTheThings", "MIT", "en", r"^(Account Takeover|API Key Leaks|OAuth Misconfiguration|Insecure Source Code Management"
     r"|Hidden Parameters|Web Cache Deception)/README\.md$", 4, "doc:security", AUTH + "|" + SEC),
    (AIG, "Apache-2.0", "en", r"^(README|AIG-PromptSecurity/README|agent-scan/README|Research/README)\.md$", 4, "doc:red-team", RED + "|mcp|agent"),
    (SLOW, "MIT", "en", r"^README\.md$", 5, "doc:red-team", RED + "|mcp|tool|permission"),
    ("anthropics/claude-code-security-review", "MIT", "en", r"^(README|docs/custom-[a-z-]+)\.md$", 5, "doc:agent-config", CFG + "|secur|inject"),
    ("SWE-agent/SWE-agent", "MIT", "en", r"^docs/(config/(config|templates|tools|models|demonstrations|env)|installation/keys|usage/(adding_custom_tools|cli|hello_world|batch_mode)|faq|background/aci)\.md$",
     8, "doc:agent-framework", LLM + "|template|instance"),
    ("gptme/gptme", "MIT", "en", r"^docs/(prompts|tools|config|security|hooks|mcp|lessons|agents|automation|skills|computer-use-warning|bot|custom_tool|server)\.(rst|md)$",
     8, "doc:agent-config", CFG + "|" + LLM + "|confirm|shell"),
    ("microsoft/TaskWeaver", "MIT", "en", r"^website/(docs/(concepts/(role|plugin|post|conversation)|customization/.*|configurations/.*|llms/(openai|aoai|index|ollama)|code_execution|advanced/(verification|plugin_selection|cli_only)|FAQ)|blog/(role|plugin|experience))\.md$",
     7, "doc:agent-framework", LLM + "|planner|code interpreter"),
    ("modelcontextprotocol/servers", "MIT", "en", r"^(README|src/(fetch|filesystem|git|memory|everything)/README|SECURITY)\.md$", 7, "doc:agent-config",
     CFG + r"|\"command\"|npx|uvx|env|allowed|robots"),
    (QWEN, "Apache-2.0", "en", r"^(README|FAQ|tokenization_note|examples/(system_prompt|react_prompt|auto_comments|transformers_agent))\.md$", 7, "doc:chat-template",
     r"<\|im_start\|>|<\|endoftext\|>|system|observation|thought|action|tool|function"),
    (LF, "Apache-2.0", "en", r"^data/README\.md$", 3, "doc:chat-template", r"system|tools|function_call|observation|role|human|gpt"),
    ("ossf/scorecard", "Apache-2.0", "en", r"^docs/(checks|beginner-checks|faq)\.md$", 7, "doc:ci", CI),
    ("google-github-actions/auth", "Apache-2.0", "en", r"^(README|docs/[A-Za-z_-]+)\.md$", 5, "doc:ci", CI + "|key|service account|impersonat"),
    ("aws-actions/configure-aws-credentials", "MIT", "en", r"^README\.md$", 4, "doc:ci", CI + "|key|assume"),
    ("python-semantic-release/python-semantic-release", "MIT", "en", r"^docs/(configuration/(automatic-releases/.*|configuration)|concepts/(getting_started|installation|strict_mode)|misc/troubleshooting)\.rst$",
     5, "doc:release", REL + "|GH_TOKEN|push|force"),
    ("rust-lang/cargo", "MIT OR Apache-2.0", "en", r"^src/doc/src/reference/(registry-authentication|publishing|credential-provider-protocol|registries)\.md$|^doc/book/src/(reference/(registry-authentication|publishing|credential-provider-protocol|registries)|appendix/git-authentication|commands/cargo-publish)\.md$",
     5, "doc:release", REL + "|login|credential"),
    ("ohmyzsh/ohmyzsh", "MIT", "en", r"^(README\.md|\.github/INCIDENT_RESPONSE_PLAN\.md|SECURITY\.md)$", 6, "doc:install", INST + "|" + RUN),
    ("pyenv/pyenv", "MIT", "en", r"^(README|COMMANDS|plugins/python-build/README)\.md$", 4, "doc:install", INST),
    ("drduh/YubiKey-Guide", "MIT", "en", r"^(README|SECENV)\.md$", 7, "doc:auth", AUTH + "|pin|gpg|ssh|yubikey"),
    ("alphagov/gds-way", "MIT", "en", r"^source/standards/(incident-management|managing-sensitive-information|secrets-acl|how-to-do-penetration-tests|alerting|accounts-with-third-parties|source-code/.*|storing-credentials|tracking-dependencies|vulnerability-disclosure|continuous-delivery)[^/]*\.html\.md\.erb$",
     7, "doc:runbook", RUN + "|secret|credential|password|github"),
    # Spanish
    (GLOSS, "Apache-2.0", "es", r"^content/es/(cloud-native-security|devsecops|digital-certificate|firewall|mutual-transport-layer-security|policy-as-code|role-based-access-control|security-chaos-engineering|shift-left|transport-layer-security|zero-trust-architecture|continuous-deployment|gitops|api-gateway)\.md$",
     5, "doc:security", AUTH + "|" + SEC),
    (QWEN, "Apache-2.0", "es", r"^README_ES\.md$", 4, "doc:chat-template", LLM + r"|<\|im_start\|>|sistema|herramienta"),
    (NU, "MIT", "es", r"^es/book/(instalacion|configuracion|entorno|plugins)\.md$", 2, "doc:install", INST + "|config"),
    (TK, "CC-BY-4.0", "es", r"^downloads/es_ES/github-git-cheat-sheet\.md$", 1, "doc:git", r"push|reset|force|config|credential"),
    # French
    (GLOSS, "Apache-2.0", "fr", r"^content/fr/(cloud-native-security|devsecops|digital-certificate|firewall|mutual-transport-layer-security|policy-as-code|role-based-access-control|security-chaos-engineering|shift-left|transport-layer-security|zero-trust-architecture|continuous-deployment|gitops|api-gateway)\.md$",
     5, "doc:security", AUTH + "|" + SEC),
    (QWEN, "Apache-2.0", "fr", r"^README_FR\.md$", 4, "doc:chat-template", LLM + r"|<\|im_start\|>|système|outil"),
    (NU, "MIT", "fr", r"^fr/book/(installation|default_shell|getting_started)\.md$", 1, "doc:install", INST),
    (TK, "CC-BY-4.0", "fr", r"^downloads/fr/github-git-cheat-sheet\.md$", 1, "doc:git", r"push|reset|force|config|credential"),
    # German
    (GLOSS, "Apache-2.0", "de", r"^content/de/(api-gateway|cloud-native-security|continuous-deployment)\.md$", 3, "doc:security", AUTH + "|" + SEC + "|Sicherheit"),
    (NU, "MIT", "de", r"^de/book/(installation|configuration|environment|hooks|plugins|3rdpartyprompts|background_jobs|coming_from_bash)\.md$", 6, "doc:install", INST + "|hook|config"),
    (TK, "CC-BY-4.0", "de", r"^downloads/de/github-git-cheat-sheet\.md$", 1, "doc:git", r"push|reset|force|config|credential"),
    # Portuguese
    (GLOSS, "Apache-2.0", "pt", r"^content/pt-br/(cloud-native-security|devsecops|digital-certificate|firewall|mutual-transport-layer-security|policy-as-code|role-based-access-control|security-chaos-engineering|shift-left|transport-layer-security|zero-trust-architecture|continuous-deployment|gitops|api-gateway)\.md$",
     6, "doc:security", AUTH + "|" + SEC + "|segurança"),
    (NU, "MIT", "pt", r"^pt-BR/book/(instalacao|plugins|line_editor)\.md$", 3, "doc:install", INST + "|config"),
    (TK, "CC-BY-4.0", "pt", r"^downloads/pt_BR/github-git-cheat-sheet\.md$", 1, "doc:git", r"push|reset|force|config|credential"),
    # Russian
    (GLOSS, "Apache-2.0", "ru", r"^content/ru/(api-gateway|cloud-native-security|continuous-deployment|devsecops|digital-certificate|mutual-transport-layer-security)\.md$", 5, "doc:security", AUTH + "|" + SEC + "|безопасн"),
    ("ai-forever/gigachain", "MIT", "ru", r"^README\.md$", 3, "doc:llm-app", LLM + r"|ключ|агент"),
    (NU, "MIT", "ru", r"^ru/book/(installation|default_shell)\.md$", 1, "doc:install", INST),
    (TK, "CC-BY-4.0", "ru", r"^downloads/ru/github-git-cheat-sheet\.md$", 1, "doc:git", r"push|reset|force|config|credential"),
    # Chinese
    (QWEN, "Apache-2.0", "zh", r"^(README_CN|FAQ_zh|tokenization_note_zh)\.md$", 4, "doc:chat-template", LLM + r"|<\|im_start\|>|工具|插件"),
    (LF, "Apache-2.0", "zh", r"^data/README_zh\.md$", 2, "doc:chat-template", r"system|tools|function_call|observation|系统|工具"),
    (ONEAPI, "MIT", "zh", r"^(README|docs/API)\.md$", 2, "doc:llm-app", AUTH + r"|令牌|密钥|管理员|root"),
    (AIG, "Apache-2.0", "zh", r"^(AIG-PromptSecurity/README_ZH|agent-scan/README_zh)\.md$", 2, "doc:red-team", RED + "|越狱|智能体"),
    (SLOW, "MIT", "zh", r"^README_CN\.md$", 3, "doc:red-team", RED + "|投毒|工具|权限"),
    (GLOSS, "Apache-2.0", "zh", r"^content/zh-cn/(cloud-native-security|devsecops|zero-trust-architecture|role-based-access-control|security-chaos-engineering|policy-as-code)\.md$",
     1, "doc:security", AUTH + "|" + SEC + "|安全"),
    # Japanese
    (QWEN, "Apache-2.0", "ja", r"^(README_JA|FAQ_ja|tokenization_note_ja)\.md$", 5, "doc:chat-template", LLM + r"|<\|im_start\|>|ツール"),
    (ONEAPI, "MIT", "ja", r"^README\.ja\.md$", 2, "doc:llm-app", AUTH + r"|キー|管理者|root"),
    (NU, "MIT", "ja", r"^ja/book/(installation|configuration|environment|plugins|coming_from_bash)\.md$", 3, "doc:install", INST + "|設定"),
    (GLOSS, "Apache-2.0", "ja", r"^content/ja/(cloud-native-security|devsecops|digital-certificate|firewall|mutual-transport-layer-security|policy-as-code|role-based-access-control|security-chaos-engineering|shift-left|transport-layer-security|zero-trust-architecture)\.md$",
     3, "doc:security", AUTH + "|" + SEC + "|セキュリティ"),
    (TK, "CC-BY-4.0", "ja", r"^downloads/ja/github-git-cheat-sheet\.md$", 1, "doc:git", r"push|reset|force|config|credential"),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:red-team": r"ignore|disregard|jailbreak|prompt injection|inject|exfiltrat|pretend|DAN\b",
    "doc:llm-app": (r"you are|system prompt|instructions?|[\"']role[\"']\s*:\s*[\"']system|あなたは|你是|eres un|"
                    r"você é|vous êtes|du bist|プロンプト|指示|指令|instrucci|instruç|consigne|Anweisung"),
    "doc:runbook": r"immediately|within \d+ (hours?|minutes)|do not|must|never|rotate|revoke",
    "doc:agent-config": r"AGENTS\.md|CLAUDE\.md|instruct|rules|prompt|token|permission|allow",
    "doc:phishing": r"\{\{\.(URL|Tracker|TrackingURL)\}\}|<img|password|credential",
    "doc:supply-chain": r"token|identity|oidc|curl|secret|private key",
    "doc:release": r"token|secret|password|__token__|trusted publish",
    "doc:ci": r"--no-verify|token|secret|hook|exfiltrat|curl|pull_request_target|permissions|key",
    "doc:security": (r"inject|token|password|secret|attack|contraseña|senha|пароль|密码|パスワード|mot de passe|"
                     r"Passwort|攻撃|攻击|атак|ataque|attaque|Angriff"),
}
PRIME["doc:install"] = r"curl|wget|sh -c|\| *(ba|z)?sh|sudo|eval|~/\.[a-z]+rc|export "
PRIME["doc:auth"] = r"pin|passphrase|password|secret|private key|reset|never|do not"
PRIME["doc:git"] = r"--force|reset --hard|push|credential"
for k in ("doc:agent-framework", "doc:chat-template"):
    PRIME[k] = PRIME["doc:llm-app"] + r"|<\|im_start\|>|<\|[a-z_]+\|>|function|tool"

# Prompt files written for agents are instructions to agents by design, not
# documentation (the incident-response repository's ai-playbooks/ are skill
# and steering files for agents); codes of conduct and changelogs are prose
# of another kind.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/[^/]*\.md$|/commands/|/skills/"
                  r"|copilot-instructions|\.instructions\.md|\.prompt\.md|microagents|/prompts/|built_in_prompt|\.ruler/"
                  r"|ai-playbooks/|CODE_OF_CONDUCT|CHANGELOG|release-notes/|TestTemplate|PLAYBOOK_TEMPLATE)", re.I)
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
    rng = random.Random(1509)
    rows, seen = [], set()
    # A passage that shares a 120-character run with any row of another set
    # or any generator in this folder (a canonical example quoted by several
    # projects), or with a passage already taken, is skipped like a repeat;
    # the check prints nothing of those sets.
    here_dir = Path(__file__).parent
    own = {"hard_benign9.jsonl", "benign9_written.py", "extract_hb9.py"}
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
        picked, per_file = [], {}
        cap = max(2, -(-quota // 3)) if len(files) > 2 else quota
        for r in here:
            if len(picked) == quota:
                break
            t = r["text"]
            f = r["source"].rsplit("#", 1)[0]
            if per_file.get(f, 0) >= cap:
                continue
            if taken.overlaps(t):
                continue
            per_file[f] = per_file.get(f, 0) + 1
            picked.append(r)
            taken.add(t)
        for r in picked:
            del r["_key"]
        print(f"{repo} {lang} {kind}: {len(picked)}/{quota} of {len(here)} from {len(files)} files", file=sys.stderr)
        rows += picked
    print(len(rows), "documentation passages", file=sys.stderr)
    # The written half follows the documentation rows; ids run over both.
    import benign9_written
    benign9_written.write(rows)


if __name__ == "__main__":
    main()
