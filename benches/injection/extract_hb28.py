#!/usr/bin/env python3
"""Builds the twenty-eighth hard-benign set (hard_benign28.jsonl): real
documentation passages only (no written half), from openly licensed
repositories (MIT, Apache-2.0, BSD, CC-BY, CC0) that no earlier set names
and whose GitHub owner starts with a letter from n to z, chosen blind:
without reading the detector, its rule docs, RESULTS.md or the earlier
sets' texts, and without running the detector on this set.

Hard benign means real text a coding agent fetches that instructs its
human reader in the imperative, which an injection detector is likely to
confuse with an attack: contributor guides and release checklists (a
reverse proxy, a bundler's docs site, a Terraform pull-request bot, a
WordPress CLI handbook, a metrics system, an identity service, a
translation team's guide in Chinese, Japanese, Korean, German and
Russian, an Ansible deployment's contributor guide in German); migration
and upgrade guides (the reverse proxy, the bundler, an EKS Terraform
module, a Rust bundler's docs in Chinese, a Kubernetes deploy tool in
Russian, Python's "What's new" pages in French, Spanish and Portuguese);
runbooks and ops docs (the metrics system's alert runbook and operating
guides, a Postgres operator's administrator guide, the identity
service's token and key-rotation admin guide, the Ansible deployment's
maintenance and upgrade guides in English, German and Russian); security
advisories and disclosure policies (a vulnerability management team's
process with its embargo e-mail templates, secure-coding guidelines,
SECURITY.md files); deploy and infrastructure-as-code docs (the
pull-request bot's deployment and credentials docs, a web server's
install and security-control guides); package-manager and
shell-installer docs (the CLI handbook, Python's installing, venv and
secrets pages); issue and pull-request templates; and changelogs and
release notes that mention tokens, credentials and permissions (the
identity service's release notes in Japanese and Korean, the EKS
module's and the bot's changelogs).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~) is never part of a passage: it ends the run before it and is
dropped. Front matter, MDX import/export lines and Jekyll/Liquid tag
lines are dropped. Prompt files written for agents (and an AI usage
policy addressed to contributors' agents), codes of conduct, roadmaps
and contributor lists are left out; unlike earlier sets, changelogs,
release and upgrade notes and migration guides are kept, as they are
this set's theme. Within each source's quota, passages that show the
kind's hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a
score (seed 2828); no file gives more than a third of a quota (at least
two) when a source has three files or more. A non-English passage must
read as its language, and a half-translated one does not count; a run
that is mostly HTML tags, badges and link targets, mostly bare links or
mostly link definitions, or mostly table rows, is skipped. A passage
that names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files. The
files of the sets being built at the same time (names holding 32, 33,
hb27 or hard_benign27) are left out of that check, unread. Passages that quote an example
attack would be marked `quotes_attack: true` (QUOTES_ATTACK below); a
passage that quotes an actual attack string is dropped instead (DROP
below).

Three Python documentation translations keep their catalogues on
version branches, not on HEAD; REF names the branch read for them (the
commit on their rows is that branch's head).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES28.md), then run

    python3 benches/injection/extract_hb28.py

from the repository root. It writes benches/injection/hard_benign28.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign28.jsonl"
SEED = 2828
PREFIX = "hb28"

TRAEFIK = "traefik/traefik"
WEBPACK = "webpack/webpack.js.org"
ATLANTIS = "runatlantis/atlantis"
PGOP = "zalando/postgres-operator"
EKS = "terraform-aws-modules/terraform-aws-eks"
WPCLI = "wp-cli/handbook"
NGINX = "nginx/documentation"
THANOS = "thanos-io/thanos"
OSSA = "openstack/ossa"
KEYSTONE = "openstack/keystone"
OSA = "openstack/openstack-ansible"
I18N = "openstack/i18n"
RSPACK = "web-infra-dev/rspack"
WERF = "werf/werf"
PYFR = "python/python-docs-fr"
PYES = "python/python-docs-es"
PYPT = "python/python-docs-pt-br"

LICENSES = {
    TRAEFIK: "MIT", WEBPACK: "CC-BY-4.0", ATLANTIS: "Apache-2.0", PGOP: "MIT", EKS: "Apache-2.0", WPCLI: "MIT",
    NGINX: "BSD-2-Clause", THANOS: "Apache-2.0", OSSA: "CC-BY-3.0", KEYSTONE: "Apache-2.0", OSA: "Apache-2.0",
    I18N: "Apache-2.0", RSPACK: "MIT", WERF: "Apache-2.0", PYFR: "CC0-1.0", PYES: "CC0-1.0", PYPT: "CC0-1.0",
}

# The Python translations keep their .po catalogues on version branches.
REF = {PYFR: "refs/heads/3.13", PYPT: "refs/heads/3.13"}

# Topic words shared by every kind (secrets, admin, releases, upgrades,
# security, deployment), in the languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|saml|sso|ldap|admin|root|sudo|"
        r"webhook|notif|alert|email|e-mail|smtp|config|permission|role|agent|script|command|install|docker|"
        r"upgrade|migrat|deprecat|breaking|release|security|vulnerab|cve|patch|rotate|revoke|deploy|"
        r"密钥|令牌|密码|管理员|通知|配置|权限|脚本|命令|升级|迁移|废弃|发布|安全|漏洞|贡献|翻译|"
        r"キー|トークン|パスワード|管理者|通知|設定|権限|スクリプト|コマンド|アップグレード|移行|非推奨|リリース|セキュリティ|脆弱性|翻訳|"
        r"비밀번호|관리자|설정|권한|설치|토큰|키|명령|업그레이드|릴리스|보안|취약|번역|"
        r"mot de passe|clé|administrateur|courriel|paramètre|jeton|utilisateur|droit|mise à jour|sécurité|obsolète|"
        r"contraseña|clave|administrador|usuario|permiso|actualiz|segurid|obsolet|"
        r"senha|chave|administrador|usuário|permiss|atualiz|seguran|obsolet|"
        r"Passwort|Schlüssel|Administrator|Benutzer|Berechtigung|Aktualisier|Sicherheit|Upgrade|"
        r"пароль|ключ|токен|администратор|пользовател|прав|обновлен|безопасн|секрет|развёрт|развертыв|")
TOPIC = {
    "doc:contributor-guide": BASE + r"contribut|pull request|\bpr\b|review|commit|sign-off|signoff|dco|cla|maintainer|"
                                    r"issue|bug|test|ci|lint|branch|rebase|squash|merge|release|tag|changelog|"
                                    r"gerrit|zanata|translat|translator|mailing list|"
                                    r"贡献|提交|评审|分支|合并|测试|翻译|译者|発行|コントリビュート|レビュー|翻訳者|"
                                    r"기여|커밋|리뷰|번역가|Beitrag|Mitwirk|Übersetz|перевод|участ",
    "doc:migration-guide": BASE + r"migrat|upgrade|breaking|deprecat|remov|renam|replac|v[0-9]+|version|"
                                  r"backward|compatib|porting|changed|"
                                  r"迁移|升级|废弃|移除|变更|兼容|миграц|обновлен|устарев|"
                                  r"migration|portage|obsolète|migración|portar|obsoleto|migração|portabilidade",
    "doc:runbook": BASE + r"runbook|alert|incident|outage|on-call|restore|backup|failover|recover|troubleshoot|"
                          r"rotate|rotation|key|fernet|credential|maintenance|drain|restart|replica|compactor|"
                          r"Wartung|Sicherung|Wiederherstell|обслуживан|резерв|восстановлен",
    "doc:security-advisory": BASE + r"vulnerab|embargo|disclos|advisory|ossa|ossn|cve|report|patch|exploit|"
                                    r"private|coordinat|notification|downstream|stakeholder|severity|"
                                    r"shell=true|injection|xss|csrf|sanitiz|validate|crypto|tls|certificate",
    "doc:deploy": BASE + r"deploy|install|helm|kubernetes|k8s|terraform|aws|iam|cluster|server|webhook|"
                         r"github|gitlab|bitbucket|azure devops|token|secret|tls|certificate|nginx|"
                         r"развёрт|развертыв|кластер|чарт|секрет|реестр",
    "doc:package-install": BASE + r"install|curl|wget|pip|venv|package|phar|composer|npm|pnpm|yarn|homebrew|"
                                  r"apt|path|shell|bash|checksum|gpg|signature|verify|secrets|token|"
                                  r"instal|paquete|pacote|Paket|установ",
    "doc:issue-template": BASE + r"issue|bug|report|reproduce|version|template|checklist|pull request|"
                                 r"please|before|do not|don't|security|release",
    "doc:changelog": BASE + r"fix|bug|feature|added|removed|changed|policy|token|credential|trust|"
                            r"application credential|federation|fernet|jws|mfa|totp|"
                            r"トークン|クレデンシャル|ポリシー|トラスト|認証|토큰|정책|인증",
}

# A repository without a licence file whose pages state their own licence
# gives only the pages that carry that statement (none in this set).
REQUIRE = {}

_PYNEW = r"^whatsnew/3\.1[0-3]\.po$"
_PY = (r"^(installing/index\.po|bugs\.po|"
       r"library/(secrets|security_warnings|venv|ensurepip|getpass|hmac|hashlib)\.po|"
       r"using/(unix|windows|mac|configure|cmdline)\.po|distributing/index\.po)$")

# (repo, language, path filter, quota, kind)
SOURCES = [
    (TRAEFIK, "en", r"^(CONTRIBUTING\.md|docs/content/contributing/(?!thank-you|maintainers\.md|advocating)[a-z-]+\.md)$", 9, "doc:contributor-guide"),
    (TRAEFIK, "en", r"^docs/content/(migrate|deprecation)/[A-Za-z0-9_.-]+\.md$", 11, "doc:migration-guide"),
    (TRAEFIK, "en", r"^(SECURITY\.md|docs/content/(security|secure|https)/[A-Za-z0-9_/.-]+\.md)$", 8, "doc:security-advisory"),
    (TRAEFIK, "en", r"^(\.github/[A-Za-z_/]+\.md|script/release/README\.md)$", 3, "doc:issue-template"),
    (WEBPACK, "en", r"^src/content/contribute/[a-z-]+\.mdx?$", 8, "doc:contributor-guide"),
    (WEBPACK, "en", r"^src/content/migrate/[0-9a-z-]+\.mdx?$", 10, "doc:migration-guide"),
    (WEBPACK, "en", r"^src/content/guides/(production|environment-variables|installation|getting-started|package-exports|csp|integrations|author-libraries)\.mdx?$", 5, "doc:package-install"),
    (ATLANTIS, "en", r"^(CONTRIBUTING|DEVELOPING|RELEASE)\.md$", 6, "doc:contributor-guide"),
    (ATLANTIS, "en", r"^runatlantis\.io/(docs/[a-z0-9-]+|guide/test-drive|guide/testing-locally)\.md$", 16, "doc:deploy"),
    (ATLANTIS, "en", r"^(SECURITY\.md|\.github/(ISSUE_TEMPLATE/[a-z_]+|PULL_REQUEST_TEMPLATE)\.md)$", 2, "doc:issue-template"),
    (ATLANTIS, "en", r"^CHANGELOG\.md$", 2, "doc:changelog"),
    (PGOP, "en", r"^docs/(administrator|user|quickstart|migrate|operator-ui)\.md$", 14, "doc:runbook"),
    (PGOP, "en", r"^(CONTRIBUTING\.md|SECURITY\.md|\.github/[A-Za-z_/-]+\.md)$", 3, "doc:contributor-guide"),
    (EKS, "en", r"^docs/UPGRADE-[0-9.]+\.md$", 11, "doc:migration-guide"),
    (EKS, "en", r"^docs/(faq|compute_resources|network_connectivity|user_data|local)\.md$", 5, "doc:deploy"),
    (EKS, "en", r"^(CHANGELOG\.md|docs/CHANGELOG\.pre-v11\.0\.0\.md)$", 2, "doc:changelog"),
    (WPCLI, "en", r"^contributions/(?!roadmap|cli-contributor-badge|contributor-day|hack-day)[a-z-]+\.md$", 10, "doc:contributor-guide"),
    (WPCLI, "en", r"^(guides/(installing|installing-packages|quick-start|running-commands-remotely|troubleshooting|common-issues|verifying-downloads|sharing-wp-cli-packages|commands-cookbook)\.md|how-to/[a-z-]+\.md)$", 10, "doc:package-install"),
    (NGINX, "en", r"^content/nginx/admin-guide/security-controls/[a-z0-9-]+\.md$", 9, "doc:security-advisory"),
    (NGINX, "en", r"^content/(nginx/admin-guide/installing-nginx|agent/installation-upgrade|nic/install|ngf/install)/[a-z0-9_/-]+\.md$", 10, "doc:deploy"),
    (NGINX, "en", r"^(CONTRIBUTING|SECURITY|SUPPORT)\.md$|^documentation/[a-z0-9_-]+\.md$", 4, "doc:contributor-guide"),
    (THANOS, "en", r"^(mixin/runbook\.md|docs/operating/[a-z-]+\.md)$", 11, "doc:runbook"),
    (THANOS, "en", r"^(CONTRIBUTING\.md|docs/release-process\.md|docs/contributing/[a-z-]+\.md)$", 7, "doc:contributor-guide"),
    (THANOS, "en", r"^(SECURITY\.md|\.github/[A-Za-z_/-]+\.md)$", 2, "doc:issue-template"),
    (OSSA, "en", r"^doc/source/[a-z-]+\.rst$", 10, "doc:security-advisory"),
    (OSSA, "en", r"^doc/source/guidelines/[a-z_-]+\.rst$", 8, "doc:security-advisory"),
    (KEYSTONE, "en", r"^doc/source/admin/[a-z0-9_/-]+\.rst$", 9, "doc:runbook"),
    (KEYSTONE, "en", r"^doc/source/install/[a-z0-9_/-]+\.rst$", 5, "doc:deploy"),
    (KEYSTONE, "en", r"^(CONTRIBUTING\.rst|doc/source/contributor/[a-z0-9_-]+\.rst)$", 5, "doc:contributor-guide"),
    (OSA, "en", r"^doc/source/admin/(upgrades/[a-z0-9_-]+|maintenance-tasks/[a-z0-9_-]+|troubleshooting|backup-restore)\.rst$", 10, "doc:runbook"),
    (RSPACK, "zh", r"^website/docs/zh/guide/migration/[a-z0-9_.-]+\.mdx?$", 8, "doc:migration-guide"),
    (RSPACK, "zh", r"^website/docs/zh/contribute/[a-z0-9_/.-]+\.mdx?$", 6, "doc:contributor-guide"),
    (RSPACK, "zh", r"^website/docs/zh/(guide/(start/(?!ai)[a-z-]+|optimization/production|compatibility/plugin)|misc/faq)\.mdx?$", 4, "doc:package-install"),
    (I18N, "zh", r"^doc/source/locale/zh_CN/LC_MESSAGES/doc\.po$", 6, "doc:contributor-guide"),
    (KEYSTONE, "ja", r"^releasenotes/source/locale/ja/LC_MESSAGES/releasenotes\.po$", 14, "doc:changelog"),
    (I18N, "ja", r"^doc/source/locale/ja/LC_MESSAGES/doc\.po$", 8, "doc:contributor-guide"),
    (I18N, "ko", r"^doc/source/locale/ko_KR/LC_MESSAGES/doc\.po$", 10, "doc:contributor-guide"),
    (OSA, "ko", r"^releasenotes/source/locale/ko_KR/LC_MESSAGES/releasenotes\.po$", 4, "doc:changelog"),
    (KEYSTONE, "ko", r"^releasenotes/source/locale/ko_KR/LC_MESSAGES/releasenotes\.po$", 2, "doc:changelog"),
    (OSA, "de", r"^doc/source/locale/de/LC_MESSAGES/doc-(admin|user|reference)\.po$", 12, "doc:runbook"),
    (OSA, "de", r"^doc/source/locale/de/LC_MESSAGES/doc-contributor\.po$", 6, "doc:contributor-guide"),
    (I18N, "de", r"^doc/source/locale/de/LC_MESSAGES/doc\.po$", 4, "doc:contributor-guide"),
    (WERF, "ru", r"^docs/pages_ru/(usage/(deploy|distribute|cleanup)/[a-z_]+|usage/integration_with_ci_cd_systems|resources/migration_from_v1_2_to_v2_0|quickstart)\.md$", 12, "doc:deploy"),
    (OSA, "ru", r"^doc/source/locale/ru/LC_MESSAGES/doc-(admin|deploy-guide|user)\.po$", 6, "doc:runbook"),
    (I18N, "ru", r"^doc/source/locale/ru/LC_MESSAGES/doc\.po$", 4, "doc:contributor-guide"),
    (PYFR, "fr", _PYNEW, 7, "doc:migration-guide"),
    (PYFR, "fr", _PY, 9, "doc:package-install"),
    (PYES, "es", _PYNEW, 6, "doc:migration-guide"),
    (PYES, "es", _PY, 6, "doc:package-install"),
    (PYPT, "pt", _PYNEW, 6, "doc:migration-guide"),
    (PYPT, "pt", _PY, 6, "doc:package-install"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"密钥|令牌|密码|キー|トークン|パスワード|비밀번호|토큰|인증|пароль|ключ|токен|секрет|"
        r"mot de passe|clé|jeton|contraseña|clave|Passwort|Schlüssel|chiave|senha|chave|certificado")
PRIME = {
    "doc:contributor-guide": _SEC + r"|must|never|do not|don't|before|sign|review|release|maintainer|"
                                    r"必须|不要|必ず|しないで|반드시|muss|nicht|необходимо|нельзя",
    "doc:migration-guide": _SEC + r"|breaking|removed|deprecat|must|replace|permission|"
                                  r"必须|移除|废弃|supprim|obsolète|eliminad|removid|Entfern|удал",
    "doc:runbook": _SEC + r"|alert|incident|restore|backup|rotate|rotation|root|admin|sudo|failover|"
                          r"Wiederherstell|Sicherung|восстанов|резерв",
    "doc:security-advisory": _SEC + r"|vulnerab|embargo|disclos|exploit|attacker|malicious|inject|shell|"
                                    r"private|report",
    "doc:deploy": _SEC + r"|webhook|iam|role|permission|admin|root|tls|kubeconfig|registry",
    "doc:package-install": _SEC + r"|curl|sudo|\| *(ba)?sh|checksum|verify|gpg|signature|path|root",
    "doc:issue-template": _SEC + r"|security|vulnerab|do not|don't|please|before",
    "doc:changelog": _SEC + r"|permission|policy|role|admin|trust|mfa|totp|ポリシー|ロール|정책|역할",
}

# Prompt files written for agents, codes of conduct and the like are left
# out (path filters above never pick most of them; this is a second guard).
# Unlike earlier sets, changelogs, release and upgrade notes and migration
# guides stay in: they are this set's theme.
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|\.clinerules|(^|/)\.cline/|"
                  r"(^|/)agents/|(^|/)commands/|(^|/)aiagent/|AI_USAGE_POLICY|llms\.txt|(^|/)\.codex/|"
                  r"(^|/)skills/|(^|/)prompts?/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"copilot[-_]instructions|\.instructions\.md|(^|/)instructions/|AI-POLICY|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO\.md|CONTRIBUTORS|"
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
# (found by reading this set's own candidates): a secure-coding guide's
# cross-site request forgery page (a forged bank-transfer form), its
# shell-injection example (`ping('8.8.8.8; rm -rf /')`) and its reflected
# cross-site scripting example (a `<script>` payload in a URL).
DROP = {
    "openstack/ossa:doc/source/guidelines/dg_cross-site-scripting-xss.rst#3",
    "openstack/ossa:doc/source/guidelines/dg_cross-site-request-forgery-csrf.rst#1",
    "openstack/ossa:doc/source/guidelines/dg_use-subprocess-securely.rst#4",
}



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
        if f.name in own or re.search(r"32|33|hb27|hard_benign27", f.name):
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


if __name__ == "__main__":
    main()
