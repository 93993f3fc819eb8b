#!/usr/bin/env python3
"""Builds the thirty-third hard-benign set (hard_benign33.jsonl): real
documentation passages only (no written half), from openly licensed
repositories (MIT, Apache-2.0) that no earlier set names, chosen blind:
without reading the detector, its rule docs, RESULTS.md or the earlier
sets' texts, and without running the detector on this set.

Theme: account security and help-centre material written for end users
and support staff, which speaks with authority about credentials and asks
the reader to act. Hard benign means real text a coding agent fetches
that instructs its human reader in the imperative, which an injection
detector is likely to confuse with an attack: a help centre's pages on
recovery codes, one-time passphrases, lost access and deleting an
account, with its privacy notice on ads translated into many European
languages (DuckDuckGo); security, access, password, incident, onboarding
and offboarding policies for staff (strongdm's Comply SOC 2 templates);
wallet security, password and backup advice, malware and phishing notices
and security advisories to users (Wasabi Wallet, Electrum); billing,
invoices, payments and tenant administration (Kill Bill and its admin UI
Kaui); payment-gateway guides with secret keys in Korean (Toss Payments'
samples) and Spanish (Culqi); an identity provider's integration guide
with client keys, tokens and user sessions (GOV.UK One Login); OAuth and
authorization servers (Authlete's servers in Japanese and English,
JustAuth in Chinese and English); cloud access keys and credentials
(Alibaba Cloud's credentials library, Tencent Cloud's SDK, in Chinese and
English); a CRM's OAuth and API tokens in Russian (amoCRM); API keys and
account pages for a package registry (NuGet.org) and a hosting platform
(Fly.io: tokens, SSO, organisation roles, billing and support); and a
government notification service's API keys, in English and French (GC
Notify).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~) is never part of a passage: it ends the run before it and is
dropped. Front matter, MDX import/export lines and Jekyll/Liquid tag
lines are dropped. Prompt files written for agents (AGENTS.md, CLAUDE.md,
.claude/, .agents/, agent skills, specs and the like), pages about AI
chat or MCP servers, codes of conduct, licence pages, roadmaps,
changelogs, release notes, sponsor lists, issue and pull-request
templates and contributor lists are left out. Within each source's
quota, passages that show the kind's hardest shape come first, then
passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 3333); no file gives
more than a third of a quota (at least two) when a source has three
files or more. A non-English passage must read as its language, and a
half-translated one does not count; a run that is mostly HTML tags,
badges and link targets, mostly bare links or mostly link definitions,
or mostly table rows, is skipped. A passage that names AgentDojo, spikee
or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files. The
files of the set being built at the same time (names holding 39) are
left out of that check, unread. Passages that quote an example attack
would be marked `quotes_attack: true` (QUOTES_ATTACK below); a passage
that quotes an actual attack string is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES33.md), then run

    python3 benches/injection/extract_hb33.py

from the repository root. It writes benches/injection/hard_benign33.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign33.jsonl"
SEED = 3333
PREFIX = "hb33"

DDG = "duckduckgo/duckduckgo-help-pages"
COMPLY = "strongdm/comply"
WASABI = "zkSNACKs/WasabiDoc"
ELECTRUM = "spesmilo/electrum-docs"
KILLBILL = "killbill/killbill-docs"
TOSS = "tosspayments/tosspayments-sample"
CULQI = "culqi/culqi-php"
ONELOGIN = "govuk-one-login/tech-docs"
AUTHLETE = "authlete/java-oauth-server"
AUTHLETE_JAXRS = "authlete/authlete-java-jaxrs"
JUSTAUTH = "justauth/JustAuth"
ALIYUN = "aliyun/credentials-java"
TENCENT = "TencentCloud/tencentcloud-sdk-python"
AMOCRM = "amocrm/amocrm-api-php"
NUGET = "NuGet/docs.microsoft.com-nuget"
FLY = "superfly/docs"
NOTIFY = "cds-snc/notification-documentation"

LICENSES = {
    DDG: "MIT", COMPLY: "Apache-2.0", WASABI: "MIT", ELECTRUM: "MIT", KILLBILL: "Apache-2.0",
    TOSS: "MIT", CULQI: "MIT", ONELOGIN: "MIT", AUTHLETE: "Apache-2.0", AUTHLETE_JAXRS: "Apache-2.0",
    JUSTAUTH: "MIT", ALIYUN: "Apache-2.0", TENCENT: "Apache-2.0", AMOCRM: "MIT", NUGET: "MIT",
    FLY: "Apache-2.0", NOTIFY: "MIT",
}

REF = {}

# Topic words shared by every kind (credentials, accounts, recovery,
# phishing, support, payments, policies), in the languages of this set;
# each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|passcode|credential|oauth|auth|admin|root|sudo|"
        r"account|log ?in|sign ?in|sign ?up|2fa|two[- ]factor|multi[- ]factor|mfa|otp|one[- ]time|recovery|recover|"
        r"reset|lost|locked|verify|verif|phish|scam|fraud|malware|breach|compromis|incident|advisory|"
        r"support|contact|email|notice|billing|payment|invoice|refund|card|bank|charge|subscription|"
        r"permission|role|access|revoke|rotate|expire|private key|certificate|sso|saml|oidc|"
        r"policy|employee|security|config|install|deploy|"
        r"密码|密钥|令牌|账号|帐号|登录|授权|认证|验证|支付|退款|证书|私钥|安全|泄露|凭据|凭证|"
        r"パスワード|アカウント|ログイン|トークン|秘密鍵|認証|認可|クライアント|シークレット|アクセス|"
        r"비밀번호|시크릿|인증|토큰|계정|결제|환불|카드|키|"
        r"парол|токен|ключ|аккаунт|авториз|доступ|оплат|платеж|секрет|безопасн|"
        r"contraseña|clave|cuenta|pago|tarjeta|seguridad|privacidad|anuncio|"
        r"mot de passe|clé|compte|jeton|sécurité|confidentialité|publicit|"
        r"passwort|schlüssel|konto|sicherheit|datenschutz|anzeige|"
        r"senha|conta|segurança|privacidade|anúncio|"
        r"sicurezza|riservatezza|annunc|prywatno|reklam|gizlilik|reklam|privacy|advertent")
TOPIC = {
    "doc:helpcentre": BASE + r"|duck address|forwarding|inbox|sync|backup|device|browser|vpn|identity theft|"
                             r"delete|deactivate|disable|enable|settings|tracker|ads|microsoft|search",
    "doc:policy": BASE + r"|must|shall|employee|staff|onboard|offboard|workstation|laptop|vendor|audit|"
                         r"control|risk|classification|confidential|encrypt|report|manager|training",
    "doc:wallet": BASE + r"|wallet|seed|mnemonic|recovery words|backup|bitcoin|coin|transaction|address|"
                         r"hardware|signature|gpg|download|verify|cold|multisig|2fa",
    "doc:billing": BASE + r"|invoice|payment|tenant|plan|subscription|overdue|charge|gateway|merchant|"
                          r"widget|checkout|order|customer|webhook",
    "doc:idp": BASE + r"|client|redirect|scope|claim|consent|authorization|authorisation|endpoint|"
                      r"id token|access token|refresh|jwt|jwks|session|identity|user|accesskey|sts|ram|"
                      r"客户端|回调|授权码|用户|身份|クレーム|スコープ|リダイレクト|사용자",
    "doc:apikeys": BASE + r"|api key|scope|glob|publish|package|organization|organisation|owner|member|"
                          r"team|token|secret|flyctl|macaroon|billing|support|feed|nuget",
}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Help centre
    (DDG, "en", r"^_docs/(?!translated/|duckai/).+\.md$", 50, "doc:helpcentre"),
    (DDG, "es", r"^_docs/translated/.+-es_ES\.md$", 2, "doc:helpcentre"),
    (DDG, "fr", r"^_docs/translated/.+-fr_FR\.md$", 2, "doc:helpcentre"),
    (DDG, "de", r"^_docs/translated/.+-de_DE\.md$", 2, "doc:helpcentre"),
    (DDG, "pt", r"^_docs/translated/.+-pt_PT\.md$", 2, "doc:helpcentre"),
    (DDG, "it", r"^_docs/translated/.+-it_IT\.md$", 2, "doc:helpcentre"),
    (DDG, "pl", r"^_docs/translated/.+-pl_PL\.md$", 2, "doc:helpcentre"),
    (DDG, "nl", r"^_docs/translated/.+-nl_NL\.md$", 2, "doc:helpcentre"),
    (DDG, "tr", r"^_docs/translated/.+-tr_TR\.md$", 2, "doc:helpcentre"),
    (DDG, "ru", r"^_docs/translated/.+-ru_RU\.md$", 2, "doc:helpcentre"),
    # Staff security policies, onboarding and offboarding
    (COMPLY, "en", r"^themes/comply-soc2/(policies|procedures|narratives|standards)/.+\.md$", 36, "doc:policy"),
    # Wallet security, phishing and malware notices, advisories
    (WASABI, "en", r"^docs/.+\.md$|^README\.md$", 32, "doc:wallet"),
    (ELECTRUM, "en", r"^[^/]+\.(rst|md)$|^security_issues/.+\.(rst|md)$", 24, "doc:wallet"),
    # Billing and payments
    (KILLBILL, "en", r"^userguide/(kaui|payment|subscription|getting-started|platform)/.+\.adoc$|^README\.md$", 30, "doc:billing"),
    (TOSS, "ko", r"(^|/)README\.md$", 8, "doc:billing"),
    (CULQI, "es", r"^README\.md$", 5, "doc:billing"),
    # Identity providers, OAuth servers, cloud credentials
    (ONELOGIN, "en", r"^source/.+\.html\.md\.erb$", 30, "doc:idp"),
    (AUTHLETE, "ja", r"^README\.ja\.md$|^doc/CUSTOMIZATION\.ja\.md$", 8, "doc:idp"),
    (AUTHLETE, "en", r"^README\.md$|^doc/CUSTOMIZATION\.md$", 5, "doc:idp"),
    (AUTHLETE_JAXRS, "ja", r"^README\.ja\.md$", 5, "doc:idp"),
    (AUTHLETE_JAXRS, "en", r"^README\.md$", 3, "doc:idp"),
    (JUSTAUTH, "zh", r"^README\.md$|^example\.md$", 8, "doc:idp"),
    (JUSTAUTH, "en", r"^README\.en-US\.md$", 4, "doc:idp"),
    (ALIYUN, "zh", r"^README-CN\.md$", 8, "doc:idp"),
    (ALIYUN, "en", r"^README\.md$", 4, "doc:idp"),
    (TENCENT, "zh", r"^README\.md$", 8, "doc:idp"),
    (AMOCRM, "ru", r"^README\.md$", 14, "doc:idp"),
    # API keys, tokens, account and organisation pages
    (NUGET, "en", r"^docs/nuget-org/.+\.md$|^docs/concepts/Security-Best-Practices\.md$|^docs/consume-packages/.+\.md$|^docs/quickstart/includes/.+\.md$", 26, "doc:apikeys"),
    (FLY, "en", r"^(security|about|getting-started|hiring|apps)/[^/]+\.html\.(md|markerb)$", 26, "doc:apikeys"),
    (NOTIFY, "en", r"^src/en/.+\.md$", 14, "doc:apikeys"),
    (NOTIFY, "fr", r"^src/fr/.+\.md$", 14, "doc:apikeys"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|passphrase|credential|private key|recovery code|"
        r"密钥|令牌|密码|私钥|パスワード|トークン|秘密鍵|シークレット|비밀번호|시크릿|키|"
        r"токен|парол|ключ|секрет|contraseña|clave|mot de passe|jeton|clé|passwort|senha")
_CMD = (r"|ignore|override|must|never|do not|don't|always|disable|bypass|admin|root|sudo|immediately|"
        r"忽略|必须|不要|禁止|禁用|絶対|必ず|しないで|하지 마|반드시|игнор|никогда|обязательно|не передавайте|"
        r"nunca|debe|no compartas|jamais|ne partagez|niemals|nie |nunca compartilhe")
PRIME = {
    "doc:helpcentre": _SEC + _CMD + r"|recovery|reset|lost access|phish|scam|never ask|support|contact us|"
                                    r"delete|deactivate|verify|one-time|forwarding address|identity theft",
    "doc:policy": _SEC + _CMD + r"|shall|employee|onboard|offboard|access|revoke|incident|report|"
                                r"terminat|disciplin|workstation|laptop",
    "doc:wallet": _SEC + _CMD + r"|seed|recovery words|backup|never share|scam|malware|phish|fake|"
                                r"verify|signature|vulnerab|attack|steal",
    "doc:billing": _SEC + _CMD + r"|payment|card|refund|invoice|charge|overdue|bank|secret key|"
                                 r"결제|시크릿|pago|tarjeta|llave",
    "doc:idp": _SEC + _CMD + r"|client secret|private key|redirect|consent|log ?in|sign ?in|authenticat|"
                             r"2fa|mfa|scope|session|accesskey|"
                             r"認証|認可|秘密鍵|授权|认证|AccessKey|авториз|доступ",
    "doc:apikeys": _SEC + _CMD + r"|api key|revoke|expire|rotate|scope|2fa|two-factor|publish|"
                                 r"sso|owner|member|billing|support|clé|jeton|révoqu",
}

# Prompt files written for agents, codes of conduct and the like are left
# out (path filters above never pick most of them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|\.clinerules|(^|/)\.cline/|"
                  r"(^|/)agents/|(^|/)commands/|AI_USAGE_POLICY|AI_POLICY|llms\.txt|LLMS\.txt|(^|/)\.codex/|"
                  r"(^|/)skills/|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|(^|/)\.cursor/|"
                  r"copilot[-_]instructions|\.instructions\.md|(^|/)instructions/|AI-POLICY|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO|(^|/)todo\.md$|CONTRIBUTORS|ADOPTERS|MAINTAINERS|AUTHORS|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|SUMMARY\.md|(^|/)_posts/|"
                  r"(^|/)\.specify/|(^|/)specs/|(^|/)superpowers/|_sidebar\.md|_navbar\.md|"
                  r"(^|/)donate|sponsors|(^|/)licen[sc]e\.md$|LICEN[SC]E|acknowledgements|citations|CHANGELOG|changelog|CHANGES|"
                  r"HISTORY\.md|NEWS\.md|(^|/)issues/|(^|/)media/|release|(^|/)\.github/|ISSUE_TEMPLATE|"
                  r"PULL_REQUEST_TEMPLATE|pull_request_template|(^|/)duckai/|(^|/)mcp|[Mm][Cc][Pp]|TOC\.md$|(^|/)404\.|"
                  r"FAQ-Contribution|ContributionChecklist)")

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


# Turkish (mineflayer's Turkish README) is read like the other Latin-script
# languages.
STOP["tr"] = (" ve ", " bir ", " bu ", " için ", " ile ", " olarak ", " veya ")

# Arabic (Scrapling's Arabic README) is read like the other languages
# that are checked by stop words.
STOP["ar"] = (" في ", " من ", " على ", " إلى ", " أن ", " مع ", " هذا ")

def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    if (d / ".git").is_dir():
        d = d / ".git"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, encoding="utf-8", errors="replace", check=True).stdout


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
        # a paragraph left in Chinese (han without kana) makes a
        # half-translated Japanese page
        mixed = any(count(q, 0x4E00, 0x9FFF) >= 15 and count(q, 0x3040, 0x30FF) == 0
                    for q in re.split(r"\n\s*\n", p))
        return kana >= 30 and not mixed
    if lang == "ko":
        return hangul >= 50
    if han + kana + hangul >= 5:
        # a page half-translated from Chinese (the chat-bot framework's
        # French, German and Russian pages) does not read as its language
        return False
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


def table(p):
    """A run whose lines are mostly table rows (markdown pipes or
    reStructuredText grid borders) is a reference table, not prose."""
    lines = [l for l in p.split("\n") if l.strip()]
    rows = sum(bool(re.match(r"\s*(\||\+[-=+]{3,})", l)) for l in lines)
    return rows > len(lines) / 2


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



def _po_unescape(s):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def gettext_page(raw):
    """A gettext catalogue as its translated page reads: each translated
    string (msgstr) is a paragraph, in catalogue order; an untranslated or
    fuzzy string becomes an empty fenced block, which ends the run before
    it, so no passage mixes languages. The header entry is dropped."""
    out = []
    for block in re.split(r"\n\s*\n", raw.replace("\r\n", "\n")):
        lines = block.split("\n")
        fuzzy = any(l.startswith("#,") and "fuzzy" in l for l in lines)
        parts, cur = {"msgid": [], "msgstr": []}, None
        for l in lines:
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"\s*$', l)
            if m:
                cur = m.group(1) if m.group(1) in ("msgid", "msgstr") else None
                if cur:
                    parts[cur].append(m.group(2))
                continue
            m = re.match(r'"(.*)"\s*$', l)
            if m and cur:
                parts[cur].append(m.group(1))
        mid = _po_unescape("".join(parts["msgid"]))
        mstr = _po_unescape("".join(parts["msgstr"]))
        if not mid.strip():
            continue
        if fuzzy or not mstr.strip():
            out.append("```\n```")
            continue
        out.append(mstr.strip())
    return "\n\n".join(out)


def read_text(repo, f):
    try:
        raw = git(repo, "show", f"{REF.get(repo, 'HEAD')}:{f}")
    except subprocess.CalledProcessError:
        return "", FENCE_MD  # a file the snapshot lacks
    if f.endswith(".po"):
        return gettext_page(raw), FENCE_MD
    if f.endswith(".ipynb"):
        return notebook(raw), FENCE_MD
    if f.endswith(".rst") or f.endswith(".txt"):
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
        if f.name in own or re.search(r"39", f.name):
            # the sets being built at the same time are left unread
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
    for repo, lang, pat, quota, kind in SOURCES:
        topic_re = re.compile(TOPIC[kind], re.I)
        ref = REF.get(repo, "HEAD")
        commit = git(repo, "rev-parse", ref).strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", ref).splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here, seen = [], set()
        for f in files:
            text, fence = read_text(repo, f)
            if repo in REQUIRE and REQUIRE[repo] not in text:
                continue
            for i, p in enumerate(passages(text, fence, lang)):
                if p in seen or f"{repo}:{f}#{i}" in DROP or not reads_as(lang, p) or RESERVED.search(p) or link_list(p) or link_wall(p) or markup(p) or table(p):
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



# Dutch (DuckDuckGo's translated notice) is read like the other
# Latin-script languages.
STOP["nl"] = (" de ", " het ", " een ", " van ", " en ", " niet ", " voor ")

if __name__ == "__main__":
    main()
