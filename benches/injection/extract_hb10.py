#!/usr/bin/env python3
"""Extracts the documentation half of the tenth hard-benign set
(hard_benign10.jsonl; the written half comes from benign10_written.py) from
openly licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets' texts.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: the OWASP AI Exchange's threat and testing pages
that describe and quote prompt injection; a chat format with
`<|start|>system<|message|>` turns and tool calls (harmony), dataset and
chat-template docs with system and tool turns (axolotl, LMDeploy,
ms-swift, self-llm, rulm); MCP inspector and MCP server docs with tokens,
API keys and client configuration (also in seven translations); an
application framework's AI-agent guidelines and MCP pages; CI docs on
tokens, `pull_request_target`, injection and untrusted checkouts
(create-pull-request, poutine, git-auto-commit-action); installers with
`curl | sh`, `eval "$(… activate)"` and shell-rc edits (mise, asdf,
Oh My Fish); password reset, e-mail verification, two-factor and token docs
(Laravel, django-allauth, Sa-Token); postmortem guides and a security
awareness course (phishing, social engineering); git cheat sheets with
`--force` and `reset --hard`; and the same topics in Spanish, French,
German, Portuguese, Russian, Chinese and Japanese, with a maintainers'
security and best-practices guide (opensource.guide) and the Conventional
Commits specification added in those languages.

The helpers are extract_hb9.py's. Within each source's quota, passages on
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
AIX = "OWASP/www-project-ai-security-and-privacy-guide"
C7 = "upstash/context7"
GCS = "arslanbilal/git-cheat-sheet"
OMF = "oh-my-fish/oh-my-fish"
ASDF = "asdf-vm/asdf"
LMD = "InternLM/lmdeploy"
SWIFT = "modelscope/ms-swift"
LAR = "laravel/docs"
OSG = "github/opensource.guide"
CC = "conventional-commits/conventionalcommits.org"

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
GITRE = r"push|reset|force|config|credential|rebase|--hard|stash"
C7RE = CFG + r"|api[_ -]?key|CONTEXT7|mcpServers|npx|header|Authorization"
SOURCES = [
    (AIX, "CC0-1.0", "en", r"^content/ai_exchange/content/docs/(1_general_controls|2_threats_through_use|4_runtime_application_security_threats|5_testing|ai_security_overview)\.md$",
     12, "doc:red-team", RED + "|agent|tool|exfiltrat"),
    ("openai/harmony", "Apache-2.0", "en", r"^(README|docs/format)\.md$", 7, "doc:chat-template",
     r"<\|[a-z_]+\|>|system|developer|assistant|channel|tool|function|instruction"),
    ("axolotl-ai-cloud/axolotl", "Apache-2.0", "en", r"^docs/(dataset-formats/(conversation|inst_tune|template_free|index)|rlhf|faq|multimodal)\.qmd$",
     5, "doc:chat-template", r"<\|[a-z_]+\|>|system|assistant|role|chat_template|tool|\[INST\]"),
    (LMD, "Apache-2.0", "en", r"^docs/en/(advance/chat_template|llm/api_server_tools|llm/api_server)\.md$", 5, "doc:chat-template",
     r"<\|[a-z_]+\|>|system|assistant|role|chat_template|tool|function"),
    (SWIFT, "Apache-2.0", "en", r"^docs/source_en/(Customization/Custom-dataset|Instruction/Agent-support)\.md$", 4, "doc:chat-template",
     r"system|assistant|role|tool|function|observation|agent"),
    ("modelcontextprotocol/inspector", "MIT", "en", r"^(README|clients/cli/README|SECURITY)\.md$", 6, "doc:agent-config",
     CFG + r"|auth|DANGEROUSLY|proxy|session|bearer"),
    (C7, "MIT", "en", r"^(README|packages/mcp/README|packages/cli/README)\.md$", 4, "doc:agent-config", C7RE),
    (LAR, "MIT", "en", r"^(boost|ai|mcp)\.md$", 6, "doc:agent-config", CFG + "|" + LLM + r"|guideline|instructions"),
    ("peter-evans/create-pull-request", "MIT", "en", r"^(README|docs/(concepts-guidelines|common-issues))\.md$", 6, "doc:ci", CI + r"|PAT|deploy key|fork"),
    ("boostsecurityio/poutine", "Apache-2.0", "en", r"^(README|docs/content/en/rules/[a-z_]+)\.md$", 7, "doc:ci", CI + r"|inject|untrusted|self-hosted|attacker"),
    ("stefanzweifel/git-auto-commit-action", "MIT", "en", r"^README\.md$", 4, "doc:ci", CI + r"|push|force|hook|--no-verify"),
    ("jdx/mise", "MIT", "en", r"^docs/(installing-mise|getting-started|paranoid|security|cli/trust|hooks|environments/secrets/index|continuous-integration|mcp|tips-and-tricks|faq)\.md$",
     7, "doc:install", INST + r"|trust|activate|hook|secret"),
    (ASDF, "MIT", "en", r"^docs/guide/getting-started\.md$", 2, "doc:install", INST),
    (OMF, "MIT", "en", r"^(README|docs/en-US/FAQ)\.md$", 2, "doc:install", INST + r"|fish"),
    (LAR, "MIT", "en", r"^(passwords|verification|fortify|authentication|sanctum|encryption|hashing|passport)\.md$", 7, "doc:auth", AUTH),
    ("pennersr/django-allauth", "MIT", "en", r"^docs/(account/(configuration|email|rate_limits|advanced|introduction)|mfa/(introduction|configuration|webauthn)|headless/(faq|token-strategies/introduction|introduction)|usersessions/introduction)\.rst$",
     6, "doc:auth", AUTH + r"|login|recovery|authenticator"),
    ("PagerDuty/postmortem-docs", "Apache-2.0", "en", r"^docs/.*\.md$", 5, "doc:runbook", RUN + r"|outage|postmortem|root cause"),
    ("PagerDuty/security-training", "Apache-2.0", "en", r"^docs/.*\.md$", 6, "doc:security", SEC + r"|phish|social engineer|pretext|urgent"),
    ("yoheinakajima/babyagi", "MIT", "en", r"^README\.md$", 2, "doc:agent-framework", LLM + r"|function|agent|key"),
    (GCS, "MIT", "en", r"^README\.md$", 2, "doc:git", GITRE),
    # Spanish
    (C7, "MIT", "es", r"^i18n/README\.es\.md$", 3, "doc:agent-config", C7RE + r"|clave|configur"),
    (GCS, "MIT", "es", r"^other-sheets/git-cheat-sheet-es\.md$", 2, "doc:git", GITRE),
    (OMF, "MIT", "es", r"^docs/es-ES/(README|FAQ)\.md$", 2, "doc:install", INST + r"|fish"),
    # French
    (C7, "MIT", "fr", r"^i18n/README\.fr\.md$", 4, "doc:agent-config", C7RE + r"|clé|configur"),
    # German
    (C7, "MIT", "de", r"^i18n/README\.de\.md$", 4, "doc:agent-config", C7RE + r"|Schlüssel|konfigur"),
    (GCS, "MIT", "de", r"^other-sheets/git-cheat-sheet-de\.md$", 2, "doc:git", GITRE),
    # Portuguese
    (C7, "MIT", "pt", r"^i18n/README\.pt-BR\.md$", 3, "doc:agent-config", C7RE + r"|chave|configur"),
    (GCS, "MIT", "pt", r"^other-sheets/git-cheat-sheet-pt_BR\.md$", 2, "doc:git", GITRE),
    (OMF, "MIT", "pt", r"^docs/pt-BR/(README|FAQ)\.md$", 2, "doc:install", INST + r"|fish"),
    (ASDF, "MIT", "pt", r"^docs/pt-br/(guide/getting-started|manage/configuration|manage/plugins)\.md$", 3, "doc:install", INST + r"|configura"),
    # Russian
    (C7, "MIT", "ru", r"^i18n/README\.ru\.md$", 3, "doc:agent-config", C7RE + r"|ключ|настро"),
    (OMF, "MIT", "ru", r"^docs/ru-RU/(README|FAQ)\.md$", 2, "doc:install", INST + r"|fish"),
    ("IlyaGusev/rulm", "Apache-2.0", "ru", r"^(README|self_instruct/README)\.md$", 3, "doc:chat-template", LLM + r"|system|bot|user|Сайга|промпт"),
    # Chinese
    (C7, "MIT", "zh", r"^i18n/README\.zh-CN\.md$", 3, "doc:agent-config", C7RE + r"|密钥|配置"),
    (GCS, "MIT", "zh", r"^other-sheets/git-cheat-sheet-zh\.md$", 1, "doc:git", GITRE),
    (ASDF, "MIT", "zh", r"^docs/zh-hans/(guide/getting-started|manage/configuration)\.md$", 2, "doc:install", INST + r"|配置"),
    ("datawhalechina/self-llm", "Apache-2.0", "zh", r"^models/.*\.md$", 3, "doc:chat-template", LLM + r"|<\|im_start\|>|system|assistant|模板|角色"),
    (SWIFT, "Apache-2.0", "zh", r"^docs/source/(Customization/Custom-dataset|Instruction/Agent-support)\.md$", 2, "doc:chat-template", r"system|assistant|role|tool|function|observation|agent|工具"),
    (LMD, "Apache-2.0", "zh", r"^docs/zh_cn/(advance/chat_template|llm/api_server_tools|llm/api_server)\.md$", 2, "doc:chat-template", r"<\|[a-z_]+\|>|system|assistant|role|tool|function|工具|模板"),
    ("dromara/Sa-Token", "Apache-2.0", "zh", r"^sa-token-doc/(up/(password-secure|safe-auth|mutex-login|remember-me|disable|login-parameter|basic-auth|mock-person)|fun/(token-timeout|token-info|firewall|sso-vs-oauth2))\.md$",
     4, "doc:auth", AUTH + r"|登录|踢|封禁|二级认证|防火墙"),
    # Japanese
    (C7, "MIT", "ja", r"^i18n/README\.ja\.md$", 4, "doc:agent-config", C7RE + r"|キー|設定"),
    (ASDF, "MIT", "ja", r"^docs/ja-jp/(guide/getting-started|manage/configuration|manage/plugins|more/faq)\.md$", 3, "doc:install", INST + r"|設定"),
    # Added after a first count showed German and French short: a maintainers'
    # security guide (2FA, secrets, branch protection, CI) and the
    # Conventional Commits specification, in the seven languages.
] + [
    (OSG, "CC-BY-4.0", lang, rf"^_articles/{d}/security-best-practices-for-your-project\.md$", q, "doc:security", AUTH + "|" + SEC + "|" + CI)
    for lang, d, q in (("es", "es", 2), ("fr", "fr", 3), ("de", "de", 3), ("pt", "pt", 2), ("ru", "ru", 2), ("zh", "zh-hans", 2), ("ja", "ja", 2))
] + [
    # Its security guide is untranslated in German, French and Japanese; the
    # maintainers' best-practices article (saying no, bots, automation) is.
    (OSG, "CC-BY-4.0", lang, rf"^_articles/{lang}/best-practices\.md$", q, "doc:maintainer", r"bot|automat|no\b|nein|non\b|いいえ|ignor|CI|test|close|schließ|ferm|閉じ")
    for lang, q in (("de", 2), ("fr", 2), ("ja", 1))
] + [
    (CC, "MIT", lang, rf"^content/v1\.0\.0/index\.{d}\.md$", q, "doc:git", r"BREAKING|MUST|!|commit|footer|revert|SemVer")
    for lang, d, q in (("es", "es", 1), ("fr", "fr", 3), ("de", "de", 3), ("pt", "pt-br", 1), ("ru", "ru", 1), ("zh", "zh-hans", 1), ("ja", "ja", 1))
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
PRIME["doc:git"] = r"--force|reset --hard|push|credential|BREAKING|MUST"
PRIME["doc:maintainer"] = r"bot|automat|ignor|no\b|nein|non\b"
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
    rng = random.Random(1510)
    rows, seen = [], set()
    # A passage that shares a 120-character run with any row of another set
    # or any generator in this folder (a canonical example quoted by several
    # projects), or with a passage already taken, is skipped like a repeat;
    # the check prints nothing of those sets.
    here_dir = Path(__file__).parent
    own = {"hard_benign10.jsonl", "benign10_written.py", "extract_hb10.py"}
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
    import benign10_written
    benign10_written.write(rows)


if __name__ == "__main__":
    main()
