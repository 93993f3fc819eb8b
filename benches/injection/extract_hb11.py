#!/usr/bin/env python3
"""Extracts the documentation half of the eleventh hard-benign set
(hard_benign11.jsonl; the written half comes from benign11_written.py) from
openly licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets' texts.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, weighted towards what coding agents fetch: a tool
that packs repositories for AI assistants (custom instructions, MCP server,
security checks, GitHub Actions; in seven translations), a switcher and a
router for coding-agent providers (API keys, config files, MCP servers,
system prompts; Chinese, Japanese, German), browser-automation MCP servers
(client configuration, sandboxes, secrets), an MCP framework's auth and
client pages, GitHub Actions that run SSH scripts with secrets, dispatch
slash commands and auto-approve pull requests, CLI installers (`curl | sh`,
`irm | iex`, `sudo`), package-manager credentials, a mail server's setup and
security notes, a tunnel's token auth, a vulnerability scanner's README in
five languages, security advisories of malicious or vulnerable crates, and
LLM apps' and model READMEs with system prompts and chat templates.

The helpers are extract_hb10.py's (from extract_hb9.py). Within each
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
RPX = "yamadashy/repomix"
CCS = "farion1231/cc-switch"
CCR = "musistudio/claude-code-router"
NUC = "projectdiscovery/nuclei"

RED = (r"inject|jailbreak|attack|ignore|poison|exfiltrat|malicious|adversar|bypass|override|注入|越狱|攻击|"
       r"インジェクション|攻撃|инъекц|атак|Injektion|Angriff|attaque|inyecci|ataque|injeção")
LLM = r"you are|system|instruction|prompt|role|tool|function|あなたは|你是|系统|提示|プロンプト|システム|指示|指令|систем|промпт|инструкц"
AUTH = (r"password|reset|2fa|mfa|token|verif|otp|secret|credential|session|contraseña|mot de passe|Passwort|senha|"
        r"пароль|密码|パスワード|jeton|токен|トークン|令牌|passphrase|PIN|key")
CFG = r"AGENTS\.md|CLAUDE\.md|instruction|rules|prompt|agent|config|tool|permission|hook|mcp|server|token|api[_ -]?key|secret"
INST = r"curl|wget|sh -c|\| *(ba|z)?sh|install|source|export|~/\.|rc\b|eval|sudo|PATH|iex|irm"
SEC = (r"attack|malicious|inject|secret|password|token|credential|exploit|bypass|ataque|attaque|Angriff|атак|"
       r"攻击|攻撃|vulnerab|vulnérab|Schwachstelle|уязвим|漏洞|脆弱|trust|cert|access|spam|DKIM|firewall")
CI = r"token|secret|permission|workflow|pull_request_target|pinned|dangerous|branch protection|GITHUB_TOKEN|PAT|credential|approve|ssh|key|password|script"
ADV = r"malicious|exfiltrat|credential|token|backdoor|typosquat|remote code|arbitrary|injection|compromis|steal|payload|unsound|overflow"
L = {"es": "es", "fr": "fr", "de": "de", "pt": "pt-br", "ru": "ru", "zh": "zh-cn", "ja": "ja"}
RPX_FILES = r"(security|mcp-server|custom-instructions|github-actions|privacy|prompt-examples|claude-code-plugins|remote-repository-processing|configuration|faq|installation|usage|use-cases|tips/best-practices|command-line-options)"
RPXRE = CFG + r"|secretlint|sensitive|instruction|privacy|clave|clé|Schlüssel|chave|ключ|密钥|キー|指示|指令|инструкц|Anweisung|instrucci|instruç|consigne"
CCSRE = CFG + r"|provider|auth|login|proxy|base_url|Anthropic|Codex|密钥|供应商|配置|プロバイダー|設定|Anbieter|Schlüssel|Konfiguration"

# (repo, licence, language, path filter, quota, kind, topic)
SOURCES = [
    (RPX, "MIT", "en", rf"^website/client/src/en/guide/{RPX_FILES}\.md$", 8, "doc:agent-config", RPXRE),
    (CCS, "MIT", "en", r"^(README|SECURITY|docs/guides/[a-z-]+-en)\.md$", 8, "doc:agent-config", CCSRE),
    (CCR, "MIT", "en", r"^(README|docs/src/content/docs/en/.*)\.mdx?$", 8, "doc:agent-config", CCSRE + r"|router|transformer|plugin"),
    ("microsoft/playwright-mcp", "Apache-2.0", "en", r"^(README|SECURITY)\.md$", 7, "doc:agent-config", CFG + r"|browser|sandbox|origin|isolated|secrets|storage-state|cookie"),
    ("ChromeDevTools/chrome-devtools-mcp", "Apache-2.0", "en", r"^(README|SECURITY|docs/(troubleshooting|cli|third-party-developer-tools|design-principles))\.md$", 6, "doc:agent-config", CFG + r"|browser|sandbox|sensitive|profile|--no-sandbox"),
    ("jlowin/fastmcp", "Apache-2.0", "en", r"^docs/(clients/(auth/(bearer|oauth)|elicitation|prompts|sampling)|integrations/(claude-code|claude-desktop|cursor|gemini-cli|chatgpt)|servers/(auth/[a-z-]+|prompts|sampling|elicitation))\.mdx$", 8, "doc:agent-config", CFG + r"|bearer|oauth|client|sampling|elicit|system_prompt"),
    ("appleboy/ssh-action", "MIT", "en", r"^README\.md$", 5, "doc:ci", CI + r"|sudo|host|passphrase|fingerprint|proxy"),
    ("peter-evans/slash-command-dispatch", "MIT", "en", r"^(README|docs/[a-z-]+)\.md$", 5, "doc:ci", CI + r"|command|comment|dispatch|reaction|permission"),
    ("hmarr/auto-approve-action", "MIT", "en", r"^README\.md$", 2, "doc:ci", CI + r"|review|approve|merge|dependabot"),
    ("cli/cli", "MIT", "en", r"^(README|docs/(install_linux|multiple-accounts|releasing|working-with-us|codespaces|triage|source))\.md$", 5, "doc:install", INST + r"|auth|token|keyring|gpg|account"),
    ("casey/just", "CC0-1.0", "en", r"^README\.md$", 4, "doc:install", INST + r"|shebang|dotenv|env|--yes|confirm"),
    ("ScoopInstaller/Scoop", "Unlicense OR MIT", "en", r"^README\.md$", 2, "doc:install", INST + r"|ExecutionPolicy|admin|Invoke"),
    ("python-poetry/poetry", "MIT", "en", r"^docs/(_index|repositories|configuration|faq|pre-commit-hooks|plugins|managing-environments)\.md$", 6, "doc:install", INST + r"|token|password|credential|keyring|publish|http-basic"),
    ("mail-in-a-box/mailinabox", "CC0-1.0", "en", r"^(README|security)\.md$", 4, "doc:security", SEC + r"|sudo|curl|TLS|DNSSEC|fail2ban|root"),
    ("rustsec/advisory-db", "CC0-1.0", "en", r"^crates/[^/]+/RUSTSEC-[0-9-]+\.md$", 12, "doc:advisory", ADV),
    (NUC, "MIT", "en", r"^README\.md$", 3, "doc:security", SEC + r"|template|scan|-u\b|update"),
    ("fatedier/frp", "Apache-2.0", "en", r"^README\.md$", 3, "doc:security", AUTH + r"|auth|tls|expose|dashboard"),
    ("THUDM/GLM-4", "Apache-2.0", "en", r"^(README|finetune/README|inference/README)\.md$", 4, "doc:chat-template", LLM + r"|<\|[a-z_]+\|>|observation|assistant|user"),
    ("Chanzhaoyu/chatgpt-web", "MIT", "en", r"^README\.md$", 2, "doc:llm-app", LLM + r"|OPENAI_API_KEY|AUTH_SECRET_KEY|access[_ ]token|proxy"),
    # Chinese
    (CCS, "MIT", "zh", r"^(README_ZH|docs/guides/[a-z-]+-zh)\.md$", 3, "doc:agent-config", CCSRE),
    (CCR, "MIT", "zh", r"^(README_zh|docs/src/content/docs/zh/.*)\.mdx?$", 3, "doc:agent-config", CCSRE + r"|路由|插件"),
    ("appleboy/ssh-action", "MIT", "zh", r"^README\.zh-cn\.md$", 2, "doc:ci", CI + r"|密钥|密码|脚本"),
    ("fatedier/frp", "Apache-2.0", "zh", r"^README_zh\.md$", 1, "doc:security", AUTH + r"|鉴权|认证|暴露"),
    ("THUDM/GLM-4", "Apache-2.0", "zh", r"^(README_zh|finetune/README_zh|inference/README_zh)\.md$", 2, "doc:chat-template", LLM + r"|<\|[a-z_]+\|>|observation"),
    ("Chanzhaoyu/chatgpt-web", "MIT", "zh", r"^README\.zh\.md$", 1, "doc:llm-app", LLM + r"|OPENAI_API_KEY|AUTH_SECRET_KEY|密钥|代理"),
    ("zhayujie/chatgpt-on-wechat", "MIT", "zh", r"^(README|docs/(guide|intro|memory|channels|cli)/[a-z-]+)\.mdx?$", 2, "doc:llm-app", LLM + r"|api_key|character_desc|密钥|角色|人格|插件"),
    (NUC, "MIT", "zh", r"^README_CN\.md$", 1, "doc:security", SEC + r"|模板|扫描"),
    (RPX, "MIT", "zh", rf"^website/client/src/zh-cn/guide/{RPX_FILES}\.md$", 2, "doc:agent-config", RPXRE),
    # Japanese
    (CCS, "MIT", "ja", r"^(README_JA|docs/guides/[a-z-]+-ja)\.md$", 4, "doc:agent-config", CCSRE),
    (RPX, "MIT", "ja", rf"^website/client/src/ja/guide/{RPX_FILES}\.md$", 4, "doc:agent-config", RPXRE),
    (NUC, "MIT", "ja", r"^README_JP\.md$", 2, "doc:security", SEC + r"|テンプレート|スキャン"),
    # German
    (CCS, "MIT", "de", r"^README_DE\.md$", 4, "doc:agent-config", CCSRE),
    (RPX, "MIT", "de", rf"^website/client/src/de/guide/{RPX_FILES}\.md$", 5, "doc:agent-config", RPXRE),
    # Spanish
    (RPX, "MIT", "es", rf"^website/client/src/es/guide/{RPX_FILES}\.md$", 5, "doc:agent-config", RPXRE),
    (NUC, "MIT", "es", r"^README_ES\.md$", 3, "doc:security", SEC + r"|plantilla|escane"),
    # Portuguese
    (RPX, "MIT", "pt", rf"^website/client/src/pt-br/guide/{RPX_FILES}\.md$", 5, "doc:agent-config", RPXRE),
    (NUC, "MIT", "pt", r"^README_PT-BR\.md$", 3, "doc:security", SEC + r"|modelo|template|varredura"),
    # French
    (RPX, "MIT", "fr", rf"^website/client/src/fr/guide/{RPX_FILES}\.md$", 8, "doc:agent-config", RPXRE),
    # Russian
    (RPX, "MIT", "ru", rf"^website/client/src/ru/guide/{RPX_FILES}\.md$", 8, "doc:agent-config", RPXRE),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:agent-config": r"AGENTS\.md|CLAUDE\.md|instruct|rules|prompt|token|permission|allow|api[_ ]?key|secret|指示|指令|プロンプト|提示词|инструкц|Anweisung",
    "doc:ci": r"--no-verify|token|secret|hook|curl|pull_request_target|permissions|key|password|approve",
    "doc:install": r"curl|wget|sh -c|\| *(ba|z)?sh|\|\s*iex|sudo|eval|~/\.[a-z]+rc|export |token|password",
    "doc:security": r"inject|token|password|secret|attack|exploit|sudo|curl|contraseña|senha|密码|パスワード|攻撃|攻击|ataque",
    "doc:advisory": r"malicious|exfiltrat|credential|token|backdoor|typosquat|steal|remote code",
    "doc:llm-app": (r"you are|system prompt|instructions?|[\"']role[\"']\s*:\s*[\"']system|あなたは|你是|"
                    r"プロンプト|指示|指令|提示|角色|人格"),
}
PRIME["doc:chat-template"] = PRIME["doc:llm-app"] + r"|<\|[a-z_]+\|>|function|tool|observation"

SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/[^/]*\.md$|/commands/|/skills/"
                  r"|copilot-instructions|\.instructions\.md|\.prompt\.md|microagents|/prompts/|\.ruler/"
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
    rng = random.Random(1511)
    rows, seen = [], set()
    # A passage that shares a 120-character run with any row of another set
    # or any generator in this folder (a canonical example quoted by several
    # projects), or with a passage already taken, is skipped like a repeat;
    # the check prints nothing of those sets.
    here_dir = Path(__file__).parent
    own = {"hard_benign11.jsonl", "benign11_written.py", "extract_hb11.py"}
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
    import benign11_written
    benign11_written.write(rows)


if __name__ == "__main__":
    main()
