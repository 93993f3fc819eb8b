#!/usr/bin/env python3
"""Builds the sixteenth hard-benign set (hard_benign16.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts or
generators, and without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, weighted towards what agents fetch: an MCP
client/server framework's docs (agents, tools, prompts, OAuth, sandboxes);
a payments company's agent toolkit (API keys, restricted keys, MCP); a
personal-agent framework's docs (chat channels, tools, memory, security);
an agent-graph library's threat model, READMEs and RAG notebooks (grader
prompts); a multi-agent framework's docs in English and Chinese; a
coding-agent API proxy's READMEs in English, Chinese and Japanese; a prompt
markup language's docs and a prompt-programming library's docs (system
messages, roles, few-shot examples); a CLI agent's GitHub Action docs and a
coding agent's GitHub Action docs (workflow secrets, prompts, trust); an
SSH-agent GitHub Action (deploy keys in secrets); chat docs (a Matrix
homeserver's admin, auth and operations pages; a Discord bot library's docs
in English and Japanese); a mail server's docs; a CalDAV/CardDAV server's
docs; payment docs (a Lightning wallet server; a privacy coin's wallet user
guides in Spanish, Italian, French, Russian, Portuguese and German, most
of the Italian pages being untranslated);
secrets and auth (a Kubernetes sealed-secrets controller, an OAuth2 reverse
proxy, Italy's SPID/CIE OpenID Connect federation spec in Italian); a
browser IDE's install pages (`curl | sh`); a git recovery guide (force
pushes, rewriting history, removing a committed secret) in English,
Spanish, French, Japanese, Korean, Russian and Chinese; and a Korean
LangChain tutorial's notebooks on prompts and agents.

Passages are runs of whole paragraphs of 400-2500 characters, never cut
inside a fenced code block (``` / ~~~; reStructuredText has no fences, its
indented code stays with the paragraph before it); front matter, MDX
import/export lines, and Jekyll/Liquid tag lines (`{% include ... %}`) are
dropped; Jupyter notebooks are read as their markdown cells with code cells
as fenced blocks (outputs dropped). Prompt files written for agents
(SKILL.md, AGENTS.md, CLAUDE.md, GEMINI.md, .cursorrules, prompts/,
*.prompt*, agents/, commands/, skills/, .claude/, .agent/, an agent
framework's workspace templates, an IDE agent's steering guide, a test
prompt for a coding assistant), changelogs, release notes and codes of
conduct are left out. Within each source's quota, passages that show the
kind's hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a score
(seed 1716); no file gives more than a third of a quota (at least two) when
a source has three files or more. A non-English passage must read as its
language outside its code blocks, and a half-translated one (with half as
many English function words as its own, or more) does not count; a run
that is mostly HTML tags, badges and link targets (a README's header or
sponsor wall), mostly bare links (a table of contents) or mostly link
definitions is skipped. A passage that names AgentDojo, spikee or garak is
left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack are marked `quotes_attack: true`
(QUOTES_ATTACK below, chosen by reading this set's own rows: none of the
346 quotes an attack on a model, so it is empty).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo; the commit used is
on every row and in SOURCES.md, hard benign 16), then run

    python3 benches/injection/extract_hb16.py

from the repository root. It writes benches/injection/hard_benign16.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign16.jsonl"

MCPU = "mcp-use/mcp-use"
STRIPE = "stripe/agent-toolkit"
NANO = "HKUDS/nanobot"
LG = "langchain-ai/langgraph"
MSA = "modelscope/ms-agent"
CLIP = "router-for-me/CLIProxyAPI"
POML = "microsoft/poml"
DSPY = "stanfordnlp/dspy"
GEM = "google-github-actions/run-gemini-cli"
CDXA = "openai/codex-action"
SSHA = "webfactory/ssh-agent"
SYN = "element-hq/synapse"
DPY = "Rapptz/discord.py"
MADDY = "foxcpp/maddy"
RAD = "Kozea/Radicale"
LNB = "lnbits/lnbits"
XMR = "monero-project/monero-site"
SEAL = "bitnami-labs/sealed-secrets"
O2P = "oauth2-proxy/oauth2-proxy"
SPID = "italia/spid-cie-oidc-docs"
CODS = "coder/code-server"
GFR = "k88hudson/git-flight-rules"
LKR = "teddylee777/langchain-kr"

LICENSES = {
    MCPU: "MIT", STRIPE: "MIT", NANO: "MIT", LG: "MIT", MSA: "Apache-2.0", CLIP: "MIT", POML: "MIT",
    DSPY: "MIT", GEM: "Apache-2.0", CDXA: "Apache-2.0", SSHA: "MIT", SYN: "AGPL-3.0", DPY: "MIT",
    MADDY: "GPL-3.0", RAD: "GPL-3.0", LNB: "MIT", XMR: "BSD-3-Clause", SEAL: "Apache-2.0", O2P: "MIT",
    SPID: "CC0-1.0", CODS: "MIT", GFR: "CC-BY-SA-4.0", LKR: "Apache-2.0",
}

# Topic words per kind (counted, distinct, for ordering within a quota).
AGT = (r"agent|system prompt|system_prompt|prompt|instruction|tool|mcp|server|approv|permission|sandbox|hook|"
       r"api[_ -]?key|token|secret|credential|oauth|role|memory|model|assistant|env|workspace|channel|"
       r"智能体|代理|提示词|系统提示|工具|审批|权限|沙箱|密钥|令牌|记忆|"
       r"エージェント|プロンプト|ツール|権限|承認|認証|ロール|トークン")
PRM = (r"system prompt|system message|role|prompt|instruction|example|few-shot|chain of thought|step by step|xml|tag|"
       r"you are|assistant|user|hallucinat|format|persona|ignore|template|signature|demonstration|json|optimi")
SEC = (r"inject|malicious|attack|secret|password|token|credential|exploit|bypass|vulnerab|trust|untrusted|"
       r"session|cookie|header|login|auth|scan|payload|database|dump|shell|tamper|waf|threat|sandbox|"
       r"inyecci|vulnerabil|iniezion|injection|sécurit|Schwachstell|уязвим|注入|インジェクション|인젝션|injeç")
AUTH = (r"token|secret|password|passphrase|api[_ -]?key|credential|oauth|oidc|login|mfa|encrypt|decrypt|"
        r"certificate|private key|public key|seal|rotate|revoke|expire|policy|role|jwt|jwk|bearer|scope|cookie|"
        r"client[_ ]secret|trust|federa|firma|chiave|certificat|revoca|scadenza")
CI = (r"workflow|github actions|secrets\.|GITHUB_TOKEN|GH_TOKEN|deploy|publish|release|ssh|token|"
      r"deploy key|private key|known_hosts|branch|push|git|env|ci|pipeline|key|prompt|permission|pull_request")
CLI = (r"install|curl|wget|sh\b|bash|sudo|script|ssh|key|docker|apt|systemd|env|export|npm|"
       r"password|secret|root|proxy|tls|certificate|port")
OPS = (r"backup|restore|upgrade|restart|logs?|debug|troubleshoot|incident|fail|disk|dns|migration|"
       r"database|postgres|secret|rotate|queue|cron|scale|worker|ssh|sudo|kill|process|grep|"
       r"respaldo|registro|contraseña|proceso|permesso|processo|registr|riavvi|ripristin")
CHAT = (r"token|bot|discord|matrix|oauth|secret|scope|webhook|message|channel|user|room|admin|"
        r"intent|permission|guild|never share|reset|forward|filter|alias|spam|dkim|imap|smtp|password|"
        r"registration|federation|homeserver|"
        r"トークン|ボット|メッセージ|令牌|机器人|消息")
PAY = (r"payment|pay|invoice|refund|payout|transfer|wallet|api[_ -]?key|secret|private key|seed|"
       r"webhook|merchant|lightning|store|permission|restricted key|"
       r"pago|monedero|billetera|cartera|semilla|clave|llave|contraseña|transacci|"
       r"pagamento|portafoglio|seme|chiave|password|transazion|"
       r"paiement|portefeuille|clé|платеж|кошел|ключ|carteira|chave|senha|Zahlung|Schlüssel|钱包|私钥|密钥")
CAL = (r"calendar|caldav|carddav|contact|password|token|htpasswd|auth|ssl|certificate|"
       r"sync|share|sharing|rights|owner|collection|hook")

SYN_AUTH = r"^docs/(openid|jwt|password_auth_providers|sso_mapping_providers|usage/configuration/user_authentication/refresh_tokens|modules/password_auth_provider_callbacks|admin_api/register_api|usage/administration/admin_api/registration_tokens)\.md$"
SYN_OPS = r"^docs/(usage/administration/(admin_faq|backups|useful_sql_for_admins|database_maintenance_tools|request_log|state_groups)|postgres|setup/installation|upgrade|workers|reverse_proxy|turn-howto|federate|delegate)\.md$"
SYN_CHAT = r"^(README\.rst|docs/(admin_api/(user_admin_api|rooms|event_reports|media_admin_api|purge_history_api|server_notices|room_membership)|modules/(spam_checker_callbacks|third_party_rules_callbacks|writing_a_module)|message_retention_policies|consent_tracking|CAPTCHA_SETUP|setup/security|application_services)\.md)$"
XMR_G = r"^_i18n/%s/resources/user-guides/[A-Za-z0-9_-]+\.md$"
GFR_F = r"^README_%s\.md$"

# (repo, language, path filter, quota, kind, topic)
SOURCES = [
    # --- doc:llm-agents
    (MCPU, "en", r"^(README|libraries/(python|typescript)/README|libraries/typescript/packages/(agent|client|server|inspector)/README|docs/(home/(index|mcp101)|inspector/[a-z-]+|python/(agent|client|server|getting-started|integration)/[a-z_-]+|typescript/(agent|client|server|getting-started|mcp-apps)/[a-z_/-]+))\.mdx?$", 13, "doc:llm-agents", AGT),
    (STRIPE, "en", r"^(README|SECURITY|llm/([a-z-]+/)*README|tools/([a-z]+/)*README|tools/python/examples/openai/[a-z_]+/README|tools/typescript/(examples|src)/cloudflare/README|tools/typescript/src/modelcontextprotocol/README)\.md$", 8, "doc:llm-agents", AGT),
    (NANO, "en", r"^(README|docs/(README|concepts|configuration|memory|my-tool|providers|provider-cookbook|openai-api|python-sdk|cli-reference|automations|agent-social-network|multiple-instances|quick-start|start-without-technical-background|architecture|guides/(?![a-z-]*(telegram|discord|slack|wechat|whatsapp|feishu|qq|mattermost|email))[a-z-]+))\.md$", 11, "doc:llm-agents", AGT),
    (LG, "en", r"^(README|libs/[a-z-]+/README|libs/sdk-py/MIGRATION|examples/[a-z_-]+/README)\.md$", 5, "doc:llm-agents", AGT),
    (MSA, "en", r"^(README|docs/en/(Components|GetStarted|Projects)/[A-Za-z]+|examples/capability/setup|examples/(capability/)?[a-z]+_integration/README)\.md$", 6, "doc:llm-agents", AGT),
    (MSA, "zh", r"^(README_ZH|docs/zh/(Components|GetStarted|Projects)/[a-z-]+)\.md$", 14, "doc:llm-agents", AGT),
    (CLIP, "en", r"^(README|docs/sdk-[a-z]+|examples/plugin/(README|[a-z-]+/README))\.md$", 5, "doc:llm-agents", AGT),
    (CLIP, "zh", r"^(README_CN|docs/sdk-[a-z]+_CN|examples/plugin/(README_CN|simple/README_CN))\.md$", 6, "doc:llm-agents", AGT),
    (CLIP, "ja", r"^README_JA\.md$", 5, "doc:llm-agents", AGT),
    (GEM, "en", r"^(docs/(best-practices|trust-guidance|extensions|observability)|examples/workflows/(gemini-assistant|issue-triage|pr-review|gemini-dispatch)/README)\.md$", 7, "doc:llm-agents", AGT),
    (LKR, "ko", r"^(15-Agent|17-LangGraph/0[1-3]-[A-Za-z-]+)/[^/]+\.ipynb$", 6, "doc:llm-agents", AGT),
    # --- doc:prompting
    (LKR, "ko", r"^(01-Basic|02-Prompt)/[^/]+\.ipynb$", 6, "doc:prompting", PRM),
    (POML, "en", r"^(README|RAI_README|docs/(index|language/[a-z-]+|tutorial/[a-z_0-9]+|python/(integration/[a-z]+|trace)|vscode/[a-z]+|deep-dive/[a-z/_-]+))\.md$", 11, "doc:prompting", PRM),
    (DSPY, "en", r"^(README|docs/docs/(cheatsheet|faqs|getting-started/[a-z-]+|learn/(programming|evaluation|optimization)/[a-z0-9_-]+|diving-deeper/[a-z-]+|tutorials/[a-z_]+/index))\.md$", 8, "doc:prompting", PRM),
    (LG, "en", r"^examples/(rag|code_assistant)/[a-z_]+\.ipynb$", 6, "doc:prompting", PRM),
    # --- doc:email-chat
    (SYN, "en", SYN_CHAT, 8, "doc:email-chat", CHAT),
    (DPY, "en", r"^(README\.rst|docs/(faq|intro|quickstart|intents|logging|discord|ext/commands/(cogs|extensions|commands)|ext/tasks/index)\.rst)$", 8, "doc:email-chat", CHAT),
    (DPY, "ja", r"^README\.ja\.rst$", 2, "doc:email-chat", CHAT),
    (NANO, "en", r"^docs/(chat-apps|channel-package-guide|chat-commands|websocket|webui|guides/[a-z-]*(telegram|discord|slack|wechat|whatsapp|feishu|qq|mattermost|email)[a-z-]*)\.md$", 8, "doc:email-chat", CHAT),
    (MADDY, "en", r"^(README|docs/(faq|index|multiple-domains|seclevels|docker|upgrading|tutorials/[a-z-]+|third-party/[a-z0-9]+|reference/(checks|auth|endpoints|modifiers|targets|storage)/[a-z_]+|reference/(smtp-pipeline|global-config|tls|tls-acme|config-syntax)))\.md$", 10, "doc:email-chat", CHAT),
    # --- doc:calendar
    (RAD, "en", r"^(README|DOCUMENTATION|SHARING)\.md$", 10, "doc:calendar", CAL),
    # --- doc:payments
    (LNB, "en", r"^(README|docs/guide/[a-z_-]+|docs/devs/[a-z_]+|nix/modules/README)\.md$", 10, "doc:payments", PAY),
    (STRIPE, "en", r"^(llm/token-meter/README|llm/ai-sdk/(meter|provider)/README|tools/python/examples/openai/customer_support/README)\.md$", 4, "doc:payments", PAY),
    (XMR, "es", XMR_G % "es", 15, "doc:payments", PAY),
    (XMR, "it", XMR_G % "it", 2, "doc:payments", PAY),
    (XMR, "fr", XMR_G % "fr", 4, "doc:payments", PAY),
    (XMR, "ru", XMR_G % "ru", 4, "doc:payments", PAY),
    (XMR, "pt", XMR_G % "pt-br", 4, "doc:payments", PAY),
    (XMR, "de", XMR_G % "de", 3, "doc:payments", PAY),
    # --- doc:secrets-auth
    (SEAL, "en", r"^(README|SECURITY|docs/[A-Za-z-]+|docs/developer/crypto|helm/sealed-secrets/README|site/content/docs/latest/(background|howto|reference|tutorials)/[a-z-]+)\.md$", 10, "doc:secrets-auth", AUTH),
    (O2P, "en", r"^(README|docs/docs/(behaviour|installation|configuration/(overview|alpha_config|sessions|tls)|configuration/providers/[a-z_]+|configuration/integrations/[a-z-]+|features/endpoints|community/security))\.md$", 10, "doc:secrets-auth", AUTH),
    (SPID, "it", r"^(README\.it\.md|docs/it/[a-z_]+\.rst)$", 20, "doc:secrets-auth", AUTH),
    (SYN, "en", SYN_AUTH, 5, "doc:secrets-auth", AUTH),
    (MCPU, "en", r"^docs/(python/(client|server)/auth(entication)?/[a-z]+|typescript/(client/authentication|server/authentication/(index|user-context|providers/[a-z-]+)))\.mdx$", 4, "doc:secrets-auth", AUTH),
    # --- doc:ci-release
    (GEM, "en", r"^(README|docs/authentication|examples/workflows/(README|CONFIGURATION|AWESOME))\.md$", 7, "doc:ci-release", CI),
    (CDXA, "en", r"^(README|docs/security)\.md$", 7, "doc:ci-release", CI),
    (SSHA, "en", r"^README\.md$", 7, "doc:ci-release", CI),
    (GFR, "en", r"^README\.md$", 5, "doc:ci-release", CI),
    (GFR, "es", GFR_F % "es", 8, "doc:ci-release", CI),
    (GFR, "fr", GFR_F % "fr", 4, "doc:ci-release", CI),
    (GFR, "ja", GFR_F % "ja", 5, "doc:ci-release", CI),
    (GFR, "ko", GFR_F % "kr", 4, "doc:ci-release", CI),
    (GFR, "ru", GFR_F % "ru", 4, "doc:ci-release", CI),
    (GFR, "zh", GFR_F % "zh-CN", 4, "doc:ci-release", CI),
    # --- doc:cli-install
    (CODS, "en", r"^docs/(README|install|guide|FAQ|requirements|helm|npm|termux|ipad|android|ios|coder|collaboration|SECURITY)\.md$", 10, "doc:cli-install", CLI),
    # --- doc:runbook/ops
    (SYN, "en", SYN_OPS, 6, "doc:runbook/ops", OPS),
    (NANO, "en", r"^docs/(troubleshooting|deployment)\.md$", 4, "doc:runbook/ops", OPS),
    # --- doc:security
    (LG, "en", r"^\.github/THREAT_MODEL\.md$", 8, "doc:security", SEC),
    (NANO, "en", r"^SECURITY\.md$", 4, "doc:security", SEC),
    (MCPU, "en", r"^docs/python/(development/security|client/sandbox)\.mdx$", 3, "doc:security", SEC),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:llm-agents": (r"system prompt|system_prompt|instruction|you are|api[_ ]?key|token|secret|credential|approv|"
                       r"permission|sandbox|ignore|override|inject|untrusted|env|系统提示|提示词|密钥|审批|权限|令牌|"
                       r"プロンプト|認証|APIキー|トークン|シークレット"),
    "doc:prompting": r"system prompt|system message|you are|role|ignore|instruction|xml|tag|assistant|jailbreak|harmful",
    "doc:security": r"inject|malicious|attack|secret|token|password|bypass|exploit|untrusted|credential|payload|inyecci|iniezion|注入|インジェクション",
    "doc:secrets-auth": r"token|secret|password|api[_ ]?key|passphrase|rotate|revoke|never|credential|private key|chiave privata|segret",
    "doc:ci-release": r"token|secret|GITHUB_TOKEN|GH_TOKEN|deploy key|ssh|force|password|private key|prompt",
    "doc:cli-install": r"curl|wget|\| *(sudo )?(ba|z)?sh|sudo|password|secret|root|ssh",
    "doc:runbook/ops": r"restore|backup|incident|restart|debug|password|key|secret|rotate|rollback|sudo|kill|contraseña|clave|chiave|sudo",
    "doc:email-chat": r"token|secret|never share|oauth|bot token|reset|webhook|forward|password|shared secret|トークン|令牌",
    "doc:payments": (r"api[_ ]?key|secret|private key|seed|password|refund|payout|transfer|webhook|restricted|"
                     r"semilla|clave privada|llave|contraseña|chiave|seme|password|clé|ключ|chave|senha|Schlüssel"),
    "doc:calendar": r"password|token|htpasswd|secret|hook|rights|auth",
}

# Prompt files written for agents, agent workspace templates and
# changelogs are left out (path filters above never pick them; this is a
# second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|(^|/)agents/|(^|/)commands/|"
                  r"(^|/)skills/|ms-agent-skills/|(^|/)prompts/|\.prompt|(^|/)templates/|(^|/)\.agents?/|(^|/)\.claude/|"
                  r"copilot[-_]instructions|copilot_prompt|\.instructions\.md|get-started-kiro|providers/(kiro|claude)/|"
                  r"CHANGELOG|CHANGES\.md|changelog|change-log|release-notes|RELEASE-NOTES|release-archive|releases\.md|"
                  r"CODE_OF_CONDUCT|coc\.md|_snippets/|snippets/|SUMMARY\.md|weblate/)")
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
FENCE_MD = re.compile(r"^\s*(```|~~~)")
FENCE_ADOC = re.compile(r"^\s*(```|~~~|----+\s*$|\.\.\.\.+\s*$)")
FENCE_RST = re.compile(r"(?!)")  # reStructuredText has no fences (its code is indented; ``` and ~~~ lines are heading underlines)
FENCE = FENCE_MD


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
        if merged and re.match(r"( {3,}|\t)\S", p) and not fence.match(p):
            merged[-1] += "\n\n" + p
        else:
            merged.append(p)
    return [p for p in merged if p.strip()]


def passages(text, fence=FENCE_MD):
    """Runs of whole paragraphs of 400-2500 characters."""
    out, cur = [], []
    for p in paragraphs(text, fence):
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 700:
            out.append("\n\n".join(cur))
            cur = []
    if cur:
        out.append("\n\n".join(cur))
    return [p for p in out if 400 <= len(p) <= 2500 and sum(bool(fence.match(l)) for l in p.split("\n")) % 2 == 0]


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


def read_text(repo, f):
    try:
        raw = git(repo, "show", f"HEAD:{f}")
    except subprocess.CalledProcessError:
        return "", FENCE_MD  # a file the snapshot lacks (4 MiB or more)
    if f.endswith(".ipynb"):
        return notebook(raw), FENCE_MD
    if f.endswith(".adoc"):
        return clean(raw, "adoc"), FENCE_ADOC
    if f.endswith(".rst"):
        return clean(raw, "md"), FENCE_RST
    return clean(raw, "mdx" if f.endswith(".mdx") else "md"), FENCE_MD


def main():
    rng = random.Random(1716)
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
                if p in seen or not reads_as(lang, p if lang == "en" else prose(p, fence)) or RESERVED.search(p) or link_list(p) or link_wall(p) or markup(p):
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
        rec = {"id": f"hb16-{n:04d}", **r}
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
