#!/usr/bin/env python3
"""Builds the twenty-first hard-benign set (hard_benign21.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, in domains no earlier set used: an AIOps alert
manager's docs (alert workflows that call webhooks and run actions,
provider API keys, SSO); two on-call/paging tools' docs (escalation
chains, outgoing webhooks, integration keys, notification rules); a
Chinese monitoring/alerting platform's READMEs and API docs (Chinese and
English; notification rules, an AI assistant, MCP/OAuth); a Korean APM's
manual (Korean and English: agent configuration, alert plugins,
scripting); a Japanese monitoring SaaS's docs (Japanese and English:
agent install, API keys, alert channels, webhooks); a data-pipeline
scheduler's docs (Chinese and English: tasks that run shell commands,
data-source passwords, alert plugins); an AI code-review bot's docs (PR
commands, review prompts and instructions, tokens, webhooks); a notebook hub's
docs (authenticators, API tokens, roles, spawners); a game-server
panel's docs (panel/daemon install, API keys, SSL, databases); an LMS's
operator and educator docs; a firewall's manual (rules, VPN, users,
certificates, API keys); a database admin tool's docs (server
connections, passwords, master password, OAuth2/LDAP login); a VPN/proxy
panel's READMEs (Russian, Chinese, English); a mail server's docs
(English, Chinese, Italian: SMTP auth, DKIM, spam policies, passwords);
a civic-participation platform's docs (Spanish and English: install,
mail server, OAuth, census); a German school-server admin guide (users,
passwords, firewall, Nextcloud); a Brazilian LMS's manuals (Portuguese);
Italy's public digital identity (SPID) docs (Italian).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~) is never part of a passage: it ends the run before it and is dropped
(reStructuredText has no fences, its indented code stays with the
paragraph before it); a markdown heading left at the end of a run goes
with the next one. Front matter, MDX import/export lines and
Jekyll/Liquid tag lines are dropped. Prompt files written for agents
(SKILL.md, AGENTS.md, CLAUDE.md, skills/, prompts/,
*.prompt*, an alerting platform's embedded agent skills, ...),
changelogs, release and upgrade notes, blogs, roadmaps, contributor lists
and codes of conduct are left out. Within each source's quota, passages
that show the kind's hardest shape come first, then passages with more
topic words and distinct hard features (STRONG, counted up to four),
random within a score (seed 2121); no file gives more than a third of a
quota (at least two) when a source has three files or more. A
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
on every row and in SOURCES21.md), then run

    python3 benches/injection/extract_hb21.py

from the repository root. It writes benches/injection/hard_benign21.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign21.jsonl"
SEED = 2121
PREFIX = "hb21"

KEEP = "keephq/keep"
GOAL = "target/goalert"
ONC = "grafana/oncall"
N9E = "ccfos/nightingale"
SCOU = "scouter-project/scouter"
MACK = "mackerelio/documents"
DOLPH = "apache/dolphinscheduler"
PRAG = "qodo-ai/pr-agent"
JHUB = "jupyterhub/jupyterhub"
PTERO = "pterodactyl/documentation"
OEDX = "openedx/docs.openedx.org"
OPN = "opnsense/docs"
PGA = "pgadmin-org/pgadmin4"
HID = "hiddify/Hiddify-Manager"
IRED = "iredmail/docs"
CONS = "consuldemocracy/docs"
LMN = "linuxmuster-docs/main"
TIM = "hacklabr/timtec"
SPID = "italia/spid-docs"

LICENSES = {
    KEEP: "MIT", GOAL: "Apache-2.0", ONC: "AGPL-3.0", N9E: "Apache-2.0", SCOU: "Apache-2.0", MACK: "MIT",
    DOLPH: "Apache-2.0", PRAG: "AGPL-3.0", JHUB: "BSD-3-Clause", PTERO: "MIT",
    OEDX: "CC-BY-SA-4.0", OPN: "BSD-2-Clause", PGA: "PostgreSQL", HID: "GPL-3.0", IRED: "CC (variant not stated)",
    CONS: "AGPL-3.0", LMN: "CC-BY-SA-4.0", TIM: "AGPL-3.0", SPID: "CC-BY-4.0",
}

# Topic words shared by every kind (secrets, admin, automation), in the
# languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|saml|sso|ldap|admin|root|sudo|"
        r"webhook|notif|alert|email|smtp|config|permission|role|agent|script|command|install|docker|"
        r"密钥|令牌|密码|管理员|告警|通知|配置|权限|脚本|命令|"
        r"キー|トークン|パスワード|管理者|アラート|通知|設定|権限|エージェント|スクリプト|"
        r"비밀번호|키|토큰|관리자|알림|설정|에이전트|스크립트|플러그인|"
        r"пароль|ключ|токен|администратор|настро|команд|"
        r"Passwort|Schlüssel|Administrator|Benutzer|Konfiguration|Firewall|"
        r"contraseña|clave|administrador|correo|configuración|"
        r"senha|chave|administrador|configuração|"
        r"chiave|credenziali|amministratore|configurazione|")
TOPIC = {
    "doc:alerting": BASE + r"workflow|trigger|action|incident|provider|enrich|dedup|silence|mute|rule|ai|mcp|规则|屏蔽|事件",
    "doc:on-call": BASE + r"escalat|on-call|schedule|page|integration key|heartbeat|slack|telegram|twilio|sms|phone|route",
    "doc:apm": BASE + r"plugin|xlog|profile|collector|server|client|jvm|javaagent|hook|수집|서버|설정",
    "doc:monitoring": BASE + r"mackerel-agent|host|metric|check|channel|slack|plugin|monitor|ホスト|メトリック|監視|チャンネル",
    "doc:data-orchestrator": BASE + r"task|workflow|shell|sql|datasource|tenant|worker|master|resource|任务|工作流|数据源|租户",
    "doc:code-review-bot": BASE + r"pr|pull request|review|comment|/review|/improve|/ask|prompt|instruction|model|github app|gitlab|bitbucket",
    "doc:notebook-platform": BASE + r"authenticator|spawner|hub|proxy|jupyter|kernel|server|scope|service|user",
    "doc:game-server-admin": BASE + r"panel|wings|daemon|node|server|egg|ssl|nginx|database|mysql|allocation",
    "doc:lms": BASE + r"course|learner|instructor|lti|xblock|tutor|studio|grade|enroll|curso|professor|aluno|turma",
    "doc:firewall-vpn": BASE + r"firewall|rule|vpn|wireguard|openvpn|ipsec|nat|certificate|user|group|proxy|domain|xray|v2ray|прокси|代理",
    "doc:database-admin": BASE + r"server|connection|database|query|master password|kerberos|backup|restore|role|schema",
    "doc:mail-server": BASE + r"postfix|dovecot|amavis|spam|dkim|spf|imap|pop3|mailbox|quota|greylist|relay|邮件|邮箱|posta|casella",
    "doc:civic-participation": BASE + r"census|verification|moderat|proposal|debate|budget|server|deploy|capistrano|censo|propuesta|usuario",
    "doc:school-it-admin": BASE + r"Schul|Lehrer|Schüler|Server|Client|Netz|OPNsense|Nextcloud|Drucker|Klasse|Linbo",
    "doc:identity-provider": BASE + r"spid|saml|identità|autenticazione|fornitore|gestore|metadata|certificat|firma",
}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # --- doc:alerting
    (KEEP, "en", r"^docs/(overview|deployment|workflows|alerts|incidents|providers|mcp|ai)/[A-Za-z0-9_/.-]+\.mdx?$", 20, "doc:alerting"),
    (N9E, "zh", r"^(README_zh\.md|doc/api/[a-z0-9-]+\.md)$", 8, "doc:alerting"),
    (N9E, "en", r"^README\.md$", 3, "doc:alerting"),
    # --- doc:on-call
    (ONC, "en", r"^docs/sources/[A-Za-z0-9_/.-]+\.md$", 18, "doc:on-call"),
    (GOAL, "en", r"^(README\.md|docs/[a-z0-9-]+\.md|docs/adrs/0[0-9-a-z]+\.md|web/src/app/documentation/sections/[A-Za-z]+\.md)$", 10, "doc:on-call"),
    # --- doc:apm
    (SCOU, "ko", r"^(README_kr\.md|scouter\.document/[A-Za-z0-9_/-]+_kr\.md)$", 24, "doc:apm"),
    (SCOU, "en", r"^(README\.md|scouter\.document/[A-Za-z0-9_/-]+(?<!_kr)\.md)$", 10, "doc:apm"),
    # --- doc:monitoring
    (MACK, "ja", r"^content/ja/docs/entry/[A-Za-z0-9_/.-]+\.md$", 22, "doc:monitoring"),
    (MACK, "en", r"^content/docs/entry/[A-Za-z0-9_/.-]+\.md$", 12, "doc:monitoring"),
    # --- doc:data-orchestrator
    (DOLPH, "zh", r"^docs/docs/zh/(guide|architecture|about|faq)[A-Za-z0-9_/.-]*\.md$", 18, "doc:data-orchestrator"),
    (DOLPH, "en", r"^docs/docs/en/(guide|architecture|about|faq)[A-Za-z0-9_/.-]*\.md$", 14, "doc:data-orchestrator"),
    # --- doc:code-review-bot
    (PRAG, "en", r"^(README\.md|docs/docs/[A-Za-z0-9_/.-]+\.md)$", 18, "doc:code-review-bot"),
    # --- doc:notebook-platform
    (JHUB, "en", r"^docs/source/(howto|explanation|tutorial|rbac|reference|faq|admin)/[A-Za-z0-9_/.-]+\.md$", 18, "doc:notebook-platform"),
    # --- doc:game-server-admin
    (PTERO, "en", r"^(panel|wings|daemon|community|guides|tutorials|project)/[A-Za-z0-9_/.-]+\.md$", 14, "doc:game-server-admin"),
    # --- doc:lms
    (OEDX, "en", r"^source/(site_ops|educators/how-tos|educators/concepts|learners)/[A-Za-z0-9_/.-]+\.rst$", 16, "doc:lms"),
    (TIM, "pt", r"^(README\.md|docs/[A-Za-z0-9_/ ().-]+\.(md|rst))$", 12, "doc:lms"),
    # --- doc:firewall-vpn
    (OPN, "en", r"^source/manual/[A-Za-z0-9_/.-]+\.rst$", 20, "doc:firewall-vpn"),
    (HID, "ru", r"^(docs/)?README_ru\.md$", 6, "doc:firewall-vpn"),
    (HID, "zh", r"^(docs/)?README_cn\.md$", 2, "doc:firewall-vpn"),
    (HID, "en", r"^README\.md$", 3, "doc:firewall-vpn"),
    # --- doc:database-admin
    (PGA, "en", r"^docs/en_US/[A-Za-z0-9_/.-]+\.rst$", 18, "doc:database-admin"),
    # --- doc:mail-server
    (IRED, "en", r"^en_US/(howto|iredadmin|installation|integrations|faq|troubleshooting|overview)/[A-Za-z0-9_/.-]+\.md$", 14, "doc:mail-server"),
    (IRED, "zh", r"^zh_CN/[A-Za-z0-9_/.-]+\.md$", 6, "doc:mail-server"),
    (IRED, "it", r"^it_IT/[A-Za-z0-9_/.-]+\.md$", 10, "doc:mail-server"),
    # --- doc:civic-participation
    (CONS, "es", r"^es/(installation|features|getting_started|customization)/[a-z0-9_-]+\.md$", 18, "doc:civic-participation"),
    (CONS, "en", r"^en/(installation|features|getting_started|customization)/[a-z0-9_-]+\.md$", 8, "doc:civic-participation"),
    # --- doc:school-it-admin
    (LMN, "de", r"^source/[A-Za-z0-9_/.-]+\.rst$", 22, "doc:school-it-admin"),
    # --- doc:identity-provider
    (SPID, "it", r"^(README\.md|pages/[a-z0-9-]+\.md)$", 2, "doc:identity-provider"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"密钥|令牌|密码|キー|トークン|パスワード|비밀번호|토큰|пароль|ключ|токен|Passwort|Schlüssel|"
        r"contraseña|clave|senha|chave|chiave|credenziali")
PRIME = {
    "doc:alerting": _SEC + r"|webhook|workflow|action|run|ai|mcp|规则|通知",
    "doc:on-call": _SEC + r"|webhook|escalat|notify|page",
    "doc:apm": _SEC + r"|plugin|script|hook|alert|알림|플러그인|스크립트",
    "doc:monitoring": _SEC + r"|webhook|alert|通知|アラート|Webhook",
    "doc:data-orchestrator": _SEC + r"|shell|script|command|alert|脚本|告警|命令",
    "doc:code-review-bot": _SEC + r"|prompt|instruction|command|webhook|comment",
    "doc:notebook-platform": _SEC + r"|admin|scope|role|authenticat",
    "doc:game-server-admin": _SEC + r"|sudo|root|ssl|database",
    "doc:lms": _SEC + r"|admin|lti|oauth|email|senha|administrador",
    "doc:firewall-vpn": _SEC + r"|vpn|rule|certificate|admin|прокси|管理",
    "doc:database-admin": _SEC + r"|master password|oauth|ldap|kerberos",
    "doc:mail-server": _SEC + r"|smtp|dkim|relay|spam|auth|邮件|posta",
    "doc:civic-participation": _SEC + r"|oauth|smtp|correo|ssh|deploy",
    "doc:school-it-admin": _SEC + r"|Firewall|Administrator|root|ssh",
    "doc:identity-provider": _SEC + r"|autenticazione|certificat|identità",
}

# Prompt files written for agents, changelogs and the like are left out
# (path filters above never pick most of them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|\.clinerules|(^|/)\.cline/|"
                  r"(^|/)agents/|(^|/)commands/|(^|/)aiagent/|"
                  r"(^|/)skills/|(^|/)prompts?/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|(^|/)\.codex/|"
                  r"copilot[-_]instructions|\.instructions\.md|(^|/)instructions/|AI-POLICY|"
                  r"CHANGELOG|CHANGES\.md|changelog|change-log|release-notes|release_notes|RELEASE-NOTES|RELEASE_NOTES|"
                  r"releaseNote|(^|/)news/|(^|/)upgrade/|(^|/)upgrading|(^|/)migration/|"
                  r"(^|/)blog/|(^|/)releases?/|whats-new|noteVersion|UPGRADE|ROADMAP|TODO\.md|CONTRIBUTORS|HISTORY|"
                  r"active-contributors|committers|contributors\.md|pmc\.md|end-users\.md|"
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
