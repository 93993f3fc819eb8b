#!/usr/bin/env python3
"""Builds the fourteenth hard-benign set (hard_benign14.jsonl): real
documentation passages only (no written half), from twenty openly licensed
repositories that no earlier set uses, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts or
generators, and without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, weighted towards what coding agents fetch: a
coding agent's CLI docs (agent specs with system prompts, hooks, MCP,
approvals, YOLO mode) in English and Chinese; a research agent framework's
docs and READMEs (guardrails, sandboxes, MCP, IM channels, SSO) in English,
Chinese, Japanese, French and Russian; an LLM chat app's docs on agents,
MCP, code execution, authentication and deployment in English, German,
Spanish, French, Portuguese, Korean, Japanese and Chinese; an open agent's
READMEs; a shell-history tool's AI assistant, permissions and hooks;
prompt-engineering tutorials (system prompts, roles, separating data from
instructions, tool use) and a structured-prompt methodology in Chinese,
English and Japanese; an LLM guardrails library (prompt-injection and
jailbreak checks, secret keys); a mobile security testing guide; secrets
and token docs of a secrets manager and a dotfile manager's password-manager
and encryption pages; release and code-signing docs and a GitHub Pages
deploy action; shell tools' installers and shell hooks; a mail server's
operations docs; a secrets manager's operator runbook pages (seal, unseal,
root tokens, rekey); and chat-bot docs (Slack Bolt in English and Japanese,
a Telegram bot framework in English, Spanish and Chinese, a Discord bot
guide).

Passages are runs of whole paragraphs of 400-2500 characters, never cut
inside a fenced code block; front matter and MDX import/export lines are
dropped; Jupyter notebooks are read as their markdown cells with code cells
as fenced blocks (outputs, licence-header and Colab-badge cells dropped).
Prompt files written for agents (SKILL.md, AGENTS.md, CLAUDE.md, GEMINI.md,
.cursorrules, prompts/, *.prompt*, agents/, commands/, skills/, an install
file addressed to coding agents, a prompt collection's example prompts and
templates, agent-written plans) and changelogs are left out. Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 1714); no file gives more
than a third of a quota (at least two) when a source has three files or
more. A non-English passage must read as its language. A passage that
names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack are marked `quotes_attack: true`
(QUOTES_ATTACK below, chosen by reading this set's own candidates).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo; the commit used is
on every row and in SOURCES.md), then run

    python3 benches/injection/extract_hb14.py

from the repository root. It writes benches/injection/hard_benign14.jsonl
and prints per-source counts to stderr. With a different snapshot commit
the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign14.jsonl"

KIMI = "MoonshotAI/kimi-cli"
DEER = "bytedance/deer-flow"
LIBRE = "LibreChat-AI/librechat.ai"
MANUS = "FoundationAgents/OpenManus"
ATUIN = "atuinsh/atuin"
GEM = "google-gemini/cookbook"
PE = "aws-samples/prompt-engineering-with-anthropic-claude-v-3"
LANG = "langgptai/LangGPT"
GRD = "openai/openai-guardrails-python"
MASTG = "OWASP/mastg"
EB = "electron-userland/electron-builder"
BAO = "openbao/openbao"
DMS = "docker-mailserver/docker-mailserver"
CHEZ = "twpayne/chezmoi"
GHP = "peaceiris/actions-gh-pages"
GRAMMY = "grammyjs/website"
DIRENV = "direnv/direnv"
ZOX = "ajeetdsouza/zoxide"
BOLT = "slackapi/bolt-js"
DJS = "discordjs/guide"

LICENSES = {
    KIMI: "Apache-2.0", DEER: "MIT", LIBRE: "MIT", MANUS: "MIT", ATUIN: "MIT",
    GEM: "Apache-2.0", PE: "MIT-0", LANG: "Apache-2.0", GRD: "MIT", MASTG: "CC-BY-SA-4.0",
    EB: "MIT", BAO: "MPL-2.0", DMS: "MIT", CHEZ: "MIT", GHP: "MIT", GRAMMY: "MIT",
    DIRENV: "MIT", ZOX: "MIT", BOLT: "MIT", DJS: "MIT",
}

# Topic words per kind (counted, distinct, for ordering within a quota).
AGT = (r"agent|system prompt|system_prompt|prompt|instruction|tool|mcp|server|approv|permission|yolo|sandbox|hook|"
       r"api[_ -]?key|token|secret|subagent|skill|memory|model|assistant|"
       r"智能体|代理|提示词|系统提示|工具|审批|权限|沙箱|钩子|密钥|令牌|"
       r"エージェント|プロンプト|ツール|権限|承認|サンドボックス|"
       r"Agent|Werkzeug|Anweisung|Systemprompt|outil|consigne|invite|ferramenta|instruç|herramienta|instrucci|"
       r"에이전트|프롬프트|도구|시스템|агент|промпт|инструмент|инструкц")
PRM = (r"system prompt|role|prompt|instruction|example|few-shot|chain of thought|step by step|xml|tag|you are|"
       r"assistant|user|hallucinat|format|persona|ignore|"
       r"提示词|角色|指令|结构化|示例|约束|你是|プロンプト|役割|指示|あなたは")
SEC = (r"inject|jailbreak|malicious|attack|secret|password|token|credential|exploit|bypass|vulnerab|trust|"
       r"untrusted|guardrail|tripwire|pii|leak|key|keychain|keystore|biometric|tamper|root|webview|"
       r"fail2ban|spam|tls|certificate|安全|注入|攻撃")
AUTH = (r"token|secret|password|passphrase|api[_ -]?key|credential|oauth|oidc|login|mfa|totp|2fa|encrypt|"
        r"age|gpg|keyring|keychain|vault|rotate|revoke|expire|wrap|policy|root|sso|jwt|"
        r"Passwort|mot de passe|contraseña|senha|비밀번호|パスワード|密码|токен|jeton|Geheimnis|secreto|segredo|토큰")
CI = (r"workflow|github actions|secrets\.|GITHUB_TOKEN|GH_TOKEN|deploy|publish|release|sign|notar|certificate|"
      r"token|personal access|deploy key|ssh|force|orphan|branch|webhook|env|CSC_|APPLE_|"
      r"despleg|部署|token|Webhook")
CLI = (r"install|curl|sh\b|bash|zsh|fish|powershell|shell|eval|init|hook|\.bashrc|\.zshrc|profile|PATH|"
       r"homebrew|brew|cargo|script|allow|trust|sudo|env|export|--no-verify|dotfile")
OPS = (r"seal|unseal|root token|generate-root|rekey|rotate|recovery|restore|backup|upgrade|restart|logs?|debug|"
       r"troubleshoot|incident|fail|disk|dns|dkim|spf|dmarc|fail2ban|postfix|dovecot|migration|raft|snapshot|server")
CHAT = (r"token|bot|slack|telegram|discord|oauth|signing secret|scope|webhook|message|channel|user|socket|"
        r"app token|bot token|intents|permission|assistant|agent|never share|reset|"
        r"トークン|ボット|メッセージ|令牌|机器人|消息|bot|mensaje|token")

# (repo, language, path filter, quota, kind, topic)
EN_LIBRE = r"(?<!\.[a-z]{2})(?<!\.pt-BR)\.mdx$"


def libre(lang_suffix):
    return r"\." + lang_suffix + r"\.mdx$"


LIBRE_AGT = r"^content/docs/(features/(agents|mcp|code_interpreter|memory|subagents|agents_api|web_search|agent_plugins|skills|artifacts)|mcp_servers/(index|google_workspace)|configuration/tools/index|development/tools_and_plugins)"
LIBRE_AUTH = r"^content/docs/(configuration/(authentication/(index|email|ldap)|dotenv|mod_system|token_usage)|features/(authentication|password_reset|access_control)|toolkit/credentials-generator)"
LIBRE_DEP = r"^content/docs/(remote/(index|docker_linux|nginx|cloudflare|railway|digitalocean|ngrok|traefik)|local/(docker|npm|helm_chart))"

SOURCES = [
    # --- doc:llm-agents
    (KIMI, "en", r"^(README|docs/en/(configuration/[a-z-]+|customization/[a-z-]+|guides/[a-z-]+|reference/[a-z-]+|faq))\.md$", 14, "doc:llm-agents", AGT),
    (KIMI, "zh", r"^docs/zh/(configuration/[a-z-]+|customization/[a-z-]+|guides/[a-z-]+|reference/[a-z-]+|faq)\.md$", 14, "doc:llm-agents", AGT),
    (DEER, "en", r"^(README|backend/README|backend/docs/(MCP_SERVER|CONFIGURATION|SETUP|GITHUB_AGENTS|plan_mode_usage|summarization)|frontend/src/content/en/(application|harness|introduction|tutorials)/[a-z-]+)\.mdx?$", 9, "doc:llm-agents", AGT),
    (DEER, "zh", r"^(README_zh|backend/README_zh|frontend/src/content/zh/(application|harness|introduction|tutorials)/[a-z-]+)\.mdx?$", 8, "doc:llm-agents", AGT),
    (DEER, "ja", r"^README_ja\.md$", 3, "doc:llm-agents", AGT),
    (DEER, "fr", r"^README_fr\.md$", 4, "doc:llm-agents", AGT),
    (DEER, "ru", r"^README_ru\.md$", 4, "doc:llm-agents", AGT),
    (LIBRE, "en", LIBRE_AGT + EN_LIBRE, 7, "doc:llm-agents", AGT),
    (LIBRE, "de", LIBRE_AGT + libre("de"), 4, "doc:llm-agents", AGT),
    (LIBRE, "fr", LIBRE_AGT + libre("fr"), 3, "doc:llm-agents", AGT),
    (LIBRE, "pt", LIBRE_AGT + libre("pt-BR"), 4, "doc:llm-agents", AGT),
    (LIBRE, "ko", LIBRE_AGT + libre("ko"), 3, "doc:llm-agents", AGT),
    (LIBRE, "es", LIBRE_AGT + libre("es"), 3, "doc:llm-agents", AGT),
    (LIBRE, "ja", LIBRE_AGT + libre("ja"), 3, "doc:llm-agents", AGT),
    (MANUS, "en", r"^(README|app/daytona/README|protocol/a2a/app/README)\.md$", 2, "doc:llm-agents", AGT),
    (MANUS, "zh", r"^(README_zh|protocol/a2a/app/README_zh)\.md$", 2, "doc:llm-agents", AGT),
    (MANUS, "ja", r"^README_ja\.md$", 1, "doc:llm-agents", AGT),
    (MANUS, "ko", r"^README_ko\.md$", 2, "doc:llm-agents", AGT),
    (ATUIN, "en", r"^docs/docs/(ai/[a-z-]+|guide/agent-hooks)\.md$", 4, "doc:llm-agents", AGT),
    (GEM, "en", r"^quickstarts/(Function_calling|Get_started_LearnLM|Get_started_OpenAI_Compatibility)\.ipynb$", 2, "doc:llm-agents", AGT),
    # --- doc:prompting
    (PE, "en", r"^(0[0-9]|10_1|10_2_1|10_4_5)_[A-Za-z_-]+\.ipynb$", 12, "doc:prompting", PRM),
    (GEM, "en", r"^(examples/prompting/[A-Za-z_]+|quickstarts/(System_instructions|Prompting))\.ipynb$|^examples/prompting/README\.md$", 8, "doc:prompting", PRM),
    (LANG, "en", r"^README\.md$", 3, "doc:prompting", PRM),
    (LANG, "zh", r"^(README_zh|Docs/[A-Za-z]+|Papers/LangGPT_paper_cn|LangGPT/Tips)\.md$", 7, "doc:prompting", PRM),
    (LANG, "ja", r"^README_ja\.md$", 3, "doc:prompting", PRM),
    # --- doc:security
    (GRD, "en", r"^(README|SECURITY|docs/(index|quickstart|tripwires|agents_sdk_integration|evals|streaming_output)|docs/ref/checks/[a-z_]+)\.md$", 11, "doc:security", SEC),
    (MASTG, "en", r"^(Document/0x0[4-6][a-j]-[A-Za-z-]+|best-practices/MASTG-BEST-[0-9]+)\.md$", 13, "doc:security", SEC),
    (DEER, "en", r"^(SECURITY|backend/docs/GUARDRAILS|frontend/src/content/en/posts/provider-safety-termination-in-tool-agents|frontend/src/content/en/harness/sandbox)\.mdx?$", 3, "doc:security", SEC),
    (DEER, "zh", r"^frontend/src/content/zh/(posts/provider-safety-termination-in-tool-agents|harness/sandbox)\.mdx$", 1, "doc:security", SEC),
    (EB, "en", r"^website/docs/(features/security|tutorials/adding-electron-fuses)\.md$", 2, "doc:security", SEC),
    (BAO, "en", r"^website/content/docs/internals/(security|rotation)\.mdx$", 3, "doc:security", SEC),
    (DMS, "en", r"^docs/content/config/security/(fail2ban|rspamd|ssl|understanding-the-ports|mail_crypt)\.md$", 4, "doc:security", SEC),
    (GEM, "en", r"^quickstarts/Safety\.ipynb$", 1, "doc:security", SEC),
    # --- doc:secrets-auth
    (CHEZ, "en", r"^assets/chezmoi\.io/docs/(user-guide/(password-managers/[a-z0-9-]+|encryption/[a-z]+|frequently-asked-questions/encryption|advanced/install-your-password-manager-on-init)|developer-guide/security)\.md$", 10, "doc:secrets-auth", AUTH),
    (BAO, "en", r"^website/content/docs/(concepts/(tokens|response-wrapping|auth|policies|password-policies|pgp-gpg-keybase|user-lockout|lease)|auth/(approle|token|userpass|login-mfa/(index|faq))|commands/token/[a-z]+|secrets/(totp|ssh/one-time-ssh-passwords|cubbyhole)|commands/(login|token-helper|unwrap))\.mdx$", 11, "doc:secrets-auth", AUTH),
    (LIBRE, "en", LIBRE_AUTH + EN_LIBRE, 4, "doc:secrets-auth", AUTH),
    (LIBRE, "de", LIBRE_AUTH + libre("de"), 1, "doc:secrets-auth", AUTH),
    (LIBRE, "fr", LIBRE_AUTH + libre("fr"), 1, "doc:secrets-auth", AUTH),
    (LIBRE, "pt", LIBRE_AUTH + libre("pt-BR"), 1, "doc:secrets-auth", AUTH),
    (LIBRE, "ko", LIBRE_AUTH + libre("ko"), 1, "doc:secrets-auth", AUTH),
    (LIBRE, "zh", LIBRE_AUTH + libre("zh"), 2, "doc:secrets-auth", AUTH),
    (ATUIN, "en", r"^docs/docs/(guide/sync|reference/(account|sync|store|key)|faq)\.md$", 3, "doc:secrets-auth", AUTH),
    (GEM, "en", r"^quickstarts/(Authentication|Authentication_with_OAuth)\.ipynb$", 2, "doc:secrets-auth", AUTH),
    # --- doc:ci-release
    (EB, "en", r"^website/docs/(features/(code-signing/[a-z-]+|github-actions|auto-update|hooks|build-lifecycle)|github-actions|publish|notarization|environment-variables|tutorials/(code-signing-windows-apps-on-unix|release-using-channels|test-update-on-s3-locally)|mas|snap|troubleshooting)\.md$", 13, "doc:ci-release", CI),
    (GHP, "en", r"^README\.md$", 12, "doc:ci-release", CI),
    (GRAMMY, "en", r"^site/docs/(hosting/[a-z-]+|advanced/deployment)\.md$", 4, "doc:ci-release", CI),
    (GRAMMY, "es", r"^site/docs/es/(hosting/[a-z-]+|advanced/deployment)\.md$", 3, "doc:ci-release", CI),
    (GRAMMY, "zh", r"^site/docs/zh/(hosting/[a-z-]+|advanced/deployment)\.md$", 3, "doc:ci-release", CI),
    (DIRENV, "en", r"^docs/github-actions\.md$", 1, "doc:ci-release", CI),
    (DEER, "en", r"^RELEASING\.md$", 1, "doc:ci-release", CI),
    (LIBRE, "en", LIBRE_DEP + EN_LIBRE, 3, "doc:ci-release", CI),
    # --- doc:cli-install
    (ZOX, "en", r"^README\.md$", 8, "doc:cli-install", CLI),
    (DIRENV, "en", r"^(README|docs/(hook|installation|ruby)|man/(direnv|direnv-stdlib|direnv\.toml|direnv-fetchurl)\.1)\.md$", 10, "doc:cli-install", CLI),
    (ATUIN, "en", r"^(README|docs/docs/(guide/(installation|shell-integration|getting-started|import|dotfiles|delete-history|excluding-commands)|uninstall|known-issues|reference/(init|daemon|doctor|import)))\.md$", 8, "doc:cli-install", CLI),
    (CHEZ, "en", r"^assets/chezmoi\.io/docs/(quick-start|user-guide/(setup|daily-operations|use-scripts-to-perform-actions|machines/[a-z-]+|frequently-asked-questions/(usage|troubleshooting)|include-files-from-elsewhere)|reference/configuration-file/hooks)\.md$", 9, "doc:cli-install", CLI),
    (BAO, "en", r"^website/content/docs/(install|get-started/developer-qs)\.mdx$", 2, "doc:cli-install", CLI),
    # --- doc:runbook/ops
    (BAO, "en", r"^website/content/docs/(commands/operator/(generate-root|rekey|rotate-keys|unseal|seal|diagnose|raft|init|migrate|step-down)|concepts/(seal|recovery-mode|ha)|guides/upgrade/[a-z]+|get-started/operator-qs)\.mdx$", 10, "doc:runbook/ops", OPS),
    (DMS, "en", r"^docs/content/(config/(debugging|advanced/maintenance/update-and-cleanup|account-management/(overview|supplementary/master-accounts)|advanced/(kubernetes|podman|optional-config))|faq|usage|examples/tutorials/(basic-installation|mailserver-behind-proxy))\.md$", 11, "doc:runbook/ops", OPS),
    (ATUIN, "en", r"^docs/docs/self-hosting/[a-z-]+\.md$", 3, "doc:runbook/ops", OPS),
    # --- doc:email-chat
    (BOLT, "en", r"^(README|docs/english/(concepts/[a-z-]+|creating-an-app|getting-started|deployments/[a-z-]+(/index)?|tutorials/(ai-assistant|code-assistant)))\.md$", 6, "doc:email-chat", CHAT),
    (BOLT, "ja", r"^docs/japanese/(concepts/[a-z-]+|creating-an-app|deployments/[a-z-]+)\.md$", 11, "doc:email-chat", CHAT),
    (GRAMMY, "en", r"^site/docs/(guide/(getting-started|api|basics|errors|deployment-types|introduction)|resources/faq|advanced/(reliability|flood|business))\.md$", 3, "doc:email-chat", CHAT),
    (GRAMMY, "es", r"^site/docs/es/(guide/(getting-started|api|basics|errors|deployment-types|introduction)|resources/faq|advanced/(reliability|flood|business))\.md$", 5, "doc:email-chat", CHAT),
    (GRAMMY, "zh", r"^site/docs/zh/(guide/(getting-started|api|basics|errors|deployment-types|introduction)|resources/faq|advanced/(reliability|flood|business))\.md$", 5, "doc:email-chat", CHAT),
    (DJS, "en", r"^guide/(preparations/[a-z-]+|creating-your-bot/[a-z-]+|oauth2/[a-z-]+|popular-topics/(faq|permissions|webhooks|intents)|additional-info/rest-api|improving-dev-environment/pm2|sharding/[a-z-]+)\.md$|^guide/(preparations|creating-your-bot)/README\.md$", 6, "doc:email-chat", CHAT),
    (DMS, "en", r"^docs/content/config/(best-practices/(dkim_dmarc_spf|mta-sts|autodiscover)|advanced/mail-forwarding/[a-z-]+|account-management/supplementary/oauth2)\.md$", 2, "doc:email-chat", CHAT),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:llm-agents": (r"system prompt|system_prompt|instruction|you are|api[_ ]?key|token|secret|approv|yolo|permission|"
                       r"sandbox|hook|ignore|override|inject|untrusted|系统提示|提示词|密钥|审批|权限|プロンプト|"
                       r"システム|APIキー|Systemprompt|API-Schlüssel|clé API|chave de API|API 키|시스템 프롬프트|"
                       r"clave de API|системн|API-ключ"),
    "doc:prompting": r"system prompt|you are|role|ignore|instruction|xml|tag|assistant|你是|角色|あなたは|役割|指示",
    "doc:security": r"inject|jailbreak|malicious|attack|secret|token|password|bypass|exploit|untrusted|guardrail|key",
    "doc:secrets-auth": r"token|secret|password|api[_ ]?key|passphrase|rotate|revoke|never|credential|root|Passwort|mot de passe|senha|비밀|密码|令牌",
    "doc:ci-release": r"token|secret|GITHUB_TOKEN|GH_TOKEN|deploy key|ssh|force|sign|certificate|password|CSC_|APPLE_",
    "doc:cli-install": r"curl|\| *(ba|z)?sh|eval|\.bashrc|\.zshrc|hook|sudo|allow|trust|install|powershell|iex",
    "doc:runbook/ops": r"root token|unseal|seal|rekey|recovery|restore|incident|restart|debug|password|key|rotate",
    "doc:email-chat": r"token|secret|never share|signing|oauth|bot token|app token|reset|webhook|トークン|令牌|secreto",
}

# Prompt files written for agents, agent-written plans and changelogs are
# left out (path filters above never pick them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|(^|/)agents/|^\.[a-z]+/commands/|"
                  r"(^|/)skills/|(^|/)prompts/|\.prompt|copilot[-_]instructions|\.instructions\.md|^\.agents?/|^\.claude/|"
                  r"^Install\.md$|docs/superpowers/|docs/plans/|^plans/|CHANGELOG|changelog|release-notes/|CODE_OF_CONDUCT|"
                  r"^examples/(prompts_|Make_|chinese_|code_anything)|LangGPT/templates/|PromptShow/)")
RESERVED = re.compile(r"garak|spikee|agentdojo|agent dojo", re.I)

STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|<tool_call>|\[TOOL_CALLS\]",
    r"\b(system|assistant|developer)\b|[\"']role[\"']",
    r"system[ _-]?prompt|system message|system instructions?|instructions?\b|instrucci|consigne|Anweisung|instruç|инструкц|"
    r"системн|指令|指示|提示词|系统提示|プロンプト|지시|프롬프트",
    r"\bignor|\boverrid|disregard|忽略|無視|игнорир|무시",
    r"\byou are (a|an|the|now)\b|vous êtes|\beres un|du bist|você é|あなたは|你是|당신은",
    r"\bagent\b|\bagents\b|智能体|エージェント|에이전트|агент",
    r"(curl|wget|iwr|irm)\b[^\n]*\| *(sudo )?(-E )?(ba|z|fi)?sh\b|\|\s*iex\b|sh -c \"\$\((curl|wget)",
    r"<!--",
    r"base64",
    r"\b(IMPORTANT|WARNING|CAUTION|DANGER)\b|\[!(WARNING|CAUTION|IMPORTANT|NOTE)\]|^:::\s*(warning|danger|caution|tip)|^!!! (warning|danger|note)|<Callout",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|вредонос|恶意|悪意|악의",
    r"--no-verify|skip[ -]?hooks?|SKIP=|--force\b|force[- ]push|push -f\b|--yolo|yolo|--dangerously",
    r"(never|do not|don't) (share|commit|expose|paste|tell|leak|check in)|keep (it|them|this|your \w+) (secret|safe|private)|"
    r"不要(分享|泄露|提交)|共有しない|絶対に|nunca compartas|ne partagez jamais|niemals",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|GH_TOKEN|pull_request_target|api[_ ]?key|password|passphrase|mot de passe|Passwort|"
    r"contraseña|senha|пароль|密码|パスワード|비밀번호|\btoken\b",
    r"\b(immediately|rotate|revoke|incident|escalate|compromis)\w*",
    r"\b(you must|must not|before you|first,? run|run the following|execute the following)\b|vous devez|debes|du musst|"
    r"você deve|необходимо|必须|必ず|해야",
    r"!\[[^\]]*\]\(|<img\b",
    r"(^|\n)\s*(export [A-Z_]+=|[A-Z][A-Z0-9_]{3,}=)",
)]

STOP = {
    "es": (" el ", " los ", " que ", " para ", " una ", " de ", " se "),
    "fr": (" le ", " les ", " des ", " pour ", " une ", " est ", " vous "),
    "de": (" der ", " die ", " und ", " nicht ", " eine ", " Sie ", " ist "),
    "pt": (" o ", " os ", " que ", " para ", " uma ", " não ", " você "),
}
FENCE = re.compile(r"^\s*(```|~~~)")


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def count(p, lo, hi):
    return sum(lo <= ord(c) <= hi for c in p)


def reads_as(lang, p):
    kana = count(p, 0x3040, 0x30FF)
    han = count(p, 0x4E00, 0x9FFF)
    hangul = count(p, 0xAC00, 0xD7A3)
    cyr = count(p, 0x0400, 0x04FF)
    if lang == "en":
        return sum(ord(c) > 0x2000 and not (0x2000 <= ord(c) < 0x2100) for c in p) < 20 and cyr < 5
    if lang == "zh":
        return han >= 80 and kana < 5
    if lang == "ja":
        return kana >= 40
    if lang == "ko":
        return hangul >= 60
    if lang == "ru":
        return cyr >= 150
    low = " " + re.sub(r"\s+", " ", p.lower()) + " "
    return sum(low.count(w.lower()) for w in STOP[lang]) >= 8


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


def clean(text, mdx=False):
    """Front matter is metadata; in MDX, import/export lines outside code
    blocks are build plumbing (a shell block's `export X=1` stays)."""
    text = text.replace("\r\n", "\n")
    text = re.sub(r"\A\ufeff?(\+\+\+\n.*?\n\+\+\+\n|---\n.*?\n---\n)", "", text, flags=re.S)
    if not mdx:
        return text
    out, fenced = [], False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
        if not fenced and re.match(r"(import|export) ", line):
            continue
        out.append(line)
    return "\n".join(out)


def link_list(p):
    """A run that is mostly markdown link definitions is page plumbing."""
    lines = [l for l in p.split("\n") if l.strip()]
    return sum(bool(re.match(r"\s*\[[^\]]+\]:\s*\S", l)) for l in lines) > len(lines) / 2


def notebook(raw):
    """A notebook as its page reads: markdown cells, code cells as fenced
    blocks; outputs, the licence header and the Colab badge are dropped."""
    cells = []
    for c in json.loads(raw).get("cells", []):
        src = "".join(c.get("source", [])).strip("\n")
        if not src.strip():
            continue
        if c.get("cell_type") == "markdown":
            if re.match(r"#+ *Copyright", src) or "colab-badge" in src or "tfo-notebook-buttons" in src:
                continue
            cells.append(src)
        elif c.get("cell_type") == "code":
            if "Licensed under the Apache License" in src:
                continue
            lang = "bash" if src.lstrip().startswith(("!", "%")) else "python"
            cells.append(f"```{lang}\n{src}\n```")
    return "\n\n".join(cells)


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


# Passages that quote an example attack (a string written to subvert a
# model), found by reading this set's own candidates; keyed by source.
QUOTES_ATTACK = {
    # a multi-turn eval record whose last user turn asks the model to drop its guidelines
    "openai/openai-guardrails-python:docs/evals.md#5",
}


def main():
    rng = random.Random(1714)
    rows, seen = [], set()
    here_dir = Path(__file__).parent
    own = {OUT.name, Path(__file__).name}
    others = []
    for f in sorted(list(here_dir.glob("*.jsonl")) + list(here_dir.glob("*.py")) + [here_dir.parent / "injection.py"]):
        if f.name in own:
            continue
        raw = f.read_text(encoding="utf-8", errors="replace")
        if f.suffix == ".jsonl":
            for l in raw.splitlines():
                if l.strip():
                    try:
                        others.append(json.loads(l).get("text", ""))
                    except (ValueError, AttributeError):
                        others.append(l)
        else:
            others.append(raw)
    taken = Taken(others)
    per_repo = {}
    for repo, lang, pat, quota, kind, topic in SOURCES:
        topic_re = re.compile(topic, re.I)
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here = []
        for f in files:
            raw = git(repo, "show", f"HEAD:{f}")
            text = notebook(raw) if f.endswith(".ipynb") else clean(raw, f.endswith(".mdx"))
            for i, p in enumerate(passages(text)):
                if p in seen or not reads_as(lang, p) or RESERVED.search(p) or link_list(p):
                    continue
                seen.add(p)
                row = {"lang": lang, "kind": kind, "source": f"{repo}:{f}#{i}", "license": LICENSES[repo],
                       "commit": commit[:12], "text": p}
                score = min(sum(bool(feat.search(p)) for feat in STRONG), 4)
                prime = bool(re.search(PRIME[kind], p, re.I))
                topics = len(set(m.lower() for m in topic_re.findall(p)[:60]))
                row["_key"] = (not prime, -(topics // 2) - score)
                here.append(row)
        rng.shuffle(here)
        here.sort(key=lambda r: r["_key"])
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
        per_repo[repo] = per_repo.get(repo, 0) + len(picked)
        print(f"{repo} {lang} {kind}: {len(picked)}/{quota} of {len(here)} from {len(files)} files"
              + (f", {skipped} skipped for a shared run" if skipped else ""), file=sys.stderr)
        rows += picked
    out = []
    for n, r in enumerate(rows):
        rec = {"id": f"hb14-{n:04d}", **r}
        if r["source"] in QUOTES_ATTACK:
            rec["quotes_attack"] = True
        out.append(rec)
    missing = QUOTES_ATTACK - {r["source"] for r in rows}
    if missing:
        print("QUOTES_ATTACK names rows not in the set:", sorted(missing), file=sys.stderr)
    for repo, n in sorted(per_repo.items()):
        print(f"  {repo}: {n}", file=sys.stderr)
    print(len(out), "rows", file=sys.stderr)
    if "--dry" in sys.argv:
        return
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
