#!/usr/bin/env python3
"""Builds the twenty-fourth hard-benign set (hard_benign24.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, in domains no earlier set used: a farm-management
system's docs (API keys, OAuth clients, hosting, Drush commands); OCR
tools' docs (a PDF OCR command line with plugins and Docker, and a desktop
OCR tool's Chinese and Japanese docs for its HTTP API and command line); a
speech-to-text web service's docs (environment variables, Docker, API
endpoints); an e-signature platform's docs (API tokens, webhooks, signing
certificates, self-hosting secrets, embedding, legal policies); a
password-reset portal's docs (LDAP bind passwords, mail and SMS tokens,
questions, reCAPTCHA, REST web services); library systems' docs (an ILS's
staff and admin manual: circulation, patron passwords, SIP2, email and SMS
notices, Z39.50; and a library-services platform's docs: tenants,
Okapi, users and permissions); GIS docs (a field-data app and its cloud,
a web-map publisher in English and, from its translation catalogues,
French, Italian, Japanese, Portuguese and Spanish; and a Spanish forest-
monitoring portal workshop: GeoServer admin, authentication, backups,
scripts; only its pages that state their CC BY-SA 3.0 licence); a digital-signage player's docs; an energy-management system's
docs (edge configuration, meters, controllers, Modbus, backend
deployment); an SNMP network-graphing tool's docs (devices, data
queries, automation, scripts, user auth, LDAP); a restaurant
ordering/POS platform's docs (install, mail, payments, extensions,
permissions); an accessibility-testing engine's docs (rules, API,
checks); a desktop GUI automation library's docs (controls, keystrokes,
automation of other programs); an API gateway's docs (filters for JWT,
OAuth2, signatures and basic auth, pipelines, TLS, ingress); an email
client's engineering and user docs (accounts, IMAP/SMTP, OAuth, OpenPGP,
push, architecture decisions); and a spreadsheet-like data grid's Korean
docs (data sources with API endpoints, editing, export, clipboard).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~, AsciiDoc ---- / ....) is never part of a passage: it ends the run
before it and is dropped. Front matter, MDX import/export lines, AsciiDoc
attribute and include lines and Jekyll/Liquid tag lines are dropped.
Gettext catalogues (.po, the web-map publisher's translations) are read
as their page reads in the target language: each translated string
(msgstr) becomes a paragraph in catalogue order; an untranslated or fuzzy
string ends the run (it acts as a code block would), so no passage mixes
languages. Prompt files written for agents, changelogs, release and
upgrade notes, blogs, roadmaps, contributor lists and codes of conduct are
left out. Within each source's quota, passages that show the kind's
hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a score
(seed 2424); no file gives more than a third of a quota (at least two)
when a source has three files or more. A non-English passage must read as
its language, and a half-translated one does not count; a run that is
mostly HTML tags, badges and link targets, mostly bare links or mostly
link definitions, or mostly table rows, is skipped. A passage that names AgentDojo, spikee or
garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack:
true` (QUOTES_ATTACK below); a passage that quotes an actual attack string
is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES24.md), then run

    python3 benches/injection/extract_hb24.py

from the repository root. It writes benches/injection/hard_benign24.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign24.jsonl"
SEED = 2424
PREFIX = "hb24"

FARM = "farmOS/farmOS"
OCRP = "ocrmypdf/OCRmyPDF"
UMI = "hiroi-sora/Umi-OCR"
WASR = "ahmetoner/whisper-asr-webservice"
DOCU = "documenso/documenso"
SSP = "ltb-project/self-service-password"
EVG = "evergreen-library-system/Evergreen"
FOLIO = "folio-org/docs"
QFIELD = "opengisch/QField-docs"
LIZ = "3liz/lizmap-documentation"
NFMS = "nfms4redd/documentation"
ANTH = "Screenly/Anthias"
OEMS = "OpenEMS/openems"
CACTI = "Cacti/documentation"
TASTY = "tastyigniter/docs"
AXE = "dequelabs/axe-core"
PWA = "pywinauto/pywinauto"
TUI = "nhn/tui.grid"
EASE = "easegress-io/easegress"
TBA = "thunderbird/thunderbird-android"

LICENSES = {
    FARM: "GPL-2.0", OCRP: "MPL-2.0", UMI: "MIT", WASR: "MIT", DOCU: "AGPL-3.0", SSP: "GPL-3.0",
    EVG: "CC-BY-SA-3.0", FOLIO: "Apache-2.0", QFIELD: "CC-BY-SA-4.0", LIZ: "CC-BY-SA", NFMS: "CC-BY-SA-3.0",
    ANTH: "GPL-2.0", OEMS: "EPL-2.0", CACTI: "GPL-2.0-or-later", TASTY: "MIT", AXE: "MPL-2.0",
    PWA: "BSD-3-Clause", TUI: "MIT", EASE: "Apache-2.0", TBA: "Apache-2.0",
}

# Topic words shared by every kind (secrets, admin, automation), in the
# languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|saml|sso|ldap|admin|root|sudo|"
        r"webhook|notif|alert|email|e-mail|smtp|config|permission|role|agent|script|command|install|docker|"
        r"密钥|令牌|密码|管理员|通知|配置|权限|脚本|命令|接口|"
        r"キー|トークン|パスワード|管理者|通知|設定|権限|スクリプト|コマンド|"
        r"비밀번호|토큰|관리자|설정|권한|스크립트|명령|서버|요청|"
        r"пароль|ключ|токен|администратор|настро|команд|"
        r"mot de passe|clé|administrateur|courriel|paramètre|jeton|"
        r"contraseña|clave|administrador|correo|configuración|usuario|"
        r"password|chiave|amministratore|impostazion|comando|permess|"
        r"senha|chave|administrador|configura|comando|permiss|usuário|")
TOPIC = {
    "doc:farm-management": BASE + r"farmos|farm|log|asset|plan|quantity|term|drush|module|api|oauth|client|hosting|backup|update",
    "doc:ocr": BASE + r"ocr|pdf|tesseract|language|plugin|sidecar|optimi|deskew|page|image|http|api|argv|command line|"
                     r"识别|截图|批量|参数|插件|文字|認識|スクリーンショット",
    "doc:speech-to-text": BASE + r"whisper|asr|transcri|model|engine|endpoint|environment|gpu|cuda|language|subtitle|vad",
    "doc:e-signature": BASE + r"document|sign|recipient|template|envelope|certificate|webhook|api token|embed|team|organisation|self-host|"
                              r"smtp|signing|field|audit|policy",
    "doc:password-reset": BASE + r"ldap|password|reset|token|mail|sms|question|captcha|policy|ppolicy|bind|attribute|ssh key|rest|"
                                 r"hook|change|self-service",
    "doc:library-ils": BASE + r"patron|circulation|checkout|hold|catalog|marc|item|library|sip|z39\.50|notice|staff|opac|tenant|"
                              r"okapi|folio|evergreen|permission|user",
    "doc:gis-field-data": BASE + r"qfield|qfieldcloud|project|layer|qgis|sync|gnss|gps|feature|attribute|cloud|plugin|expression",
    "doc:gis-web-map": BASE + r"lizmap|qgis|project|layer|map|wms|wfs|repository|group|user|right|plugin|module|cache|"
                              r"projet|couche|carte|dépôt|groupe|utilisateur|droit|"
                              r"progetto|livello|mappa|repository|gruppo|utente|diritti|"
                              r"プロジェクト|レイヤ|地図|リポジトリ|グループ|ユーザ|"
                              r"projeto|camada|mapa|repositório|grupo|"
                              r"проект|сло|карт|репозитор|групп|пользовател",
    "doc:gis-portal": BASE + r"geoserver|portal|capa|mapa|servicio|wms|wfs|usuario|autenticación|copia|backup|script|"
                             r"postgresql|postgis|tomcat|apache|servidor|base de datos|directorio",
    "doc:digital-signage": BASE + r"anthias|screenly|raspberry|asset|playlist|display|schedule|api|balena|update|auth|hdmi|browser",
    "doc:energy-management": BASE + r"openems|edge|backend|meter|controller|battery|ess|inverter|modbus|component|channel|"
                                    r"jsonrpc|websocket|felix|bundle|configuration",
    "doc:snmp-monitoring": BASE + r"snmp|cacti|device|graph|data source|data query|poller|template|rrd|automation|"
                                  r"community|threshold|plugin|ldap|user|realm",
    "doc:restaurant-ordering": BASE + r"tastyigniter|order|reservation|menu|location|payment|stripe|paypal|mail|theme|extension|"
                                      r"staff|customer|cron|queue|laravel|artisan",
    "doc:accessibility": BASE + r"axe|rule|check|aria|wcag|violation|accessib|impact|frame|shadow|audit|locale|api",
    "doc:desktop-automation": BASE + r"pywinauto|window|control|dialog|backend|uia|win32|keys|keyboard|mouse|click|"
                                     r"application|process|automation|spec",
    "doc:api-gateway": BASE + r"easegress|gateway|pipeline|filter|proxy|route|backend|jwt|oauth|basic auth|signature|"
                             r"validator|rate limit|certificate|tls|mesh|ingress|egctl|kubernetes|traffic",
    "doc:email-client": BASE + r"thunderbird|k-9|account|imap|smtp|pop3|oauth|openpgp|autocrypt|message|folder|sync|"
                              r"notification|push|server|architecture|module|feature",
    "doc:spreadsheet-grid": BASE + r"grid|column|row|data|editor|api|ajax|datasource|export|clipboard|filter|sort|"
                                   r"그리드|컬럼|데이터|편집|옵션|이벤트|필터|정렬|내보내기|클립보드|서버",
}

# A repository without a licence file whose pages state their own licence
# gives only the pages that carry that statement.
REQUIRE = {NFMS: "creativecommons.org/licenses/by-sa/3.0"}

# (repo, language, path filter, quota, kind)
SOURCES = [
    (FARM, "en", r"^docs/(?!.*(changelog|/update\.md))[A-Za-z0-9_/.-]+\.md$", 14, "doc:farm-management"),
    (OCRP, "en", r"^docs/(?!releasenotes/)[A-Za-z0-9_/.-]+\.md$", 14, "doc:ocr"),
    (UMI, "zh", r"^(README\.md|docs/README_CLI\.md|docs/http/[A-Za-z0-9_.-]+\.md)$", 16, "doc:ocr"),
    (UMI, "ja", r"^README_ja\.md$", 4, "doc:ocr"),
    (WASR, "en", r"^(README\.md|docs/[A-Za-z0-9_/.-]+\.md)$", 8, "doc:speech-to-text"),
    (DOCU, "en", r"^apps/docs/content/[A-Za-z0-9_/.-]+\.mdx?$", 14, "doc:e-signature"),
    (SSP, "en", r"^docs/(?!upgrade)[A-Za-z0-9_.-]+\.rst$", 14, "doc:password-reset"),
    (EVG, "en", r"^docs/modules/[A-Za-z0-9_-]+/pages/(?!.*(release|RELEASE))[A-Za-z0-9_/.-]+\.adoc$", 14, "doc:library-ils"),
    (FOLIO, "en", r"^content/en/docs/[^\n]+\.md$", 14, "doc:library-ils"),
    (QFIELD, "en", r"^documentation/[A-Za-z0-9_/.-]+\.en\.md$", 14, "doc:gis-field-data"),
    (LIZ, "en", r"^source/[A-Za-z0-9_/.-]+\.rst$", 12, "doc:gis-web-map"),
    (LIZ, "fr", r"^i18n/fr/LC_MESSAGES/[a-z_]+\.po$", 22, "doc:gis-web-map"),
    (LIZ, "it", r"^i18n/it/LC_MESSAGES/[a-z_]+\.po$", 16, "doc:gis-web-map"),
    (LIZ, "ja", r"^i18n/ja/LC_MESSAGES/[a-z_]+\.po$", 16, "doc:gis-web-map"),
    (LIZ, "pt", r"^i18n/pt/LC_MESSAGES/[a-z_]+\.po$", 12, "doc:gis-web-map"),
    (LIZ, "es", r"^i18n/es/LC_MESSAGES/[a-z_]+\.po$", 6, "doc:gis-web-map"),
    (NFMS, "es", r"^workshops/es/[A-Za-z0-9_/.-]+\.rst$", 26, "doc:gis-portal"),
    (ANTH, "en", r"^(website/content/docs|docs)/[A-Za-z0-9_/.-]+\.md$", 12, "doc:digital-signage"),
    (OEMS, "en", r"^(io\.openems\.edge\.[A-Za-z0-9_.-]+/readme\.adoc|doc/modules/ROOT/pages/(edge/|backend/|gettingstarted|introduction|coreconcepts|simulation/)[A-Za-z0-9_/.-]*\.adoc)$", 14, "doc:energy-management"),
    (CACTI, "en", r"^(?!README|Contributing|CHANGELOG)[A-Za-z0-9_.-]+\.md$", 14, "doc:snmp-monitoring"),
    (TASTY, "en", r"^(?!upgrade)[A-Za-z0-9_/.-]+\.md$", 14, "doc:restaurant-ordering"),
    (AXE, "en", r"^doc/[A-Za-z0-9_/.-]+\.md$", 12, "doc:accessibility"),
    (PWA, "en", r"^docs/(?!HISTORY|.*changes)[A-Za-z0-9_/.-]+\.txt$", 12, "doc:desktop-automation"),
    (EASE, "en", r"^(docs|doc)/[A-Za-z0-9_/.-]+\.md$", 14, "doc:api-gateway"),
    (TBA, "en", r"^docs/(?!release/)[A-Za-z0-9_/.-]+\.md$", 10, "doc:email-client"),
    (TUI, "en", r"^packages/toast-ui\.grid/docs/en/[A-Za-z0-9_.-]+\.md$", 6, "doc:spreadsheet-grid"),
    (TUI, "ko", r"^packages/toast-ui\.grid/docs/ko/[A-Za-z0-9_.-]+\.md$", 24, "doc:spreadsheet-grid"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"密钥|令牌|密码|キー|トークン|パスワード|비밀번호|토큰|인증|пароль|ключ|токен|"
        r"mot de passe|clé|jeton|contraseña|clave|Passwort|Schlüssel|chiave|senha|chave|certificado")
PRIME = {
    "doc:farm-management": _SEC + r"|oauth|client|drush|admin|permission",
    "doc:ocr": _SEC + r"|plugin|docker|http|api|command|命令|接口|参数|コマンド",
    "doc:speech-to-text": _SEC + r"|environment|docker|endpoint|api",
    "doc:e-signature": _SEC + r"|webhook|certificate|api|smtp|embed",
    "doc:password-reset": _SEC + r"|ldap|mail|sms|captcha|hook|rest",
    "doc:library-ils": _SEC + r"|patron|permission|sip|notice|email|admin",
    "doc:gis-field-data": _SEC + r"|cloud|auth|permission|plugin|admin",
    "doc:gis-web-map": _SEC + r"|admin|right|group|user|droit|diritt|権限|usuário|прав",
    "doc:gis-portal": _SEC + r"|autenticación|usuario|script|backup|copia|admin",
    "doc:digital-signage": _SEC + r"|api|auth|ssh|update|admin",
    "doc:energy-management": _SEC + r"|backend|websocket|jsonrpc|user|modbus",
    "doc:snmp-monitoring": _SEC + r"|snmp|community|ldap|script|user|realm",
    "doc:restaurant-ordering": _SEC + r"|payment|mail|cron|admin|permission|staff",
    "doc:accessibility": _SEC + r"|api|run|configure|iframe|frame",
    "doc:desktop-automation": _SEC + r"|keys|type_keys|click|start|connect|process",
    "doc:api-gateway": _SEC + r"|jwt|oauth|signature|basic auth|certificate|tls",
    "doc:email-client": _SEC + r"|oauth|imap|smtp|openpgp|account|push",
    "doc:spreadsheet-grid": _SEC + r"|api|ajax|서버|요청|내보내기|클립보드",
}

# Prompt files written for agents, changelogs and the like are left out
# (path filters above never pick most of them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|\.clinerules|(^|/)\.cline/|"
                  r"(^|/)agents/|(^|/)commands/|(^|/)aiagent/|"
                  r"(^|/)skills/|(^|/)prompts?/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|(^|/)\.codex/|"
                  r"copilot[-_]instructions|\.instructions\.md|(^|/)instructions/|AI-POLICY|"
                  r"CHANGELOG|CHANGES\.md|changelog|change-log|release-notes|release_notes|RELEASE-NOTES|RELEASE_NOTES|"
                  r"releaseNote|(^|/)news/|(^|/)upgrade/|(^|/)upgrading|(^|/)migration/|upgrading-to|updating-to|(^|/)updating/|"
                  r"(^|/)blog/|(^|/)releases?/|whats-new|noteVersion|UPGRADE|ROADMAP|roadmap|TODO\.md|CONTRIBUTORS|HISTORY|"
                  r"active-contributors|committers|contributors\.md|contributor\.md|pmc\.md|end-users\.md|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|coc\.md|_snippets/|snippets/|SUMMARY\.md|(^|/)_posts/|"
                  r"(^|/)_partials/|(^|/)\.drafts/)")
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
        raw = git(repo, "show", f"HEAD:{f}")
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
    for repo, lang, pat, quota, kind in SOURCES:
        topic_re = re.compile(TOPIC[kind], re.I)
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
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


if __name__ == "__main__":
    main()
