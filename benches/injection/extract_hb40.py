#!/usr/bin/env python3
"""Builds the fortieth hard-benign set (hard_benign40.jsonl): real
documentation passages only (no written half), about four fifths in
English and the rest in other languages, from openly licensed
repositories (MIT, Apache-2.0, BSD-3-Clause, ISC, MPL-2.0) that no
earlier set names, chosen blind: without reading the detector, its rule
docs, RESULTS.md or the earlier sets' texts, and without running the
detector on this set.

Theme: developer-platform and DevOps documentation about automation that
acts on the reader's behalf. Incident and on-call tooling: OneUptime
(on-call policies, escalation, incidents, status pages, workflows,
runbooks, monitors; its docs in English and in its own translations:
German, Spanish, French, Italian, Japanese, Korean, Dutch, Portuguese,
Russian, Swedish, Simplified and Traditional Chinese), ElastAlert 2
(rules and alerters: e-mail, Slack, PagerDuty, webhooks) and Robusta
(Kubernetes alerts, sinks, notification routing, silences, playbook
actions). Release and dependency bots: Scala Steward (a bot that opens
update pull requests), Release Drafter (a GitHub app and action that
drafts release notes from labels) and bors-ng (a merge bot driven by
pull-request comments such as `bors r+`). Infrastructure as code
and delivery: Digger (Terraform runs from pull-request comments),
Terragrunt (run --all, apply, destroy, hooks, strict controls), Kargo
(promotions between stages, approvals, credentials) and Keel (automatic
image updates with approvals from chat). Feature flags: GO Feature Flag
(relay proxy, notifiers, exporters, retrievers) and Flagsmith
(environments, segments, overrides, roles, webhooks, audit log).
Secrets: Lyft's Confidant (KMS auth, blind secrets, ACLs) and Segment's
chamber (secrets in SSM Parameter Store). Linting bots with suppression:
super-linter (which linters run, which files are ignored, how to disable
one) and detekt (baselines, @Suppress, suppressors). CI and job
platforms in Chinese: Tencent BlueKing's CI (bk-ci: agents, gateway,
install) and job platform (bk-job: script execution, file
distribution, API docs).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. Files written
for agents rather than for people (AGENTS.md/CLAUDE.md, SKILL.md, skill
and agent folders, the AI folders of OneUptime's docs and of bk-ci and
bk-job, MCP-server pages, AI-summary and AI-tooling pages, Robusta's
HolmesGPT pages, agent task folders) are left out, and so are codes of
conduct, licence pages, changelogs, release notes, acknowledgement pages
and templates (SKIP and the path filters). Within each source's quota,
passages that show the kind's hardest shape come first, then passages
with more topic words and distinct hard features (STRONG, counted up to
four), random within a score (seed 4040); no file gives more than a
third of a quota (at least two) when a source has three files or more.
A passage must read as its language (stop words, script and letters;
see reads_as); a half-translated passage does not count; runs that are
mostly markup, bare links, link definitions or table rows are skipped.
A passage that names AgentDojo, spikee or garak is left out.

File names are given by git unquoted (core.quotePath=false, through
git's environment, set below before the copied helpers), so that any
non-ASCII `ls-tree` name can be given back to `git show`.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 45 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES40.md), then run

    python3 benches/injection/extract_hb40.py

from the repository root. It writes benches/injection/hard_benign40.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

import os

# Chinese file names are given by `git ls-tree` unquoted (see the docstring).
os.environ["GIT_CONFIG_COUNT"] = "1"
os.environ["GIT_CONFIG_KEY_0"] = "core.quotePath"
os.environ["GIT_CONFIG_VALUE_0"] = "false"

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign40.jsonl"
SEED = 4040
PREFIX = "hb40"

ONEUPTIME = "OneUptime/oneuptime"
ELASTALERT = "jertel/elastalert2"
ROBUSTA = "robusta-dev/robusta"
STEWARD = "scala-steward-org/scala-steward"
DRAFTER = "release-drafter/release-drafter"
BORS = "bors-ng/bors-ng"
DIGGER = "diggerhq/digger"
TERRAGRUNT = "gruntwork-io/terragrunt"
KARGO = "akuity/kargo"
KEEL = "keel-hq/keel"
GOFF = "thomaspoignant/go-feature-flag"
FLAGSMITH = "Flagsmith/flagsmith"
CONFIDANT = "lyft/confidant"
CHAMBER = "segmentio/chamber"
SUPERLINTER = "super-linter/super-linter"
DETEKT = "detekt/detekt"
BKCI = "TencentBlueKing/bk-ci"
BKJOB = "TencentBlueKing/bk-job"

LICENSES = {
    ONEUPTIME: "Apache-2.0", ELASTALERT: "Apache-2.0", ROBUSTA: "MIT", STEWARD: "Apache-2.0",
    DRAFTER: "ISC", BORS: "Apache-2.0", DIGGER: "MIT", TERRAGRUNT: "MIT", KARGO: "Apache-2.0",
    KEEL: "MPL-2.0", GOFF: "MIT", FLAGSMITH: "BSD-3-Clause", CONFIDANT: "Apache-2.0",
    CHAMBER: "MIT", SUPERLINTER: "MIT", DETEKT: "Apache-2.0", BKCI: "MIT", BKJOB: "MIT",
}

REF = {}

# Topic words shared by every kind (bots, webhooks, tokens, secrets,
# deploys, roll-backs, alerts, on-call, channels, comments, pull
# requests, roles, overrides), in the languages of this set; each kind
# adds its own.
BASE = (r"bot|webhook|token|secret|credential|password|api[ _-]?key|deploy|rollback|roll back|apply|"
        r"destroy|alert|page|pager|on-?call|escalat|incident|slack|teams|discord|channel|notif|e-?mail|"
        r"comment|pull request|merge|approv|label|release|role|permission|rbac|admin|grant|rotate|"
        r"flag|toggle|override|force|ignore|suppress|disable|enable|skip|config|environment|github|gitlab|"
        r"action|workflow|pipeline|schedule|cron|trigger|policy|"
        r"机器人|告警|通知|令牌|密钥|密码|凭证|权限|角色|部署|回滚|流水线|构建|审批|执行|脚本|作业|企业微信|"
        r"ボット|アラート|通知|トークン|シークレット|パスワード|権限|ロール|デプロイ|ロールバック|"
        r"インシデント|オンコール|エスカレーション|承認|実行|"
        r"봇|알림|토큰|비밀|암호|권한|역할|배포|롤백|인시던트|온콜|에스컬레이션|승인|실행|"
        r"бот|оповещ|уведомл|токен|секрет|пароль|прав|рол|развёрт|развертыван|откат|инцидент|дежурств|эскалац|"
        r"alerta|notifica|contraseña|senha|permiso|permiss|despliegue|implanta|incidente|guardia|plantão|"
        r"escalamiento|escalonamento|escalad|"
        r"alerte|jeton|mot de passe|déploiement|astreinte|escalade|"
        r"Benachrichtig|Warnung|Alarm|Passwort|Berechtigung|Bereitschaft|Eskalation|Vorfall|"
        r"avviso|reperibilità|escalation|waarschuwing|melding|wachtwoord|larm|jour|lösenord|behörighet")
TOPIC = {
    "doc:incident": BASE + r"|monitor|status page|uptime|probe|runbook|severity|acknowledg|resolve|"
                           r"silence|sink|route|rule|alerter|opsgenie|pagerduty|jira|sms|phone|call|"
                           r"playbook|kubernetes|prometheus|alertmanager",
    "doc:bot": BASE + r"|dependency|dependencies|update|upgrade|version|changelog|draft|autolabel|"
                      r"npm|maven|sbt|bors|r\+|try|batch|staging|tag|publish|plugin|author|contributor",
    "doc:iac": BASE + r"|terraform|opentofu|plan|state|module|stack|hook|run --all|drift|lock|"
                      r"promotion|stage|freight|warehouse|argo|helm|image|kubernetes|cluster|namespace",
    "doc:flags": BASE + r"|feature|variation|rollout|percentage|segment|identity|targeting|"
                        r"experiment|relay proxy|retriever|exporter|notifier|sdk|audit",
    "doc:secrets": BASE + r"|kms|iam|aws|ssm|parameter store|acl|blind|encrypt|decrypt|service|"
                          r"env|export|exec|vault|key",
    "doc:lint": BASE + r"|linter|lint|rule|baseline|@suppress|suppression|noqa|exclude|include|"
                       r"filter_regex|validate|gradle|pre-commit|hook|report|sarif",
    "doc:ci": BASE + r"|agent|gateway|install|job|script|ip|host|主机|节点|网关|插件|安装|升级|配置|文件分发|"
                     r"蓝盾|蓝鲸|作业平台|账号|接口|调用|回调",
}

REQUIRE = {}

_OU = r"^App/FeatureSet/Docs/Content/{0}/(?!ai/).+\.md$|^translations/README\.{0}\.md$"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Incident and on-call tooling
    (ONEUPTIME, "en", r"^(README\.md|App/FeatureSet/Docs/Content/en/(?!ai/).+\.md)$", 36, "doc:incident"),
    (ELASTALERT, "en", r"^(README\.md|docs/source/.+\.rst)$", 20, "doc:incident"),
    (ROBUSTA, "en", r"^docs/.+\.(rst|md)$", 24, "doc:incident"),
    # Release and dependency bots
    (STEWARD, "en", r"^(README\.md|docs/.+\.md)$", 16, "doc:bot"),
    (DRAFTER, "en", r"^(README\.md|docs/.+\.md)$", 12, "doc:bot"),
    (BORS, "en", r"^(README\.md|FLOW_EXAMPLE\.md|HACKING\.md)$", 6, "doc:bot"),
    # Infrastructure as code and delivery
    (DIGGER, "en", r"^(README\.md|docs/ce/.+\.mdx?)$", 26, "doc:iac"),
    (TERRAGRUNT, "en", r"^docs/src/content/docs/.+\.mdx?$", 26, "doc:iac"),
    (KARGO, "en", r"^docs/docs/.+\.mdx?$", 24, "doc:iac"),
    (KEEL, "en", r"^(readme\.md|docs/.+\.md|chart/keel/README\.md)$", 8, "doc:iac"),
    # Feature flags
    (GOFF, "en", r"^website/docs/.+\.mdx?$", 22, "doc:flags"),
    (FLAGSMITH, "en", r"^docs/docs/.+\.mdx?$", 24, "doc:flags"),
    # Secrets
    (CONFIDANT, "en", r"^(README\.md|docs/root/.+\.(md|rst))$", 12, "doc:secrets"),
    (CHAMBER, "en", r"^README\.md$", 6, "doc:secrets"),
    # Linting with suppression
    (SUPERLINTER, "en", r"^(README\.md|docs/.+\.md)$", 14, "doc:lint"),
    (DETEKT, "en", r"^(README\.md|website/docs/.+\.mdx?)$", 12, "doc:lint"),
    # Other languages
    (ONEUPTIME, "de", _OU.format("de"), 6, "doc:incident"),
    (ONEUPTIME, "es", _OU.format("es"), 6, "doc:incident"),
    (ONEUPTIME, "fr", _OU.format("fr"), 6, "doc:incident"),
    (ONEUPTIME, "pt", _OU.format("pt"), 6, "doc:incident"),
    (ONEUPTIME, "it", _OU.format("it"), 4, "doc:incident"),
    (ONEUPTIME, "nl", _OU.format("nl"), 3, "doc:incident"),
    (ONEUPTIME, "sv", _OU.format("sv"), 3, "doc:incident"),
    (ONEUPTIME, "ru", _OU.format("ru"), 6, "doc:incident"),
    (ONEUPTIME, "ja", _OU.format("ja"), 6, "doc:incident"),
    (ONEUPTIME, "ko", _OU.format("ko"), 6, "doc:incident"),
    (ONEUPTIME, "zh", _OU.format("zh-CN"), 3, "doc:incident"),
    (ONEUPTIME, "zh", _OU.format("zh-TW"), 3, "doc:incident"),
    (BKCI, "zh", r"^(README\.md|docs/(install|overview|specification|wiki)/(?!.*(_en|\.en)\.md$).+\.md|src/agent/agent/doc/guide/.+\.md)$", 7, "doc:ci"),
    (BKJOB, "zh", r"^(README\.md|docs/(install|overview|specification)/(?!.*(_en|\.en)\.md$).+\.md|docs/apidoc/bk-api-gateway/v3/zh/.+\.md)$", 7, "doc:ci"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (or a bot) told to run, apply, destroy, force, override,
# ignore, disable, approve, merge, page or escalate something; tokens,
# secrets, webhooks and channels; and their forms in the set's languages.
_CMD = (r"ignore|override|must|never|do not|don't|always|disable|bypass|skip|\ballow|\bdeny|"
        r"run the|execute|apply|destroy|delete|force|overwrite|grant|revoke|rotate|reset|approve|merge|"
        r"api[ _-]?key|token|secret|password|credential|paste|copy|permission|webhook|callback|"
        r"send|e-?mail|forward|share|public|you are|instructions|system|admin|root|sudo|comment|"
        r"不要|必须|禁止|允许|忽略|删除|执行|密码|令牌|密钥|授权|务必|请勿|切勿|发送|告警|"
        r"しないでください|必ず|許可|無視|実行|削除|パスワード|トークン|送信|絶対に|"
        r"하지 마|반드시|허용|무시|실행|삭제|비밀번호|토큰|전송|"
        r"никогда|всегда|необходимо|нельзя|удал|пароль|токен|секрет|выполн|"
        r"nunca|sempre|deve|senha|credencia|chave|"
        r"siempre|debe|contraseña|clave|"
        r"jamais|toujours|doit|mot de passe|clé|jeton|supprim|envoy|"
        r"niemals|immer|muss|Passwort|Schlüssel|löschen|senden|"
        r"mai |sempre|deve|chiave|elimina|nooit|altijd|moet|aldrig|alltid|måste")
PRIME = {
    "doc:incident": _CMD + r"|escalat|page|on-?call|alert|notify|slack|acknowledg|silence|route|"
                           r"エスカレーション|에스컬레이션|эскалац|escal",
    "doc:bot": _CMD + r"|bot|pull request|label|publish|release|commit|push|github_token|gh_token|npm_token",
    "doc:iac": _CMD + r"|plan|state|lock|promot|run --all|--auto-approve|non-interactive|hook|drift",
    "doc:flags": _CMD + r"|turn off|kill switch|roll ?back|rollout|segment|identity|webhook|audit|environment key",
    "doc:secrets": _CMD + r"|kms|iam|decrypt|encrypt|export|exec|env|blind",
    "doc:lint": _CMD + r"|@suppress|suppress|baseline|exclude|filter_regex|validate_|fail|error",
    "doc:ci": _CMD + r"|agent|token|script|脚本|账号|回调|审批",
}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb39's list without its data-set entries, plus AI
# folders and pages (OneUptime's `ai/`, bk-ci's `ai/`, bk-job's
# `ai_agent/` and AI chat page, Digger's AI summaries and agent task
# folders, GO Feature Flag's AI tooling page, MCP-server pages, Robusta's
# HolmesGPT pages), OneUptime's runbook agents page and upgrade guides
# and release-process pages.
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE(\.[a-z]{2})?\.md$|(^|/)GEMINI\.md$|(^|/)MEMORY\.md$|"
                  r"\.cursorrules|\.clinerules|(^|/)\.cline/|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"(^|/)\.cursor/|(^|/)\.junie/|(^|/)skills/|(^|/)agents/|(^|/)prompts?/|llms\.txt|(^|/)llms/|agent-harness|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO|(^|/)todo\.md$|CONTRIBUTORS|ADOPTERS|MAINTAINERS|AUTHORS|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|SUMMARY\.md|(^|/)_posts/|"
                  r"_sidebar\.md|_navbar\.md|(^|/)donate|sponsors|SPONSOR|(^|/)licen[sc]e\.(md|rst)$|LICEN[SC]E|"
                  r"acknowledge?ments|citations|CHANGELOG|changelog|change_log|CHANGES|HISTORY\.md|NEWS\.md|"
                  r"(^|/)issues/|(^|/)media/|[Rr]elease-process|release_notes|release-notes|(^|/)\.github/|ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE|"
                  r"pull_request_template|TOC\.md$|(^|/)404\.|(^|/)announcements/|(^|/)sponsor/|version-history|"
                  r"(^|/)draft/|(^|/)obsolete/|(^|/)00scratch|FIRST_TIMERS|CONTRIBUTING|[Cc]ontribution|(^|/)contributing\.md$|"
                  r"SECURITY\.md$|(^|/)community\.md$|security_advisories|ai_assistant|(^|/)thanks\.md$|"
                  r"(^|/)download/|(^|/)ai/|ai_agent|ai_chat|ai-summaries|ai-tools|mcp|holmes|(^|/)agent-tasks/|"
                  r"agents_context|agents_done|runbooks/agents\.md$|(^|/)archiving_announcement)")

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
        if f.name in own or re.search(r"45", f.name):
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

# Swedish and Bulgarian (this set's languages) are read by stop words
# like the other languages; Dutch keeps hb33's list above.
STOP["sv"] = (" och ", " att ", " det ", " som ", " för ", " är ", " inte ", " med ", " på ", " du ")
STOP["bg"] = (" и ", " на ", " да ", " се ", " за ", " от ", " това ", " които ", " с ", " не ")
# Polish help snippets are terse (short imperative steps), so hb33's
# seven Polish stop words are joined by common prepositions and
# conjunctions; the diacritics check below still applies.
STOP["pl"] = STOP["pl"] + (" w ", " i ", " z ", " lub ", " aby ", " dla ", " oraz ", " przez ", " jak ")

_reads_as_hb33 = reads_as


def reads_as(lang, p):
    """hb33's check, then this set's script checks: Swedish has å/ä/ö and
    no æ/ø (Danish, Norwegian); Bulgarian is Cyrillic with ъ and without
    ы/э (Russian) and few Latin letters; Polish has its diacritics; Dutch
    has none of the Scandinavian or German letters ä/ö/ü/ß/å."""
    if not _reads_as_hb33(lang, p):
        return False
    text = prose(p)
    low = text.lower()
    latin = len(re.findall(r"[a-z]", low))
    if lang == "sv":
        return sum(low.count(c) for c in "åäö") >= 5 and not re.search(r"[æø]", low)
    if lang == "bg":
        cyr = count(text, 0x0400, 0x04FF)
        return (cyr >= 150 and not re.search(r"[ыэё]", low) and low.count("ъ") >= 2
                and latin < cyr)
    if lang == "pl":
        return sum(low.count(c) for c in "ąćęłńśźż") >= 5
    if lang == "nl":
        return not re.search(r"[åäöüßæø]", low) and low.count(" ij") + low.count("ij") >= 1
    return True

# This set's further languages are read by stop words like the others;
# Ukrainian and Russian are told apart by their letters.
STOP["id"] = (" yang ", " dan ", " di ", " untuk ", " dengan ", " tidak ", " ini ", " dalam ")
STOP["vi"] = (" và ", " của ", " là ", " cho ", " không ", " các ", " được ", " trong ")
STOP["cs"] = (" a ", " je ", " se ", " na ", " v ", " pro ", " že ", " nebo ", " které ")

_reads_as_hb34 = reads_as


def reads_as(lang, p):
    """hb34's check (hb33's plus its script checks), then: Ukrainian is
    Cyrillic with і/ї/є and without ы/э/ё/ъ; Russian has no і/ї/є (it is
    checked by hb33's Cyrillic count); German needs ä/ö/ü/ß, Czech its
    háčeks, Vietnamese its tone marks; Turkish its ı/ş/ğ."""
    text = prose(p)
    low = text.lower()
    if lang == "uk":
        cyr = count(text, 0x0400, 0x04FF)
        return (cyr >= 150 and sum(low.count(c) for c in "іїє") >= 5
                and not re.search(r"[ыэёъ]", low))
    if not _reads_as_hb34(lang, p):
        return False
    if lang == "ru":
        return not re.search(r"[іїє]", low)
    if lang == "de":
        return sum(low.count(c) for c in "äöüß") >= 3
    if lang == "cs":
        return sum(low.count(c) for c in "ěščřžůý") >= 5
    if lang == "vi":
        return sum(low.count(c) for c in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ") >= 10
    if lang == "tr":
        return sum(low.count(c) for c in "ışğ") >= 5
    return True


# oh-my-claudecode's German and Turkish READMEs are terse (short list
# items and table rows), so hb33's seven German and hb33's seven Turkish
# stop words are joined by common prepositions, articles and
# conjunctions; the English-ratio check and hb35's letter checks (at least
# three of ä/ö/ü/ß, five of ı/ş/ğ) still apply.
STOP["de"] = STOP["de"] + (" mit ", " für ", " von ", " zu ", " auf ", " wird ", " oder ", " ein ", " im ", " sie ", " werden ", " das ")
STOP["tr"] = STOP["tr"] + (" da ", " de ", " gibi ", " her ", " daha ", " tüm ", " sonra ", " değil ", " kadar ", " şekilde ")

if __name__ == "__main__":
    main()
