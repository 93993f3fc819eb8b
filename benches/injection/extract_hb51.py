#!/usr/bin/env python3
"""Builds the fifty-first hard-benign set (hard_benign51.jsonl): real
documentation passages only (no written half), in English and seven
other languages, from openly licensed repositories (MIT, Apache-2.0,
BSD-3-Clause, CC-BY-3.0) that no earlier set names, chosen blind:
without reading the detector, its rule docs, RESULTS.md or the earlier
sets' texts, and without running the detector on this set.

Theme: software testing, where the reader is a developer writing,
running or debugging tests. Test runners: cargo-nextest (Rust; retries,
flaky and slow tests, test groups, setup scripts), Mocha (JavaScript),
Bats (Bash) and the PHPUnit manual in its Japanese, Brazilian
Portuguese, French and Spanish translations. Mocks, stubs, spies and
fake timers: Sinon.JS, xgo (Go function and variable patching; English
and Chinese READMEs) and the PHPUnit chapters on test doubles. Fuzzing:
AFL++. Coverage: Coverage.py. Snapshot tests: syrupy. Property-based
testing: fast-check. Test fixtures: Fixture Monkey (Java and Kotlin
test objects; English and Korean docs). End-to-end and UI testing:
Cypress (browsers; its pages on the tool's AI features are kept, its
page on skills for agents is not), Kaspresso (Android; English and
Russian docs) and uiautomator2 (Android; English and Chinese READMEs).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. Files written
for agents rather than for people (AGENTS.md/CLAUDE.md, SKILL.md,
.claude/ and skills/ folders, Fixture Monkey's `agent-guide/` and
Cypress's `ai-skills` page), codes of conduct, licence, copyright and
security pages, changelogs, release notes and release guides,
contribution pages and templates are left out (SKIP and the path
filters). Within each source's quota, passages that show the kind's
hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a
score (seed 5151); no file gives more than a third of a quota (at least
two) when a source has three files or more. A passage must read as its
language (stop words, script and letters; see reads_as); a
half-translated passage does not count; runs that are mostly markup,
bare links, link definitions or table rows are skipped. A passage that
names AgentDojo, spikee or garak is left out.

File names are given by git unquoted (core.quotePath=false, through
git's environment, set below before the copied helpers), so that any
non-ASCII `ls-tree` name can be given back to `git show`.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 56 (a held-out set built at the same time) are
left out of that check, unread. Passages that quote an example attack
would be marked `quotes_attack: true` (QUOTES_ATTACK below); a passage
that quotes an actual attack string aimed at an AI model (a prompt
injection or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES51.md), then run

    python3 benches/injection/extract_hb51.py

from the repository root. It writes benches/injection/hard_benign51.jsonl
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
OUT = Path(__file__).parent / "hard_benign51.jsonl"
SEED = 5151
PREFIX = "hb51"

NEXTEST = "nextest-rs/nextest"
MOCHA = "mochajs/mocha"
BATS = "bats-core/bats-core"
PHPUNIT_JA = "sebastianbergmann/phpunit-documentation-japanese"
PHPUNIT_PT = "sebastianbergmann/phpunit-documentation-brazilian-portuguese"
PHPUNIT_FR = "sebastianbergmann/phpunit-documentation-french"
PHPUNIT_ES = "sebastianbergmann/phpunit-documentation-spanish"
SINON = "sinonjs/sinon"
XGO = "xhd2015/xgo"
AFLPP = "AFLplusplus/AFLplusplus"
COVERAGEPY = "nedbat/coveragepy"
SYRUPY = "syrupy-project/syrupy"
FASTCHECK = "dubzzz/fast-check"
FMONKEY = "naver/fixture-monkey"
CYPRESS = "cypress-io/cypress-documentation"
KASPRESSO = "KasperskyLab/Kaspresso"
UIA2 = "openatx/uiautomator2"

LICENSES = {
    NEXTEST: "Apache-2.0 OR MIT", MOCHA: "MIT", BATS: "MIT", PHPUNIT_JA: "CC-BY-3.0", PHPUNIT_PT: "CC-BY-3.0",
    PHPUNIT_FR: "CC-BY-3.0", PHPUNIT_ES: "CC-BY-3.0", SINON: "BSD-3-Clause", XGO: "MIT", AFLPP: "Apache-2.0",
    COVERAGEPY: "Apache-2.0", SYRUPY: "MIT", FASTCHECK: "MIT", FMONKEY: "Apache-2.0", CYPRESS: "MIT",
    KASPRESSO: "Apache-2.0", UIA2: "MIT",
}

# Every mirror's HEAD is its default branch.
REF = {}

# Topic words shared by every kind (tests and suites, runners, assertions,
# fixtures, doubles, snapshots, coverage, fuzzing, properties, retries and
# skips, CI), in the languages of this set; each kind adds its own.
BASE = (r"\btests?\b|\btesting|\btested|\bsuites?\b|\brunner|\bassert|\bexpect|\bfixtures?\b|\bmocks?\b|\bmocking|"
        r"\bstubs?\b|\bspy|\bspies\b|\bfakes?\b|\bdoubles?\b|\bsnapshots?\b|coverage|\bfuzz|\bpropert|\bflaky|"
        r"\bretr(?:y|ies)|\bskip|\bpending|\bfail|\bpass(?:es|ed|ing)?\b|\bharness|\bcases?\b|\bhooks?\b|"
        r"\bbefore(?:Each|All)?\b|\bafter(?:Each|All)?\b|\bsetup|teardown|\btimeouts?\b|\bparallel|\bci\b|"
        r"continuous integration|\breport|\bjunit|\bdebug|"
        r"测试|用例|断言|覆盖率|模拟|打桩|桩|快照|重试|跳过|失败|通过|运行|执行|调试|"
        r"テスト|アサーション|モック|スタブ|フィクスチャ|カバレッジ|スキップ|失敗|成功|実行|"
        r"테스트|단언|검증|픽스처|모킹|스텁|커버리지|생성|실행|실패|"
        r"тест|проверк|мок|заглушк|покрыти|упал|падени|запуск|отчёт|отчет|"
        r"teste|asserç|dubl|esbo|cobertura|falh|execu|"
        r"\btests?\b|assertion|doublure|bouchon|couverture|échec|échou|exécut|"
        r"prueba|aserci|doble|cobertura|fall|ejecu")
TOPIC = {
    "doc:runner": BASE + r"|\bfilter|\bselect|\bpartition|\bshard|\bgroups?\b|\bthreads?\b|\bprocess|\bbail|"
                         r"\bonly\b|\bgrep\b|\breporters?\b|\btap\b|\bbats\b|\bcargo\b|\bphpunit|\bmocha\b|"
                         r"\bconfig|\bsignal|\bslow|\bleak|\bincomplete|\brisky|",
    "doc:mock": BASE + r"|\bpatch|\btrap|\bsandbox|\brestore|\breplace|\bcalled|\bcalls?\b|\bclock|\btimers?\b|"
                       r"\bdependenc|\binject|\binterceptor|\bmatchers?\b|\bbehaviou?r|\bverify|\bexpectations?\b|"
                       r"\bsinon\b|\bxgo\b|",
    "doc:fuzz": BASE + r"|\bafl|\binstrument|\bcorpus|\bseeds?\b|\bmutat|\bcrash|\bhang|\bsanitizer|\basan\b|"
                       r"\bqemu\b|\bfrida\b|\bbinary|\bharness|\bdictionar|\bcmplog|\bpersistent|\bforkserver|",
    "doc:coverage": BASE + r"|\bbranch|\bexclu|\bpragma|\bmeasur|\bdata file|\bcombine|\bsubprocess|\bcontexts?\b|"
                           r"\bhtml\b|\bxml\b|\blcov\b|\bplugin|\bsource|\bomit|\binclude|",
    "doc:snapshot": BASE + r"|\bsyrupy\b|\bserializ|\bextension|\bupdate|\bunused|\bamber\b|\bdiff|\bmatcher|",
    "doc:property": BASE + r"|\barbitrar|\bshrink|\bseed|\brandom|\bgenerat|\bcounterexample|\brace condition|"
                           r"\bmodel[- ]based|\bscheduler|\bfast-check|\bfc\.|",
    "doc:fixture": BASE + r"|\bfixture monkey|\bfixturemonkey|\barbitrar|\bintrospector|\bgenerat|\bcustomiz|"
                          r"\bbuilder|\bkotlin|\bjava\b|\bvalidation|\bplugin|"
                          r"픽스처|몽키|생성|객체|인트로스펙터|커스터마이징|",
    "doc:e2e": BASE + r"|\bbrowsers?\b|\bcypress\b|\bselectors?\b|\belements?\b|\bclick|\bvisit|\bintercept|"
                      r"\bscreenshots?\b|\bvideos?\b|\bdevices?\b|\bemulator|\bandroid\b|\badb\b|\bespresso\b|"
                      r"\bui ?automator|\bkaspresso|\bkautomator|\bxpath|\bapp\b|\bscreen|"
                      r"устройств|эмулятор|экран|скриншот|сценари|шаг|元素|设备|截图|点击|",
}
TOPIC = {k: v.rstrip("|") for k, v in TOPIC.items()}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Test runners
    (NEXTEST, "en", r"^(README\.md|site/src/(index\.md|docs/.+\.md)|nextest-runner/(repo|user)-config-reference\.md|"
                    r"nextest-filtering/reference\.md)$", 29, "doc:runner"),
    (MOCHA, "en", r"^(README\.md|docs/src/content/docs/(?!blog/|explainers/security-vulnerability-reports).+\.mdx)$", 20, "doc:runner"),
    (BATS, "en", r"^(README\.md|docs/source/(?!index\.).+\.(md|rst))$", 16, "doc:runner"),
    (PHPUNIT_JA, "ja", r"^src/(?!copyright|bibliography|index|book|test-doubles)[^/]+\.rst$", 14, "doc:runner"),
    (PHPUNIT_PT, "pt", r"^src/(?!copyright|bibliography|index|book|test-doubles)[^/]+\.rst$", 10, "doc:runner"),
    (PHPUNIT_FR, "fr", r"^src/(?!copyright|bibliography|index|book|test-doubles)[^/]+\.rst$", 8, "doc:runner"),
    (PHPUNIT_ES, "es", r"^src/(?!copyright|bibliography|index|book|test-doubles)[^/]+\.rst$", 8, "doc:runner"),
    # Mocks, stubs, spies and fake timers
    (SINON, "en", r"^(README\.md|docs/getting-started\.md|docs/(concepts|guides)/.+\.md)$", 22, "doc:mock"),
    (XGO, "en", r"^(README\.md|doc/(INSTALLATION|ERR_NOT_INSTRUMENTED)\.md|doc/test-explorer/README\.md|"
                r"runtime/mock/(README|MOCK_VAR_CONST|stdlib)\.md|runtime/trace/README\.md)$", 10, "doc:mock"),
    (XGO, "zh", r"^README_zh_cn\.md$", 7, "doc:mock"),
    (PHPUNIT_JA, "ja", r"^src/test-doubles\.rst$", 4, "doc:mock"),
    (PHPUNIT_PT, "pt", r"^src/test-doubles\.rst$", 4, "doc:mock"),
    (PHPUNIT_FR, "fr", r"^src/test-doubles\.rst$", 2, "doc:mock"),
    (PHPUNIT_ES, "es", r"^src/test-doubles\.rst$", 2, "doc:mock"),
    # Fuzzing
    (AFLPP, "en", r"^(README\.md|docs/(?!README)[^/]+\.md|frida_mode/(README|Scripting|DEBUGGING)\.md|"
                  r"(custom_mutators|dictionaries|benchmark)/README\.md)$", 28, "doc:fuzz"),
    # Coverage
    (COVERAGEPY, "en", r"^(README\.rst|doc/(?!changes|whatsnew|sleepy|api_)[^/]+\.rst|doc/commands/[^/]+\.rst)$", 26, "doc:coverage"),
    # Snapshot tests
    (SYRUPY, "en", r"^README\.md$", 11, "doc:snapshot"),
    # Property-based testing
    (FASTCHECK, "en", r"^(website/docs/(?!support-us).+\.mdx?|packages/[^/]+/README\.md|"
                      r"packages/fast-check/MIGRATION[^/]*\.md)$", 24, "doc:property"),
    # Test fixtures
    (FMONKEY, "en", r"^docs/docs/.+\.mdx?$", 10, "doc:fixture"),
    (FMONKEY, "ko", r"^docs/i18n/ko/docusaurus-plugin-content-docs/current/.+\.mdx?$", 22, "doc:fixture"),
    # End-to-end and UI tests
    (CYPRESS, "en", r"^docs/(app|api|cloud)/.+\.mdx$", 31, "doc:e2e"),
    (KASPRESSO, "en", r"^(README\.md|docs/.+\.en\.md)$", 16, "doc:e2e"),
    (KASPRESSO, "ru", r"^docs/.+\.ru\.md$", 28, "doc:e2e"),
    (UIA2, "en", r"^(README|XPATH|QUICK_REFERENCE)\.md$", 4, "doc:e2e"),
    (UIA2, "zh", r"^(README_CN|XPATH_CN)\.md$", 4, "doc:e2e"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (a developer) told what must or must never be done; running
# commands and scripts, with their flags; skipping, ignoring, excluding,
# overriding, disabling and forcing; retries, reruns, timeouts and kills;
# tokens, keys, secrets, passwords and environment variables; CI
# settings; deleting and cleaning; root, sudo, shells and system calls;
# warnings; AI, assistants and prompts in a tool's own docs; and their
# forms in the set's languages.
_CMD = (r"\brun\b|\bruns\b|\brunning|\bexecut|command|\bscripts?\b|\bshell|\bsudo\b|\broot\b|\bsystem|\bexec\b|"
        r"\bskip|\bignor|\bexclu|\boverrid|\bdisabl|\benable|\bforce|--force|--no-|\bbypass|\bonly\b|\bretr(?:y|ies)|"
        r"\brerun|\btimeout|\bkill|\bsignal|\bterminat|\babort|\btoken|\bkeys?\b|secret|password|credential|"
        r"environment variable|\benv\b|\$[A-Z_]{3,}|\b[A-Z][A-Z0-9]*_[A-Z0-9_]{2,}\b|\bci\b|github actions|"
        r"\bdelet|\bremov|\bclean|\berase|rm -rf|\bmust\b|\bnever\b|\balways\b|do not|don't|should not|instead|"
        r"warning|caution|danger|important|careful|\bunsafe|\binject|\bai\b|assistant|\bprompt|\bagent|\bllm\b|"
        r"跳过|忽略|覆盖|禁用|启用|强制|必须|不要|切勿|务必|运行|执行|命令|脚本|令牌|密码|密钥|环境变量|删除|清除|"
        r"警告|注意|重试|超时|"
        r"スキップ|無視|上書き|無効|有効|強制|必ず|しないでください|してはいけません|実行|コマンド|スクリプト|"
        r"トークン|パスワード|環境変数|削除|警告|注意|除外|"
        r"건너|무시|덮어|재정의|비활성|활성화|강제|반드시|하지 마|않아야|실행|명령|스크립트|토큰|비밀번호|환경 변수|"
        r"삭제|제거|경고|주의|제외|"
        r"пропус|игнорир|переопредел|отключ|включ|принудит|должн|никогда|не нужно|нельзя|запуст|выполн|команд|"
        r"скрипт|токен|пароль|ключ|переменн|удал|очист|предупрежд|внимание|важно|adb|shell|root|"
        r"ignor|pular|desativ|desabilit|sobrescrev|forç|\bdeve\b|devem|nunca|execut|comando|senha|chave|"
        r"variáve|exclu|remov|aviso|cuidado|"
        r"sauter|désactiv|surcharg|forc|\bdoit\b|doivent|jamais|exécut|commande|mot de passe|clé|"
        r"variable d'environnement|supprim|avertissement|attention|"
        r"omit|saltar|desactiv|deshabilit|sobrescrib|forz|\bdebe\b|deben|ejecut|contraseña|clave|"
        r"variable de entorno|elimin|advertencia")
PRIME = {
    "doc:runner": _CMD + r"|--[a-z]|\bfilter|\bpartition|\bsetup script|\bwrapper|\bbail|\bdeprecat|"
                         r"\bincomplete|\brisky|",
    "doc:mock": _CMD + r"|\bpatch|\btrap|\breplace|\bstub|\bfake|\bglobal|\bprocess\.env|\bos\.|\bnetwork|"
                       r"\brestore|\bsandbox|\bfake ?timers?|\bsetSystemTime|",
    "doc:fuzz": _CMD + r"|AFL_[A-Z_]+|\bcrash|\bsanitizer|\bcpu|\bcore_pattern|\bqemu\b|\bfrida\b|\bsecurity|"
                       r"\bvulnerab|\bexploit|\bmalicious|\bhang|",
    "doc:coverage": _CMD + r"|\bpragma|\bomit|\bexclude_lines|\bpartial|\bsubprocess|COVERAGE_[A-Z_]+|"
                           r"\bfail[_-]under|\bsitecustomize|\.pth\b|",
    "doc:snapshot": _CMD + r"|--snapshot-update|--snapshot-|\bupdate|\bunused|\bdelet|\bdiff|",
    "doc:property": _CMD + r"|\bseed|\bpath|\breplay|\bshrink|\bverbose|\bendOnFailure|\binterrupt|"
                           r"\bpoison|\bprototype|",
    "doc:fixture": _CMD + r"|\bset\b|\bsetNull|\bsetNotNull|\bregister|\bvalidat|\bexpression|"
                          r"설정|등록|검증|",
    "doc:e2e": _CMD + r"|\brecord key|\bcy\.env|\bcy\.exec|\bcy\.task|\bcy\.intercept|\bcy\.session|"
                      r"\bcy\.prompt|\bintercept|\bcookies?\b|\blogin|\bauth|\bpermission|\bflak|"
                      r"\bscreenshot|разрешени|флак|",
}
PRIME = {k: v.rstrip("|") for k, v in PRIME.items()}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb50's list (copied as it stands, its earlier sets'
# specific paths included), plus, before any row was read, one line of
# alternatives for this set's sources: Fixture Monkey's `agent-guide/`
# (pages written for coding agents), Cypress's `ai-skills` page (skills
# for agents), uiautomator2's `Claude.md` (the copied list's `CLAUDE.md`
# is case-sensitive) and `copyright.rst` (the PHPUnit manuals' licence
# appendix).
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
                  r"^docs/victoriametrics/(Troubleshooting|goals|stream-aggregation/README)\.md$|"
                  r"(^|/)[^/]*-and-ai\.md$|(^|/)announce/|(^|/)_urldraft\.rst$|future_release|(^|/)deploy\.md$|"
                  r"(^|/)testing-strategy\.md$|"
                  r"^website/docs/features/editor-integrations\.md$|"
                  r"(^|/)agent-guide/|(^|/)ai-skills\.mdx$|(^|/)Claude\.md$|(^|/)copyright\.rst$)")

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
        if f.name in own or re.search(r"56", f.name):
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
