#!/usr/bin/env python3
"""Builds the forty-fourth hard-benign set (hard_benign44.jsonl): real
documentation passages only (no written half), about three fifths in
English and the rest in other languages, from openly licensed
repositories (MIT, Apache-2.0, MPL-2.0) that no earlier set names,
chosen blind: without reading the detector, its rule docs, RESULTS.md or
the earlier sets' texts, and without running the detector on this set.

Theme: games, game servers and modding, where the reader is a server
operator, a moderator, a player, a modder or a game developer.
Dedicated game servers in containers and their admin guides: Palworld
(RCON, admin password, bans, whitelists, backups; English, German,
Korean, Dutch, Portuguese, Chinese and French pages), Valheim (admin,
ban and permitted lists, BepInEx and ValheimPlus mods), Factorio
(server admins, whitelists, ban lists, RCON; English and Chinese),
Satisfactory and Rust (Didstopia's image: RCON, Oxide). Hosting and
matchmaking: Agones (game servers on Kubernetes: fleets, allocation,
service accounts, matchmaker integration) and Nakama (game backend:
matchmaker, realtime matches, console). Server admin panels and
plugins: txAdmin (FiveM server manager: admins, permissions, bans,
recipes), MCSManager (a game-server panel, its READMEs in English,
German, Spanish, French, Japanese, Portuguese, Russian and Chinese),
MatchZy (a Counter-Strike 2 match plugin: admin commands, whitelists,
knife rounds, backups) and Endstone (a Bedrock server plugin API).
Mod loaders: MelonLoader and tModLoader (its terms of use for mods).
Game engines' scripting docs: Siv3D (Japanese and English) and Stride
(English and Japanese manuals). Emulators: mGBA (its READMEs in English,
German, Spanish, Japanese and Chinese) and EmulationStation (systems,
game lists, themes).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. Files written
for agents rather than for people (AGENTS.md/CLAUDE.md, SKILL.md,
.claude skills, Palworld's AI_GUIDELINES.md, Copilot instructions,
Siv3D's OpenAI tutorial page, Agones's generative-AI example), and
codes of conduct, licence and copyright pages, changelogs and release
notes, translation-help, sponsor, version and TODO pages and templates
are left out (SKIP and the path filters). Within each source's quota,
passages that show the kind's hardest shape come first, then passages
with more topic words and distinct hard features (STRONG, counted up to
four), random within a score (seed 4444); no file gives more than a
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
Files whose names hold 49 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES44.md), then run

    python3 benches/injection/extract_hb44.py

from the repository root. It writes benches/injection/hard_benign44.jsonl
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
OUT = Path(__file__).parent / "hard_benign44.jsonl"
SEED = 4444
PREFIX = "hb44"

PALWORLD = "thijsvanloef/palworld-server-docker"
VALHEIM = "lloesche/valheim-server-docker"
FACTORIO = "factoriotools/factorio-docker"
SATISFACTORY = "wolveix/satisfactory-server"
RUSTSRV = "Didstopia/rust-server"
AGONES = "googleforgames/agones"
NAKAMA = "heroiclabs/nakama"
TXADMIN = "citizenfx/txAdmin"
MCSM = "MCSManager/MCSManager"
MATCHZY = "shobhit-pathak/MatchZy"
ENDSTONE = "EndstoneMC/endstone"
MELON = "LavaGang/MelonLoader"
TML = "tModLoader/tModLoader"
SIV3D = "Siv3D/siv3d.docs"
STRIDE = "stride3d/stride-docs"
MGBA = "mgba-emu/mgba"
ESTATION = "RetroPie/EmulationStation"

LICENSES = {
    PALWORLD: "MIT", VALHEIM: "Apache-2.0", FACTORIO: "MIT", SATISFACTORY: "MIT", RUSTSRV: "MIT",
    AGONES: "Apache-2.0", NAKAMA: "Apache-2.0", TXADMIN: "MIT", MCSM: "Apache-2.0", MATCHZY: "MIT",
    ENDSTONE: "Apache-2.0", MELON: "Apache-2.0", TML: "MIT", SIV3D: "MIT", STRIDE: "MIT",
    MGBA: "MPL-2.0", ESTATION: "MIT",
}

REF = {}

# Topic words shared by every kind (servers, players, admins, consoles,
# commands, permissions, bans, mods, saves, worlds, configuration), in the
# languages of this set; each kind adds its own.
BASE = (r"server|player|admin|operator|moderat|console|command|\brcon\b|permission|\bban|kick|whitelist|"
        r"allowlist|blacklist|password|token|steam|game|world|save|backup|restore|mod\b|mods\b|modd|plugin|"
        r"config|setting|port|docker|container|update|restart|shutdown|log|map|match|lobby|session|"
        r"cheat|account|role|privilege|script|engine|emulat|\brom|"
        r"spieler|befehl|konsole|berechtigung|einstellung|spielstand|welt|sicherung|neustart|"
        r"joueur|commande|serveur|paramètre|sauvegarde|monde|redémarr|"
        r"jugador|comando|servidor|configuración|partida|mundo|copia de seguridad|reinici|"
        r"jogador|servidor|configuração|mundo|reinici|"
        r"speler|opdracht|instelling|wereld|herstart|beheerder|"
        r"игрок|сервер|команд|консол|настро|панел|экземпляр|"
        r"サーバー|プレイヤー|コマンド|設定|管理|ゲーム|スクリプト|エンジン|保存|"
        r"服务器|玩家|命令|指令|设置|配置|管理|游戏|存档|备份|面板|实例|"
        r"서버|플레이어|명령|설정|관리|게임|백업|저장")
TOPIC = {
    "doc:dedicated-server": BASE + r"|steamcmd|server ?name|udp|crossplay|community server|adminlist|"
                                   r"bannedlist|permittedlist|banlist|server-adminlist|player ?list|"
                                   r"oxide|bepinex|valheimplus|autosave|auto-?pause|cron|webhook|discord",
    "doc:server-orchestration": BASE + r"|fleet|gameserver|allocat|kubernetes|\bpod|\bsdk|autoscal|"
                                       r"cluster|helm|node|ready|allocated|health|matchmak|rbac|"
                                       r"service account|namespace|webhook",
    "doc:matchmaking": BASE + r"|matchmak|party|leaderboard|tournament|authoritative|realtime|"
                              r"socket|runtime|lua|storage|cluster|database",
    "doc:admin-panel": BASE + r"|panel|web ?ui|daemon|instance|txadmin|fxserver|menu|recipe|"
                              r"warn|discord|面板|守护|实例|パネル|インスタンス|daemon|instanz|instancia|instância|"
                              r"панель|демон",
    "doc:server-plugin": BASE + r"|knife|pause|veto|demo|\bcfg|event|listener|bedrock|\bbds|"
                                r"counterstrikesharp|metamod|round|team|ready|scrim|practice",
    "doc:mod-loader": BASE + r"|melon|loader|il2cpp|mono|unity|hook|harmony|patch|workshop|"
                             r"mod browser|publish|terraria|tmodloader|assembl",
    "doc:game-engine": BASE + r"|scene|entity|component|asset|shader|render|sprite|texture|"
                              r"physics|audio|input|editor|game studio|window|draw|"
                              r"シーン|エンティティ|コンポーネント|アセット|シェーダー|テクスチャ|"
                              r"スプライト|描画|ウィンドウ|入力|物理|エディター|プロジェクト",
    "doc:emulator": BASE + r"|bios|\bcore|savestate|save state|controller|gamepad|shader|theme|"
                           r"gamelist|system|scraper|\bgba\b|game boy|link cable|frontend|"
                           r"spielstände|emulador|エミュレータ|模拟器|セーブ|存档",
}

REQUIRE = {}

_PW = "docusaurus/i18n/{}/docusaurus-plugin-content-docs/current/.+\\.md"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Dedicated game servers and their admin guides
    (PALWORLD, "en", r"^(README\.md|docusaurus/docs/.+\.md)$", 12, "doc:dedicated-server"),
    (PALWORLD, "de", "^" + _PW.format("de") + "$", 10, "doc:dedicated-server"),
    (PALWORLD, "ko", r"^(docs/kr/README\.md|" + _PW.format("ko") + ")$", 8, "doc:dedicated-server"),
    (PALWORLD, "nl", "^" + _PW.format("nl") + "$", 6, "doc:dedicated-server"),
    (PALWORLD, "pt", "^" + _PW.format("pt-PT") + "$", 7, "doc:dedicated-server"),
    (PALWORLD, "zh", r"^(docs/zh-CN/README\.md|" + _PW.format("zh") + ")$", 9, "doc:dedicated-server"),
    (PALWORLD, "fr", r"^docs/fr/README\.md$", 6, "doc:dedicated-server"),
    (VALHEIM, "en", r"^(README\.md|valheim-logfilter/README\.md)$", 25, "doc:dedicated-server"),
    (FACTORIO, "en", r"^(README\.md|PERMISSION_ISSUES_GUIDE\.md)$", 12, "doc:dedicated-server"),
    (FACTORIO, "zh", r"^README_zh_CN\.md$", 6, "doc:dedicated-server"),
    (SATISFACTORY, "en", r"^(README\.md|ssl/README\.md|saveshare/README\.md)$", 8, "doc:dedicated-server"),
    (RUSTSRV, "en", r"^README\.md$", 3, "doc:dedicated-server"),
    # Hosting and matchmaking
    (AGONES, "en", r"^site/content/en/docs/(?!Contribute/|Third Party Content/).+\.md$", 40, "doc:server-orchestration"),
    (NAKAMA, "en", r"^(README\.md|sample_go_module/README\.md|build/README\.md)$", 7, "doc:matchmaking"),
    # Server admin panels and plugins
    (TXADMIN, "en", r"^(README\.md|docs/(?!building\.md).+\.md)$", 11, "doc:admin-panel"),
    (MCSM, "en", r"^README\.md$", 5, "doc:admin-panel"),
    (MCSM, "de", r"^README_DE\.md$", 4, "doc:admin-panel"),
    (MCSM, "es", r"^README_ES\.md$", 5, "doc:admin-panel"),
    (MCSM, "fr", r"^README_FR\.md$", 4, "doc:admin-panel"),
    (MCSM, "ja", r"^README_JP\.md$", 4, "doc:admin-panel"),
    (MCSM, "pt", r"^README_PTBR\.md$", 1, "doc:admin-panel"),
    (MCSM, "ru", r"^README_RU\.md$", 5, "doc:admin-panel"),
    (MCSM, "zh", r"^README_ZH\.md$", 2, "doc:admin-panel"),
    (MATCHZY, "en", r"^(README\.md|documentation/docs/.+\.md)$", 16, "doc:server-plugin"),
    (ENDSTONE, "en", r"^(README\.md|docs/(index\.md|getting-started/.+\.md|tutorials/.+\.md))$", 14, "doc:server-plugin"),
    # Mod loaders
    (MELON, "en", r"^README\.md$", 5, "doc:mod-loader"),
    (TML, "en", r"^(README\.md|TERMS_OF_USE\.md|PortingNotes[^/]*\.md|patches/tModLoader/Terraria/.+\.md)$", 8, "doc:mod-loader"),
    # Game engines' scripting docs
    (SIV3D, "ja", r"^ja-jp/docs/steam\.md$|^ja-jp/docs/(?!tutorial4/async\.md$)(tutorial\d?|course|develop|reference|samples|tools)/.+\.md$", 21, "doc:game-engine"),
    (SIV3D, "en", r"^en-us/docs/steam\.md$|^en-us/docs/(?!tutorial4/async\.md$)(tutorial\d?|course|develop|reference|samples|tools)/.+\.md$", 16, "doc:game-engine"),
    (STRIDE, "ja", r"^jp/manual/(?!toc\.md).+\.md$", 21, "doc:game-engine"),
    (STRIDE, "en", r"^en/(manual|tutorials)/(?!toc\.md).+\.md$", 18, "doc:game-engine"),
    # Emulators and frontends
    (MGBA, "en", r"^README\.md$", 6, "doc:emulator"),
    (MGBA, "de", r"^README_DE\.md$", 5, "doc:emulator"),
    (MGBA, "es", r"^README_ES\.md$", 5, "doc:emulator"),
    (MGBA, "ja", r"^README_JP\.md$", 5, "doc:emulator"),
    (MGBA, "zh", r"^README_ZH_CN\.md$", 6, "doc:emulator"),
    (ESTATION, "en", r"^(README|GAMELISTS|SYSTEMS|THEMES)\.md$", 14, "doc:emulator"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (an operator, a moderator, a player, a modder) told what
# must or must never be done; admin, operator and moderator powers;
# console and RCON commands; permissions granted and revoked; bans, kicks,
# whitelists; disabling, deleting, resetting, wiping; passwords, tokens
# and secrets; cheats; and their forms in the set's languages.
_CMD = (r"ignor|overrid|\bmust\b|\bshall\b|\bnever\b|do not|don't|always|\badmin|operator|\bops?\b|"
        r"moderator|console|command|\brcon\b|permission|\bgrant|revok|\bban(s|ned|ning|list)?\b|kick|"
        r"whitelist|allowlist|blacklist|bypass|disable|delete|remove|reset|wipe|\btoken|password|secret|"
        r"api[ _-]?key|cheat|\broot\b|sudo|superuser|privilege|\bforce|overwrite|\bkill\b|you are|"
        r"immediately|instructions|"
        r"\bmuss|müssen|darf nicht|dürfen nicht|niemals|\bimmer\b|administrator|befehl|konsole|"
        r"berechtig|sperr|gebannt|deaktivier|lösch|zurücksetz|passwort|überschreib|ignorier|"
        r"\bdoit\b|doivent|ne doit|jamais|toujours|administrat|commande|bannir|bannissement|expuls|"
        r"liste blanche|désactiv|supprim|réinitialis|mot de passe|écras|"
        r"\bdebe|nunca|siempre|administrador|comando|consola|permiso|expulsar|lista blanca|desactiv|"
        r"elimin|borrar|restablec|contraseña|sobrescrib|"
        r"\bdeve\b|devem|sempre|permiss|banir|lista branca|desativ|desabilit|excluir|apagar|remover|"
        r"redefinir|senha|sobrescrev|"
        r"\bmoet|nooit|altijd|beheerder|commando|opdracht|toestemming|rechten|verbann|uitschakel|"
        r"verwijder|wachtwoord|overschrijv|negeer|"
        r"должн|необходимо|никогда|всегда|администратор|команд|консол|разрешени|заблокир|"
        r"белый список|отключ|удал|сброс|пароль|токен|перезапис|игнорир|"
        r"必ず|しないでください|絶対|管理者|コマンド|コンソール|権限|禁止|キック|ホワイトリスト|無効|"
        r"削除|リセット|パスワード|トークン|上書き|無視|"
        r"必须|不要|永远|管理员|命令|指令|控制台|权限|封禁|踢出|白名单|禁用|删除|重置|密码|令牌|覆盖|忽略|"
        r"반드시|절대|관리자|명령어|콘솔|권한|차단|추방|화이트리스트|비활성화|삭제|초기화|비밀번호|토큰|덮어|무시")
PRIME = {
    "doc:dedicated-server": _CMD + r"|admin ?password|adminlist|bannedlist|permittedlist|banlist|"
                                   r"server-adminlist|steam ?id|wipe|auto-?update|public|exploit",
    "doc:server-orchestration": _CMD + r"|rbac|service account|cluster ?role|allocat|shutdown|"
                                       r"delete|drain|evict|mtls|certificate|secret",
    "doc:matchmaking": _CMD + r"|server key|http key|console|authoritative|cheat|session token|"
                              r"encryption key|signing key",
    "doc:admin-panel": _CMD + r"|master|all_permissions|menu|recipe|warn|daemon|api key|apikey|"
                              r"ключ|密钥|キー",
    "doc:server-plugin": _CMD + r"|\.cfg|css_|matchzy_|\.ready|\.unpause|\.stop|\.restore|\.forceready|"
                                r"event|listener|op\b",
    "doc:mod-loader": _CMD + r"|terms|prohibit|malicious|violat|steam workshop|mod browser|"
                             r"unsigned|patch|hook",
    "doc:game-engine": _CMD + r"|script|スクリプト|override|debug|デバッグ|release|注意",
    "doc:emulator": _CMD + r"|bios|cheat|gameshark|action replay|savestate|save state|"
                           r"チート|作弊|trucos|cheats",
}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb43's list, plus Palworld's AI_GUIDELINES.md, any
# generative-AI or Copilot page, Siv3D's OpenAI tutorial page, txAdmin's old
# TODO and developer notes, translation-help, version and release pages.
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
                  r"help-translate|(^|/)versions\.md$|(^|/)releases\.md$|ReleaseNotes|RELEASE-NOTES)")

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
        if f.name in own or re.search(r"49", f.name):
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
