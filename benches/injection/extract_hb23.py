#!/usr/bin/env python3
"""Builds the twenty-third hard-benign set (hard_benign23.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, in domains no earlier set used: a video-
conferencing server's handbook (secrets, JWT auth, prosody, lobby and
moderation); a PBX's documentation (SIP accounts and passwords, dialplan
applications that run commands, AMI/ARI users, TLS/SRTP); search
engines' docs (API keys and tenant tokens, master keys, replication,
plus a full-text search extension's Japanese manual and a search
server's English, Russian and Chinese manual); forum software's docs in
English, German, Italian, Spanish and Chinese (admin, mail, extensions,
permissions, console commands); a wiki engine's admin docs (LDAP, SAML,
OIDC, commands, backups, webhooks); a digital-archive system's manual
(storage service, API keys, automation tools); a shipping/logistics
API's docs (carrier credentials, webhooks, label purchase, API keys);
DNS servers' docs (authoritative, recursor and load balancer: Lua
scripting, HTTP API keys, TSIG, DNSSEC keys); a research-data
repository's docs; a feature-flag platform's docs (SDK keys, webhooks,
environment secrets, experiments); a network source-of-truth's docs
(tokens, permissions, webhooks, custom scripts, plugins); a log
shipper's docs (forwarding with shared keys, TLS, plugins, buffers); a
PKI/certificate authority's docs (realms, tokens, SCEP/EST, workflows);
an event-booking/conference system's docs (installation, auth, HTTP API
keys, e-mail); an IoT fleet manager's docs (devices, API keys, SSH,
environment variables, supervisor); a media server's docs (config,
reverse proxy auth, admin users); a translation-memory tool's
manual in German, Italian, French and Japanese (team projects over
Git/SVN with credentials, scripts, machine-translation API keys); and
the Portuguese module guides of an ERP's Brazilian localisation
(electronic invoices sent to tax-authority web services with digital
certificates, company and user settings, API look-ups).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~) is never part of a passage: it ends the run before it and is
dropped. Front matter, MDX import/export lines and Jekyll/Liquid tag
lines are dropped. DocBook XML (the translation-memory tool's manual)
is read as its page reads: titles become headings, paragraphs become
paragraphs, program listings and screens become fenced blocks (and so
are never part of a passage), cross-references become the title they
point to, and the rest of the markup is dropped. Prompt files written for
agents, changelogs, release and upgrade notes, blogs, roadmaps,
contributor lists and codes of conduct are left out. Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 2323); no file gives
more than a third of a quota (at least two) when a source has three
files or more. A non-English passage must read as its language, and a
half-translated one does not count; a run that is mostly HTML tags,
badges and link targets, mostly bare links or mostly link definitions
is skipped. A passage that names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack:
true` (QUOTES_ATTACK below); a passage that quotes an actual attack string
is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES23.md), then run

    python3 benches/injection/extract_hb23.py

from the repository root. It writes benches/injection/hard_benign23.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign23.jsonl"
SEED = 2323
PREFIX = "hb23"

JITSI = "jitsi/handbook"
AST = "asterisk/documentation"
MEILI = "meilisearch/documentation"
FLARUM = "flarum/docs"
BOOK = "BookStackApp/website"
MANTI = "manticoresoftware/manticoresearch"
ARCH = "artefactual/archivematica-docs"
KARRIO = "karrioapi/karrio"
PGRN = "pgroonga/pgroonga.github.io"
PDNS = "PowerDNS/pdns"
INVENIO = "inveniosoftware/docs-invenio-rdm"
GROW = "growthbook/growthbook"
NETBOX = "netbox-community/netbox"
OMEGAT = "omegat-org/omegat"
FLUENTD = "fluent/fluentd-docs-gitbook"
OXPKI = "openxpki/openxpki"
INDICO = "indico/indico"
BALENA = "balena-io/docs"
NAVI = "navidrome/website"
L10NBR = "OCA/l10n-brazil"

LICENSES = {
    JITSI: "Apache-2.0", AST: "CC-BY-SA-3.0-US", MEILI: "MIT", FLARUM: "MIT", BOOK: "MIT",
    MANTI: "GPL-3.0", ARCH: "CC-BY-SA-4.0", KARRIO: "LGPL-3.0", PGRN: "CC-BY-SA-4.0", PDNS: "GPL-2.0",
    INVENIO: "MIT", GROW: "MIT", NETBOX: "Apache-2.0", OMEGAT: "GPL-3.0", FLUENTD: "Apache-2.0",
    OXPKI: "Apache-2.0", INDICO: "MIT", BALENA: "Apache-2.0", NAVI: "Apache-2.0",
    L10NBR: "AGPL-3.0",
}

# Topic words shared by every kind (secrets, admin, automation), in the
# languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|saml|sso|ldap|admin|root|sudo|"
        r"webhook|notif|alert|email|e-mail|smtp|config|permission|role|agent|script|command|install|docker|"
        r"密钥|令牌|密码|管理员|通知|配置|权限|脚本|命令|"
        r"キー|トークン|パスワード|管理者|通知|設定|権限|スクリプト|コマンド|"
        r"пароль|ключ|токен|администратор|настро|команд|"
        r"mot de passe|clé|administrateur|courriel|paramètre|jeton|"
        r"contraseña|clave|administrador|correo|configuración|"
        r"Passwort|Schlüssel|Administrator|Einstellung|Befehl|Berechtigung|"
        r"password|chiave|amministratore|impostazion|comando|permess|"
        r"senha|chave|administrador|configura|comando|permiss|usuário|")
TOPIC = {
    "doc:video-conferencing": BASE + r"jitsi|jicofo|jvb|videobridge|prosody|xmpp|jwt|lobby|moderator|meeting|room|conference|jibri|jigasi|turn|coturn|nginx|tls|certificate",
    "doc:telephony-pbx": BASE + r"sip|pjsip|dialplan|extension|channel|trunk|ami|ari|agi|endpoint|auth|registration|voicemail|srtp|tls|webrtc|asterisk",
    "doc:search-engine": BASE + r"index|search|master key|tenant|document|query|replication|cluster|snapshot|dump|filter|facet|embedder|"
                               r"索引|搜索|集群|インデックス|検索|индекс|поиск|кластер|реплик",
    "doc:forum": BASE + r"forum|discussion|extension|composer|mail|moderat|user|group|tag|flarum|console|cache|"
                       r"Erweiterung|Diskussion|estensione|discussione|extensión|discusión|扩展|论坛|讨论",
    "doc:wiki-engine": BASE + r"bookstack|shelf|book|chapter|page|ldap|saml|oidc|backup|command|artisan|webhook|theme|registration|mfa",
    "doc:digital-archive": BASE + r"transfer|ingest|storage service|aip|dip|sip|microservice|automation|api key|dashboard|elasticsearch|preservation",
    "doc:logistics-shipping": BASE + r"carrier|shipment|label|rate|tracking|webhook|order|api key|connection|fedex|ups|dhl|usps|test mode",
    "doc:dns-server": BASE + r"dns|zone|record|dnssec|tsig|recursor|dnsdist|lua|backend|api key|axfr|resolver|query|webserver",
    "doc:research-repository": BASE + r"record|community|draft|publish|doi|oauth|orcid|invenio|vocabular|token|permission|deploy",
    "doc:feature-flags": BASE + r"feature|flag|experiment|sdk|environment|rule|rollout|webhook|secret|api key|datasource|self-host",
    "doc:network-inventory": BASE + r"netbox|device|site|prefix|ip address|vlan|token|webhook|plugin|custom script|event rule|permission|ldap",
    "doc:log-shipping": BASE + r"fluentd|td-agent|forward|buffer|plugin|output|input|tls|shared_key|secure_forward|tag|match|source",
    "doc:pki": BASE + r"certificate|ca|csr|realm|token|scep|est|rpc|workflow|key|hsm|crl|ocsp|profile|enroll",
    "doc:event-booking": BASE + r"indico|event|registration|ticket|payment|room|booking|http api|api key|oauth|celery|uwsgi|nginx|plugin",
    "doc:iot-fleet": BASE + r"balena|device|fleet|release|supervisor|ssh|environment variable|api key|token|push|cli|balenaos|vpn",
    "doc:media-server": BASE + r"navidrome|music|library|scanner|reverse proxy|transcod|last\.fm|spotify|user|admin|share|subsonic",
    "doc:erp": BASE + r"fiscal|nota fiscal|nf-e|nfe|nfs-e|sefaz|cnpj|certificado|empresa|fatura|pedido|estoque|módulo|"
                     r"contabilidade|documento|emissão|transmiss|webservice|ambiente|homologação|produção|odoo",
    "doc:translation-memory": BASE + r"omegat|project|segment|memory|glossary|tmx|team|repository|git|svn|script|machine translation|"
                                      r"Projekt|Segment|Glossar|Übersetzungsspeicher|progetto|segmento|glossario|memoria|"
                                      r"projet|segment|glossaire|mémoire|プロジェクト|セグメント|用語集|翻訳メモリ",
}

# (repo, language, path filter, quota, kind)
SOURCES = [
    (JITSI, "en", r"^docs/[A-Za-z0-9_/.-]+\.mdx?$", 14, "doc:video-conferencing"),
    (AST, "en", r"^docs/(Configuration|Deployment|Getting-Started|Fundamentals|Operation)/[A-Za-z0-9_/.-]+\.md$", 14, "doc:telephony-pbx"),
    (MEILI, "en", r"^(learn|capabilities|getting_started|reference/engine|resources/self_hosting|resources/help)/[A-Za-z0-9_/.-]+\.mdx?$", 12, "doc:search-engine"),
    (MANTI, "en", r"^manual/english/[A-Za-z0-9_/.-]+\.md$", 12, "doc:search-engine"),
    (MANTI, "ru", r"^manual/russian/[A-Za-z0-9_/.-]+\.md$", 14, "doc:search-engine"),
    (MANTI, "zh", r"^manual/chinese/[A-Za-z0-9_/.-]+\.md$", 12, "doc:search-engine"),
    (PGRN, "ja", r"^ja/(?!v1/|news/)[A-Za-z0-9_/.-]+\.md$", 14, "doc:search-engine"),
    (FLARUM, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 10, "doc:forum"),
    (FLARUM, "de", r"^i18n/de/docusaurus-plugin-content-docs/[A-Za-z0-9_/.-]+\.md$", 16, "doc:forum"),
    (FLARUM, "it", r"^i18n/it/docusaurus-plugin-content-docs/[A-Za-z0-9_/.-]+\.md$", 14, "doc:forum"),
    (FLARUM, "es", r"^i18n/es/docusaurus-plugin-content-docs/[A-Za-z0-9_/.-]+\.md$", 10, "doc:forum"),
    (FLARUM, "zh", r"^i18n/zh/docusaurus-plugin-content-docs/[A-Za-z0-9_/.-]+\.md$", 10, "doc:forum"),
    (BOOK, "en", r"^content/docs/[A-Za-z0-9_/.-]+\.md$", 14, "doc:wiki-engine"),
    (ARCH, "en", r"^(admin-manual|user-manual|getting-started|dev-manual)/[A-Za-z0-9_/.-]+\.rst$", 14, "doc:digital-archive"),
    (KARRIO, "en", r"^apps/www/docs/(carriers|product|reference/guides|reference/management)/[A-Za-z0-9_/.-]+\.mdx?$", 14, "doc:logistics-shipping"),
    (PDNS, "en", r"^(docs|pdns/recursordist/docs|pdns/dnsdistdist/docs)/(?!.*(changelog|security-advisories|manpages|upgrad))[A-Za-z0-9_/.-]+\.(rst|md)$", 14, "doc:dns-server"),
    (INVENIO, "en", r"^docs/(?!releases/)[A-Za-z0-9_/.-]+\.md$", 12, "doc:research-repository"),
    (GROW, "en", r"^docs/(?!api/|lib/|static/)[A-Za-z0-9_/.-]+\.mdx?$", 14, "doc:feature-flags"),
    (NETBOX, "en", r"^docs/(?!release-notes/)[A-Za-z0-9_/.-]+\.md$", 14, "doc:network-inventory"),
    (FLUENTD, "en", r"^(?!SUMMARY)[A-Za-z0-9_/.-]+\.md$", 14, "doc:log-shipping"),
    (OXPKI, "en", r"^doc/(?!upgrading)[A-Za-z0-9_/.-]+\.(rst|md)$", 10, "doc:pki"),
    (INDICO, "en", r"^docs/source/(?!api/)[A-Za-z0-9_/.-]+\.(rst|md)$", 12, "doc:event-booking"),
    (BALENA, "en", r"^pages/(learn|reference/(?!api/)|faq)[A-Za-z0-9_/.-]*\.md$", 14, "doc:iot-fleet"),
    (NAVI, "en", r"^content/en/docs/[A-Za-z0-9_/.-]+\.md$", 10, "doc:media-server"),
    (L10NBR, "pt", r"^l10n_br_(?!account_payment)[a-z_]+/readme/(DESCRIPTION|CONFIGURE|INSTALL|USAGE|CONTEXT)\.(rst|md)$", 16, "doc:erp"),
    (OMEGAT, "de", r"^src/docs/manual/de/(?!OmegaTUsersManual)[A-Za-z0-9_.-]+\.xml$", 12, "doc:translation-memory"),
    (OMEGAT, "it", r"^src/docs/manual/it/(?!OmegaTUsersManual)[A-Za-z0-9_.-]+\.xml$", 12, "doc:translation-memory"),
    (OMEGAT, "fr", r"^src/docs/manual/fr/(?!OmegaTUsersManual)[A-Za-z0-9_.-]+\.xml$", 12, "doc:translation-memory"),
    (OMEGAT, "ja", r"^src/docs/manual/ja/(?!OmegaTUsersManual)[A-Za-z0-9_.-]+\.xml$", 10, "doc:translation-memory"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"密钥|令牌|密码|キー|トークン|パスワード|пароль|ключ|токен|"
        r"mot de passe|clé|jeton|contraseña|clave|Passwort|Schlüssel|chiave|senha|chave|certificado")
PRIME = {
    "doc:video-conferencing": _SEC + r"|jwt|auth|moderator|lobby",
    "doc:telephony-pbx": _SEC + r"|auth|ami|ari|agi|system\(|shell",
    "doc:search-engine": _SEC + r"|master key|tenant|admin|replication|管理|администр",
    "doc:forum": _SEC + r"|admin|mail|permission|console|php flarum|Berechtigung|permess|permiso|权限",
    "doc:wiki-engine": _SEC + r"|ldap|saml|oidc|webhook|command|mfa",
    "doc:digital-archive": _SEC + r"|api key|automation|admin",
    "doc:logistics-shipping": _SEC + r"|webhook|credential|api key",
    "doc:dns-server": _SEC + r"|tsig|lua|api|dnssec",
    "doc:research-repository": _SEC + r"|oauth|admin|permission",
    "doc:feature-flags": _SEC + r"|webhook|sdk key|environment",
    "doc:network-inventory": _SEC + r"|webhook|script|permission|ldap",
    "doc:log-shipping": _SEC + r"|shared_key|tls|exec|plugin",
    "doc:pki": _SEC + r"|certificate|realm|hsm|scep",
    "doc:event-booking": _SEC + r"|oauth|ldap|smtp|api",
    "doc:iot-fleet": _SEC + r"|ssh|environment variable|api key",
    "doc:media-server": _SEC + r"|reverse proxy|admin|config",
    "doc:erp": _SEC + r"|webservice|sefaz|api|ambiente|usuário|permiss",
    "doc:translation-memory": _SEC + r"|script|team|git|svn|credential|Zugangsdaten|credenziali|identifiant|認証",
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





def docbook(raw):
    """A DocBook XML page as it reads: cross-references become the title
    they point to (looked up in the whole language folder), titles become
    headings, program listings and screens become fenced blocks, block
    elements separate paragraphs, the rest of the markup is dropped."""
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    raw = re.sub(r"<\?xml[^>]*\?>", "", raw)

    def code(m):
        body = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
        return "\n\n```\n" + body.strip("\n") + "\n```\n\n"

    raw = re.sub(r"<(programlisting|screen|literallayout)\b[^>]*>(.*?)</\1>", code, raw, flags=re.S)
    raw = re.sub(r"<link\b[^>]*\bendterm=\"([^\"]+)\"[^>]*/>", lambda m: _TITLES.get(m.group(1), ""), raw)
    raw = re.sub(r"<(xref|link)\b[^>]*\blinkend=\"([^\"]+)\"[^>]*/>",
                 lambda m: _TITLES.get(m.group(2) + ".title", _TITLES.get(m.group(2), "")), raw)
    raw = re.sub(r"<title\b[^>]*>(.*?)</title>", lambda m: "\n\n## " + re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", m.group(1))).strip() + "\n\n", raw, flags=re.S)
    raw = re.sub(r"</?(para|simpara|listitem|note|warning|tip|important|caution|section|chapter|appendix|"
                 r"itemizedlist|orderedlist|variablelist|varlistentry|term|table|tgroup|tbody|thead|row|entry|"
                 r"figure|mediaobject|info|sect\d)\b[^>]*>", "\n\n", raw)
    raw = re.sub(r"<[^>]+>", "", raw)
    out = []
    for block in re.split(r"\n\s*\n", raw):
        if block.startswith("```") or "\n```" in block:
            out.append(html.unescape(block.strip("\n")))
            continue
        b = html.unescape(re.sub(r"\s+", " ", block)).strip()
        if b:
            out.append(b)
    return "\n\n".join(out)


_TITLES = {}


def titles(repo, folder):
    """Every `<title xml:id=...>` of a DocBook folder, for cross-references."""
    got = {}
    for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD", folder).splitlines():
        if not f.endswith(".xml"):
            continue
        raw = git(repo, "show", f"HEAD:{f}")
        for m in re.finditer(r"<title\b[^>]*xml:id=\"([^\"]+)\"[^>]*>(.*?)</title>", raw, flags=re.S):
            got[m.group(1)] = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))).strip()
    return got


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
    if f.endswith(".xml"):
        folder = f.rsplit("/", 1)[0]
        if _TITLES.get("\x00folder") != (repo, folder):
            _TITLES.clear()
            _TITLES.update(titles(repo, folder))
            _TITLES["\x00folder"] = (repo, folder)
        return docbook(raw), FENCE_MD
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
    for repo, lang, pat, quota, kind in SOURCES:
        topic_re = re.compile(TOPIC[kind], re.I)
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
