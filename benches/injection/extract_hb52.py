#!/usr/bin/env python3
"""Builds the fifty-second hard-benign set (hard_benign52.jsonl): real
documentation passages only (no written half), in English and seven
other languages, from openly licensed repositories (MIT, Apache-2.0,
BSD-3-Clause) that no earlier set names, chosen blind: without reading
the detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Theme: the developer's own environment, where the reader sets up the
shell, terminal, SSH client, git and language versions on their own
machine. Shell prompt themes and shell helpers: Spaceship (zsh prompt;
English docs and their Ukrainian translation),
Powerlevel10k, Oh My Posh, ble.sh (Bash line editor; English and
Japanese READMEs), fzf (shell key bindings and completion), z.lua
(directory jumper; English and Chinese READMEs), AI Shell (natural
language to shell commands; English and Chinese READMEs) and the
Chinese Linux command reference linux-command (its pages on shell
builtins and startup, SSH, terminals and git). Terminal emulators and
multiplexers: WezTerm (its multiplexing, SSH and shell-integration
pages) and Wave Terminal (English docs, Korean and Traditional Chinese
READMEs; its pages on the terminal's AI features are kept). SSH client
configuration: trzsz-ssh (an OpenSSH-compatible client reading
~/.ssh/config; English and Chinese READMEs). Git configuration: Git
Credential Manager (credential helpers, proxies, tokens, environment
variables) and git-extras (git aliases and commands). Environment and
version managers: phpbrew (PHP versions; English, Japanese, Chinese and
Brazilian Portuguese READMEs), rbenv (Ruby versions) and autoenv
(per-directory .env loader). Dotfile managers: Dotbot. Dev containers:
Laradock (a Docker PHP development environment; English docs, Spanish,
Chinese and Arabic READMEs).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. Files written
for agents rather than for people (AGENTS.md/AGENT.md/CLAUDE.md/
GEMINI.md, SKILL.md, .agents/, .roo/, .kilocode/ and skills/ folders,
Wave Terminal's `aiprompts/`), codes of conduct, licence, copyright and
security pages, changelogs, release notes and release guides,
contribution pages and templates are left out (SKIP and the path
filters). Within each source's quota, passages that show the kind's
hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a
score (seed 5252); no file gives more than a third of a quota (at least
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
Files whose names hold 57 (a held-out set built at the same time) are
left out of that check, unread. Passages that quote an example attack
would be marked `quotes_attack: true` (QUOTES_ATTACK below); a passage
that quotes an actual attack string aimed at an AI model (a prompt
injection or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES52.md), then run

    python3 benches/injection/extract_hb52.py

from the repository root. It writes benches/injection/hard_benign52.jsonl
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
OUT = Path(__file__).parent / "hard_benign52.jsonl"
SEED = 5252
PREFIX = "hb52"

SPACESHIP = "spaceship-prompt/spaceship-prompt"
P10K = "romkatv/powerlevel10k"
OMP = "JanDeDobbeleer/oh-my-posh"
BLESH = "akinomyoga/ble.sh"
FZF = "junegunn/fzf"
ZLUA = "skywind3000/z.lua"
AISHELL = "BuilderIO/ai-shell"
LINUXCMD = "jaywcjlove/linux-command"
WEZTERM = "wez/wezterm"
WAVETERM = "wavetermdev/waveterm"
TSSH = "trzsz/trzsz-ssh"
GCM = "git-ecosystem/git-credential-manager"
GITEXTRAS = "tj/git-extras"
PHPBREW = "phpbrew/phpbrew"
RBENV = "rbenv/rbenv"
AUTOENV = "hyperupcall/autoenv"
DOTBOT = "anishathalye/dotbot"
LARADOCK = "laradock/laradock"

LICENSES = {
    SPACESHIP: "MIT", P10K: "MIT", OMP: "MIT", BLESH: "BSD-3-Clause", FZF: "MIT", ZLUA: "MIT", AISHELL: "MIT",
    LINUXCMD: "MIT", WEZTERM: "MIT", WAVETERM: "Apache-2.0", TSSH: "MIT", GCM: "MIT", GITEXTRAS: "MIT",
    PHPBREW: "MIT", RBENV: "MIT", AUTOENV: "MIT", DOTBOT: "MIT", LARADOCK: "MIT",
}

# Every mirror's HEAD is its default branch.
REF = {}

# Topic words shared by every kind (shells and their startup files,
# terminals, prompts, configuration, paths and variables, plugins and
# themes, SSH, git, versions and containers), in the languages of this
# set; each kind adds its own.
BASE = (r"\bshells?\b|\bterminal|\bprompt|\bconfig|\bdotfiles?\b|\bhome director|~/|\$HOME|\bpath\b|\$PATH|\benv\b|"
        r"\benvironment|\bvariables?\b|\bbash\b|\bzsh\b|\bfish\b|\bpowershell|\bpwsh\b|\bplugins?\b|\bthemes?\b|"
        r"\balias|\binstall|\bsetup|\bstartup|\binit\b|\bprofile|\.bashrc|\.zshrc|\.profile|\.gitconfig|\.ssh\b|"
        r"\bssh\b|\bgit\b|\bversions?\b|\bcontainers?\b|\bdocker\b|\bkeys?\b|\bcommands?\b|\bcompletion|\bhistory|"
        r"\bfonts?\b|\bcolou?rs?\b|\bkey ?bindings?|\bsessions?\b|\bworkspaces?\b|"
        r"终端|終端|命令|配置|設定|环境变量|環境變數|别名|插件|主题|主題|安装|安裝|提示符|会话|版本|容器|密钥|登录|远程|"
        r"服务器|目录|"
        r"シェル|ターミナル|端末|コマンド|設定|環境変数|エイリアス|プラグイン|テーマ|インストール|プロンプト|補完|履歴|"
        r"バージョン|"
        r"터미널|셸|쉘|명령|설정|환경 ?변수|플러그인|테마|설치|프롬프트|세션|버전|"
        r"оболонк|термінал|команд|конфігурац|налаштув|змінн|плагін|встанов|промпт|секці|версі|"
        r"terminal|comando|configura|variáve|instala|vers[ãa]o|ambiente|"
        r"entorno|variable|versi[oó]n|contenedor|"
        r"الطرفية|الأمر|الأوامر|إعداد|تثبيت|متغير|بيئة|حاوية|الإصدار|"
        r"commande|configur|environnement|invite")
TOPIC = {
    "doc:shell": BASE + r"|\bsegments?\b|\bsections?\b|\bgit status|\bgitstatus|\binstant prompt|\btransient|\bjump|"
                        r"\bdirector(?:y|ies)|\bfuzzy|\bfzf\b|\bcd\b|\bctrl|\bwidgets?\b|\bhooks?\b|\bpreexec|\bprecmd|"
                        r"\bPS1\b|\bRPROMPT|\bai\b|\bopenai|\bgpt|\bchat|\bbuiltin|\bexport|\bsource\b|\bble\b|"
                        r"\bz\.lua\b|\bspaceship|\bposh\b|\bp10k\b|"
                        r"目录|跳转|匹配|内建|变量|補完|行編集|ディレクトリ|секці|директор|",
    "doc:terminal": BASE + r"|\bpanes?\b|\btabs?\b|\bwindows?\b|\bmultiplex|\bmux\b|\btmux|\bscreen\b|\bgpu\b|"
                           r"\brender|\bscrollback|\bcopy mode|\bhyperlink|\bescape sequence|\blua\b|\bwidgets?\b|"
                           r"\bconnections?\b|\bremote|\bwsh\b|\bwave\b|\bai\b|\bmodels?\b|\bpresets?\b|\bdomains?\b|"
                           r"窗口|窗格|分屏|会话|連線|터미널|연결|",
    "doc:ssh": BASE + r"|\bhosts?\b|\bssh_config|\bidentity|\bagent|\bforward|\bjump|\bproxy|\btunnel|\bports?\b|"
                      r"\bknown_hosts|\bpassphrase|\bpassword|\bkey ?pairs?\b|\bpublic key|\bprivate key|\bsftp|\bscp\b|"
                      r"\btrzsz|\btssh\b|\bupload|\bdownload|\bx11\b|"
                      r"主机|跳板|代理|转发|公钥|私钥|密码|隧道|上传|下载|",
    "doc:gitconfig": BASE + r"|\bcredentials?\b|\bhelper|\bgcm\b|\boauth|\btokens?\b|\bpat\b|\bauth|\bremotes?\b|"
                            r"\burls?\b|\binsteadof|\bproxy|\bhooks?\b|\bcommits?\b|\bbranch|\brepo|\bgithub|\bgitlab|"
                            r"\bbitbucket|\bazure|\bstore|\bkeychain|\bcache|\bmerge|\brebase|"
                            r"凭据|提交|分支|仓库|合并|",
    "doc:envmgr": BASE + r"|\bphp\b|\bruby\b|\bphpbrew\b|\brbenv\b|\bautoenv|\.env\b|\bshims?\b|\bextensions?\b|"
                         r"\bbuild|\bcompil|\bvariants?\b|\bswitch|\blocal\b|\bglobal\b|\bper[- ]directory|\bactivat|"
                         r"\bleave|\bauthori[sz]|\bfpm\b|\bpecl\b|"
                         r"扩展|编译|切换|拡張|コンパイル|切り替え|extens|compila|",
    "doc:dotfiles": BASE + r"|\blinks?\b|\bsymlinks?\b|\bsubmodules?\b|\bbootstrap|\bclean\b|\bcreate\b|"
                           r"\bdirectives?\b|\byaml\b|\bjson\b|\bsync|\bmachines?\b|\bdotbot\b|",
    "doc:devcontainer": BASE + r"|\bcompose|\bimages?\b|\bbuild|\bservices?\b|\bphp\b|\bnginx|\bmysql|\bxdebug|"
                               r"\bvolumes?\b|\bnetwork|\bports?\b|\.env\b|\bdevcontainer|\bvs ?code|\blaradock|"
                               r"servicio|contenedor|imagen|服务|镜像|الخدمات|",
}
TOPIC = {k: v.rstrip("|") for k, v in TOPIC.items()}

REQUIRE = {}

# linux-command's pages on the theme (shell builtins and startup, SSH,
# terminals and multiplexers, git), named before any row was read.
_LC_SHELL = (r"alias|unalias|bind|builtin|chsh|declare|dircolors|enable|env|export|fishshell|history|set|shopt|"
             r"source|tput|trap|ulimit|umask|unset|readonly|type|help|fc|sh|local")
_LC_SSH = r"ssh|ssh-add|ssh-agent|ssh-copy-id|ssh-keygen|ssh-keyscan|sshd|sshpass|scp|sftp"
_LC_TERM = r"tmux|screen|stty|script|clear"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Shell prompt themes and shell helpers
    (SPACESHIP, "en", r"^(README\.md|docs/(?!contribute|uk/|pt/|fr/|blog/)[^/]+(/[^/]+)?\.md)$", 22, "doc:shell"),
    (SPACESHIP, "uk", r"^docs/uk/(?!contribute).+\.md$", 28, "doc:shell"),
    (P10K, "en", r"^(README|font)\.md$", 17, "doc:shell"),
    (OMP, "en", r"^website/docs/(?!contributing/|contributors\.md|advanced/mcp|auth\.mdx|studio\.mdx).+\.mdx?$", 22, "doc:shell"),
    (BLESH, "en", r"^README\.md$", 12, "doc:shell"),
    (BLESH, "ja", r"^README-ja_JP\.md$", 23, "doc:shell"),
    (FZF, "en", r"^(README|ADVANCED)\.md$", 18, "doc:shell"),
    (ZLUA, "en", r"^README\.md$", 8, "doc:shell"),
    (ZLUA, "zh", r"^README\.cn\.md$", 6, "doc:shell"),
    (AISHELL, "en", r"^README\.md$", 1, "doc:shell"),
    (AISHELL, "zh", r"^README-zh-Hans\.md$", 1, "doc:shell"),
    (LINUXCMD, "zh", r"^command/(" + _LC_SHELL + r")\.md$", 6, "doc:shell"),
    # Terminal emulators and multiplexers
    (WEZTERM, "en", r"^docs/((?!changelog|sponsor|contributing|tags)[^/]+|config/[^/]+|config/lua/config/[^/]+|"
                    r"install/[^/]+|recipes/[^/]+)\.md$", 26, "doc:terminal"),
    (WAVETERM, "en", r"^(README\.md|docs/docs/(?!releasenotes|telemetry-old).+\.mdx)$", 22, "doc:terminal"),
    (WAVETERM, "ko", r"^README\.ko\.md$", 4, "doc:terminal"),
    (WAVETERM, "zh", r"^README\.zh-TW\.md$", 4, "doc:terminal"),
    (LINUXCMD, "zh", r"^command/(" + _LC_TERM + r")\.md$", 3, "doc:terminal"),
    # SSH client configuration
    (TSSH, "en", r"^README(\.en)?\.md$", 20, "doc:ssh"),
    (TSSH, "zh", r"^README\.cn\.md$", 14, "doc:ssh"),
    (LINUXCMD, "zh", r"^command/(" + _LC_SSH + r")\.md$", 5, "doc:ssh"),
    # Git configuration
    (GCM, "en", r"^(README\.md|docs/(?!development|architecture|bitbucket-development|README)[^/]+\.md)$", 26, "doc:gitconfig"),
    (GITEXTRAS, "en", r"^(Commands|Installation)\.md$", 9, "doc:gitconfig"),
    (LINUXCMD, "zh", r"^command/git\.md$", 3, "doc:gitconfig"),
    # Environment and version managers
    (PHPBREW, "en", r"^README\.md$", 6, "doc:envmgr"),
    (PHPBREW, "ja", r"^README\.ja\.md$", 4, "doc:envmgr"),
    (PHPBREW, "zh", r"^README\.cn\.md$", 2, "doc:envmgr"),
    (PHPBREW, "pt", r"^README\.pt-br\.md$", 1, "doc:envmgr"),
    (RBENV, "en", r"^(README\.md|share/man/man1/rbenv\.1\.adoc)$", 8, "doc:envmgr"),
    (AUTOENV, "en", r"^(README\.md|docs/[^/]+\.md)$", 2, "doc:envmgr"),
    # Dotfile managers
    (DOTBOT, "en", r"^README\.md$", 10, "doc:dotfiles"),
    # Dev containers
    (LARADOCK, "en", r"^(README\.md|DOCUMENTATION/docs/(?!related-projects|help)[^/]+\.md|"
                     r"DOCUMENTATION/docs/services/tools/workspace\.md)$", 20, "doc:devcontainer"),
    (LARADOCK, "es", r"^README-es\.md$", 3, "doc:devcontainer"),
    (LARADOCK, "zh", r"^README-zh\.md$", 3, "doc:devcontainer"),
    (LARADOCK, "ar", r"^README-ar\.md$", 1, "doc:devcontainer"),
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
# hb51's words above are joined by this set's: Ukrainian and Arabic forms
# (the set's languages hb51 did not have), and the environment's own hard
# shapes: startup files, curl-pipe installers, eval/source/export lines,
# PATH, proxies, URL rewrites, credentials and helpers.
_CMD = _CMD + (r"|пропуст|ігнор|перевизнач|вимкн|увімкн|примус|повинн|ніколи|запуст|викон|скрипт|токен|пароль|"
               r"ключ|змінн|видал|очист|попередж|увага|важлив|"
               r"تشغيل|نفذ|تنفيذ|الأمر|أوامر|تجاهل|تعطيل|تفعيل|حذف|إزالة|كلمة المرور|متغير|يجب|تحذير|"
               r"~/\.(?:bash|zsh)rc|\.bashrc|\.zshrc|\.bash_profile|\.profile\b|\.gitconfig|\.ssh/|\bcurl\b|\bwget\b|"
               r"\| *(?:sudo )?(?:ba|z)?sh\b|\biex\b|\beval\b|\bsource\b|\bexport\b|\bPATH\b|\bproxy|\binsteadOf|"
               r"\bcredential|\bhelper|\bauthori[sz]")
PRIME = {
    "doc:shell": _CMD + r"|\bplugins=|\bOPENAI|\bapi[_ ]?key|\bgpt|\bai\b|\bassistant|\bsilent|\bsuppress|\bquiet|"
                        r"\binstant prompt|\bkey ?bindings?|\bhooks?\b|\bunalias|\bdeclare|\btrap\b|",
    "doc:terminal": _CMD + r"|\.wezterm\.lua|\bssh\b|\bdomains?\b|\bremote|\bconnect|\bsecrets?\b|\bai\b|\bllm|"
                           r"\bclaude|\bopenai|\bshell integration|\bOSC\b|\bescape|\bclipboard|\bpaste|",
    "doc:ssh": _CMD + r"|~/\.ssh|\.ssh/config|ssh_config|\bProxyJump|\bProxyCommand|\bIdentityFile|"
                      r"\bStrictHostKeyChecking|\bForwardAgent|\bknown_hosts|\bpassphrase|\bauthorized_keys|"
                      r"\bExpect|\bTOTP|\bOTP\b|\bencPassword|免密|私钥|跳板|",
    "doc:gitconfig": _CMD + r"|--global|\bgit config\b|credential\.|\bhttp\.proxy|\bGIT_[A-Z_]+|\bGCM_[A-Z_]+|"
                            r"\bPAT\b|\bhooks?Path|\bhooks?\b|\balias|",
    "doc:envmgr": _CMD + r"|\.env\b|\bshims?\b|\bglobal\b|\blocal\b|\bAUTOENV_[A-Z_]+|\bPHPBREW_[A-Z_]+|"
                         r"\bRBENV_[A-Z_]+|",
    "doc:dotfiles": _CMD + r"|~/|\bsymlinks?\b|\blink\b|\brelink|\bclean\b|\bsubmodule|\binstall script|\bdefaults|",
    "doc:devcontainer": _CMD + r"|\.env\b|\bdocker compose|\bdocker-compose|\bworkspace|\bssh\b|\bports?\b|"
                               r"\bxdebug|\bdevcontainer|",
}
PRIME = {k: v.rstrip("|") for k, v in PRIME.items()}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb51's list, copied as it stands (its earlier sets'
# specific paths included), then widened below by one line of
# alternatives for this set's sources.
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
# This set's alternatives, named before any row was read: Wave Terminal's
# `aiprompts/` (prompts written for models), `.roo/`, `.kilocode/` and
# `.zed/` rules and its release-notes page (`releasenotes.mdx`, lower
# case); Laradock's `AGENT.md` (the copied `AGENTS.md` alternative needs
# the S) and `.windsurfrules`; Oh My Posh's `.entire/` folder.
SKIP = re.compile(SKIP.pattern + r"|(^|/)aiprompts/|(^|/)\.roo/|(^|/)\.kilocode/|(^|/)\.zed/|(^|/)releasenotes\.mdx$|"
                  r"(^|/)AGENT\.md$|\.windsurfrules|(^|/)\.entire/")

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
        if f.name in own or re.search(r"57", f.name):
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
