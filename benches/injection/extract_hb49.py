#!/usr/bin/env python3
"""Builds the forty-ninth hard-benign set (hard_benign49.jsonl): real
documentation passages and real interface catalogues only (no written
half), in English and fifteen other languages, from openly licensed
repositories (MIT, Apache-2.0, CC0-1.0) that no earlier set names,
chosen blind: without reading the detector, its rule docs, RESULTS.md or
the earlier sets' texts, and without running the detector on this set.

Theme: observability, monitoring, alerting and on-call tooling, where
the reader is an operator, an on-call engineer or a developer wiring up
instrumentation. Metrics systems, collectors and libraries:
VictoriaMetrics (vmagent, vmalert, vmauth and the guides), Categraf
(Chinese and English plugin pages), StatsD and Micrometer. Alerting and SLOs: Kapacitor (alert handlers, TICKscript),
Sloth, Pyrra, OpenSLO, the kubernetes-mixin runbook and Cabot.
Tracing: Zipkin and the Chinese translation of the OpenTracing
specification.
Logs: GoAccess. Status pages: Statusfy (English and Spanish guides) and
cState. Incident response: a collection of postmortem templates.
Monitoring interfaces: the gettext catalogues of Beszel (server
monitoring with alerts, notification channels and tokens) and GoAccess
(a real-time log analyser), in many languages.

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped; a gettext
catalogue is read as its translated strings, one paragraph each, an
untranslated or fuzzy string ending the run. Files written for agents
rather than for people (AGENTS.md/CLAUDE.md, .agents/ and .claude/
folders), pages about AI or LLMs (VictoriaMetrics's AI tools and its
machine-learning anomaly detection; its main README, Troubleshooting,
stream-aggregation and goals pages, which point to agent skills or AI
search), codes of conduct, licence and
security pages, changelogs, release notes and release guides, flag
reference lists, article and case-study link lists, contribution pages
and templates are left out (SKIP and the path filters). Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 4949); no file gives
more than a third of a quota (at least two) when a source has three
files or more. A passage must read as its language (stop words, script
and letters; see reads_as); a half-translated passage does not count;
runs that are mostly markup, bare links, link definitions or table rows
are skipped. A passage that names AgentDojo, spikee or garak is left out.

File names are given by git unquoted (core.quotePath=false, through
git's environment, set below before the copied helpers), so that any
non-ASCII `ls-tree` name can be given back to `git show`.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 54 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES49.md), then run

    python3 benches/injection/extract_hb49.py

from the repository root. It writes benches/injection/hard_benign49.jsonl
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
OUT = Path(__file__).parent / "hard_benign49.jsonl"
SEED = 4949
PREFIX = "hb49"

VM = "VictoriaMetrics/VictoriaMetrics"
CATEGRAF = "flashcatcloud/categraf"
STATSD = "statsd/statsd"
MICROMETER = "micrometer-metrics/micrometer"
KAPACITOR = "influxdata/kapacitor"
SLOTH = "slok/sloth"
PYRRA = "pyrra-dev/pyrra"
OPENSLO = "OpenSLO/OpenSLO"
KMIXIN = "kubernetes-monitoring/kubernetes-mixin"
CABOT = "arachnys/cabot"
ZIPKIN = "openzipkin/zipkin"
OTZH = "opentracing-contrib/opentracing-specification-zh"
GOACCESS = "allinurl/goaccess"
STATUSFY = "juliomrqz/statusfy"
CSTATE = "cstate/cstate"
POSTMORTEM = "dastergon/postmortem-templates"
BESZEL = "henrygd/beszel"

LICENSES = {
    VM: "Apache-2.0", CATEGRAF: "MIT", STATSD: "MIT", MICROMETER: "Apache-2.0",
    KAPACITOR: "MIT", SLOTH: "Apache-2.0", PYRRA: "Apache-2.0", OPENSLO: "Apache-2.0", KMIXIN: "Apache-2.0",
    CABOT: "MIT", ZIPKIN: "Apache-2.0", OTZH: "Apache-2.0", GOACCESS: "MIT",
    STATUSFY: "Apache-2.0", CSTATE: "MIT", POSTMORTEM: "CC0-1.0", BESZEL: "MIT",
}

# Every mirror's HEAD is its default branch.
REF = {}

# Topic words shared by every kind (metrics, monitoring, alerts, logs,
# traces, dashboards, probes and checks, thresholds, notifications,
# incidents and status, SLOs), in the languages of this set; each kind
# adds its own.
BASE = (r"metric|monitor|\balert|observab|telemetry|\btrac(e|es|ing)\b|\bspans?\b|\blogs?\b|logging|dashboard|exporter|"
        r"scrap|prometheus|grafana|latency|uptime|downtime|incident|\bstatus|health|\bprobe|\bchecks?\b|threshold|"
        r"notif|time ?series|\bquer|\blabels?\b|\btags?\b|counter|gauge|histogram|sampl|collector|\bslos?\b|\bslis?\b|"
        r"error budget|availability|outage|\bcpu\b|memory|\bdisk|"
        r"überwach|alarm|warnung|benachrichtig|metrik|protokoll|ausfall|schwellenwert|"
        r"surveill|alerte|métrique|journa|seuil|panne|disponibilit|"
        r"alerta|métrica|registro|notificaci|umbral|incidente|estado|"
        r"notifica|limite|avvis|metrich|soglia|bewak|waarschuw|melding|drempel|"
        r"powiadom|próg|metryk|upozorn|výstrah|oznámen|övervak|larm|varning|avisering|tröskel|"
        r"izle|uyarı|bildirim|eşik|günlük|"
        r"мониторинг|оповещ|уведомл|метрик|журнал|\bлог|порог|сбой|трассир|моніторинг|сповіщ|поріг|збій|"
        r"監視|アラート|通知|メトリクス|ログ|トレース|閾値|しきい値|障害|可観測|ダッシュボード|"
        r"监控|監控|告警|報警|报警|指标|指標|日志|日誌|链路|鏈路|追踪|追蹤|跟踪|阈值|故障|可观测|可觀測|采集|探针|仪表盘|"
        r"모니터링|알림|경고|메트릭|지표|로그|추적|임계값|장애|대시보드")
TOPIC = {
    "doc:metrics": BASE + r"|vmagent|vmalert|vmauth|vmselect|vminsert|vmstorage|metricsql|promql|remote[_ ]?write|"
                          r"relabel|cardinality|retention|\bstatsd|graphite|influx|micrometer|registry|\bmeters?\b|"
                          r"\btimer|percentile|quantile|\bflush|backend|plugin|\binputs?\b|采集器|插件|",
    "doc:alerting": BASE + r"|\brules?\b|\bfiring|resolved|severity|annotation|handler|pagerduty|opsgenie|slack|"
                           r"\bemail|\bsms\b|burn rate|objective|\bwindow|tickscript|runbook|\bcabot|",
    "doc:tracing": BASE + r"|\bspan|\btracer|baggage|propagat|\binject|\bextract|context|zipkin|opentracing|"
                          r"instrument|ebpf|\bagent|调用链|语义|规范|",
    "doc:logs": BASE + r"|access log|log format|visitor|\brequests?\b|referr|crawler|real-time|\bhtml\b|terminal|",
    "doc:status": BASE + r"|status page|maintenance|degraded|investigating|resolved|\bsystems?\b|subscri|\brss\b|"
                         r"mantenimiento|página de estado|incidencia|suscri|",
    "doc:incident": BASE + r"|postmortem|post-mortem|root cause|\bimpact|timeline|action items?|blameless|"
                           r"lessons|detection|resolution|mitigat|\btrigger|",
    "doc:ui": BASE + r"|\bsystems?\b|\bagent|\bhub\b|container|docker|webhook|\btoken|\bssh\b|\bkey|visitor|"
                     r"\brequests?\b|panel|",
}
TOPIC = {k: v.rstrip("|") for k, v in TOPIC.items()}

REQUIRE = {}

_VM = r"^docs/(victoriametrics/(?!changelog/)(.+/)?[^/]+\.md|guides/[^/]+/README\.md)$"
_BPO = r"^internal/site/src/locales/{0}/{0}\.po$"
_GPO = r"^po/{}\.po$"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Metrics systems, collectors and libraries
    (VM, "en", _VM, 40, "doc:metrics"),
    (CATEGRAF, "en", r"^(README_en\.md|(inputs|k8s|logs|prometheus)/([^/]+/)?(README|Readme)(_en)?\.md)$", 12, "doc:metrics"),
    (CATEGRAF, "zh", r"^(README\.md|(inputs|k8s|logs|prometheus)/([^/]+/)?(README|Readme)(_CN|_cn)?\.md)$", 28, "doc:metrics"),
    (STATSD, "en", r"^(README\.md|docs/[^/]+\.md)$", 12, "doc:metrics"),
    (MICROMETER, "en", r"^(README\.md|docs/modules/ROOT/pages/.+\.adoc)$", 32, "doc:metrics"),
    # Alerting, SLOs and runbooks
    (KAPACITOR, "en", r"^(README\.md|alert/HANDLERS\.md|tick/TICKscript\.md|client/API\.md|udf/agent/README\.md)$", 20, "doc:alerting"),
    (SLOTH, "en", r"^(README\.md|internal/plugin/.+/README\.md|pkg/.+/README\.md)$", 12, "doc:alerting"),
    (PYRRA, "en", r"^(README\.md|docs/[^/]+\.md|examples/[^/]+/README\.md)$", 12, "doc:alerting"),
    (OPENSLO, "en", r"^(README\.md|examples/.+\.md|glossary/README\.md)$", 12, "doc:alerting"),
    (KMIXIN, "en", r"^(README\.md|runbook\.md|DESIGN\.md)$", 12, "doc:alerting"),
    (CABOT, "en", r"^README\.md$", 3, "doc:alerting"),
    # Tracing
    (ZIPKIN, "en", r"^(README\.md|docker/README\.md|docker/examples/README\.md|zipkin-[a-z0-9]+/(.+/)?README\.md|"
                   r"zipkin-server/RATIONALE\.md)$", 22, "doc:tracing"),
    (OTZH, "zh", r"^(README|specification|semantic_conventions|project_organization)\.md$", 12, "doc:tracing"),
    # Logs
    (GOACCESS, "en", r"^(README\.md|DOCKER\.md|docker-compose/README\.md)$", 8, "doc:logs"),
    # Status pages
    (STATUSFY, "en", r"^(README\.md|packages/docs/src/(README\.md|guide/.+\.md|config/README\.md))$", 14, "doc:status"),
    (STATUSFY, "es", r"^packages/docs/src/es/(README\.md|guide/.+\.md|config/README\.md)$", 18, "doc:status"),
    (CSTATE, "en", r"^(README\.md|exampleSite/README\.md|exampleSite/content/pages/.+\.md)$", 6, "doc:status"),
    # Incident response
    (POSTMORTEM, "en", r"^(README\.md|templates/.+\.md)$", 2, "doc:incident"),
    # Monitoring interfaces: a hub's README and interface catalogues
    (BESZEL, "en", r"^(readme\.md|supplemental/guides/.+\.md|supplemental/helm/[^/]+/README\.md)$", 4, "doc:ui"),
    (BESZEL, "de", _BPO.format("de"), 4, "doc:ui"),
    (BESZEL, "fr", _BPO.format("fr"), 4, "doc:ui"),
    (BESZEL, "es", _BPO.format("es"), 4, "doc:ui"),
    (BESZEL, "pt", _BPO.format("pt"), 4, "doc:ui"),
    (BESZEL, "it", _BPO.format("it"), 3, "doc:ui"),
    (BESZEL, "nl", _BPO.format("nl"), 3, "doc:ui"),
    (BESZEL, "pl", _BPO.format("pl"), 3, "doc:ui"),
    (BESZEL, "cs", _BPO.format("cs"), 3, "doc:ui"),
    (BESZEL, "sv", _BPO.format("sv"), 3, "doc:ui"),
    (BESZEL, "ru", _BPO.format("ru"), 4, "doc:ui"),
    (BESZEL, "uk", _BPO.format("uk"), 3, "doc:ui"),
    (BESZEL, "tr", _BPO.format("tr"), 3, "doc:ui"),
    (BESZEL, "ja", _BPO.format("ja"), 4, "doc:ui"),
    (BESZEL, "ko", _BPO.format("ko"), 4, "doc:ui"),
    (BESZEL, "zh", _BPO.format("zh-CN"), 4, "doc:ui"),
    (GOACCESS, "de", _GPO.format("de"), 3, "doc:ui"),
    (GOACCESS, "fr", _GPO.format("fr"), 1, "doc:ui"),
    (GOACCESS, "es", _GPO.format("es"), 3, "doc:ui"),
    (GOACCESS, "pt", _GPO.format("pt_BR"), 3, "doc:ui"),
    (GOACCESS, "it", _GPO.format("it"), 3, "doc:ui"),
    (GOACCESS, "sv", _GPO.format("sv"), 3, "doc:ui"),
    (GOACCESS, "ru", _GPO.format("ru"), 3, "doc:ui"),
    (GOACCESS, "uk", _GPO.format("uk"), 3, "doc:ui"),
    (GOACCESS, "ja", _GPO.format("ja"), 3, "doc:ui"),
    (GOACCESS, "ko", _GPO.format("ko"), 3, "doc:ui"),
    (GOACCESS, "zh", _GPO.format("zh_CN"), 3, "doc:ui"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (an operator, an on-call engineer, a developer) told what
# must or must never be done; alerts and their silencing, muting,
# suppression, inhibition, acknowledgement and escalation; on-call,
# paging and runbooks; ignoring and overriding; admin, system and role
# words; notifications, webhooks, receivers and templates; deleting and
# disabling; commands, sudo and shells; passwords, keys, secrets and
# tokens, redaction and masking; warnings and critical severities; and
# their forms in the set's languages.
_CMD = (r"\balert|silenc|\bmut(e|ed|ing)\b|suppress|\bignor|overrid|escalat|on-call|oncall|\bpag(e|ed|er|ing)\b|runbook|"
        r"inhibit|acknowledg|\bmust\b|\bshall\b|\bnever\b|do not|don't|should not|always|instead|\badmin|administrator|"
        r"\bsystem\b|\broles?\b|notif|webhook|receiver|template|delet|remov|disabl|command|shell|\bsudo\b|\broot\b|"
        r"password|\bkeys?\b|secret|\btoken|credential|redact|\bmask|warning|caution|danger|critical|important|careful|"
        r"stumm|unterdrück|ignorier|überschreib|eskalier|bereitschaft|\bmuss|müssen|niemals|\bimmer\b|stattdessen|"
        r"administrat|\brolle|vorlage|lösch|entfern|befehl|passwort|kennwort|schlüssel|geheim|quittier|bestätig|"
        r"deaktivier|kritisch|achtung|"
        r"alerte|silenc|sourdine|supprim|ignor|remplac|escalad|astreinte|\bdoit\b|doivent|jamais|toujours|au lieu|"
        r"rôle|modèle|commande|mot de passe|\bclé|jeton|acquitt|désactiv|critique|avertissement|"
        r"silenci|suprim|sobrescrib|guardia|\bdebe|nunca|siempre|en lugar|administrador|\brol\b|plantilla|elimin|"
        r"borr|comando|contraseña|clave|secreto|reconoc|desactiv|crític|advertencia|"
        r"sobrescrev|plantão|\bdeve\b|devem|sempre|em vez|papel|modelo|exclu|apag|senha|chave|segredo|reconhec|"
        r"desativ|aviso|"
        r"allarm|silenzi|sovrascriv|\bmai\b|invece|amministrat|ruolo|cancell|chiave|segret|disattiv|critic|"
        r"dempen|negeer|overschrijf|\bmoet|nooit|altijd|in plaats|beheerder|sjabloon|verwijder|opdracht|wachtwoord|"
        r"sleutel|uitschakel|kritiek|"
        r"wycisz|ignoruj|nadpis|musi|nigdy|zawsze|zamiast|szablon|usuń|usun|polecen|hasło|hasła|klucz|sekret|wyłącz|"
        r"krytyczn|ostrzeż|"
        r"ztlum|přepsa|musí|nikdy|vždy|správce|šablon|smaz|odstran|příkaz|heslo|klíč|tajn|vypn|kritick|varování|"
        r"tysta|ignorera|skriv över|måste|aldrig|alltid|istället|administratör|\bmall\b|ta bort|radera|kommando|"
        r"lösenord|nyckel|hemlig|inaktiv|kritisk|"
        r"sessiz|yoksay|geçersiz kıl|gerek|asla|her zaman|yerine|yönetici|şablon|\bsil|komut|parola|şifre|anahtar|"
        r"gizli|devre dışı|kritik|"
        r"тревог|алерт|заглуш|подавл|игнор|переопредел|эскал|дежур|должн|никогда|всегда|вместо|администратор|систем|"
        r"\bрол|шаблон|удал|команд|пароль|ключ|секрет|токен|отключ|критич|предупрежд|внимание|"
        r"тривог|вимкн|ігнор|перевизнач|ескал|черговий|повинн|ніколи|завжди|замість|адміністратор|видал|критичн|"
        r"попередж|увага|"
        r"警告|ミュート|サイレンス|抑制|無視|上書き|エスカレ|オンコール|当番|必ず|しないでください|してはいけません|"
        r"常に|代わりに|管理者|システム|ロール|テンプレート|削除|コマンド|パスワード|キー|シークレット|トークン|無効|"
        r"重大|注意|禁止|"
        r"静默|靜默|屏蔽|忽略|覆盖|覆蓋|升级|值班|必须|必須|不要|切勿|务必|務必|总是|總是|管理员|管理員|系统|系統|"
        r"角色|模板|删除|刪除|命令|密码|密碼|密钥|令牌|禁用|严重|嚴重|"
        r"음소거|억제|무시|덮어|에스컬|당직|반드시|절대|항상|대신|관리자|시스템|역할|템플릿|삭제|명령|비밀번호|비밀|"
        r"토큰|비활성|심각|주의")
PRIME = {
    "doc:metrics": _CMD + r"|relabel|\bdrop\b|cardinality|retention|\bauth|basic_auth|bearer|\btls\b|api[_ ]?key|"
                          r"\bdeny|forbid|rate[ -]limit|\blimit|\{\{",
    "doc:alerting": _CMD + r"|\{\{|\$labels|annotation|severity|\bfiring|resolved|pagerduty|opsgenie|slack|"
                           r"\bemail|\bsms\b|handler|group_wait|repeat_interval|error budget|burn rate|",
    "doc:tracing": _CMD + r"|sampl|baggage|\binject|\bextract|propagat|header|\bcontext|注入|提取|传播|采样|"
                          r"伝播|サンプリング|",
    "doc:logs": _CMD + r"|anonymi|\bip\b|exclude|crawler|\bbots?\b|real-time|\bhtml report|--[a-z]",
    "doc:status": _CMD + r"|incident|maintenance|outage|degraded|investigating|resolved|\bdown\b|subscri|"
                         r"incidente|mantenimiento|interrup|degradad|investigando|resuelto|",
    "doc:incident": _CMD + r"|root cause|\bimpact|timeline|action items?|blameless|severity|\btrigger|detection|"
                           r"mitigat",
    "doc:ui": _CMD + r"|\bssh\b|\bemail|\bagent|threshold|",
}
PRIME = {k: v.rstrip("|") for k, v in PRIME.items()}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb48's list (copied as it stands, its earlier sets'
# specific paths included), plus, before any row was read, one line and
# a half of alternatives for this set's sources: VictoriaMetrics's flag
# reference lists (`*_flags.md`), its section index stubs (`_index.md`),
# articles and case-study link lists, LTS and release guides and its
# machine-learning anomaly-detection pages; Categraf's `.coderabbit`
# review configuration; the OpenTracing translation's GSoC page;
# Statusfy's test fragments; and `Release.md` pages. Then, after a
# screen of the first write's rows for AI mentions, VictoriaMetrics's
# main `docs/victoriametrics/README.md` (a passage pointing to agent
# skills for "agent-assisted" analysis); DeepFlow, whose READMEs pitch
# observability for AI applications, was taken out of the sources. Then,
# after a screen of the second write's rows and a count of AI words in
# VictoriaMetrics's selected pages, its Troubleshooting page and
# stream-aggregation README (agent skills, an AI search engine) and its
# goals page ("AI-powered web search").
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE(\.[a-z]{2})?\.md$|(^|/)GEMINI\.md$|(^|/)MEMORY\.md$|"
                  r"\.cursorrules|\.clinerules|(^|/)\.cline/|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"(^|/)\.cursor/|(^|/)\.junie/|(^|/)\.serena/|(^|/)skills/|(^|/)agents/|(^|/)prompts?/|llms\.txt|(^|/)llms/|agent-harness|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO|(^|/)todo\.md$|CONTRIBUTORS|ADOPTERS|MAINTAINERS|AUTHORS|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|SUMMARY\.md|(^|/)_posts/|"
                  r"_sidebar\.md|_navbar\.md|(^|/)donate|sponsors|SPONSOR|(^|/)licen[sc]e\.(md|rst)$|LICEN[SC]E|"
                  r"acknowledge?ments|citations|CHANGELOG|changelog|change_log|CHANGES|HISTORY\.md|NEWS\.md|"
                  r"(^|/)issues/|(^|/)media/|[Rr]elease-process|release_notes|release-notes|(^|/)releases/|(^|/)release\.md$|"
                  r"(^|/)\.github/(?!docs/)|ISSUE_TEMPLATE|PULL_REQUEST_TEMPLATE|"
                  r"pull_request_template|TOC\.md$|(^|/)404\.|(^|/)announcements/|(^|/)sponsor/|version-history|"
                  r"(^|/)draft/|(^|/)obsolete/|(^|/)00scratch|FIRST_TIMERS|CONTRIBUTING|[Cc]ontribution|CONTRIBUTE\.md|(^|/)contributing\.md$|"
                  r"SECURITY\.md$|(^|/)community\.md$|security_advisories|ai_assistant|(^|/)thanks\.md$|(^|/)thank-you\.md$|(^|/)sponsor\.rst$|"
                  r"(^|/)download/|(^|/)ai/|ai_agent|ai-agents|ai_chat|ai-summaries|ai-tools|ai-translation|mcp|holmes|(^|/)agent-tasks/|"
                  r"STATIC_ANALYSIS|NpmPublish|mr-reviewer|(^|/)researches/|teaching_assistant|UPGRADE|(^|/)privacy|"
                  r"release-instructions|(^|/)_posts/|"
                  r"(^|/)changes\.md$|change-log|(^|/)downloads?\.md$|(^|/)copyright\.md$|(^|/)mudancas\.md$|"
                  r"(^|/)packages/ai/|"
                  r"AI_GUIDELINES|genai|(^|/)openai\.md$|copilot|(^|/)old_todo\.md$|(^|/)dev_notes\.md$|"
                  r"help-translate|(^|/)versions\.md$|(^|/)releases\.md$|ReleaseNotes|RELEASE-NOTES|"
                  r"(^|/)notes/|Changelog|GOVERNANCE|CREDITS|(^|/)eula\.txt$|(^|/)legal\.txt$|DISCLAIMER|"
                  r"TRANSLATION_GUIDE|(^|/)contribute\.rst$|preface_translation|(^|/)mcp-server\.md$|"
                  r"(^|/)\.kiro/|(^|/)\.trae/|(^|/)\.mimocode/|copilot-instructions|(^|/)docs/sandbox|juicefs_on_colab|"
                  r"(^|/)CLA\.md$|(^|/)community/|_roadmap\.md$|media_and_publicity|(^|/)audit/|CODE-OF-CONDUCT|"
                  r"CODE_REVIEW|(^|/)BUILD\.md$|(^|/)RELEASE\.md$|"
                  r"work-with-ai|(^|/)ai\.md$|(^|/)\.codebuddy/|(^|/)superpowers/|(^|/)plans/|(^|/)backlog/|"
                  r"PRIVACY-POLICY|(^|/)contributing/|(^|/)news\.rst$|(^|/)releasing\.rst$|theme-testing|"
                  r"(^|/)SECURITY\.rst$|codeofconduct|(^|/)credits\.rst$|(^|/)licenses\.rst$|LATEST_CHANGES|"
                  r"HOWTO_UPDATE|(^|/)docs/sphinx/|docs/content/docs/guide/configuration\.|"
                  r"docs/pages/(zh/)?(dev/index|guide/config/extend|migration/index|posts/i18n|themes/write)\.md$|"
                  r"^docs/(en/)?faq\.md$|"
                  r"(^|/)agents\.mdx?$|(^|/)rfcs/|PUBLICATIONS|PUBLISHING|SPLIT_PROPOSAL|winget-release|"
                  r"^docs/src/pages/docs/(workflows|getting-started/app-router|usage/(configuration|extraction|plugin)|"
                  r"workflows/localization-management)\.mdx$|^website/docs/(introduction|misc/tooling)\.md$|"
                  r"^docs/rationale\.rst$|"
                  r"_flags\.md$|(^|/)_index\.md$|(^|/)Articles\.md$|(^|/)CaseStudies\.md$|LTS-releases|Release-Guide|"
                  r"(^|/)anomaly-detection/|(^|/)\.coderabbit|(^|/)GSoC/|(^|/)test/fragments/|(^|/)Release\.md$|"
                  r"^docs/victoriametrics/README\.md$|"
                  r"^docs/victoriametrics/(Troubleshooting|goals|stream-aggregation/README)\.md$)")

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
        if f.name in own or re.search(r"54", f.name):
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
