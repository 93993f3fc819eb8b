#!/usr/bin/env python3
"""Builds the nineteenth hard-benign set (hard_benign19.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts or
generators, and without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: two AI browser-automation agents' docs (LLM
agents that log in with stored credentials, 2FA/TOTP, act on pages,
system prompts, MCP); a password manager's help site (API, security FAQ,
security incident reports); two identity providers' docs (an IdM with
OAuth2/OIDC, RADIUS, PAM, service-account tokens; a light LDAP server's
integration guides with bind passwords); a self-hosted VPN control
server's docs (pre-auth keys, OIDC, ACLs); a self-hosted document
manager's docs (secret keys, mail fetching, API tokens); a CI server's
docs (agents, auto-registration keys, secrets, SSL); an IaC tool's docs
(state encryption, backends with credentials, provider install); a
configuration-management tool's docs (vault passwords, become/sudo,
connection secrets); a database migration tool's READMEs (connection URLs
with passwords); a headless commerce platform's docs (checkout, payments,
apps, webhooks, tokens); two vulnerability scanners' docs; a chatbot
framework's docs (backends with tokens, plugins, commands) and a Telegram
Mini Apps toolkit's platform docs (init data signed with the bot token);
a service-discovery/config server's docs in Chinese and English (auth,
encrypted config, admin API, MCP registry); a blockchain's docs in
English, Russian and Chinese (wallets, mnemonics, payments processing,
TON Connect, validator keys); a CRM's REST docs (English at this snapshot: webhooks with secret
codes, OAuth, chat bots, payment systems); a 1C language server's
diagnostics docs in Russian (privileged mode, safe mode, external code,
hard-coded secrets); a VK bot framework's docs in Russian (community
tokens, Callback API secret keys); a fediverse server's
docs in Japanese, English, Korean, German and Spanish
(self-hosting, access tokens, MiAuth/OAuth, bots, webhooks, 2FA); and a
home-automation system's core docs in French, German, Spanish, Portuguese
and English (users and passwords, API keys, backups, the market).

Passages are runs of whole prose paragraphs of 300-1500 characters; a
fenced code block (``` / ~~~) is never part of a passage: it ends the run
before it and is dropped (reStructuredText has no fences, its indented
code stays with the paragraph before it); a markdown heading left at the
end of a run goes with the next one. Front matter, MDX import/export lines
and Jekyll/Liquid tag lines are dropped. Prompt files written for agents
(SKILL.md, AGENTS.md, CLAUDE.md, GEMINI.md, copilot instructions,
skills/, .claude/, .agents/, prompts/, ...), changelogs, release notes,
blogs and codes of conduct are left out. Within each source's quota,
passages that show the kind's hardest shape come first, then passages
with more topic words and distinct hard features (STRONG, counted up to
four), random within a score (seed 1919); no file gives more than a third
of a quota (at least two) when a source has three files or more. A
non-English passage must read as its language, and a half-translated one
does not count; a run that is mostly HTML tags, badges and link targets,
mostly bare links or mostly link definitions is skipped. A passage that
names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack:
true` (QUOTES_ATTACK below); a passage that quotes an actual attack string
is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo; the commit used is
on every row and in SOURCES_hb19.md), then run

    python3 benches/injection/extract_hb19.py

from the repository root. It writes benches/injection/hard_benign19.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign19.jsonl"

SKYV = "Skyvern-AI/skyvern"
STAG = "browserbase/stagehand"
PBOLT = "passbolt/passbolt_help"
KANI = "kanidm/kanidm"
LLDAP = "lldap/lldap"
HSC = "juanfont/headscale"
PAPER = "paperless-ngx/paperless-ngx"
GOCD = "gocd/docs.go.cd"
TOFU = "opentofu/opentofu"
ANS = "ansible/ansible-documentation"
MIGR = "golang-migrate/migrate"
SALE = "saleor/saleor-docs"
OSV = "google/osv-scanner"
GRYPE = "anchore/grype"
ERRB = "errbotio/errbot"
TMA = "Telegram-Mini-Apps/telegram-apps"
NACOS = "nacos-group/nacos-group.github.io"
TON = "ton-community/ton-docs"
B24 = "bitrix24/b24restdocs"
MISS = "misskey-dev/misskey-hub-next"
JEE = "jeedom/core"
BSL = "1c-syntax/bsl-language-server"
VKB = "vkbottle/vkbottle"

LICENSES = {
    SKYV: "AGPL-3.0", STAG: "MIT", PBOLT: "AGPL-3.0", KANI: "MPL-2.0", LLDAP: "GPL-3.0",
    HSC: "BSD-3-Clause", PAPER: "GPL-3.0", GOCD: "Apache-2.0", TOFU: "MPL-2.0", ANS: "GPL-3.0",
    MIGR: "MIT", SALE: "BSD-3-Clause", OSV: "Apache-2.0", GRYPE: "Apache-2.0", ERRB: "GPL-3.0",
    TMA: "MIT", NACOS: "Apache-2.0", TON: "GPL-3.0", B24: "MIT", MISS: "AGPL-3.0", JEE: "GPL-3.0",
    BSL: "LGPL-3.0", VKB: "MIT",
}

# Topic words per kind (counted, distinct, for ordering within a quota).
BRW = (r"agent|llm|prompt|instruction|system prompt|browser|page|click|navigate|login|log in|password|credential|"
       r"2fa|totp|otp|secret|api[_ -]?key|token|cookie|session|proxy|captcha|mcp|tool|workflow|act\b|extract|model")
AUTH = (r"token|secret|password|passphrase|api[_ -]?key|credential|oauth|oidc|openid|login|encrypt|decrypt|"
        r"certificate|private key|public key|rotate|revoke|expire|policy|role|jwt|bearer|scope|ldap|bind|"
        r"client[_ ]secret|permission|admin|gpg|pgp|mfa|2fa|totp|passkey|webauthn|radius|pam|ssh|"
        r"令牌|密钥|密码|权限|管理员|鉴权|认证|授权|加密|"
        r"токен|ключ|секрет|пароль|авториз|oauth|вебхук|доступ|прав")
SELF = (r"install|docker|compose|systemd|nginx|reverse proxy|tls|https|certificate|secret|password|admin|"
        r"backup|restore|upgrade|database|postgres|redis|env|environment|sudo|root|port|firewall|key|token|"
        r"mail|smtp|oidc|config|domain|dns|"
        r"インストール|サーバー|パスワード|トークン|証明書|管理者|設定|バックアップ|"
        r"설치|서버|비밀번호|토큰|관리자|설정|백업|"
        r"installa|server|password|amministrat|"
        r"Installation|Passwort|Server|Administrator|Sicherung|"
        r"serveur|mot de passe|administrateur|sauvegarde|"
        r"servidor|contraseña|administrador|copia de seguridad")
CI = (r"pipeline|agent|job|stage|task|secret|token|git|ssh|docker|registry|credential|sign|trust|verify|"
      r"plugin|permission|role|auto[- ]?register|key|ssl|tls|certificate|password|approval|environment variable")
IAC = (r"state|backend|encrypt|key|secret|credential|password|provider|module|plan|apply|destroy|token|"
       r"sensitive|vault|become|sudo|ssh|inventory|playbook|variable|env|registry|sign|gpg|checksum|lock")
MIG = r"migrat|database|password|url|ssl|tls|schema|dirty|force|drop|version|credential|driver|source|secret"
PAY = (r"payment|pay|checkout|order|refund|transaction|wallet|mnemonic|seed|private key|public key|secret|"
       r"api[_ -]?key|token|webhook|signature|sign|app|permission|stripe|adyen|gateway|invoice|transfer|address|"
       r"платеж|кошел|мнемон|ключ|секрет|подпис|транзакц|адрес|токен|"
       r"支付|钱包|助记词|私钥|公钥|签名|交易|地址|密钥")
SEC = (r"vulnerab|cve|scan|sbom|malicious|attack|secret|token|password|credential|exploit|trust|"
       r"signature|sign|compromis|threat|key|leak|encrypt|incident|disclos|patch|advisory|xss|csrf|"
       r"mcp|agent|license|guided remediation|override|"
       r"безопас|пароль|привилег|внешн|уязвим|конфиденц|ключ|доступ|выполн")
BOT = (r"bot|token|webhook|command|plugin|message|chat|api|secret|password|oauth|access token|permission|"
       r"init data|hash|signature|hmac|slack|telegram|discord|backend|admin|"
       r"ボット|トークン|アクセストークン|権限|Webhook|API|アプリ|認証|"
       r"봇|토큰|권한|인증|"
       r"бот|токен|вебхук|чат|сообщен|команд|ключ|авториз|"
       r"token|autorizz|permess")
OPS = (r"auth|token|secret|password|username|encrypt|key|admin|deploy|cluster|upgrade|backup|restart|"
       r"log|port|mcp|agent|plugin|api|config|"
       r"鉴权|认证|令牌|密钥|密码|用户名|加密|管理员|部署|集群|升级|重启|日志|端口|插件|配置|智能体")
HOME = (r"user|password|api[_ -]?key|admin|login|backup|restore|update|market|plugin|scenario|command|"
        r"rights|access|2fa|https|dns|log|"
        r"utilisateur|mot de passe|clef api|clé api|administrat|connexion|sauvegarde|restauration|mise à jour|"
        r"Benutzer|Passwort|API-Schlüssel|Anmeld|Sicherung|Wiederherstell|"
        r"usuario|contraseña|clave api|copia de seguridad|restaur|"
        r"utilizador|senha|chave api|cópia de segurança|backup")

# (repo, language, path filter, quota, kind, topic)
MS = r"^content/{}/docs/"
SOURCES = [
    # --- doc:browser-automation
    (SKYV, "en", r"^(README\.md|docs/(cloud|developers|sdk-reference|integrations|cookbooks)/[a-z0-9_/-]+\.mdx?)$", 14, "doc:browser-automation", BRW),
    (STAG, "en", r"^(README\.md|packages/docs/v[34]/[a-z0-9_/-]+\.mdx?)$", 12, "doc:browser-automation", BRW),
    # --- doc:secrets-auth
    (PBOLT, "en", r"^_(pages/api/[a-z0-9_/-]+|faq/contribute/[a-z0-9_-]+|faq/[a-z0-9_-]+)\.md$", 10, "doc:secrets-auth", AUTH),
    (KANI, "en", r"^(README\.md|book/src/(?!developers/)[a-z0-9_/-]+\.md)$", 10, "doc:secrets-auth", AUTH),
    (LLDAP, "en", r"^(README\.md|docs/[a-z0-9_-]+\.md|example_configs/[A-Za-z0-9_.-]+\.md)$", 10, "doc:secrets-auth", AUTH),
    (B24, "en", r"^settings/(oauth|how-to-call-rest-api|app-installation|cloud-and-on-premise|interactivity)/[a-z0-9_/-]+\.md$|^local-integrations/[a-z0-9_/-]+\.md$", 6, "doc:secrets-auth", AUTH),
    # --- doc:security
    (PBOLT, "en", r"^_(faq/security/[a-z0-9_-]+|incidents/[a-z0-9_-]+)\.md$", 8, "doc:security", SEC),
    (OSV, "en", r"^(README|docs/[a-z0-9_-]+)\.md$", 10, "doc:security", SEC),
    (GRYPE, "en", r"^README\.md$", 2, "doc:security", SEC),
    (BSL, "ru", r"^docs/(diagnostics|capabilities|reporters|features)/[A-Za-z0-9_-]+\.md$|^docs/[a-z_]+\.md$", 12, "doc:security", SEC),
    # --- doc:self-hosting
    (HSC, "en", r"^(README\.md|docs/(about|ref|ref/integration|setup|setup/install|usage|usage/connect)/[a-z0-9_-]+\.md|docs/[a-z0-9_-]+\.md)$", 12, "doc:self-hosting", SELF),
    (PAPER, "en", r"^(README|SECURITY|docs/[a-z0-9_-]+)\.md$", 8, "doc:self-hosting", SELF),
    (MISS, "ja", MS.format("ja") + r"3\.for-admin/[a-z0-9_./-]+\.md$", 8, "doc:self-hosting", SELF),
    (MISS, "en", MS.format("en") + r"3\.for-admin/[a-z0-9_./-]+\.md$", 4, "doc:self-hosting", SELF),
    (MISS, "ko", MS.format("ko") + r"3\.for-admin/[a-z0-9_./-]+\.md$", 4, "doc:self-hosting", SELF),
    (MISS, "de", MS.format("de") + r"3\.for-admin/[a-z0-9_./-]+\.md$", 4, "doc:self-hosting", SELF),
    (MISS, "es", MS.format("es") + r"3\.for-admin/[a-z0-9_./-]+\.md$", 3, "doc:self-hosting", SELF),
    # --- doc:messaging-bots
    (ERRB, "en", r"^(README\.rst|docs/user_guide/[a-z0-9_/-]+\.rst)$", 10, "doc:messaging-bots", BOT),
    (TMA, "en", r"^apps/docs/platform/[a-z0-9_/-]+\.md$", 8, "doc:messaging-bots", BOT),
    (B24, "en", r"^(api-reference/(chat-bots|imopenlines)/(?!outdated/)[a-z0-9_/-]+|tutorials/(chat-bots|openlines)/[a-z0-9_/-]+)\.md$", 6, "doc:messaging-bots", BOT),
    (MISS, "ja", MS.format("ja") + r"(2\.for-users|4\.for-developers)/[a-z0-9_./-]+\.md$", 12, "doc:messaging-bots", BOT),
    (MISS, "en", MS.format("en") + r"(2\.for-users|4\.for-developers)/[a-z0-9_./-]+\.md$", 4, "doc:messaging-bots", BOT),
    (MISS, "ko", MS.format("ko") + r"(2\.for-users|4\.for-developers)/[a-z0-9_./-]+\.md$", 8, "doc:messaging-bots", BOT),
    (MISS, "de", MS.format("de") + r"(2\.for-users|4\.for-developers)/[a-z0-9_./-]+\.md$", 4, "doc:messaging-bots", BOT),
    (MISS, "es", MS.format("es") + r"(2\.for-users|4\.for-developers)/[a-z0-9_./-]+\.md$", 3, "doc:messaging-bots", BOT),
    (VKB, "ru", r"^(README\.md|docs/(tutorial|tools|high-level|high-level/bot|high-level/handling|low-level|low-level/api|low-level/exception_handling)/[a-z0-9_-]+\.md|docs/[a-z_]+\.md)$", 12, "doc:messaging-bots", BOT),
    # --- doc:ci-release
    (GOCD, "en", r"^content/(configuration|advanced_usage|faq|installation|gocd_on_kubernetes|extension_points)/[a-z0-9_/-]+\.md$", 12, "doc:ci-release", CI),
    # --- doc:iac
    (TOFU, "en", r"^website/docs/(language/(state|settings/backends|providers|modules|values)|cli/(commands|config|state)|intro/install)/[a-z0-9_/-]+\.mdx?$|^website/docs/language/state/encryption\.mdx$", 12, "doc:iac", IAC),
    (ANS, "en", r"^docs/docsite/rst/(vault_guide|playbook_guide|inventory_guide|installation_guide|reference_appendices|tips_tricks|os_guide|network/user_guide)/[a-z0-9_]+\.rst$", 12, "doc:iac", IAC),
    # --- doc:db-migration
    (MIGR, "en", r"^(README|GETTING_STARTED|MIGRATIONS|FAQ|SECURITY|database/[a-z0-9]+/README|source/[a-z_]+/README|cmd/migrate/README)\.md$", 8, "doc:db-migration", MIG),
    # --- doc:payments
    (SALE, "en", r"^docs/(developer/(checkout|payments|order|app-store/apps/[a-z-]+|extending/webhooks(/[a-z-]+)?|extending/apps(/[a-z-]+)*|running-saleor|permissions|users|export)|api-usage|setup|recipes)/[a-z0-9_-]+\.mdx?$", 14, "doc:payments", PAY),
    (TON, "en", r"^docs/v3/guidelines/(dapps|ton-connect|web3|quick-start|nodes)/[a-z0-9_/-]+\.mdx?$", 10, "doc:payments", PAY),
    (TON, "ru", r"^i18n/ru/docusaurus-plugin-content-docs/current/v3/guidelines/(dapps|ton-connect|web3|quick-start|nodes)/[a-z0-9_/-]+\.mdx?$", 10, "doc:payments", PAY),
    (TON, "zh", r"^i18n/zh-CN/docusaurus-plugin-content-docs/current/v3/guidelines/(dapps|ton-connect|web3|quick-start|nodes)/[a-z0-9_/-]+\.mdx?$", 10, "doc:payments", PAY),
    (B24, "en", r"^(api-reference/(pay-system|sale)/[a-z0-9_/-]+|market/monetization/[a-z0-9_-]+)\.md$", 2, "doc:payments", PAY),
    # --- doc:runbook/ops
    (NACOS, "zh", r"^src/content/docs/next/zh-cn/(guide/(admin|user)|manual/(admin|user)(/deployment)?|plugin|quickstart|upgrading)/[a-z0-9_-]+\.mdx?$", 18, "doc:runbook/ops", OPS),
    (NACOS, "en", r"^src/content/docs/next/en/(guide/(admin|user)|manual/(admin|user)(/deployment)?|plugin|quickstart|upgrading)/[a-z0-9_-]+\.mdx?$", 8, "doc:runbook/ops", OPS),
    # --- doc:home-automation
    (JEE, "fr", r"^docs/fr_FR/[a-zA-Z0-9_]+\.md$", 10, "doc:home-automation", HOME),
    (JEE, "de", r"^docs/de_DE/[a-zA-Z0-9_]+\.md$", 10, "doc:home-automation", HOME),
    (JEE, "es", r"^docs/es_ES/[a-zA-Z0-9_]+\.md$", 8, "doc:home-automation", HOME),
    (JEE, "pt", r"^docs/pt_PT/[a-zA-Z0-9_]+\.md$", 8, "doc:home-automation", HOME),
    (JEE, "en", r"^docs/en_US/[a-zA-Z0-9_]+\.md$", 6, "doc:home-automation", HOME),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:browser-automation": (r"system prompt|instruction|prompt|you are|password|credential|api[_ ]?key|secret|"
                               r"token|2fa|totp|login|cookie|agent|ignore|override"),
    "doc:secrets-auth": (r"token|secret|password|api[_ ]?key|passphrase|rotate|revoke|never|credential|private key|"
                         r"bind|oauth|токен|ключ|секрет|пароль|вебхук"),
    "doc:security": (r"inject|malicious|attack|secret|token|password|bypass|exploit|untrusted|credential|compromis|leak|vulnerab|"
                     r"безопас|пароль|привилег|внешн|уязвим|конфиденц"),
    "doc:self-hosting": (r"password|secret|token|api[_ ]?key|sudo|root|admin|certificate|curl|"
                         r"パスワード|トークン|管理者|비밀번호|토큰|관리자|Passwort|mot de passe|contraseña|password"),
    "doc:messaging-bots": (r"token|secret|webhook|password|api[_ ]?key|oauth|hash|signature|permission|admin|"
                           r"トークン|アクセストークン|権限|토큰|권한|токен|вебхук|ключ|token"),
    "doc:ci-release": r"token|secret|ssh|password|private key|credential|auto[- ]?register|key|agent",
    "doc:iac": r"secret|password|key|credential|sensitive|vault|encrypt|token|become|sudo",
    "doc:db-migration": r"password|force|dirty|drop|ssl|credential|secret",
    "doc:payments": (r"api[_ ]?key|secret|private key|mnemonic|seed|password|refund|webhook|token|signature|"
                     r"ключ|секрет|мнемон|токен|私钥|助记词|密钥|签名"),
    "doc:runbook/ops": r"auth|token|secret|password|encrypt|key|admin|鉴权|令牌|密钥|密码|加密|管理员|mcp|智能体",
    "doc:home-automation": (r"password|api[_ ]?key|admin|login|2fa|rights|mot de passe|clef api|clé api|Passwort|"
                            r"API-Schlüssel|contraseña|clave api|senha|chave api"),
}

# Prompt files written for agents, changelogs and the like are left out
# (path filters above never pick them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|(^|/)agents/|(^|/)commands/|"
                  r"(^|/)skills/|(^|/)prompts/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"copilot[-_]instructions|\.instructions\.md|AI-POLICY|"
                  r"CHANGELOG|CHANGES\.md|changelog|change-log|release-notes|release_notes|RELEASE-NOTES|releaseNote|(^|/)news/|"
                  r"(^|/)blog/|(^|/)releases?/|whats-new|noteVersion|"
                  r"CODE_OF_CONDUCT|code-of-conduct|coc\.md|_snippets/|snippets/|SUMMARY\.md|(^|/)_posts/)")
RESERVED = re.compile(r"garak|spikee|agentdojo|agent dojo", re.I)

STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|<tool_call>|\[TOOL_CALLS\]",
    r"\b(system|assistant|developer)\b|[\"']role[\"']",
    r"system[ _-]?prompt|system message|system instructions?|instructions?\b|instrucci|istruzion|consigne|Anweisung|instruç|инструкц|"
    r"системн|指令|指示|提示词|系统提示|プロンプト|지시|프롬프트",
    r"\bignor|\boverrid|disregard|忽略|無視|игнорир|무시",
    r"\byou are (a|an|the|now)\b|vous êtes|\beres un|\bsei un|du bist|você é|あなたは|你是|당신은",
    r"\bagent\b|\bagents\b|智能体|エージェント|에이전트|агент",
    r"(curl|wget|iwr|irm)\b[^\n]*\| *(sudo )?(-E )?(ba|z|fi)?sh\b|\|\s*iex\b|sh -c \"\$\((curl|wget)",
    r"<!--",
    r"base64",
    r"\b(IMPORTANT|WARNING|CAUTION|DANGER)\b|\[!(WARNING|CAUTION|IMPORTANT|NOTE)\]|^:::\s*(warning|danger|caution|tip)|"
    r"^!!! (warning|danger|note)|<(Callout|Warning|Note|Tip)\b|^\.\. (warning|danger|note|important)::|^(WARNING|IMPORTANT|CAUTION):|\{\{< hint",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|malevol|вредонос|恶意|悪意|악의",
    r"--no-verify|skip[ -]?hooks?|SKIP=|--force\b|force[- ]push|push -f\b|--yolo|yolo|--dangerously|force: true",
    r"(never|do not|don't) (share|commit|expose|paste|tell|leak|check in|store)|keep (it|them|this|your \w+) (secret|safe|private)|"
    r"不要(分享|泄露|提交)|共有しない|絶対に|nunca compartas|no compartas|non condividere|ne partagez jamais|niemals|никому не|nunca compartilhe",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|GH_TOKEN|pull_request_target|api[_ ]?key|password|passphrase|mot de passe|Passwort|"
    r"contraseña|senha|пароль|密码|パスワード|비밀번호|\btoken\b|client[_ ]secret|private key|私钥|clave privada|chiave privata",
    r"\b(immediately|rotate|revoke|incident|escalate|compromis)\w*",
    r"\b(you must|must not|before you|first,? run|run the following|execute the following)\b|vous devez|debes|du musst|"
    r"você deve|devi |необходимо|必须|必ず|해야|muss|doit",
    r"!\[[^\]]*\]\(|<img\b|image::",
    r"(^|\n)\s*(export [A-Z_]+=|[A-Z][A-Z0-9_]{3,}=)",
)]

STOP = {
    "es": (" el ", " los ", " que ", " para ", " una ", " de ", " se "),
    "fr": (" le ", " les ", " des ", " pour ", " une ", " est ", " dans "),
    "de": (" der ", " die ", " und ", " nicht ", " eine ", " den ", " ist "),
    "pt": (" o ", " os ", " que ", " para ", " uma ", " não ", " com "),
    "pl": (" nie ", " się ", " jest ", " na ", " do ", " że ", " to "),
    "it": (" il ", " di ", " che ", " per ", " una ", " non ", " della ", " è "),
}
HEADING = re.compile(r"(#{1,6}|={1,6}) ")
FENCE_MD = re.compile(r"^\s*(```|~~~)")
FENCE_RST = re.compile(r"(?!)")  # reStructuredText has no fences (its code is indented)
FENCE_ADOC = re.compile(r"^\s*(```|~~~|----+\s*$|\.\.\.\.+\s*$)")


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
    own = sum(low.count(w.lower()) for w in STOP[lang])
    # a half-translated page (English sentences left among the translated
    # ones) does not count as its language
    eng = sum(low.count(w) for w in (" the ", " and ", " of ", " to ", " is ", " you ", " with ", " this "))
    return own >= 8 and 2 * eng < own


def paragraphs(text, fence=FENCE_MD):
    """Blank-line separated paragraphs; a fenced code block stays inside one,
    and an indented block (code, a list item's body, an RST directive's body)
    joins the paragraph before it."""
    out, cur, fenced = [], [], False
    for line in text.split("\n"):
        if fence.match(line):
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
        # reStructuredText indents its code and directive bodies by any
        # amount (often two spaces), so there any indented block joins
        indent = r"[ \t]+\S" if fence is FENCE_RST else r"( {3,}|\t)\S"
        if merged and re.match(indent, p) and not fence.match(p):
            merged[-1] += "\n\n" + p
        else:
            merged.append(p)
    return [p for p in merged if p.strip()]


def passages(text, fence=FENCE_MD):
    """Runs of whole prose paragraphs of 300-1500 characters. A paragraph
    holding a fenced code block ends the run before it and is dropped; a
    heading left at the end of a run goes with the next run."""
    out, cur = [], []

    def flush():
        while cur and re.match(HEADING, cur[-1]) and "\n" not in cur[-1]:
            cur.pop()
        if cur:
            out.append("\n\n".join(cur))
        cur.clear()

    for p in paragraphs(text, fence):
        if any(fence.match(l) for l in p.split("\n")):
            flush()
            continue
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 600:
            held = []
            while cur and re.match(HEADING, cur[-1]) and "\n" not in cur[-1]:
                held.insert(0, cur.pop())
            flush()
            cur.extend(held)
    flush()
    return [p for p in out if 300 <= len(p) <= 1500]


def clean(text, kind="md"):
    """Front matter is metadata; in MDX, import/export lines outside code
    blocks are build plumbing (a shell block's `export X=1` stays); in
    AsciiDoc, attribute lines (`:name: value`) and conditional/include
    directives are plumbing too."""
    text = text.replace("\r\n", "\n")
    text = re.sub(r"\A\ufeff?(\+\+\+\n.*?\n\+\+\+\n|---\n.*?\n---\n)", "", text, flags=re.S)
    text = re.sub(r"(?m)^[ \t]*\{%[^\n]*%\}[ \t]*\n", "", text)  # Jekyll/Liquid tag lines
    if kind == "md":
        return text
    fence = FENCE_ADOC if kind == "adoc" else FENCE_MD
    out, fenced = [], False
    for line in text.split("\n"):
        if fence.match(line):
            fenced = not fenced
        if not fenced:
            if kind == "mdx" and re.match(r"(import|export) ", line):
                continue
            if kind == "adoc" and re.match(r"(:[A-Za-z0-9_-]+:( .*)?$|(ifdef|ifndef|endif|ifeval|include)::)", line):
                continue
        out.append(line)
    return "\n".join(out)


def prose(p, fence=FENCE_MD):
    """The passage without its fenced code blocks: a non-English passage
    must read as its language outside code, not only in code comments."""
    out, fenced = [], False
    for line in p.split("\n"):
        if fence.match(line):
            fenced = not fenced
            continue
        if not fenced:
            out.append(line)
    return "\n".join(out)


def link_list(p):
    """A run that is mostly markdown link definitions is page plumbing."""
    lines = [l for l in p.split("\n") if l.strip()]
    return sum(bool(re.match(r"\s*\[[^\]]+\]:\s*\S", l)) for l in lines) > len(lines) / 2


def link_wall(p):
    """A run whose lines are mostly bare links (a table of contents or a
    link list) is page plumbing."""
    lines = [l for l in p.split("\n") if l.strip()]
    bare = sum(bool(re.match(r"\s*([-*+]|\d+\.)?\s*\[[^\]]*\]\([^)]*\)\s*$", l)) for l in lines)
    return bare > len(lines) / 2


def markup(p):
    """A run that is mostly HTML tags, badges, images and link targets (a
    README's header or sponsor wall) is page plumbing, not prose."""
    t = re.sub(r"<[^>]*>|!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|https?://\S+", " ", p)
    return len(re.findall(r"\w", t)) < 0.45 * len(re.sub(r"\s", "", p)) or len(t.strip()) < 200


def notebook(raw):
    """A notebook as its page reads: markdown cells, code cells as fenced
    blocks; outputs, a licence header and a Colab badge are dropped."""
    cells = []
    for c in json.loads(raw).get("cells", []):
        src = c.get("source", [])
        src = ("".join(src) if isinstance(src, list) else src).strip("\n")
        if not src.strip():
            continue
        if c.get("cell_type") == "markdown":
            if re.match(r"#+ *Copyright", src) or "colab-badge" in src:
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
QUOTES_ATTACK = set()

# Passages that quote an actual attack string are dropped, keyed by source
# (found by reading this set's own candidates).
DROP = set()


def read_text(repo, f):
    try:
        raw = git(repo, "show", f"HEAD:{f}")
    except subprocess.CalledProcessError:
        return "", FENCE_MD  # a file the snapshot lacks
    if f.endswith(".rst"):
        return clean(raw, "md"), FENCE_RST
    if f.endswith(".adoc"):
        return clean(raw, "adoc"), FENCE_ADOC
    return clean(raw, "mdx" if f.endswith(".mdx") else "md"), FENCE_MD


def main():
    rng = random.Random(1919)
    rows = []
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
    taken, mine = Taken(others), Taken([])
    n_others = len(others)
    per_repo, cands, skip_other, skip_own = {}, 0, 0, 0
    for repo, lang, pat, quota, kind, topic in SOURCES:
        topic_re = re.compile(topic, re.I)
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here, seen = [], set()
        for f in files:
            text, fence = read_text(repo, f)
            for i, p in enumerate(passages(text, fence)):
                if p in seen or f"{repo}:{f}#{i}" in DROP or not reads_as(lang, p) or RESERVED.search(p) or link_list(p) or link_wall(p) or markup(p):
                    continue
                seen.add(p)
                row = {"lang": lang, "kind": kind, "source": f"{repo}:{f}#{i}", "license": LICENSES[repo],
                       "commit": commit[:12], "text": p}
                score = min(sum(bool(feat.search(p)) for feat in STRONG), 4)
                prime = bool(re.search(PRIME[kind], p, re.I))
                topics = len(set(m.lower() for m in topic_re.findall(p)[:60]))
                row["_key"] = (not prime, -(topics // 2) - score)
                here.append(row)
        cands += len(here)
        rng.shuffle(here)
        here.sort(key=lambda r: r["_key"])
        picked, per_file, skipped, s_other = [], {}, 0, 0
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
                s_other += 1
                skip_other += 1
                continue
            if mine.overlaps(t):
                skipped += 1
                skip_own += 1
                continue
            per_file[f] = per_file.get(f, 0) + 1
            picked.append(r)
            mine.add(t)
        for r in picked:
            del r["_key"]
        per_repo[repo] = per_repo.get(repo, 0) + len(picked)
        print(f"{repo} {lang} {kind}: {len(picked)}/{quota} of {len(here)} from {len(files)} files"
              + (f", {skipped} skipped for a shared run ({s_other} with other files)" if skipped else ""), file=sys.stderr)
        rows += picked
    out = []
    for n, r in enumerate(rows):
        rec = {"id": f"hb19-{n:04d}", **r}
        if r["source"] in QUOTES_ATTACK:
            rec["quotes_attack"] = True
        out.append(rec)
    missing = QUOTES_ATTACK - {r["source"] for r in rows}
    if missing:
        print("QUOTES_ATTACK names rows not in the set:", sorted(missing), file=sys.stderr)
    for repo, n in sorted(per_repo.items()):
        print(f"  {repo}: {n}", file=sys.stderr)
    print(f"{len(out)} rows; {cands} candidates; {skip_other + skip_own} skipped for a shared run: "
          f"{skip_other} with the {n_others} texts of the other files, {skip_own} with a passage already taken",
          file=sys.stderr)
    if "--dry" in sys.argv:
        return
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
