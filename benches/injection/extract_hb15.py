#!/usr/bin/env python3
"""Builds the fifteenth hard-benign set (hard_benign15.jsonl): real
documentation passages only (no written half), from twenty openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts or
generators, and without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, weighted towards what agents fetch: a suite of MCP
servers' READMEs and docs (credentials, IAM, env vars, tool approval) in
English and Japanese; an agent-memory library's docs (custom instructions,
MCP, API keys, webhooks); an LLM cookbook's notebooks on prompting, tool use
and agent patterns; a RAG/agent platform's READMEs and docs (system prompts,
MCP approval, IM channels, embed tokens) in English, Chinese, Japanese and
Korean; chat-bot docs (a Chinese QQ/Telegram bot framework, Slack Bolt for
Python in English and Japanese, the Discord API docs, a Russian Telegram bot
book, a German Matrix-based clinical messenger spec); a mail server's admin
docs (forwarding, filters, antispam, API tokens); payment docs (a Bitcoin
payment server, a Chinese payment SDK, a Brazilian bank's MCP server in
Portuguese); a Kubernetes secrets operator's provider pages; a GitHub Pages
deploy action; a PaaS's installer, deploy and operations pages; a web
security scanner's authentication, automation and FAQ pages; a calendar
sync tool (passwords, OAuth tokens, fetch commands); a social network's
admin, API-token and user docs (English, Chinese, Japanese, Polish); and a
national security agency's secure-coding guide in French.

Passages are runs of whole paragraphs of 400-2500 characters, never cut
inside a fenced code block (``` / ~~~, and in AsciiDoc ---- / ....;
reStructuredText has no fences, its indented code stays with the paragraph
before it); front matter, MDX import/export lines and AsciiDoc attribute
and conditional lines are dropped; Jupyter notebooks are read as their markdown
cells with code cells as fenced blocks (outputs dropped). Prompt files
written for agents (SKILL.md, AGENTS.md, CLAUDE.md, GEMINI.md, .cursorrules,
prompts/, *.prompt*, agents/, commands/, skills/, .claude/, an AI setup
guide and a sign-up page addressed to agents, agent-written change plans),
changelogs, release notes and codes of conduct are left out. Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 1715); no file gives more
than a third of a quota (at least two) when a source has three files or
more. A non-English passage must read as its language outside its code
blocks; a run that is mostly HTML tags, badges and link targets (a README's
header or sponsor wall) or mostly link definitions is skipped. A passage
that names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack are marked `quotes_attack: true`
(QUOTES_ATTACK below, chosen by reading this set's own rows: none of the
348 quotes an attack on a model, so it is empty).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo; the commit used is
on every row and in SOURCES_hb15.md), then run

    python3 benches/injection/extract_hb15.py

from the repository root. It writes benches/injection/hard_benign15.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign15.jsonl"

AWS = "awslabs/mcp"
MEM = "mem0ai/mem0"
CCB = "anthropics/claude-cookbooks"
WEK = "Tencent/WeKnora"
NB = "nonebot/nonebot2"
BOLT = "slackapi/bolt-python"
DAPI = "discord/discord-api-docs"
AIO = "MasterGroosha/aiogram-3-guide"
TIM = "gematik/api-ti-messenger"
MAILU = "Mailu/Mailu"
BTC = "btcpayserver/btcpayserver-doc"
YPAY = "yansongda/pay"
EFI = "efipay/mcp-server-efi"
ESO = "external-secrets/external-secrets"
GHPD = "JamesIves/github-pages-deploy-action"
DOKKU = "dokku/dokku"
ZAP = "zaproxy/zaproxy-website"
VDIR = "pimutils/vdirsyncer"
MASTO = "mastodon/documentation"
ANSSI = "ANSSI-FR/rust-guide"

LICENSES = {
    AWS: "Apache-2.0", MEM: "Apache-2.0", CCB: "MIT", WEK: "MIT", NB: "MIT", BOLT: "MIT",
    DAPI: "CC-BY-SA-4.0", AIO: "MIT", TIM: "Apache-2.0", MAILU: "MIT", BTC: "MIT", YPAY: "MIT",
    EFI: "MIT", ESO: "Apache-2.0", GHPD: "MIT", DOKKU: "MIT", ZAP: "MIT", VDIR: "BSD-3-Clause",
    MASTO: "GFDL-1.3", ANSSI: "Etalab-2.0",
}

# Topic words per kind (counted, distinct, for ordering within a quota).
AGT = (r"agent|system prompt|system_prompt|prompt|instruction|tool|mcp|server|approv|permission|sandbox|hook|"
       r"api[_ -]?key|token|secret|credential|iam|role|memory|model|assistant|env|"
       r"智能体|代理|提示词|系统提示|工具|审批|权限|沙箱|密钥|令牌|记忆|"
       r"エージェント|プロンプト|ツール|権限|承認|認証情報|ロール|에이전트|프롬프트|도구|권한")
PRM = (r"system prompt|role|prompt|instruction|example|few-shot|chain of thought|step by step|xml|tag|you are|"
       r"assistant|user|hallucinat|format|persona|ignore|rubric|grader|moderation|json|metaprompt")
SEC = (r"inject|malicious|attack|secret|password|token|credential|exploit|bypass|vulnerab|trust|untrusted|"
       r"session|csrf|cookie|header|login|auth|scan|alert|proxy|certificate|unsafe|panic|overflow|"
       r"sécurit|vulnérab|mémoire|non sûr|attaqu|secret|mot de passe|règle|doit")
AUTH = (r"token|secret|password|passphrase|api[_ -]?key|credential|oauth|oidc|login|mfa|totp|2fa|encrypt|"
        r"vault|rotate|revoke|expire|policy|iam|role|service account|kms|sso|jwt|bearer|scope|"
        r"Passwort|Token|Schlüssel|Zertifikat|Anmeld|令牌|密钥")
CI = (r"workflow|github actions|secrets\.|GITHUB_TOKEN|GH_TOKEN|deploy|publish|release|ssh|token|"
      r"personal access|deploy key|force|orphan|branch|push|git|env|ci|pipeline|key")
CLI = (r"install|curl|wget|sh\b|bash|sudo|script|bootstrap|ssh|key|docker|compose|apt|systemd|env|export|"
       r"domain|letsencrypt|password|secret|root|vhost")
OPS = (r"backup|restore|upgrade|restart|logs?|debug|troubleshoot|incident|fail|disk|dns|migration|rebuild|"
       r"rollback|redis|postgres|database|secret|rotate|tootctl|sidekiq|queue|cron|scale|retire|"
       r"备份|恢复|升级|日志|故障|数据库|密钥")
CHAT = (r"token|bot|slack|telegram|discord|matrix|oauth|signing secret|scope|webhook|message|channel|user|socket|"
        r"app token|bot token|intent|permission|assistant|agent|never share|reset|forward|filter|alias|spam|"
        r"dkim|imap|smtp|password|sieve|"
        r"トークン|ボット|メッセージ|令牌|机器人|消息|токен|бот|сообщени|Chatbot|Nachricht|Raum|Token|"
        r"適用|連合|フォロー|wiadomo|konto")
PAY = (r"payment|pay|invoice|refund|payout|transfer|wallet|api[_ -]?key|secret|private key|certificate|"
       r"webhook|callback|merchant|seed|xpub|lightning|store|permission|"
       r"支付|退款|回调|证书|私钥|密钥|商户|转账|"
       r"pagamento|cobrança|credencia|certificado|chave|segredo|transfer")
CAL = (r"calendar|caldav|carddav|contact|password|token|oauth|fetch|command|keyring|ssl|certificate|"
       r"sync|conflict|google|icloud|nextcloud")

ESO_SEC = r"^docs/guides/(security-best-practices|threat-model)\.md$"
MASTO_OPS = r"^content/en/admin/(backups|troubleshooting(/index-corruption)?|upgrading|migrating|tootctl|scaling|moderation|elasticsearch|roles)\.md$"

# (repo, language, path filter, quota, kind, topic)
SOURCES = [
    # --- doc:llm-agents
    (AWS, "en", r"^(README|docusaurus/docs/(installation|intro|vibe_coding|samples/[a-z0-9-]+|servers/[a-z0-9-]+)|src/[a-z0-9-]+/README)\.mdx?$", 22, "doc:llm-agents", AGT),
    (AWS, "ja", r"^docusaurus/i18n/ja/docusaurus-plugin-content-docs/current/[a-z0-9/_-]+\.mdx?$", 7, "doc:llm-agents", AGT),
    (MEM, "en", r"^(README|docs/(introduction|integrations|vibecoding|core-concepts/[a-z/-]+|open-source/[a-z/_-]+|platform/(?!agent-signup)[a-z/_-]+|integrations/[a-z-]+|cookbooks/[a-z/-]+|components/(llms|rerankers)/[a-z_/-]+|migration/[a-z0-9-]+))\.mdx?$", 20, "doc:llm-agents", AGT),
    (CCB, "en", r"^(README|patterns/agents/README|claude_code_sdk/README|patterns/agents/[a-z_]+|tool_use/[a-z_0-9]+|claude_code_sdk/0[0-9]_[A-Za-z_]+|extended_thinking/[a-z_]+|multimodal/using_sub_agents|tool_evaluation/tool_evaluation)\.(md|ipynb)$", 10, "doc:llm-agents", AGT),
    (WEK, "en", r"^(README|SECURITY|mcp-server/(README|INSTALL|MCP_CONFIG|EXAMPLES)|client/README_EN|helm/README)\.md$", 6, "doc:llm-agents", AGT),
    (WEK, "zh", r"^(README_CN|docs/[A-Za-z_/.-]+|website-docs/[0-9a-z/_-]+|packages/dsh-weknora/README_CN|client/README)\.md$", 9, "doc:llm-agents", AGT),
    (WEK, "ja", r"^README_JA\.md$", 3, "doc:llm-agents", AGT),
    (WEK, "ko", r"^README_KO\.md$", 3, "doc:llm-agents", AGT),
    # --- doc:prompting
    (CCB, "en", r"^(misc/[a-z_]+|skills/[a-z_-]+/guide|skills/([a-z_-]+/)?README|multimodal/(best_practices_for_vision|getting_started_with_vision))\.(md|ipynb)$", 20, "doc:prompting", PRM),
    (MEM, "en", r"^docs/(open-source/features/custom-instructions|platform/features/custom-instructions|components/rerankers/custom-prompts|platform/features/custom-categories)\.mdx$", 4, "doc:prompting", PRM),
    # --- doc:email-chat
    (NB, "zh", r"^website/docs/(?!ospp/)[a-z0-9/_-]+\.mdx?$", 12, "doc:email-chat", CHAT),
    (BOLT, "en", r"^(README|docs/english/(concepts/[a-z-]+|creating-an-app|getting-started|tutorial/[a-z-]+/[a-z-]+|tutorial/[a-z-]+))\.md$", 8, "doc:email-chat", CHAT),
    (BOLT, "ja", r"^docs/japanese/(concepts/[a-z-]+|getting-started|legacy/[a-z-]+)\.md$", 10, "doc:email-chat", CHAT),
    (DAPI, "en", r"^developers/(bots/overview|topics/(oauth2|permissions|rate-limits|teams|rpc)|platform/(bots|webhooks|interactions|oauth2-and-permissions)|interactions/[a-z-]+|events/(gateway|webhook-events|overview)|resources/(webhook|application|message|auto-moderation)|quick-start/[a-z-]+|tutorials/[a-z-]+|gateway/[a-z-]+|policies/developer-policy)\.mdx$", 13, "doc:email-chat", CHAT),
    (AIO, "ru", r"^book_src/([a-z-]+|blog/posts/[a-z_]+)\.md$", 12, "doc:email-chat", CHAT),
    (TIM, "de", r"^(README|docs/[A-Za-z]+/[A-Za-z-]+)\.adoc$", 9, "doc:email-chat", CHAT),
    (MAILU, "en", r"^(README\.md|docs/(antispam|webadministration|features|general|configuration|api|cli|anonmail|dns|reverse)\.rst)$", 9, "doc:email-chat", CHAT),
    (MASTO, "ja", r"^content/ja/user/[a-z-]+\.md$", 4, "doc:email-chat", CHAT),
    (MASTO, "pl", r"^content/pl/user/[a-z-]+\.md$", 3, "doc:email-chat", CHAT),
    # --- doc:payments
    (BTC, "en", r"^docs/(?!Deployment/|Contribute/)[A-Za-z0-9/_-]+\.md$", 20, "doc:payments", PAY),
    (YPAY, "zh", r"^(README|web/docs/v3/(?!upgrade/|overview/)[a-z-]+/[a-z-]+|web/docs/v3/index)\.md$", 12, "doc:payments", PAY),
    (EFI, "pt", r"^(README|MIGRATION|SECURITY)\.md$", 5, "doc:payments", PAY),
    (AIO, "ru", r"^book_src/payments\.md$", 2, "doc:payments", PAY),
    # --- doc:secrets-auth
    (ESO, "en", r"^(README|docs/(provider/[a-z0-9-]+|guides/(?!ai-setup-guide)[a-z0-9-]+|introduction/[a-z-]+|examples/[a-z-]+|provider-passworddepot))\.md$", 18, "doc:secrets-auth", AUTH),
    (MASTO, "en", r"^content/en/(client/(token|authorized)|spec/(oauth|security)|admin/optional/sso|admin/config)\.md$", 4, "doc:secrets-auth", AUTH),
    (TIM, "de", r"^docs/(Authenticator|IDP|Fachdienst|Client)/[A-Za-z-]+\.adoc$", 3, "doc:secrets-auth", AUTH),
    (DAPI, "en", r"^developers/(topics/oauth2|platform/oauth2-and-permissions|resources/application)\.mdx$", 2, "doc:secrets-auth", AUTH),
    # --- doc:ci-release
    (GHPD, "en", r"^README\.md$", 10, "doc:ci-release", CI),
    (DOKKU, "en", r"^docs/(deployment/(continuous-integration/[a-z-]+|methods/[a-z]+|application-deployment|user-management)|advanced-usage/(repository-management|registry-management))\.md$", 9, "doc:ci-release", CI),
    (NB, "zh", r"^website/docs/best-practice/deployment\.mdx$", 2, "doc:ci-release", CI),
    # --- doc:cli-install
    (DOKKU, "en", r"^(README|docs/getting-started/([a-z-]+|install/[a-z]+|installation/index|upgrading/index))\.md$", 8, "doc:cli-install", CLI),
    (BTC, "en", r"^docs/Deployment/[A-Za-z0-9]+\.md$", 4, "doc:cli-install", CLI),
    (MAILU, "en", r"^docs/(compose/(setup|requirements)|setup|kubernetes/mailu/index)\.rst$", 3, "doc:cli-install", CLI),
    (MASTO, "en", r"^content/en/admin/(install|prerequisites|setup)\.md$", 2, "doc:cli-install", CLI),
    (MASTO, "zh", r"^content/zh-cn/admin/(install|prerequisites|setup)\.md$", 2, "doc:cli-install", CLI),
    # --- doc:runbook/ops
    (DOKKU, "en", r"^docs/(advanced-usage/(backup-recovery|event-logs|persistent-storage|resource-management|deployment-tasks)|processes/[a-z-]+|getting-started/(troubleshooting|uninstalling)|deployment/(logs|zero-downtime-deploys|remote-commands|application-management)|configuration/[a-z-]+|networking/[a-z-]+)\.md$", 9, "doc:runbook/ops", OPS),
    (MASTO, "en", MASTO_OPS, 6, "doc:runbook/ops", OPS),
    (MASTO, "zh", r"^content/zh-cn/admin/(backups|troubleshooting|upgrading|migrating|tootctl|scaling|config|moderation|optional/[a-z]+)\.md$", 5, "doc:runbook/ops", OPS),
    (MAILU, "en", r"^docs/(maintain|faq|database)\.rst$", 5, "doc:runbook/ops", OPS),
    # --- doc:security
    (ZAP, "en", r"^site/content/(docs/(authentication/[a-z-]+|getting-further/[a-z/_-]+|docker/[a-z-]+|automate/[a-z-]+|desktop/start/features/[a-z]+|api/[a-z-]+)|faq/[a-z0-9-]+)\.md$", 18, "doc:security", SEC),
    (ANSSI, "fr", r"^src/fr/([a-z]+|unsafe/[a-z]+)\.md$", 9, "doc:security", SEC),
    (ESO, "en", ESO_SEC, 4, "doc:security", SEC),
    # --- doc:calendar
    (VDIR, "en", r"^(README\.rst|docs/([a-z-]+|tutorials/[a-z-]+)\.rst)$", 8, "doc:calendar", CAL),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:llm-agents": (r"system prompt|system_prompt|instruction|you are|api[_ ]?key|token|secret|credential|approv|"
                       r"permission|sandbox|ignore|override|inject|untrusted|AWS_|env|系统提示|提示词|密钥|审批|权限|令牌|"
                       r"プロンプト|認証情報|APIキー|シークレット|API 키|프롬프트|권한"),
    "doc:prompting": r"system prompt|you are|role|ignore|instruction|xml|tag|assistant|jailbreak|harmful|moderat",
    "doc:security": r"inject|malicious|attack|secret|token|password|bypass|exploit|untrusted|credential|unsafe|mot de passe|secret|attaqu",
    "doc:secrets-auth": r"token|secret|password|api[_ ]?key|passphrase|rotate|revoke|never|credential|root|Token|Passwort|Schlüssel",
    "doc:ci-release": r"token|secret|GITHUB_TOKEN|GH_TOKEN|deploy key|ssh|force|password|private key",
    "doc:cli-install": r"curl|wget|\| *(sudo )?(ba|z)?sh|sudo|bootstrap|password|secret|root|ssh",
    "doc:runbook/ops": r"restore|backup|incident|restart|debug|password|key|secret|rotate|rollback|备份|恢复|密钥",
    "doc:email-chat": r"token|secret|never share|signing|oauth|bot token|app token|reset|webhook|forward|password|"
                      r"トークン|令牌|токен|Token|hasło|パスワード",
    "doc:payments": r"api[_ ]?key|secret|private key|certificate|seed|password|refund|payout|transfer|webhook|"
                    r"私钥|证书|密钥|credencia|segredo|chave|certificado",
    "doc:calendar": r"password|token|oauth|fetch|command|secret|keyring",
}

# Prompt files written for agents, agent-written plans and changelogs are
# left out (path filters above never pick them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|(^|/)agents/|(^|/)commands/|"
                  r"(^|/)skills/(?!classification|summarization|retrieval|contextual|text_to_sql|README)|(^|/)prompts/|\.prompt|"
                  r"copilot[-_]instructions|\.instructions\.md|^\.agents?/|(^|/)\.claude/|output-styles/|"
                  r"ai-setup-guide|agent-signup|llm-policy|cairn/|docs/plans/|^plans/|CHANGELOG|changelog|change-log|"
                  r"release-notes/|desktop/releases/|ReleaseNotes|CODE_OF_CONDUCT|coc\.md|templates/|_snippets/|"
                  r"PROJECT_SUMMARY|SUMMARY\.md|output_reports/)")
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
    r"\b(IMPORTANT|WARNING|CAUTION|DANGER)\b|\[!(WARNING|CAUTION|IMPORTANT|NOTE)\]|^:::\s*(warning|danger|caution|tip)|"
    r"^!!! (warning|danger|note)|<(Callout|Warning|Note|Tip)\b|^\.\. (warning|danger|note|important)::|^(WARNING|IMPORTANT|CAUTION):|\{\{< hint",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|вредонос|恶意|悪意|악의",
    r"--no-verify|skip[ -]?hooks?|SKIP=|--force\b|force[- ]push|push -f\b|--yolo|yolo|--dangerously|force: true",
    r"(never|do not|don't) (share|commit|expose|paste|tell|leak|check in|store)|keep (it|them|this|your \w+) (secret|safe|private)|"
    r"不要(分享|泄露|提交)|共有しない|絶対に|nunca compartas|ne partagez jamais|niemals|никому не|nunca compartilhe",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|GH_TOKEN|pull_request_target|api[_ ]?key|password|passphrase|mot de passe|Passwort|"
    r"contraseña|senha|пароль|密码|パスワード|비밀번호|\btoken\b|client[_ ]secret|private key|私钥",
    r"\b(immediately|rotate|revoke|incident|escalate|compromis)\w*",
    r"\b(you must|must not|before you|first,? run|run the following|execute the following)\b|vous devez|debes|du musst|"
    r"você deve|необходимо|必须|必ず|해야|muss|doit",
    r"!\[[^\]]*\]\(|<img\b|image::",
    r"(^|\n)\s*(export [A-Z_]+=|[A-Z][A-Z0-9_]{3,}=)",
)]

STOP = {
    "es": (" el ", " los ", " que ", " para ", " una ", " de ", " se "),
    "fr": (" le ", " les ", " des ", " pour ", " une ", " est ", " dans "),
    "de": (" der ", " die ", " und ", " nicht ", " eine ", " den ", " ist "),
    "pt": (" o ", " os ", " que ", " para ", " uma ", " não ", " com "),
    "pl": (" nie ", " się ", " jest ", " na ", " do ", " że ", " to "),
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
    return sum(low.count(w.lower()) for w in STOP[lang]) >= 8


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
    rng = random.Random(1715)
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
                if p in seen or not reads_as(lang, p if lang == "en" else prose(p, fence)) or RESERVED.search(p) or link_list(p) or markup(p):
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
        rec = {"id": f"hb15-{n:04d}", **r}
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
