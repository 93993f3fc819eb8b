#!/usr/bin/env python3
"""Builds the eighteenth hard-benign set (hard_benign18.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts or
generators, and without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: a self-hosted AI assistant's docs (agents,
automations, code execution, admin and auth); a coding assistant's admin
and install docs (SSO, SMTP, tokens); two Java LLM frameworks' docs
(tools and tool calling, MCP clients and servers, advisors, chat memory,
guardrails, prompts); an agent/data app's agent docs in English and
Chinese; a password manager's docs; a private CA's docs; a file-list
program's storage-driver docs in Chinese and English (OAuth refresh
tokens, client secrets); a Russian payment SDK's README and examples; a
Russian broker API client's README; a German online-banking (FinTS)
library's docs (PIN/TAN, SEPA transfers); a Korean payment gateway's
developer docs; a crypto trading bot's docs (exchange API keys, Telegram,
webhooks, REST API); a CI system's docs (auth secrets, trusted resources);
a push-notification service's docs (access tokens, publishing by curl);
a mail server's docs; the Japanese Rails guides (security, credentials,
encryption, mail); a Google Calendar CLI's docs (OAuth client secrets); an
EV-charging home-automation system's docs in German and English; two home
automation platforms' docs (API tokens, securing the editor, admin API
OAuth); a DNS sinkhole's docs (`curl | bash` install, API auth); and two
proxy panels' docs and READMEs in English, Russian, Chinese and Spanish
(`bash <(curl …)` installs, admin credentials, API tokens, Telegram bots).

Passages are runs of whole prose paragraphs of 300-1500 characters; a
fenced code block (``` / ~~~, and AsciiDoc's ---- / .... blocks) is never
part of a passage: it ends the run before it and is dropped
(reStructuredText has no fences, its indented code stays with the
paragraph before it); a heading (markdown `#` or AsciiDoc `==`) left at the
end of a run goes with the next one. Front matter, MDX import/export
lines, AsciiDoc attribute and include lines and Jekyll/Liquid tag lines are
dropped. Prompt files written for agents (SKILL.md, AGENTS.md, CLAUDE.md,
GEMINI.md, copilot instructions, .claude/, .agents/, prompts/, ...),
changelogs, release notes, blogs and codes of conduct are left out. Within
each source's quota, passages that show the kind's hardest shape come
first, then passages with more topic words and distinct hard features
(STRONG, counted up to four), random within a score (seed 1818); no file
gives more than a third of a quota (at least two) when a source has three
files or more. A non-English passage must read as its language, and a
half-translated one (with half as many English function words as its own,
or more) does not count; a run that is mostly HTML tags, badges and link
targets, mostly bare links or mostly link definitions is skipped. A
passage that names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack: true`
(QUOTES_ATTACK below, chosen by reading this set's own rows); a passage
that quotes an actual attack string is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo; the commit used is
on every row and in SOURCES_HB18.md), then run

    python3 benches/injection/extract_hb18.py

from the repository root. It writes benches/injection/hard_benign18.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign18.jsonl"

KHOJ = "khoj-ai/khoj"
TABBY = "TabbyML/tabby"
SPAI = "spring-projects/spring-ai"
L4J = "langchain4j/langchain4j"
DBGPT = "eosphoros-ai/DB-GPT"
GOPASS = "gopasspw/gopass"
STEP = "smallstep/certificates"
ALIST = "alist-org/docs"
YOOK = "yoomoney/yookassa-sdk-python"
TINV = "RussianInvestments/invest-python"
FINTS = "raphaelm/python-fints"
PORT = "portone-io/developers.portone.io"
FREQ = "freqtrade/freqtrade"
TEKTON = "tektoncd/pipeline"
NTFY = "binwiederhier/ntfy"
MOX = "mjl-/mox"
RAILS = "yasslab/railsguides.jp"
GCAL = "insanum/gcalcli"
EVCC = "evcc-io/docs"
OHAB = "openhab/openhab-docs"
NRED = "node-red/node-red.github.io"
PIH = "pi-hole/docs"
XUI = "MHSanaei/3x-ui"
MZB = "Gozargah/Marzban"

LICENSES = {
    KHOJ: "AGPL-3.0", TABBY: "Apache-2.0", SPAI: "Apache-2.0", L4J: "Apache-2.0", DBGPT: "MIT",
    GOPASS: "MIT", STEP: "Apache-2.0", ALIST: "AGPL-3.0", YOOK: "MIT", TINV: "Apache-2.0",
    FINTS: "LGPL-3.0", PORT: "AGPL-3.0", FREQ: "GPL-3.0", TEKTON: "Apache-2.0",
    NTFY: "Apache-2.0 OR GPL-2.0", MOX: "MIT", RAILS: "CC-BY-SA-4.0", GCAL: "MIT", EVCC: "MIT",
    OHAB: "EPL-2.0", NRED: "Apache-2.0", PIH: "CC-BY-SA-4.0", XUI: "GPL-3.0", MZB: "AGPL-3.0",
}

# Topic words per kind (counted, distinct, for ordering within a quota).
AGT = (r"agent|system prompt|system_prompt|prompt|instruction|tool|mcp|server|approv|permission|sandbox|hook|"
       r"api[_ -]?key|token|secret|credential|oauth|role|memory|model|assistant|env|workspace|trace|"
       r"智能体|代理|提示词|系统提示|工具|权限|密钥|令牌|插件|记忆|沙箱|plugin")
PRM = (r"system prompt|system message|role|prompt|instruction|example|few-shot|template|"
       r"you are|assistant|user|format|chat|message|json|variable")
SEC = (r"inject|malicious|attack|secret|password|token|credential|exploit|bypass|vulnerab|trust|untrusted|"
       r"signature|sign|tamper|compromis|threat|sandbox|key|leak|csrf|xss|session|cookie|encrypt|"
       r"攻撃|脆弱性|パスワード|秘密|暗号|認証|セッション|トークン|鍵|不正")
AUTH = (r"token|secret|password|passphrase|api[_ -]?key|credential|oauth|oidc|login|encrypt|decrypt|"
        r"certificate|private key|public key|rotate|revoke|expire|policy|role|jwt|bearer|scope|"
        r"client[_ ]secret|access key|permission|admin|gpg|age|recipient|provisioner|acme|"
        r"令牌|密钥|密码|权限|管理员|访问|刷新|授权|客户端")
CI = (r"pipeline|task|step|secret|token|serviceaccount|service account|git|ssh|docker|registry|"
      r"credential|sign|trust|verify|resolver|bundle|workspace|permission|rbac|webhook|key")
CLI = (r"install|curl|wget|sh\b|bash|sudo|script|ssh|key|docker|apt|systemd|env|export|"
       r"password|secret|root|proxy|tls|certificate|port|brew|binary|admin|"
       r"安装|证书|密钥|服务器|密码|установ|сертифик|ключ|сервер|пароль|instal|contraseña|certificado")
OPS = (r"backup|restore|upgrade|restart|logs?|debug|troubleshoot|fail|disk|dns|migration|"
       r"database|secret|rotate|ssh|sudo|kill|process|firewall|certificate|root|token|password|telegram|"
       r"备份|日志|证书|密钥|服务器|防火墙|部署|数据库|密码|令牌|"
       r"резерв|журнал|сертифик|ключ|сервер|брандмауэр|пароль|токен|бот")
CHAT = (r"smtp|imap|mail|email|token|api|webhook|subscriber|topic|publish|password|oauth|"
        r"dkim|spf|dmarc|admin|role|permission|template|secret|access|"
        r"メール|送信|受信|パスワード|トークン")
PAY = (r"payment|pay|invoice|refund|transfer|wallet|api[_ -]?key|secret|private key|webhook|"
       r"exchange|telegram|order|trade|balance|account|iban|bic|sepa|pin|tan|bank|password|"
       r"платеж|возврат|ключ|токен|секрет|счет|счёт|уведомлен|"
       r"결제|환불|웹훅|키|시크릿|토큰|빌링|본인인증|계좌|가상계좌|정기결제")
CAL = (r"calendar|event|oauth|client[_ ]?id|client[_ ]?secret|token|auth|credential|"
       r"google|config|command|agenda|reminder")
HOME = (r"token|api[_ -]?key|password|secret|mqtt|login|auth|oauth|admin|https|tls|certificate|"
        r"vehicle|charger|wallbox|sponsor|flow|node|credential|rest|api|"
        r"Passwort|Zugangsdaten|Fahrzeug|Wallbox|Ladepunkt|Schlüssel|Anmeld|Konto|Sponsor")

# (repo, language, path filter, quota, kind, topic)
SOURCES = [
    # --- doc:llm-agents
    (KHOJ, "en", r"^(README\.md|documentation/docs/(features|advanced|clients|data-sources|get-started)/[a-z_-]+\.mdx?)$", 14, "doc:llm-agents", AGT),
    (TABBY, "en", r"^website/docs/(administration/[a-z0-9/_-]+|extensions/configurations|faq|welcome|models/index)\.mdx?$", 10, "doc:llm-agents", AGT),
    (SPAI, "en", r"^spring-ai-docs/src/main/antora/modules/ROOT/pages/(api/(tools|tools-migration|chatclient|advisors|advisors-recursive|chat-memory|effective-agents|moderation|mcp/[a-z-]+)|guides/[a-z0-9-]+)\.adoc$", 14, "doc:llm-agents", AGT),
    (L4J, "en", r"^docs/docs/tutorials/(agents|ai-services|tools|mcp|mcp-stdio-server|guardrails|chat-memory|observability|skills|logging)\.md$", 12, "doc:llm-agents", AGT),
    (DBGPT, "en", r"^docs/docs/(agents/(introduction|modules)/[a-z0-9_/-]+|getting-started/tools/[a-z0-9_-]+|sandbox/index|cookbook/agents/[a-z0-9_-]+)\.mdx?$", 8, "doc:llm-agents", AGT),
    (DBGPT, "zh", r"^docs/i18n/zh-CN/docusaurus-plugin-content-docs/current/(agents/(introduction|modules|cookbook)/[a-z0-9_/-]+|getting-started/(tools|concepts|providers|deploy)/[a-z0-9_-]+|getting-started/[a-z0-9_-]+|application/([a-z_]+|apps/[a-z_]+|advanced_tutorial/[a-z_]+)|sandbox/index|cookbook/agents/[a-z0-9_-]+)\.mdx?$", 16, "doc:llm-agents", AGT),
    # --- doc:prompting
    (SPAI, "en", r"^spring-ai-docs/src/main/antora/modules/ROOT/pages/api/(prompt|chat/prompt-engineering-patterns|structured-output|structured-output/[a-z-]+|multimodality)\.adoc$", 6, "doc:prompting", PRM),
    (L4J, "en", r"^docs/docs/tutorials/(chat-and-language-models|structured-outputs|json|model-parameters|classification)\.md$", 4, "doc:prompting", PRM),
    # --- doc:secrets-auth
    (GOPASS, "en", r"^(README|docs/(backends|config|faq|features|hooks|secrets|security|setup|entropy|usecases/[a-z-]+|backends/[a-z]+|commands/(audit|env|init|otp|recipients|sync|clone|insert|show|generate)|adr/A-(06|11|13|14)-[a-z-]+))\.md$", 14, "doc:secrets-auth", AUTH),
    (STEP, "en", r"^(README|SECURITY|autocert/README|systemd/README)\.md$", 8, "doc:secrets-auth", AUTH),
    (ALIST, "en", r"^docs/(guide/(drivers|advanced|api|api/admin|install)/[a-z0-9_.-]+|config/[a-z_-]+|faq/[a-z_-]+|tool/[a-z]+/[a-z_-]+)\.md$", 8, "doc:secrets-auth", AUTH),
    (ALIST, "zh", r"^docs/zh/(guide/(drivers|advanced|api|api/admin|install)/[a-z0-9_.-]+|config/[a-z_-]+|faq/[a-z_-]+)\.md$", 16, "doc:secrets-auth", AUTH),
    # --- doc:payments
    (YOOK, "ru", r"^(README|docs/examples/[0-9a-z_-]+)\.md$", 10, "doc:payments", PAY),
    (TINV, "ru", r"^(README|CONTRIBUTING)\.md$", 3, "doc:payments", PAY),
    (FINTS, "en", r"^docs/(client|debits|index|quickstart|reading|registration|tans|transfers|trouble|tested)\.rst$", 10, "doc:payments", PAY),
    (PORT, "ko", r"^src/routes/\(root\)/(opi/ko/(integration|console|extra|support)|sdk/ko|platform/ko)/[^()]*\.mdx$", 18, "doc:payments", PAY),
    (FREQ, "en", r"^docs/(configuration|exchanges|telegram-usage|webhook-config|rest-api|faq|installation|docker_quickstart|producer-consumer|freq-ui|bot-usage|utils)\.md$", 10, "doc:payments", PAY),
    # --- doc:ci-release
    (TEKTON, "en", r"^docs/(auth|trusted-resources|spire|git-resolver|http-resolver|bundle-resolver|hub-resolver|cluster-resolver|install|hermetic|podtemplates|workspaces|events|tekton-bundle-contracts|stepactions|enabling-ha|additional-configs)\.md$", 14, "doc:ci-release", CI),
    # --- doc:email-chat
    (NTFY, "en", r"^docs/(config|publish|subscribe/api|subscribe/cli|integrations|faq|install|examples|privacy|troubleshooting|known-issues)\.md$", 14, "doc:email-chat", CHAT),
    (MOX, "en", r"^(README|website/(index|features/index|install/index|protocols/summary))\.md$", 10, "doc:email-chat", CHAT),
    (RAILS, "ja", r"^guides/source/ja/(action_mailer_basics|action_mailbox_basics)\.md$", 6, "doc:email-chat", CHAT),
    # --- doc:security
    (RAILS, "ja", r"^guides/source/ja/(security|active_record_encryption|configuring|api_app|action_controller_overview|sign_up_and_settings|tuning_performance_for_deployment)\.md$", 14, "doc:security", SEC),
    # --- doc:calendar
    (GCAL, "en", r"^(README|CONTRIBUTING|docs/README|docs/api-auth)\.md$", 8, "doc:calendar", CAL),
    # --- doc:home-automation
    (EVCC, "de", r"^src/content/docs/de/(features|installation|integrations|reference|smarthome|tariffs|reference/configuration)/[a-z0-9_-]+\.mdx?$|^src/content/docs/de/[a-z0-9_-]+\.mdx?$", 18, "doc:home-automation", HOME),
    (EVCC, "en", r"^src/content/docs/en/(features|installation|integrations|smarthome|tariffs|reference/configuration)/[a-z0-9_-]+\.mdx?$", 8, "doc:home-automation", HOME),
    (OHAB, "en", r"^src/(installation|configuration|mainui/settings|concepts|tutorial)/[a-z0-9_-]+\.md$", 10, "doc:home-automation", HOME),
    (NRED, "en", r"^docs/(user-guide/[a-z0-9_/-]+|getting-started/[a-z0-9_-]+|api/admin/(index|oauth|methods/post/auth/[a-z]+/index|methods/get/auth/login/index))\.md$", 10, "doc:home-automation", HOME),
    # --- doc:cli-install
    (PIH, "en", r"^docs/(main/[a-z0-9_-]+|docker/[a-z0-9_/-]+|api/[a-z]+|guides/(github|misc|dns)/[a-z0-9_-]+)\.md$", 10, "doc:cli-install", CLI),
    (TABBY, "en", r"^website/docs/quick-start/[a-z0-9_/-]+\.mdx?$", 4, "doc:cli-install", CLI),
    (MZB, "en", r"^README\.md$", 4, "doc:cli-install", CLI),
    (MZB, "ru", r"^README-ru\.md$", 4, "doc:cli-install", CLI),
    (MZB, "zh", r"^README-zh-cn\.md$", 4, "doc:cli-install", CLI),
    (XUI, "es", r"^README\.es_ES\.md$", 4, "doc:cli-install", CLI),
    # --- doc:runbook/ops
    (XUI, "en", r"^docs/content/docs/en/(guide|operations|help|config|reference|reference/api)/[a-z0-9_-]+\.mdx$", 8, "doc:runbook/ops", OPS),
    (XUI, "ru", r"^docs/content/docs/ru/(guide|operations|help|config|reference|reference/api)/[a-z0-9_-]+\.mdx$", 12, "doc:runbook/ops", OPS),
    (XUI, "zh", r"^docs/content/docs/zh/(guide|operations|help|config|reference|reference/api)/[a-z0-9_-]+\.mdx$", 8, "doc:runbook/ops", OPS),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:llm-agents": (r"system prompt|system_prompt|instruction|you are|api[_ ]?key|token|secret|credential|approv|"
                       r"permission|sandbox|ignore|override|inject|untrusted|env|tool call|tool_call|"
                       r"系统提示|提示词|密钥|权限|令牌|沙箱|工具调用"),
    "doc:prompting": r"system prompt|system message|you are|role|ignore|instruction|assistant|template",
    "doc:security": (r"inject|malicious|attack|secret|token|password|bypass|exploit|untrusted|credential|compromis|leak|"
                     r"攻撃|インジェクション|パスワード|秘密|トークン|不正|悪意"),
    "doc:secrets-auth": (r"token|secret|password|api[_ ]?key|passphrase|rotate|revoke|never|credential|private key|"
                         r"access key|令牌|密钥|密码|刷新令牌|客户端密钥|授权"),
    "doc:ci-release": r"token|secret|ssh|password|private key|credential|sign|trust|verify|serviceaccount",
    "doc:cli-install": (r"curl|wget|\| *(sudo )?(ba|z)?sh|bash <\(|sudo|password|secret|root|ssh|signature|gpg|"
                        r"пароль|密码|contraseña"),
    "doc:runbook/ops": (r"restore|backup|incident|restart|debug|password|key|secret|rotate|rollback|sudo|kill|ssh|root|token|"
                        r"密钥|密码|证书|防火墙|令牌|备份|пароль|ключ|сертифик|токен|резерв"),
    "doc:email-chat": r"token|secret|oauth|reset|webhook|password|smtp|api|credential|admin|パスワード|認証|秘密",
    "doc:payments": (r"api[_ ]?key|secret|private key|password|passphrase|refund|transfer|webhook|pin|tan|token|"
                     r"ключ|секрет|токен|пароль|возврат|웹훅|시크릿|키|토큰|환불"),
    "doc:calendar": r"password|token|secret|keyring|auth|credential|command|client",
    "doc:home-automation": (r"token|api[_ ]?key|password|secret|login|auth|oauth|admin|credential|"
                            r"Passwort|Zugangsdaten|Token|Schlüssel|Anmeld"),
}

# Prompt files written for agents, changelogs and the like are left out
# (path filters above never pick them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|(^|/)agents/|(^|/)commands/|"
                  r"(^|/)skills/|(^|/)prompts/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"copilot[-_]instructions|\.instructions\.md|AI-POLICY|"
                  r"CHANGELOG|CHANGES\.md|changelog|change-log|release-notes|release_notes|RELEASE-NOTES|releaseNote|(^|/)news/|"
                  r"\(note\)|(^|/)blog/|"
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
        if merged and re.match(r"( {3,}|\t)\S", p) and not fence.match(p):
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
# (found by reading this set's own candidates): the Rails security guide's
# session-fixation example (a `<script>document.cookie=...</script>` XSS
# payload) and its self-contained XSS example (a base64 `data:text/html`
# URL that decodes to a script).
DROP = {
    "yasslab/railsguides.jp:guides/source/ja/security.md#16",
    "yasslab/railsguides.jp:guides/source/ja/security.md#26",
}


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
    rng = random.Random(1818)
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
        rec = {"id": f"hb18-{n:04d}", **r}
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
