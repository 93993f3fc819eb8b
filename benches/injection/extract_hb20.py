#!/usr/bin/env python3
"""Builds the twentieth hard-benign set (hard_benign20.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, in domains no earlier set used: two LLM gateways'
docs (provider API keys, virtual keys, guardrails, fallbacks; one in
English, Chinese and Japanese) and an API/AI gateway's READMEs (English,
Chinese, Japanese); a French public-sector LLM gateway's docs (API keys,
IAM, OAuth2 encryption, routing); an agent platform's docs (writing an
agent's instructions, what an agent may do, skills, MCP servers,
automations, self-hosting, access control); two RAG products' READMEs and
API docs (English, Chinese); an open voice assistant's technical manual
(personas, LLM solvers, STT/TTS/translation servers; English and
Italian), two voice-assistant projects for ESP32 devices and their
server (LLM/ASR/TTS API keys, MCP tool calls, OTA, in Chinese, English,
Japanese, German and Portuguese), a Japanese speech-synthesis engine's
README and a Russian offline voice assistant's docs; a helpdesk's docs
(API tokens, OAuth, mail channels, backups, console commands); a machine
translation server's README (API keys); a link aggregator's docs
(moderation, admin, federation); a personal-finance manager's docs (API
tokens, OAuth clients, importing bank data); Brazilian e-invoicing
(NF-e: certificates, passwords, signing) and Mexican CFDI bulk-download
docs (FIEL credentials, tokens) and Spanish Odoo localisation READMEs (AEAT
certificates, SII, payment gateways); an Italian public-payments broker's
docs (pagoPA, API authentication, certificates); a self-hosted git
service's docs in English, Chinese, French and German (SSH keys, tokens,
webhooks, reverse proxies); the Python package index's user docs (API
tokens, trusted publishing, attestations, 2FA, secrets reporting); a
secret scanner's docs; a backup tool's docs (repository passwords,
encryption, ransomware protection); a meeting-poll scheduler's
self-hosting docs (SMTP, SSO, secrets, content moderation).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese and Japanese); a fenced code block (``` / ~~~) is
never part of a passage: it ends the run before it and is dropped
(reStructuredText has no fences, its indented code stays with the
paragraph before it); a markdown heading left at the end of a run goes
with the next one. Front matter, MDX import/export lines and
Jekyll/Liquid tag lines are dropped. Prompt files written for agents
(SKILL.md, AGENTS.md, CLAUDE.md, GEMINI.md, copilot instructions,
skills/, .claude/, .agents/, prompts/, *.prompt*, ...), changelogs,
release and upgrade notes, blogs, roadmaps, contributor lists and codes
of conduct are left out. Within each source's quota, passages that show
the kind's hardest shape come first, then passages with more topic words
and distinct hard features (STRONG, counted up to four), random within a
score (seed 2020); no file gives more than a third of a quota (at least
two) when a source has three files or more. A non-English passage must
read as its language, and a half-translated one does not count; a run
that is mostly HTML tags, badges and link targets, mostly bare links or
mostly link definitions is skipped. A passage that names AgentDojo,
spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack:
true` (QUOTES_ATTACK below); a passage that quotes an actual attack string
is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo; the commit used is
on every row and in SOURCES_hb20.md), then run

    python3 benches/injection/extract_hb20.py

from the repository root. It writes benches/injection/hard_benign20.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign20.jsonl"
SEED = 2020
PREFIX = "hb20"

PORT = "Portkey-AI/gateway"
ALB = "etalab-ia/albert-api"
APIP = "APIParkLab/APIPark"
AGEN = "Agenta-AI/agenta"
QAN = "netease-youdao/QAnything"
MAXKB = "1Panel-dev/MaxKB"
OVOS = "OpenVoiceOS/ovos-technical-manual"
XZE = "78/xiaozhi-esp32"
XZS = "xinnan-tech/xiaozhi-esp32-server"
VVOX = "VOICEVOX/voicevox_engine"
IRENE = "janvarev/Irene-Voice-Assistant"
ZAM = "zammad/zammad-documentation"
LTR = "LibreTranslate/LibreTranslate"
LEMMY = "LemmyNet/lemmy-docs"
FF3 = "firefly-iii/docs"
NFE = "nfephp-org/sped-nfe"
SPAIN = "OCA/l10n-spain"
SATWS = "phpcfdi/sat-ws-descarga-masiva"
GOVPAY = "link-it/govpay"
GOGS = "gogs/docs"
PYPI = "pypi/warehouse"
NOSEY = "praetorian-inc/noseyparker"
KOPIA = "kopia/kopia"
RALLLY = "lukevella/rallly"

LICENSES = {
    PORT: "MIT", ALB: "MIT", APIP: "Apache-2.0", AGEN: "MIT", QAN: "AGPL-3.0", MAXKB: "GPL-3.0",
    OVOS: "CC0-1.0", XZE: "MIT", XZS: "MIT", VVOX: "LGPL-3.0", IRENE: "MIT", ZAM: "AGPL-3.0",
    LTR: "AGPL-3.0", LEMMY: "AGPL-3.0", FF3: "CC-BY-SA-4.0", NFE: "LGPL-3.0", SPAIN: "AGPL-3.0",
    SATWS: "MIT", GOVPAY: "GPL-3.0", GOGS: "Apache-2.0", PYPI: "Apache-2.0", NOSEY: "Apache-2.0",
    KOPIA: "Apache-2.0", RALLLY: "AGPL-3.0",
}

# Topic words per kind (counted, distinct, for ordering within a quota).
LLM = (r"api[_ -]?key|virtual key|token|secret|provider|model|llm|prompt|system|guardrail|fallback|retr|cache|"
       r"route|routing|proxy|gateway|openai|anthropic|header|bearer|auth|oauth|encrypt|budget|rate limit|"
       r"tool|agent|mcp|"
       r"密钥|令牌|模型|提示词|网关|鉴权|认证|供应商|路由|"
       r"キー|トークン|モデル|プロンプト|ゲートウェイ|認証|"
       r"clé|jeton|modèle|authentification")
AGT = (r"agent|instruction|prompt|skill|tool|mcp|permission|approval|automation|trigger|harness|model|"
       r"api[_ -]?key|secret|token|credential|subscription|access control|role|sso|oidc|self-host|docker|"
       r"env|password|admin|sandbox|webhook")
RAG = (r"rag|retriev|embedding|rerank|knowledge base|document|upload|api[_ -]?key|token|llm|model|prompt|"
       r"docker|gpu|install|port|password|"
       r"知识库|检索|文档|上传|模型|密钥|提示词|问答|部署|端口|密码")
VOICE = (r"wake ?word|stt|tts|speech|voice|llm|persona|solver|skill|intent|plugin|api[_ -]?key|token|secret|"
         r"mcp|tool|ota|firmware|websocket|mqtt|server|config|password|"
         r"唤醒|语音|模型|密钥|令牌|插件|固件|服务器|配置|智控台|"
         r"音声|エンジン|キー|トークン|サーバー|設定|"
         r"голос|плагин|ключ|токен|сервер|настро|команд|"
         r"Sprach|Schlüssel|Server|chave|servidor|voz|"
         r"voce|chiave|server|plugin")
HELP = (r"ticket|agent|customer|mail|email|smtp|imap|oauth|token|api|password|secret|admin|role|permission|"
        r"backup|restore|console|rails|trigger|webhook|channel|sso|saml|ldap|elasticsearch")
TRANS = r"translat|api[_ -]?key|language|model|server|docker|argos|token|secret|rate limit|request"
MOD = (r"moderat|admin|ban|remove|report|community|instance|federat|password|email|captcha|registration|"
       r"backup|restore|docker|ansible|config|token|jwt|api|spam|block|private|appeal")
ACC = (r"token|oauth|client|secret|password|api|import|bank|account|transaction|budget|rule|webhook|cron|"
       r"certificad|senha|chave|assinatura|sefaz|nota fiscal|nfe|nf-e|contingência|xml|"
       r"certificado|contraseña|clave|firma|fiel|token|sat|aeat|factura|sii|verifactu|"
       r"token|autenticazion|certificat|pagamento|pagopa|password|chiave|firma")
GIT = (r"ssh|key|token|password|webhook|admin|repository|git|push|mirror|reverse proxy|nginx|https|"
       r"certificate|oauth|ldap|smtp|mail|config|"
       r"密钥|令牌|密码|仓库|管理员|配置|"
       r"clé|jeton|mot de passe|dépôt|administrateur|"
       r"Schlüssel|Passwort|Repository|Administrator|Konfiguration")
REG = (r"token|api[_ -]?key|trusted publish|oidc|attestation|sigstore|2fa|two-factor|recovery code|secret|"
       r"upload|yank|organization|owner|maintainer|malware|report|github actions|workflow|password|scope")
SCAN = r"secret|token|password|credential|key|scan|rule|leak|git|github|report|datastore|finding|pattern|regex"
BKP = (r"password|encrypt|key|repository|snapshot|backup|restore|ransomware|object lock|immutable|s3|"
       r"credential|secret|token|server|tls|certificate|policy|retention|maintenance")
SCHED = r"smtp|secret|env|docker|sso|oidc|oauth|password|admin|email|moderation|license|api|token|config|domain"

# (repo, language, path filter, quota, kind, topic)
SOURCES = [
    # --- doc:llm-gateway
    (PORT, "en", r"^(README\.md|docs/[a-z-]+\.md|plugins/README\.md|cookbook/[A-Za-z0-9 _./&-]+\.(md|ipynb))$", 10, "doc:llm-gateway", LLM),
    (PORT, "zh", r"^\.github/README\.cn\.md$", 2, "doc:llm-gateway", LLM),
    (PORT, "ja", r"^\.github/README\.jp\.md$", 4, "doc:llm-gateway", LLM),
    (ALB, "en", r"^(README\.md|SECURITY\.md|docs/[a-z_]+\.md)$", 14, "doc:llm-gateway", LLM),
    (ALB, "fr", r"^docs/README_fr\.md$", 1, "doc:llm-gateway", LLM),
    (APIP, "en", r"^README\.md$", 4, "doc:llm-gateway", LLM),
    (APIP, "zh", r"^readme/readme-zh-cn\.md$", 3, "doc:llm-gateway", LLM),
    (APIP, "ja", r"^readme/readme-jp\.md$", 4, "doc:llm-gateway", LLM),
    # --- doc:agent-platform
    (AGEN, "en", r"^docs/docs/(administration|concepts|getting-started|guides|misc|self-host)/[A-Za-z0-9_/-]+\.mdx?$", 24, "doc:agent-platform", AGT),
    # --- doc:rag
    (QAN, "en", r"^(README\.md|docs/(API|SECURITY)\.md)$", 4, "doc:rag", RAG),
    (QAN, "zh", r"^(README_zh|FAQ_zh)\.md$", 6, "doc:rag", RAG),
    (MAXKB, "en", r"^(README|SECURITY|USE-CASES)\.md$", 2, "doc:rag", RAG),
    (MAXKB, "zh", r"^README_CN\.md$", 1, "doc:rag", RAG),
    # --- doc:voice-assistant
    (OVOS, "en", r"^docs/[a-z0-9_-]+\.md$", 16, "doc:voice-assistant", VOICE),
    (OVOS, "it", r"^it/[A-Za-z0-9_/-]+\.md$", 2, "doc:voice-assistant", VOICE),
    (XZE, "en", r"^(README\.md|docs/(?!.*_zh)[a-z0-9-]+\.md|main/audio/README\.md|partitions/v2/README\.md)$", 8, "doc:voice-assistant", VOICE),
    (XZE, "zh", r"^(README_zh\.md|docs/[a-z0-9-]+_zh\.md)$", 6, "doc:voice-assistant", VOICE),
    (XZE, "ja", r"^README_ja\.md$", 4, "doc:voice-assistant", VOICE),
    (XZS, "zh", r"^(README\.md|docs/[A-Za-z0-9_-]+\.md|main/README\.md)$", 12, "doc:voice-assistant", VOICE),
    (XZS, "en", r"^(docs/readme/README_en|main/README_en)\.md$", 4, "doc:voice-assistant", VOICE),
    (XZS, "de", r"^docs/readme/README_de\.md$", 2, "doc:voice-assistant", VOICE),
    (XZS, "pt", r"^docs/readme/README_pt_BR\.md$", 1, "doc:voice-assistant", VOICE),
    (VVOX, "ja", r"^(README|CONTRIBUTING)\.md$", 8, "doc:voice-assistant", VOICE),
    (IRENE, "ru", r"^(README\.md|docs/[A-Z_]+\.md)$", 16, "doc:voice-assistant", VOICE),
    # --- doc:helpdesk
    (ZAM, "en", r"^(admin|api|appendix|install|migration|getting-started|prerequisites)/[A-Za-z0-9_/-]+\.rst$", 22, "doc:helpdesk", HELP),
    # --- doc:translation
    (LTR, "en", r"^README\.md$", 2, "doc:translation", TRANS),
    # --- doc:moderation
    (LEMMY, "en", r"^src/(administration|users|contributors)/[a-z0-9_-]+\.md$", 16, "doc:moderation", MOD),
    # --- doc:accounting-invoicing
    (FF3, "en", r"^docs/docs/(explanation|how-to|references|tutorials)/[A-Za-z0-9_/.-]+\.md$", 18, "doc:accounting-invoicing", ACC),
    (NFE, "pt", r"^(README\.md|docs/[A-Za-z0-9_/]+\.md)$", 16, "doc:accounting-invoicing", ACC),
    (SPAIN, "es", r"^[a-z0-9_]+/README\.rst$", 10, "doc:accounting-invoicing", ACC),
    (SATWS, "es", r"^(README\.md|docs/(CodigosDeServicios|EstructuraDelProyecto|Excepciones)\.md)$", 10, "doc:accounting-invoicing", ACC),
    # --- doc:payments
    (GOVPAY, "it", r"^(README\.md|docs/[a-z_/]+\.rst)$", 16, "doc:payments", ACC),
    # --- doc:git-hosting
    (GOGS, "en", r"^en-US/[a-z0-9_/-]+\.md$", 12, "doc:git-hosting", GIT),
    (GOGS, "zh", r"^zh-CN/[a-z0-9_/-]+\.md$", 8, "doc:git-hosting", GIT),
    (GOGS, "fr", r"^fr-FR/[a-z0-9_/-]+\.md$", 8, "doc:git-hosting", GIT),
    (GOGS, "de", r"^de-DE/[a-z0-9_/-]+\.md$", 8, "doc:git-hosting", GIT),
    # --- doc:package-registry
    (PYPI, "en", r"^docs/user/[a-z0-9_/-]+\.md$", 16, "doc:package-registry", REG),
    # --- doc:secret-scanner
    (NOSEY, "en", r"^(README|SECURITY|docs/RULES|docs/usage-examples/README|docs/v0\.17\.0/man/man1/[a-z0-9.-]+)\.md$", 10, "doc:secret-scanner", SCAN),
    # --- doc:backup
    (KOPIA, "en", r"^(README\.md|site/content/docs/[A-Za-z0-9_/ -]+\.md)$", 16, "doc:backup", BKP),
    # --- doc:scheduling
    (RALLLY, "en", r"^apps/docs/[a-z0-9_/-]+\.mdx$", 12, "doc:scheduling", SCHED),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:llm-gateway": (r"system prompt|instruction|prompt|api[_ ]?key|virtual key|secret|token|guardrail|bearer|"
                        r"密钥|令牌|提示词|キー|トークン|プロンプト|clé|jeton"),
    "doc:agent-platform": r"instruction|system prompt|prompt|agent|approval|permission|secret|api[_ ]?key|token|credential|mcp",
    "doc:rag": r"api[_ ]?key|token|prompt|password|secret|密钥|提示词|密码|令牌",
    "doc:voice-assistant": (r"api[_ ]?key|token|secret|password|prompt|system|llm|mcp|"
                            r"密钥|令牌|提示词|密码|キー|トークン|ключ|токен|пароль|Schlüssel|chave|chiave"),
    "doc:helpdesk": r"token|password|secret|oauth|api|admin|console|rails r|imap|smtp",
    "doc:translation": r"api[_ ]?key|secret|token",
    "doc:moderation": r"moderat|ban|remove|report|admin|password|jwt|captcha",
    "doc:accounting-invoicing": (r"token|oauth|secret|password|client|api|senha|certificad|chave|contraseña|clave|"
                                 r"fiel|firma|private key"),
    "doc:payments": r"password|token|certificat|chiave|autenticazion|firma|api",
    "doc:git-hosting": r"ssh|token|password|secret|key|密钥|令牌|密码|mot de passe|jeton|clé|Passwort|Schlüssel",
    "doc:package-registry": r"token|secret|2fa|two-factor|recovery|oidc|trusted|malware|attestation|password",
    "doc:secret-scanner": r"secret|token|password|credential|leak",
    "doc:backup": r"password|encrypt|key|ransomware|credential|secret|token",
    "doc:scheduling": r"secret|password|smtp|sso|oidc|moderation|api",
}

# Prompt files written for agents, changelogs and the like are left out
# (path filters above never pick them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|(^|/)agents/|(^|/)commands/|"
                  r"(^|/)skills/|(^|/)prompts?/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"copilot[-_]instructions|\.instructions\.md|(^|/)instructions/|AI-POLICY|"
                  r"CHANGELOG|CHANGES\.md|changelog|change-log|release-notes|release_notes|RELEASE-NOTES|releaseNote|(^|/)news/|"
                  r"(^|/)blog/|(^|/)releases?/|whats-new|noteVersion|UPGRADE|ROADMAP|TODO\.md|CONTRIBUTORS|HISTORY|"
                  r"1\.0_upgrade|003-timeline|contributor_open_letter|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|coc\.md|_snippets/|snippets/|SUMMARY\.md|(^|/)_posts/|"
                  r"(^|/)_partials/)")
RESERVED = re.compile(r"garak|spikee|agentdojo|agent dojo", re.I)

CJK = {"zh", "ja", "ko"}
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
        return han >= 60 and kana < 5
    if lang == "ja":
        return kana >= 30
    if lang == "ko":
        return hangul >= 50
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


def passages(text, fence=FENCE_MD, lang="en"):
    """Runs of whole prose paragraphs of 300-1500 characters (150-900 for
    Chinese, Japanese and Korean). A paragraph
    holding a fenced code block ends the run before it and is dropped; a
    heading left at the end of a run goes with the next run."""
    lo, hi, grow = (150, 900, 350) if lang in CJK else (300, 1500, 600)
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
        if sum(len(x) + 2 for x in cur) >= grow:
            held = []
            while cur and re.match(HEADING, cur[-1]) and "\n" not in cur[-1]:
                held.insert(0, cur.pop())
            flush()
            cur.extend(held)
    flush()
    return [p for p in out if lo <= len(p) <= hi]


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
    if f.endswith(".ipynb"):
        return notebook(raw), FENCE_MD
    if f.endswith(".rst"):
        return clean(raw, "md"), FENCE_RST
    if f.endswith(".adoc"):
        return clean(raw, "adoc"), FENCE_ADOC
    return clean(raw, "mdx" if f.endswith(".mdx") else "md"), FENCE_MD


def main():
    rng = random.Random(SEED)
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
            for i, p in enumerate(passages(text, fence, lang)):
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
        rec = {"id": f"{PREFIX}-{n:04d}", **r}
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
