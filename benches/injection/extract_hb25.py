#!/usr/bin/env python3
"""Builds the twenty-fifth hard-benign set (hard_benign25.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, in domains no earlier set used: an IT asset and
helpdesk manager's docs (English and, from its translation catalogues,
French, German, Spanish and Portuguese: LDAP, mail collectors,
notifications, API tokens, profiles and rights); a self-hosted feed
reader's docs (English and French: install, API passwords, OIDC, cron,
extensions); a federated social server's docs (English and German: install,
admin settings, mail, addons, account moves); an IPsec VPN installer's
docs (English, Chinese, Japanese and Russian: `wget … && sudo sh`, VPN
credentials, IKEv2 certificates, users); a mesh VPN's docs (self-hosting,
identity providers, setup keys, access control, API tokens); a multi-factor
authentication server's docs (tokens, policies, event handlers, realms,
LDAP/SQL resolvers); an OIDC identity provider's docs (connectors, clients,
secrets, storage); chat-bot frameworks' docs (a Python one: connectors,
skills, matchers, tokens, databases; and a TypeScript one in Chinese,
Japanese, German, French and Russian: plugins, adapters, bots, commands,
permissions); a cron-job monitor's docs (pings, API keys, integrations,
self-hosting); a monitoring server's docs (agents, API users, certificates,
notifications, CLI commands); mail servers' docs (a mail hosting platform
and an SMTP server: install, DKIM, plugins, relaying, authentication); a
game-server container's docs (environment variables, RCON passwords,
mods, sending commands); an LLM agent framework's docs (agents, tasks,
tools, API keys, system messages, chat models); an e-commerce guide
(authentication, payments, admin, extensions); an offline learning
platform's docs (admin users, facilities, passwords, devices); a backup
tool's docs (repositories, passphrases, hooks, monitoring, databases); a
home-automation gateway's docs (Z-Wave, MQTT, security keys, Home
Assistant); and a team password manager's docs (install, LDAP, API keys,
roles, encryption).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~, AsciiDoc ---- / ....) is never part of a passage: it ends the run
before it and is dropped. Front matter, MDX import/export lines, AsciiDoc
attribute and include lines and Jekyll/Liquid tag lines are dropped.
Gettext catalogues (.po, the helpdesk manager's translations) are read
as their page reads in the target language: each translated string
(msgstr) becomes a paragraph in catalogue order; an untranslated or fuzzy
string ends the run (it acts as a code block would), so no passage mixes
languages. Prompt files written for agents, changelogs, release and
upgrade notes, blogs, roadmaps, contributor lists and codes of conduct are
left out. Within each source's quota, passages that show the kind's
hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a score
(seed 2525); no file gives more than a third of a quota (at least two)
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
the commit used is on every row and in SOURCES25.md), then run

    python3 benches/injection/extract_hb25.py

from the repository root. It writes benches/injection/hard_benign25.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign25.jsonl"
SEED = 2525
PREFIX = "hb25"

GLPI = "glpi-project/doc"
FRSS = "FreshRSS/FreshRSS"
FRND = "friendica/friendica"
IPSEC = "hwdsl2/setup-ipsec-vpn"
NETB = "netbirdio/docs"
PRIV = "privacyidea/privacyidea"
DEX = "dexidp/website"
OPSD = "opsdroid/opsdroid"
KOI = "koishijs/docs"
HCHK = "healthchecks/healthchecks"
ICI = "Icinga/icinga2"
MODO = "modoboa/modoboa"
HARA = "haraka/Haraka"
MCS = "itzg/docker-minecraft-server"
LANGR = "langroid/langroid"
SOLI = "solidusio/edgeguides"
KOLI = "learningequality/kolibri-docs"
BORG = "borgmatic-collective/borgmatic"
ZWJS = "zwave-js/zwave-js-ui"
TPASS = "nilsteampassnet/TeamPass"
DCHAT = "deltachat/deltachat-pages"
TNT = "tarantool/doc"

LICENSES = {
    GLPI: "CC-BY-SA-3.0-FR", FRSS: "AGPL-3.0", FRND: "CC0-1.0", IPSEC: "CC-BY-SA-3.0", NETB: "BSD-3-Clause",
    PRIV: "AGPL-3.0", DEX: "Apache-2.0", OPSD: "Apache-2.0", KOI: "CC-BY-SA-4.0", HCHK: "BSD-3-Clause",
    ICI: "GPL-3.0", MODO: "ISC", HARA: "MIT", MCS: "Apache-2.0", LANGR: "MIT", SOLI: "BSD-3-Clause",
    KOLI: "CC-BY-SA-4.0", BORG: "GPL-3.0", ZWJS: "MIT", TPASS: "GPL-3.0",
    DCHAT: "GPL-3.0-or-later", TNT: "BSD-2-Clause",
}

# Topic words shared by every kind (secrets, admin, automation), in the
# languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|saml|sso|ldap|admin|root|sudo|"
        r"webhook|notif|alert|email|e-mail|smtp|config|permission|role|agent|script|command|install|docker|"
        r"密钥|令牌|密码|管理员|通知|配置|权限|脚本|命令|接口|插件|机器人|"
        r"キー|トークン|パスワード|管理者|通知|設定|権限|スクリプト|コマンド|プラグイン|ボット|"
        r"пароль|ключ|токен|администратор|настро|команд|плагин|бот|сервер|"
        r"mot de passe|clé|administrateur|courriel|paramètre|jeton|utilisateur|droit|"
        r"contraseña|clave|administrador|correo|configuración|usuario|"
        r"Passwort|Schlüssel|Administrator|Einstellung|Konfiguration|Benutzer|Befehl|Berechtigung|"
        r"senha|chave|administrador|configura|comando|permiss|usuário|")
TOPIC = {
    "doc:it-asset-helpdesk": BASE + r"glpi|ticket|asset|inventory|profile|entity|right|ldap|collector|mail|notification|"
                                    r"cron|automatic action|rule|plugin|api|token|helpdesk|"
                                    r"ticket|entité|profil|droit|collecteur|règle|inventaire|"
                                    r"Ticket|Entität|Profil|Recht|Regel|Inventar|"
                                    r"entidad|perfil|derecho|regla|inventario|recolector|"
                                    r"entidade|perfil|direito|regra|inventário|coletor",
    "doc:feed-reader": BASE + r"freshrss|feed|flux|rss|atom|article|category|catégorie|api|fever|greader|cron|"
                              r"extension|user|utilisateur|http auth|oidc|apache|nginx|update|mise à jour",
    "doc:social-server": BASE + r"friendica|account|konto|addon|server|contact|kontakt|post|beitrag|diaspora|"
                                r"activitypub|ostatus|mail|worker|cron|ssl|admin|profil|profile|setting",
    "doc:vpn": BASE + r"vpn|ipsec|ikev2|l2tp|xauth|wireguard|netbird|peer|setup key|route|network|certificate|"
                      r"psk|client|server|firewall|nat|dns|identity provider|idp|acl|policy|"
                      r"证书|客户端|服务器|连接|用户|証明書|クライアント|サーバー|接続|"
                      r"сертификат|клиент|подключ|пользовател",
    "doc:mfa-identity": BASE + r"privacyidea|token|otp|totp|hotp|webauthn|fido|u2f|realm|resolver|policy|"
                               r"event handler|challenge|pin|enroll|radius|ldap|sql|user|audit|machine",
    "doc:identity-provider": BASE + r"dex|oidc|openid|connector|client|client secret|redirect|id token|claim|"
                                    r"ldap|saml|github|google|kubernetes|storage|grpc|refresh token|scope",
    "doc:chatbot-framework": BASE + r"bot|chat|opsdroid|koishi|skill|connector|matcher|slack|telegram|discord|"
                                    r"matrix|message|database|plugin|adapter|command|session|user|"
                                    r"插件|适配器|机器人|指令|会话|消息|用户|控制台|"
                                    r"プラグイン|アダプター|ボット|コマンド|メッセージ|"
                                    r"Plugin|Adapter|Bot|Befehl|Nachricht|"
                                    r"plugin|adaptateur|bot|commande|message|"
                                    r"плагин|адаптер|бот|команд|сообщени",
    "doc:cron-monitoring": BASE + r"healthchecks|check|ping|cron|schedule|grace|alert|integration|api key|"
                                  r"project|team|slack|webhook|signal|self-host|email|sms",
    "doc:monitoring": BASE + r"icinga|check|host|service|notification|agent|satellite|master|zone|endpoint|"
                             r"certificate|ca|api user|pki|cli|feature|plugin|command|downtime",
    "doc:mail-server": BASE + r"mail|smtp|imap|dkim|spf|dmarc|relay|domain|mailbox|alias|plugin|tls|auth|"
                              r"outbound|inbound|queue|spam|haraka|modoboa|postfix|dovecot|rspamd",
    "doc:game-server": BASE + r"minecraft|server|rcon|mod|plugin|modpack|paper|spigot|forge|fabric|whitelist|"
                              r"ops|environment|variable|world|backup|console|command|port",
    "doc:llm-app-framework": BASE + r"langroid|agent|chatagent|task|tool|llm|prompt|system message|openai|azure|"
                                    r"model|chat|rag|retrieval|vector|api key|mcp|function call",
    "doc:e-commerce": BASE + r"solidus|store|order|payment|checkout|product|admin|user|authentication|devise|"
                             r"extension|gateway|stripe|paypal|shipment|tax|promotion|rails",
    "doc:learning-platform": BASE + r"kolibri|facility|learner|coach|admin|user|password|device|channel|"
                                    r"class|lesson|quiz|sync|import|export|server|network",
    "doc:backup": BASE + r"borgmatic|borg|backup|repository|archive|passphrase|encryption|hook|database|"
                         r"monitoring|healthchecks|prune|check|restore|extract|ssh|systemd|cron",
    "doc:home-automation": BASE + r"z-wave|zwave|node|device|controller|mqtt|home assistant|security|s2|key|"
                                  r"inclusion|exclusion|gateway|broker|settings|docker",
    "doc:email-messenger": BASE + r"delta chat|chatmail|chat|email|imap|smtp|server|encrypt|autocrypt|key|"
                                  r"profile|device|backup|invite|qr|verif|group|"
                                  r"cifrad|correo|servidor|clave|perfil|dispositivo|copia|"
                                  r"crittograf|posta|server|chiave|profilo|dispositivo|"
                                  r"criptograf|servidor|chave|perfil|dispositivo|"
                                  r"Verschlüssel|Server|Schlüssel|Profil|Gerät|"
                                  r"chiffr|serveur|clé|profil|appareil|"
                                  r"шифров|почт|сервер|ключ|профил|устройств|"
                                  r"加密|邮件|服务器|密钥|设备|备份",
    "doc:database-server": BASE + r"tarantool|instance|replica|replication|cluster|user|grant|privilege|"
                                  r"password|box\.cfg|lua|space|index|backup|snapshot|"
                                  r"экземпляр|реплик|кластер|пользовател|привилеги|прав|пароль|"
                                  r"спейс|индекс|резервн|снимок|модул|конфигурац",
    "doc:password-manager": BASE + r"teampass|password|item|folder|role|user|ldap|api|key|encryption|"
                                   r"saltkey|install|2fa|duo|oauth|backup|share",
}

# A repository without a licence file whose pages state their own licence
# gives only the pages that carry that statement (none in this set).
REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    (GLPI, "en", r"^source/(?!locale/)[A-Za-z0-9_/.-]+\.rst$", 10, "doc:it-asset-helpdesk"),
    (FRSS, "en", r"^docs/en/(?!.*Release)[A-Za-z0-9_/.-]+\.md$", 12, "doc:feed-reader"),
    (FRSS, "fr", r"^docs/fr/(?!.*Release)[A-Za-z0-9_/.-]+\.md$", 12, "doc:feed-reader"),
    (FRND, "en", r"^doc/[A-Za-z0-9_.-]+\.md$", 10, "doc:social-server"),
    (FRND, "de", r"^doc/de/[A-Za-z0-9_.-]+\.md$", 14, "doc:social-server"),
    (IPSEC, "en", r"^(README\.md|docs/(?!.*-(zh|ja|ru|zh-Hant)\.md)[A-Za-z0-9_.-]+\.md)$", 10, "doc:vpn"),
    (IPSEC, "zh", r"^(README-zh\.md|docs/[A-Za-z0-9_.-]+-zh\.md)$", 14, "doc:vpn"),
    (IPSEC, "ja", r"^(README-ja\.md|docs/[A-Za-z0-9_.-]+-ja\.md)$", 12, "doc:vpn"),
    (IPSEC, "ru", r"^(README-ru\.md|docs/[A-Za-z0-9_.-]+-ru\.md)$", 6, "doc:vpn"),
    (NETB, "en", r"^src/pages/[A-Za-z0-9_/.-]+\.mdx?$", 14, "doc:vpn"),
    (PRIV, "en", r"^doc/[A-Za-z0-9_/.-]+\.rst$", 14, "doc:mfa-identity"),
    (DEX, "en", r"^content/docs/[A-Za-z0-9_/.-]+\.md$", 12, "doc:identity-provider"),
    (OPSD, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 12, "doc:chatbot-framework"),
    (KOI, "zh", r"^zh-CN/(?!releases/)[A-Za-z0-9_/.-]+\.md$", 14, "doc:chatbot-framework"),
    (KOI, "ja", r"^ja-JP/(?!releases/)[A-Za-z0-9_/.-]+\.md$", 4, "doc:chatbot-framework"),
    (KOI, "fr", r"^fr-FR/(?!releases/)[A-Za-z0-9_/.-]+\.md$", 4, "doc:chatbot-framework"),
    (HCHK, "en", r"^templates/docs/[A-Za-z0-9_.-]+\.md$", 10, "doc:cron-monitoring"),
    (ICI, "en", r"^doc/(?!16-upgrading|23-migrating)[A-Za-z0-9_/.-]+\.md$", 10, "doc:monitoring"),
    (MODO, "en", r"^doc-ng/[A-Za-z0-9_/.-]+\.md$", 8, "doc:mail-server"),
    (HARA, "en", r"^docs/(?!deprecated/)[A-Za-z0-9_/.-]+\.md$", 12, "doc:mail-server"),
    (MCS, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 10, "doc:game-server"),
    (LANGR, "en", r"^docs/(?!blog/)[A-Za-z0-9_/.-]+\.md$", 14, "doc:llm-app-framework"),
    (SOLI, "en", r"^docs/[A-Za-z0-9_/.-]+\.mdx?$", 10, "doc:e-commerce"),
    (KOLI, "en", r"^docs/[A-Za-z0-9_/.-]+\.rst$", 10, "doc:learning-platform"),
    (BORG, "en", r"^docs/(how-to|reference)/[A-Za-z0-9_/.-]+\.md$", 12, "doc:backup"),
    (ZWJS, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 8, "doc:home-automation"),
    (TPASS, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 10, "doc:password-manager"),
    (DCHAT, "en", r"^en/(help|serverguide)\.md$", 10, "doc:email-messenger"),
    (DCHAT, "es", r"^es/(help|serverguide)\.md$", 12, "doc:email-messenger"),
    (DCHAT, "it", r"^it/(help|serverguide)\.md$", 12, "doc:email-messenger"),
    (DCHAT, "pt", r"^pt/(help|serverguide)\.md$", 12, "doc:email-messenger"),
    (DCHAT, "de", r"^de/(help|serverguide)\.md$", 6, "doc:email-messenger"),
    (DCHAT, "fr", r"^fr/(help|serverguide)\.md$", 6, "doc:email-messenger"),
    (DCHAT, "ru", r"^ru/(help|serverguide)\.md$", 6, "doc:email-messenger"),
    (DCHAT, "zh", r"^zh_CN/(help|serverguide)\.md$", 4, "doc:email-messenger"),
    (TNT, "ru", r"^locale/ru/LC_MESSAGES/[A-Za-z0-9_/.-]+\.po$", 12, "doc:database-server"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"密钥|令牌|密码|キー|トークン|パスワード|비밀번호|토큰|인증|пароль|ключ|токен|"
        r"mot de passe|clé|jeton|contraseña|clave|Passwort|Schlüssel|chiave|senha|chave|certificado")
PRIME = {
    "doc:it-asset-helpdesk": _SEC + r"|ldap|mail|notification|right|profile|droit|profil|Recht|derecho|direito|api",
    "doc:feed-reader": _SEC + r"|api|oidc|cron|admin|auth|extension",
    "doc:social-server": _SEC + r"|admin|mail|addon|cron|ssl|worker",
    "doc:vpn": _SEC + r"|psk|certificate|sudo|wget|curl|setup key|idp|证书|証明書|сертификат|sudo",
    "doc:mfa-identity": _SEC + r"|otp|policy|ldap|admin|event handler|pin",
    "doc:identity-provider": _SEC + r"|client|connector|ldap|saml|oidc",
    "doc:chatbot-framework": _SEC + r"|bot|admin|permission|权限|権限|command|指令|コマンド|команд|Befehl|commande",
    "doc:cron-monitoring": _SEC + r"|api|webhook|integration|self-host|cron",
    "doc:monitoring": _SEC + r"|api user|certificate|agent|notification|command|ticket",
    "doc:mail-server": _SEC + r"|dkim|auth|relay|tls|admin",
    "doc:game-server": _SEC + r"|rcon|ops|whitelist|command|environment",
    "doc:llm-app-framework": _SEC + r"|prompt|system message|llm|agent|openai|chat",
    "doc:e-commerce": _SEC + r"|authentication|admin|payment|user",
    "doc:learning-platform": _SEC + r"|admin|superuser|facility|user|permission",
    "doc:backup": _SEC + r"|passphrase|encryption|hook|ssh|database",
    "doc:home-automation": _SEC + r"|security|mqtt|auth|https|key",
    "doc:password-manager": _SEC + r"|ldap|api|role|encryption|2fa",
    "doc:email-messenger": _SEC + r"|imap|smtp|server|encrypt|chiffr|cifra|crittogr|criptogr|Verschlüssel|шифр|加密",
    "doc:database-server": _SEC + r"|grant|privilege|user|admin|пользовател|привилеги|прав",
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
