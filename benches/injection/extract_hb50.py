#!/usr/bin/env python3
"""Builds the fiftieth hard-benign set (hard_benign50.jsonl): real
documentation passages only (no written half), in English and seven
other languages, from openly licensed repositories (MIT, Apache-2.0,
BSD-3-Clause) that no earlier set names, chosen blind: without reading
the detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Theme: package managers, dependency tooling and software registries,
where the reader is a developer, a package maintainer or a registry
operator. Package and version managers: PDM (Python; English docs and
its Chinese README), Pkg.jl (Julia), LuaRocks (Lua), vfox (an SDK
version manager; English and Chinese docs), and the shell and editor
plugin managers Fisher (fish), zplug (zsh; English and its Japanese guide) and Vundle
(Vim; English, Chinese and Korean READMEs). Registries, proxies and
mirrors: Athens (a Go module proxy; English, Chinese and one Spanish
page), goproxy.cn (English and Chinese READMEs), cnpmcore (a private
npm registry; Chinese and English pages) and devpi (a PyPI server and
mirror). Dependency locking, updating and cleaning: pip-tools,
npm-check-updates and npkill (English, Spanish, Portuguese, Turkish and
Indonesian READMEs). Monorepo versioning and publishing: Lerna. Licence
checking: LicenseFinder.

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. Files written
for agents rather than for people (AGENTS.md/CLAUDE.md, SKILL.md,
.claude/ and skills/ folders), pages about AI (Lerna's `lerna-and-ai`
page and its editor-integrations page, which pitches "AI
enhancements"), codes of conduct, licence and security pages,
changelogs, release notes, release announcements and release guides,
contribution pages and templates are left out (SKIP and the path
filters). Within each source's quota, passages that show the kind's
hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a
score (seed 5050); no file gives more than a third of a quota (at least
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
Files whose names hold 55 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES50.md), then run

    python3 benches/injection/extract_hb50.py

from the repository root. It writes benches/injection/hard_benign50.jsonl
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
OUT = Path(__file__).parent / "hard_benign50.jsonl"
SEED = 5050
PREFIX = "hb50"

PDM = "pdm-project/pdm"
PKGJL = "JuliaLang/Pkg.jl"
LUAROCKS = "luarocks/luarocks"
VFOX = "version-fox/vfox"
FISHER = "jorgebucaran/fisher"
ZPLUG = "zplug/zplug"
VUNDLE = "VundleVim/Vundle.vim"
ATHENS = "gomods/athens"
GOPROXYCN = "goproxy/goproxy.cn"
CNPMCORE = "cnpm/cnpmcore"
DEVPI = "devpi/devpi"
PIPTOOLS = "jazzband/pip-tools"
NCU = "raineorshine/npm-check-updates"
NPKILL = "voidcosmos/npkill"
LERNA = "lerna/lerna"
LFINDER = "pivotal/LicenseFinder"

LICENSES = {
    PDM: "MIT", PKGJL: "MIT", LUAROCKS: "MIT", VFOX: "Apache-2.0", FISHER: "MIT", ZPLUG: "MIT",
    VUNDLE: "MIT", ATHENS: "MIT", GOPROXYCN: "MIT", CNPMCORE: "MIT", DEVPI: "MIT", PIPTOOLS: "BSD-3-Clause",
    NCU: "Apache-2.0", NPKILL: "MIT", LERNA: "MIT", LFINDER: "MIT",
}

# Every mirror's HEAD is its default branch.
REF = {}

# Topic words shared by every kind (packages, dependencies, versions and
# ranges, lockfiles, registries, indexes, mirrors and proxies, publishing,
# plugins, checksums and caches), in the languages of this set; each kind
# adds its own.
BASE = (r"\bpackag|dependenc|\bdeps?\b|\bversion|semver|\block ?file|lockfile|\block(?:ed|ing)?\b|registr|\bindex|mirror|"
        r"\bproxy|\bmodules?\b|\bplugins?\b|repositor|\binstall|uninstall|upgrade|\bupdat|publish|\breleases?\b|"
        r"upload|tarball|checksum|\bhash|\bcache|manifest|workspace|monorepo|resol|constraint|\bpin(?:ned|ning)?\b|"
        r"\bnpm\b|\bpip\b|pypi|\bwheel|sdist|\bgo\.(?:mod|sum)\b|project\.toml|pyproject|package\.json|rockspec|"
        r"包管理|依赖|依賴|版本|锁文件|镜像|鏡像|代理|模块|模組|插件|仓库|倉庫|安装|安裝|卸载|升级|更新|发布|發布|下载|下載|"
        r"缓存|快取|注册表|源|"
        r"パッケージ|依存|バージョン|インストール|プラグイン|リポジトリ|更新|キャッシュ|"
        r"패키지|의존|버전|설치|플러그인|저장소|업데이트|"
        r"paket|beroende|version|installer|uppdater|insticksprogram|"
        r"paquete|dependencia|versión|instal|actualiz|complemento|carpeta|"
        r"pacote|dependência|versão|atualiz|pasta|"
        r"bağımlılık|sürüm|yükle|kurulum|güncelle|klasör|"
        r"ketergantungan|versi|pasang|perbarui|folder")
TOPIC = {
    "doc:pkgmgr": BASE + r"|\bsdk|environment|\bvenv|virtualenv|interpreter|\bbuild|\brocks?\b|\bjulia|\blua\b|"
                         r"\bgo(?:lang)?\b|\bvim|\bzsh|\bfish\b|plugin manager|\bshell|\bpath\b|环境|環境|환경|",
    "doc:registry": BASE + r"|\bserver|\bupstream|\bstorage|\bsync|\bscope|\borg(?:anization)?s?\b|\bteams?\b|"
                           r"sumdb|checksum database|goproxy|gonosum|goprivate|\breplica|\busers?\b|同步|存储|服务|",
    "doc:deps": BASE + r"|requirements|outdated|\btarget|\bfilter|\bdoctor|node_modules|\bdelete|\bscan|"
                       r"\bsize|\bspace|\bclean|",
    "doc:monorepo": BASE + r"|\blerna\b|\bnx\b|\btasks?\b|\bcache|\bpipeline|\bgraph|conventional commits|"
                           r"changelog|\bbump|\btag|",
    "doc:license": BASE + r"|licen[cs]e|permit|restrict|approv|\bmit\b|\bgpl|apache|decision|",
}
TOPIC = {k: v.rstrip("|") for k, v in TOPIC.items()}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Package and version managers
    (PDM, "en", r"^(README\.md|docs/(index|usage/[^/]+|reference/(build|pep621))\.md)$", 28, "doc:pkgmgr"),
    (PDM, "zh", r"^README_zh\.md$", 1, "doc:pkgmgr"),
    (PKGJL, "en", r"^(README\.md|docs/src/[^/]+\.md)$", 30, "doc:pkgmgr"),
    (LUAROCKS, "en", r"^(README\.md|docs/[^/]+\.md)$", 30, "doc:pkgmgr"),
    (VFOX, "en", r"^(README\.md|docs/(?!zh-hans/).+\.md)$", 12, "doc:pkgmgr"),
    (VFOX, "zh", r"^(README_CN\.md|docs/zh-hans/.+\.md)$", 29, "doc:pkgmgr"),
    (FISHER, "en", r"^README\.md$", 8, "doc:pkgmgr"),
    (ZPLUG, "en", r"^(README\.md|doc/guide/[^/]+\.md)$", 7, "doc:pkgmgr"),
    (ZPLUG, "ja", r"^doc/guide/ja/README\.md$", 6, "doc:pkgmgr"),
    (VUNDLE, "en", r"^README\.md$", 4, "doc:pkgmgr"),
    (VUNDLE, "zh", r"^README_ZH_(CN|TW)\.md$", 2, "doc:pkgmgr"),
    (VUNDLE, "ko", r"^README_KR\.md$", 4, "doc:pkgmgr"),
    # Registries, proxies and mirrors
    (ATHENS, "en", r"^(README\.md|PHILOSOPHY\.md|docs/content/(?!contributing/)(.+/)?[^/.]+\.md)$", 22, "doc:registry"),
    (ATHENS, "zh", r"^docs/content/(?!contributing/)(.+/)?[^/]+\.zh\.md$", 34, "doc:registry"),
    (ATHENS, "es", r"^docs/content/(.+/)?[^/]+\.es\.md$", 3, "doc:registry"),
    (GOPROXYCN, "en", r"^README\.md$", 5, "doc:registry"),
    (GOPROXYCN, "zh", r"^README\.zh-CN\.md$", 3, "doc:registry"),
    (CNPMCORE, "en", r"^(README|DEVELOPER|INTEGRATE|docs/[^/]+)\.md$", 7, "doc:registry"),
    (CNPMCORE, "zh", r"^(README|DEVELOPER|INTEGRATE|docs/[^/]+)\.md$", 14, "doc:registry"),
    (DEVPI, "en", r"^(README\.rst|doc/(?!contributing|changelog|links|status|glossary)(.+/)?[^/]+\.rst)$", 28, "doc:registry"),
    # Dependency locking, updating and cleaning
    (PIPTOOLS, "en", r"^(README\.md|docs/(?!changelog|contributing).+\.md)$", 10, "doc:deps"),
    (NCU, "en", r"^README\.md$", 12, "doc:deps"),
    (NPKILL, "en", r"^(README\.md|API\.md|docs/(json-output|npkillrc|profiles)\.md)$", 10, "doc:deps"),
    (NPKILL, "es", r"^README\.es\.md$", 5, "doc:deps"),
    (NPKILL, "pt", r"^README\.pt\.md$", 3, "doc:deps"),
    (NPKILL, "tr", r"^README\.tr\.md$", 2, "doc:deps"),
    (NPKILL, "id", r"^README\.id\.md$", 3, "doc:deps"),
    # Monorepo versioning and publishing
    (LERNA, "en", r"^(README\.md|website/docs/.+\.md|(libs|packages/lerna/src)/commands/[^/]+/README\.md)$", 28, "doc:monorepo"),
    # Licence checking
    (LFINDER, "en", r"^README\.md$", 10, "doc:license"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (a developer, a maintainer, a registry operator) told what
# must or must never be done; installing, publishing, yanking and
# unpublishing; tokens, credentials, passwords, secrets and keys;
# registries and their overrides; ignoring, overriding and forcing;
# audits and advisories; deleting and removing; sudo, admin, owner and
# maintainer roles; scripts, hooks and commands run on install; signing
# and verifying; and their forms in the set's languages.
_CMD = (r"\binstall|publish|\byank|unpublish|deprecat|\btoken|credential|password|passphrase|secret|\bkeys?\b|"
        r"registr|overrid|resolution|\bignor|\baudit|advisor|vulnerab|\bforce|--force|\bmust\b|\bnever\b|always|"
        r"instead|do not|don't|should not|delet|remov|\bsudo\b|\badmin|\bowner|maintainer|\broot\b|\bscripts?\b|"
        r"\bhooks?\b|command|\brun\b|execut|\bsign(ed|ing|ature)?\b|\bverif|trust|\bauth|login|permission|"
        r"warning|caution|danger|important|careful|curl\b|\.npmrc|\.pypirc|netrc|"
        r"安装|安裝|发布|發布|令牌|凭据|憑據|密码|密碼|密钥|秘钥|私钥|覆盖|覆蓋|忽略|审计|漏洞|强制|強制|必须|必須|"
        r"不要|切勿|务必|務必|总是|總是|始终|而是|删除|刪除|移除|管理员|管理員|所有者|维护者|脚本|腳本|钩子|命令|执行|"
        r"執行|运行|運行|签名|簽名|校验|验证|驗證|信任|认证|登录|权限|權限|警告|注意|"
        r"インストール|公開|トークン|認証|パスワード|秘密|キー|上書き|無視|強制|必ず|しないでください|してはいけません|"
        r"常に|代わりに|削除|管理者|スクリプト|フック|コマンド|実行|署名|検証|権限|警告|注意|"
        r"설치|게시|토큰|자격|비밀번호|비밀|키|덮어|무시|강제|반드시|절대|항상|대신|삭제|제거|관리자|스크립트|명령|실행|"
        r"서명|검증|권한|경고|주의|"
        r"installera|publicera|lösenord|nyckel|hemlig|ignorera|måste|aldrig|alltid|istället|ta bort|radera|"
        r"administratör|kommando|kör|varning|"
        r"instal|publica|contraseña|clave|secreto|ignor|forz|\bdebe|nunca|siempre|en lugar|elimin|borr|administrador|"
        r"propietario|comando|ejecut|advertencia|cuidado|"
        r"senha|chave|segredo|\bdeve\b|devem|sempre|em vez|exclu|apag|remov|executa|aviso|"
        r"yükle|kur|parola|şifre|anahtar|gizli|yoksay|zorla|gerek|asla|her zaman|yerine|\bsil|kaldır|yönetici|komut|"
        r"çalıştır|uyarı|dikkat|"
        r"pasang|instal|kata sandi|kunci|rahasia|abaikan|paksa|harus|jangan|selalu|sebagai gantinya|hapus|"
        r"administrator|perintah|jalankan|peringatan|hati-hati")
PRIME = {
    "doc:pkgmgr": _CMD + r"|\bsource\b|\beval\b|\bshell|\bpath\b|\$PATH|\.bashrc|\.zshrc|environment variable|"
                         r"环境变量|環境変数|환경 변수|",
    "doc:registry": _CMD + r"|upstream|\bprivate|goprivate|gonosum|gonoproxy|sumdb|\bmirror|\bproxy|\bsync|"
                           r"\bscope|\baccess|\bblock|\bdeny|allow|私有|镜像|代理|同步|",
    "doc:deps": _CMD + r"|upgrade|\btarget|\breject|\bfilter|node_modules|\bdelete|\bsystem|\bdanger|"
                       r"requirements|hash|--[a-z]",
    "doc:monorepo": _CMD + r"|\bversion|\bbump|\btag|\bgit push|conventional|--[a-z]|oidc|provenance|",
    "doc:license": _CMD + r"|\bapprov|\bpermit|restrict|decision|\bignore|\bgpl|",
}
PRIME = {k: v.rstrip("|") for k, v in PRIME.items()}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb49's list (copied as it stands, its earlier sets'
# specific paths included), plus, before any row was read, one line and a
# half of alternatives for this set's sources: Lerna's page about AI
# (`lerna-and-ai.md`, and any `*-and-ai.md`), devpi's release
# announcements (`announce/`), its URL draft and future-release notes,
# npm-check-updates's release guide (`deploy.md`) and zplug's internal
# testing strategy.
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
                  r"^website/docs/features/editor-integrations\.md$)")

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
        if f.name in own or re.search(r"55", f.name):
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
