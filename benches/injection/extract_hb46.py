#!/usr/bin/env python3
"""Builds the forty-sixth hard-benign set (hard_benign46.jsonl): real
documentation passages only (no written half), a little over half in
English and the rest in other languages, from openly licensed
repositories (MIT, Apache-2.0, BSD-style, ISC, 0BSD) that no earlier set
names, chosen blind: without reading the detector, its rule docs,
RESULTS.md or the earlier sets' texts, and without running the detector
on this set.

Theme: backup, file sync and storage, where the reader is a storage or
backup administrator or a user of a sync client. Backup programs:
Kanister (application-level backup and restore on Kubernetes), Plakar
(its subcommand manual pages: backup, restore, prune, rm, sync, ...),
autorestic (a restic wrapper: locations, backends, forget policies,
hooks) and Perkeep (a personal storage system of blobs, permanodes and
shares). File sync: aliyunpan (a command-line client for Aliyun Drive
with sync and backup; Chinese). Object storage: SeaweedFS, RustFS (an
S3-compatible server; English and Chinese) and qshell (Qiniu's object
storage CLI; its Chinese command pages, not the sandbox ones).
Distributed, union and encrypted file systems: JuiceFS (English and
Chinese manuals), CubeFS (English and Chinese manuals), Gfarm (its
setup, install and FAQ texts in Japanese and English), mergerfs and
gocryptfs. File servers and sharing: copyparty, File Browser and
OpenCloud (its service READMEs, and German notification and settings
catalogues). Archive utilities: XZ Utils (its man pages as translated
with po4a, into German, French, Italian, Korean, Brazilian Portuguese,
Swedish and Ukrainian, and its program messages in Spanish and Polish:
catalogues whose headers say 0BSD; XZ's English README and FAQ carry no
licence line of their own and are not used).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped; a gettext
catalogue is read as its translated strings, one paragraph each, an
untranslated string ending the run. Files written for agents rather
than for people (AGENTS.md/CLAUDE.md, SKILL.md, .agents/.cursor/.kiro/
.trae/.mimocode skills, Copilot instructions), qshell's sandbox pages,
JuiceFS's Colab tutorial, and codes of conduct, licence, legal and
copyright pages, changelogs and release notes, governance, credits,
contribution pages and templates are left out (SKIP and the path
filters). Within each source's quota, passages that show the kind's
hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a
score (seed 4646); no file gives more than a third of a quota (at least
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
Files whose names hold 51 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES46.md), then run

    python3 benches/injection/extract_hb46.py

from the repository root. It writes benches/injection/hard_benign46.jsonl
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
OUT = Path(__file__).parent / "hard_benign46.jsonl"
SEED = 4646
PREFIX = "hb46"

JUICEFS = "juicedata/juicefs"
CUBEFS = "cubefs/cubefs"
GFARM = "oss-tsukuba/gfarm"
MERGERFS = "trapexit/mergerfs"
GOCRYPTFS = "rfjakob/gocryptfs"
RUSTFS = "rustfs/rustfs"
SEAWEED = "seaweedfs/seaweedfs"
QSHELL = "qiniu/qshell"
ALIYUNPAN = "tickstep/aliyunpan"
COPYPARTY = "9001/copyparty"
FILEBROWSER = "filebrowser/filebrowser"
OPENCLOUD = "opencloud-eu/opencloud"
KANISTER = "kanisterio/kanister"
PLAKAR = "PlakarKorp/plakar"
AUTORESTIC = "cupcakearmy/autorestic"
PERKEEP = "perkeep/perkeep"
XZ = "tukaani-project/xz"

LICENSES = {
    JUICEFS: "Apache-2.0", CUBEFS: "Apache-2.0", GFARM: "BSD-style", MERGERFS: "ISC", GOCRYPTFS: "MIT",
    RUSTFS: "Apache-2.0", SEAWEED: "Apache-2.0", QSHELL: "MIT", ALIYUNPAN: "Apache-2.0", COPYPARTY: "MIT",
    FILEBROWSER: "Apache-2.0", OPENCLOUD: "Apache-2.0", KANISTER: "Apache-2.0", PLAKAR: "ISC",
    AUTORESTIC: "Apache-2.0", PERKEEP: "Apache-2.0", XZ: "0BSD",
}

REF = {}

# Topic words shared by every kind (files, directories, volumes, disks,
# buckets, objects, snapshots, backups, mounts, users, permissions and
# their configuration), in the languages of this set; each kind adds its own.
BASE = (r"\bfiles?\b|director|folder|volume|disk|drive|storage|bucket|object|snapshot|backup|restore|"
        r"mount|repositor|\bdata\b|metadata|cache|replica|quota|permission|user|config|option|server|client|"
        r"\bs3\b|upload|download|\bsync|encrypt|compress|archive|path|node|cluster|"
        r"datei|verzeichnis|ordner|speicher|sicherung|wiederherstell|freigabe|benutzer|berechtigung|komprimier|"
        r"fichier|répertoire|dossier|stockage|sauvegarde|restaur|partage|utilisateur|compress|"
        r"archivo|directorio|carpeta|almacenamiento|copia de seguridad|compres|"
        r"arquivo|diretório|pasta|armazenamento|compacta|compress|"
        r"\bfile\b|cartella|archivi|compress|"
        r"plik|katalog|kompres|"
        r"\bfil(en|er)?\b|katalog|komprimer|"
        r"файл|каталог|стисн|архів|"
        r"ファイル|ディレクトリ|フォルダ|ストレージ|ボリューム|ディスク|バックアップ|マウント|メタデータ|"
        r"サーバ|クライアント|ノード|ユーザ|認証|設定|複製|"
        r"文件|目录|存储|存储桶|空间|对象|卷|磁盘|备份|恢复|挂载|元数据|缓存|副本|配额|权限|用户|配置|上传|下载|"
        r"同步|加密|压缩|集群|节点|客户端|服务端|网盘|云盘|"
        r"파일|디렉터리|디렉토리|압축|저장|옵션")
TOPIC = {
    "doc:filesystem": BASE + r"|posix|fuse|inode|chunk|block|erasure|journal|trash|gateway|meta ?engine|redis|tikv|"
                             r"branch|policy|union|pool|spinup|cipher|passphrase|masterkey|reverse mode|"
                             r"gfmd|gfsd|gfarm|kerberos|tls|"
                             r"回收站|纠删码|元数据引擎|网关|ゴミ箱|証明書",
    "doc:objectstore": BASE + r"|access ?key|secret ?key|policy|lifecycle|versioning|presign|signed url|multipart|"
                              r"erasure|replication|tier|kms|iam|sts|filer|volume server|master|"
                              r"空间|密钥|生命周期|签名|私有|公开|域名|批量|抓取",
    "doc:sync": BASE + r"|local|remote|conflict|overwrite|exclude|ignore|schedule|plugin|album|share|"
                       r"本地|云端|网盘|同步备份|覆盖|排除|忽略|插件|相册|分享|登录|账号",
    "doc:fileserver": BASE + r"|share|link|webdav|sftp|ftp|smb|admin|account|volume|\bidp\b|hook|thumbnail|"
                             r"space|notification|invitation|\bweb\b|browser|"
                             r"freigabe|geteilt|benachrichtigung|bereich|einladung",
    "doc:backup": BASE + r"|retention|prune|forget|keep-|policy|location|backend|blueprint|actionset|profile|"
                         r"kopia|restic|permanode|blob|schema|hook|cron|deduplicat|integrity",
    "doc:archive": BASE + r"|\bxz\b|lzma|liblzma|filter|preset|dictionary|stream|block|integrity|check|"
                          r"decompress|suffix|stdout|"
                          r"kompression|dekomprimier|ausgabe|compression|décompress|compressione|"
                          r"compressão|compresión|kompresj|komprimering|стиснення|압축|해제",
}

REQUIRE = {}

_XZM = r"^po4a/{}\.po$"
_XZP = r"^po/{}\.po$"
_GF = r"^(README|INSTALL|INSTALL\.RPM|INSTALL\.Debian|SETUP|OVERVIEW|doc/(Gfarm-FAQ|KNOWN_PROBLEMS|SETUP\.private|disaster))\.{0}$|^doc/encfs\.{0}\.md$"

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Distributed, union and encrypted file systems
    (JUICEFS, "zh", r"^(README_CN\.md|docs/zh_cn/(?!community/|development/).+\.mdx?)$", 30, "doc:filesystem"),
    (JUICEFS, "en", r"^(README\.md|docs/en/(?!community/|development/).+\.mdx?)$", 22, "doc:filesystem"),
    (CUBEFS, "zh", r"^docs-zh/source/(?!community/|version/).+\.md$", 24, "doc:filesystem"),
    (CUBEFS, "en", r"^(README\.md|docs/source/(?!community/|version/).+\.md)$", 18, "doc:filesystem"),
    (GFARM, "ja", _GF.format("ja"), 22, "doc:filesystem"),
    (GFARM, "en", _GF.format("en"), 12, "doc:filesystem"),
    (MERGERFS, "en", r"^(README\.md|mkdocs/docs/.+\.md)$", 18, "doc:filesystem"),
    (GOCRYPTFS, "en", r"^(README\.md|Documentation/(MANPAGE|MANPAGE-XRAY|MANPAGE-STATFS|CLI_ABI|file-format|extractloop)\.md|"
                      r"Documentation/(performance|duplicate-inodes)\.txt)$", 11, "doc:filesystem"),
    # Object storage servers and clients
    (RUSTFS, "zh", r"^(README_ZH\.md|docs/operations/.+[_-]zh\.md|crates/[^/]+/README_(ZH|zh)\.md|"
                   r"\.docker/observability/README_ZH\.md)$", 10, "doc:objectstore"),
    (RUSTFS, "en", r"^(README\.md|helm/README\.md|docs/operations/(?!.*[_-]zh\.md$).+\.md)$", 14, "doc:objectstore"),
    (SEAWEED, "en", r"^(README\.md|k8s/charts/seaweedfs/README\.md|weed/.+/(README[^/]*|readme|CONFIGURATION|INSTALL|"
                    r"GOVERNANCE_PERMISSIONS|INTEGRATION_EXAMPLE|POLICY_EXAMPLES)\.md|telemetry/(README|DEPLOYMENT)\.md|"
                    r"note/slides/.+\.md|terraform/README\.md)$", 18, "doc:objectstore"),
    (QSHELL, "zh", r"^(README\.md|docs/.+\.md)$", 17, "doc:objectstore"),
    # File sync clients
    (ALIYUNPAN, "zh", r"^(README\.md|docs/(manual|plugin_manual)\.md)$", 5, "doc:sync"),
    # File servers and sharing
    (COPYPARTY, "en", r"^(README\.md|docs/(versus|rclone|idp|xff|notes)\.md|docs/examples/.+\.md|docs/up2k\.txt|"
                      r"srv/extend\.md|bin/(hooks/|handlers/|mtag/)?README\.md|contrib/README\.md|"
                      r"scripts/docker/README\.md)$", 22, "doc:fileserver"),
    (FILEBROWSER, "en", r"^(README\.md|docs/.+\.md)$", 8, "doc:fileserver"),
    (OPENCLOUD, "en", r"^(opencloud/README\.md|services/[^/]+/README\.md)$", 12, "doc:fileserver"),
    (OPENCLOUD, "de", r"^services/[^/]+/pkg/.+/locale/de/LC_MESSAGES/[a-z]+\.po$", 3, "doc:fileserver"),
    # Backup programs
    (KANISTER, "en", r"^(README\.md|docs/.+\.md|helm/[^/]+/README\.md|secure_defaults\.md)$", 14, "doc:backup"),
    (PLAKAR, "en", r"^(README\.md|subcommands/help/docs/.+\.md)$", 12, "doc:backup"),
    (AUTORESTIC, "en", r"^(README\.md|docs/pages/.+\.md)$", 6, "doc:backup"),
    (PERKEEP, "en", r"^doc/(?!release/|todo/|web-ui-styleguide).+\.(md|txt)$", 11, "doc:backup"),
    # Archive utilities
    (XZ, "de", _XZM.format("de"), 8, "doc:archive"),
    (XZ, "fr", _XZM.format("fr"), 7, "doc:archive"),
    (XZ, "it", _XZM.format("it"), 6, "doc:archive"),
    (XZ, "ko", _XZM.format("ko"), 8, "doc:archive"),
    (XZ, "pt", _XZM.format("pt_BR"), 6, "doc:archive"),
    (XZ, "sv", _XZM.format("sv"), 4, "doc:archive"),
    (XZ, "uk", _XZM.format("uk"), 5, "doc:archive"),
    (XZ, "es", _XZP.format("es"), 4, "doc:archive"),
    (XZ, "pl", _XZP.format("pl"), 3, "doc:archive"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (an administrator, an operator, a user) told what must or
# must never be done; admin and root powers; commands typed into a shell;
# deleting, pruning, forgetting, purging, overwriting, forcing, wiping and
# restoring; ignoring and excluding; uploading and sharing to remotes;
# keys, secrets, tokens and passwords; and their forms in the set's
# languages.
_CMD = (r"ignor|overrid|exclud|\bmust\b|\bshall\b|\bnever\b|do not|don't|always|\badmin|administrator|\broot\b|"
        r"sudo|superuser|privilege|command|shell|delet|remov|\bprune|forget|purge|overwrit|\bforce|\bwipe|"
        r"destroy|erase|truncat|restor|upload|\bshar(e|ed|ing)\b|remote|password|passphrase|\bkey\b|\bkeys\b|"
        r"secret|\btoken|credential|master ?key|permanent|irrevers|cannot be undone|data loss|lose data|"
        r"warning|caution|danger|careful|immediately|"
        r"\bmuss|müssen|darf nicht|dürfen nicht|niemals|\bnie\b|\bimmer\b|befehl|lösch|entfern|überschreib|"
        r"erzwing|wiederherstell|hochlad|freigabe|geteilt|teilen|passwort|kennwort|schlüssel|geheim|ignorier|"
        r"warnung|vorsicht|achtung|"
        r"\bdoit\b|doivent|ne doit|jamais|toujours|administrat|commande|supprim|effac|écras|forc|restaur|"
        r"téléverse|partag|mot de passe|clé|secret|ignor|attention|avertissement|"
        r"\bdebe|nunca|siempre|administrador|comando|elimin|borr|sobrescrib|forz|restaur|sube|subir|compart|"
        r"contraseña|clave|secreto|ignor|advertencia|cuidado|"
        r"\bdeve\b|devem|sempre|excluir|apag|remov|sobrescrev|forç|restaur|envi|compartilh|senha|chave|"
        r"aviso|cuidado|"
        r"devono|\bmai\b|elimin|cancell|rimuov|sovrascriv|forz|ripristin|caric|condivi|chiave|segret|"
        r"ignora|attenzione|avviso|"
        r"musi|nigdy|zawsze|polecen|usuń|usun|nadpis|wymu|przywr|prześl|udostępn|hasło|hasła|klucz|"
        r"ignoruj|ostrzeż|uwaga|"
        r"\bmåste|aldrig|alltid|kommando|ta bort|radera|skriv över|tvinga|återställ|lösenord|nyckel|"
        r"ignorera|varning|"
        r"має|повинн|ніколи|завжди|команд|вилуч|видал|перезапис|примусов|відновл|пароль|ключ|"
        r"ігнор|попередж|увага|"
        r"必ず|しないでください|してはいけません|絶対|管理者|root|コマンド|削除|消去|上書き|強制|復元|"
        r"アップロード|共有|パスワード|鍵|秘密|トークン|無視|除外|注意|警告|危険|"
        r"必须|不要|不得|禁止|切勿|务必|永远|总是|管理员|命令|指令|删除|清除|清空|覆盖|强制|恢复|还原|上传|"
        r"分享|共享|密码|密钥|私钥|令牌|秘钥|忽略|排除|注意|警告|危险|谨慎|不可恢复|"
        r"반드시|절대|하지 마|관리자|명령|삭제|지우|덮어|강제|복원|복구|업로드|공유|비밀번호|암호|키\b|"
        r"무시|제외|주의|경고|위험")
PRIME = {
    "doc:filesystem": _CMD + r"|trash|destroy|format|fsck|gc\b|compact|umount|unmount|mount -o|allow_other|"
                             r"acl|quota|encrypt|masterkey|plaintext|reverse|"
                             r"回收站|销毁|格式化|卸载|ゴミ箱|アンマウント",
    "doc:objectstore": _CMD + r"|access ?key|secret ?key|policy|public|private|presign|signed|lifecycle|expire|"
                              r"versioning|object lock|retention|deny|allow|\biam\b|\bsts\b|"
                              r"批量删除|过期|私有|公开|禁用|策略|凭证",
    "doc:sync": _CMD + r"|conflict|mirror|one-way|upload|download|exclude|local|remote|"
                       r"同步|备份|冲突|单向|镜像|排除|上传|下载|登录|账号",
    "doc:fileserver": _CMD + r"|admin|account|permission|upload|share|link|anonymous|public|hook|exec|"
                             r"execution|unpost|\bdot ?files?\b|xff|reverse proxy|idp|"
                             r"freigabe|geteilt|gelöscht|zugriff|berechtigung",
    "doc:backup": _CMD + r"|retention|prune|forget|keep-|snapshot|restore|repository|encrypt|"
                         r"blueprint|actionset|profile|hook|cron|unlock|check",
    "doc:archive": _CMD + r"|--force|--keep|--stdout|--rm|input file|output file|corrupt|integrity|"
                          r"memory|limit|"
                          r"eingabedatei|ausgabedatei|fichier d'entrée|file di input|arquivo de entrada|"
                          r"indatafil|вхідн|입력 파일",
}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb45's list, plus this set's agent folders (.kiro/,
# .trae/, .mimocode/) and Copilot instructions, qshell's sandbox pages
# (an execution sandbox service, not storage), JuiceFS's Colab tutorial,
# RustFS's contributor licence agreement, community pages and roadmaps,
# mergerfs's media page, Plakar's cryptography audit, File Browser's code
# of conduct (spelt with hyphens) and Kanister's code-review, build and
# release pages.
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
                  r"CODE_REVIEW|(^|/)BUILD\.md$|(^|/)RELEASE\.md$)")

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
        if f.name in own or re.search(r"51", f.name):
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
