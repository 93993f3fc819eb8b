#!/usr/bin/env python3
"""Builds the twenty-sixth hard-benign set (hard_benign26.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, in domains no earlier set used: a Discord bot's
docs (install, bot tokens, owners, permissions, API keys, moderation
cogs); a QQ chat-bot framework's docs in Chinese (login, accounts,
console commands, plugins, permissions); a Matrix bot's docs (webhooks,
GitHub/GitLab/JIRA connections, permissions, encryption, OAuth); two
data-pipeline tools' docs (credentials, secrets, environment variables,
destinations); an AI character/agent kit's README in English and
Japanese (LLM API keys, system prompts, tools, function calling); a
translation platform's docs (admins, managers, users, machine
translation); a helpdesk's docs (email fetching and piping, OAuth2,
agents, roles, cron); a Korean forum/CMS's README (install, admin
accounts, database passwords); a French wiki/CMS's docs (admin, access
rights, spam, passwords); a CI/CD build tool's docs (CI integration,
secrets, registry logins, SSH, satellites); and an LDAP server's README
(binds, users, OTP, SSH keys).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~) is never part of a passage: it ends the run before it and is
dropped. Front matter, MDX import/export lines and Jekyll/Liquid tag
lines are dropped. Prompt files written for agents, changelogs, release
and upgrade notes, blogs, roadmaps, contributor lists and codes of
conduct are left out. Within each source's quota, passages that show the
kind's hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a
score (seed 2626); no file gives more than a third of a quota (at least
two) when a source has three files or more. A non-English passage must
read as its language, and a half-translated one does not count; a run
that is mostly HTML tags, badges and link targets, mostly bare links or
mostly link definitions, or mostly table rows, is skipped. A passage
that names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack:
true` (QUOTES_ATTACK below); a passage that quotes an actual attack string
is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES26.md), then run

    python3 benches/injection/extract_hb26.py

from the repository root. It writes benches/injection/hard_benign26.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign26.jsonl"
SEED = 2626
PREFIX = "hb26"

RED = "Cog-Creators/Red-DiscordBot"
MIRAI = "mamoe/mirai"
HOOK = "matrix-org/matrix-hookshot"
MELT = "meltano/meltano"
DOLL = "uezo/ChatdollKit"
DLT = "dlt-hub/dlt"
PONT = "mozilla/pontoon"
OST = "osTicket/docs"
G6 = "gnuboard/g6"
YESW = "YesWiki/yeswiki"
EARTH = "earthly/earthly"
GLAU = "glauth/glauth"
YONA = "yona-projects/yona"
CRYPT = "cryptpad/documentation"

LICENSES = {
    RED: "GPL-3.0", MIRAI: "AGPL-3.0", HOOK: "Apache-2.0", MELT: "MIT", DOLL: "Apache-2.0", DLT: "Apache-2.0",
    PONT: "BSD-3-Clause", OST: "GPL-3.0", G6: "MIT", YESW: "AGPL-3.0", EARTH: "MPL-2.0", GLAU: "MIT",
    YONA: "Apache-2.0", CRYPT: "CC-BY-4.0",
}

# Topic words shared by every kind (secrets, admin, automation), in the
# languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|saml|sso|ldap|admin|root|sudo|"
        r"webhook|notif|alert|email|e-mail|smtp|config|permission|role|agent|script|command|install|docker|"
        r"密钥|令牌|密码|管理员|通知|配置|权限|脚本|命令|接口|插件|机器人|"
        r"キー|トークン|パスワード|管理者|通知|設定|権限|スクリプト|コマンド|プラグイン|ボット|"
        r"비밀번호|관리자|설정|권한|설치|토큰|키|명령|플러그인|회원|게시판|"
        r"mot de passe|clé|administrateur|courriel|paramètre|jeton|utilisateur|droit|")
TOPIC = {
    "doc:discord-bot": BASE + r"bot|discord|cog|owner|prefix|command|slash|permission|mod|modlog|server|guild|"
                              r"channel|role|token|api key|venv|pip|systemd|redbot",
    "doc:chatbot-framework": BASE + r"bot|mirai|console|plugin|command|permission|qq|群|好友|消息|登录|协议|"
                                    r"插件|指令|权限|控制台|机器人|账号|设备",
    "doc:matrix-bot": BASE + r"matrix|hookshot|room|bot|github|gitlab|jira|webhook|feed|appservice|homeserver|"
                             r"synapse|permission|encryption|widget|token|secret|oauth",
    "doc:data-pipeline": BASE + r"pipeline|extractor|loader|tap|target|source|destination|credential|secret|"
                                r"environment|variable|state|schema|warehouse|snowflake|bigquery|postgres|s3|"
                                r"airflow|dagster|incremental|plugin|meltano|dlt|secrets\.toml|config\.toml",
    "doc:ai-agent": BASE + r"llm|chatgpt|openai|claude|gemini|prompt|system prompt|tool|function|agent|character|"
                           r"voice|speech|api key|model|"
                           r"プロンプト|ツール|エージェント|キャラクター|音声|モデル|システム",
    "doc:translation-tool": BASE + r"pontoon|locale|translation|translator|project|string|team|manager|"
                                   r"pretranslation|machine translation|terminology|review|approve|user|admin",
    "doc:helpdesk": BASE + r"osticket|ticket|agent|department|team|help topic|sla|email|mail|fetch|pipe|cron|"
                           r"oauth2|client|user|portal|staff|role|permission|plugin|filter|canned",
    "doc:forum-cms": BASE + r"게시판|회원|관리자|설치|데이터베이스|서버|비밀번호|권한|플러그인|"
                            r"wiki|page|droit|acl|groupe|administrateur|mot de passe|connexion|extension|bazar|"
                            r"formulaire|spam|sauvegarde|mise à jour|utilisateur|configuration|wakka",
    "doc:ci-cd": BASE + r"earthly|earthfile|ci|pipeline|build|secret|satellite|runner|github actions|gitlab|"
                        r"jenkins|circleci|cache|registry|docker|buildkit|ssh|credential|login|push",
    "doc:code-hosting": BASE + r"yona|project|issue|pull request|repository|git|ssh|mail|smtp|login|social|"
                              r"oauth|github|google|admin|member|webhook|backup|mariadb|mysql|"
                              r"프로젝트|이슈|저장소|메일|로그인|소셜|관리자|멤버|웹훅|백업|데이터베이스|사용자|알림",
    "doc:encrypted-office": BASE + r"cryptpad|pad|drive|document|instance|admin|administrator|sso|openid|"
                                  r"account|password|encryption|key|team|share|ticket|support|quota|storage|"
                                  r"Instanz|Konto|Verschlüsselung|Passwort|Dokument|Speicher|Administrator|"
                                  r"instancia|cuenta|cifrado|contraseña|documento|almacenamiento|administrador|"
                                  r"istanza|account|crittograf|password|documento|archiviazione|amministrat|"
                                  r"экземпляр|аккаунт|учётн|шифрован|пароль|документ|хранилищ|администратор",
    "doc:ldap-server": BASE + r"glauth|ldap|bind|user|group|backend|otp|totp|ssh key|password|sha256|"
                              r"config|tls|ldaps|capability|search",
}

# A repository without a licence file whose pages state their own licence
# gives only the pages that carry that statement (none in this set).
REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    (RED, "en", r"^docs/(?!changelog|incompatible_changes/|framework_)[A-Za-z0-9_/.+-]+\.rst$", 30, "doc:discord-bot"),
    (HOOK, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 24, "doc:matrix-bot"),
    (MELT, "en", r"^docs/docs/[A-Za-z0-9_/.-]+\.mdx?$", 26, "doc:data-pipeline"),
    (DLT, "en", r"^docs/website/docs/(?!release-notes/)[A-Za-z0-9_/.-]+\.mdx?$", 28, "doc:data-pipeline"),
    (DOLL, "en", r"^README\.md$", 10, "doc:ai-agent"),
    (PONT, "en", r"^documentation/docs/[A-Za-z0-9_/.-]+\.md$", 20, "doc:translation-tool"),
    (OST, "en", r"^[A-Za-z0-9_/. -]+\.rst$", 32, "doc:helpdesk"),
    (EARTH, "en", r"^docs/(guides|ci-integration|cloud|basics|earthfile|earthly-config|docker-images|remote-runners)[A-Za-z0-9_/.-]*\.md$", 28, "doc:ci-cd"),
    (GLAU, "en", r"^README\.md$", 6, "doc:ldap-server"),
    (CRYPT, "en", r"^(admin_guide|user_guide|dev_guide)/[A-Za-z0-9_/.-]+\.rst$", 18, "doc:encrypted-office"),
    (MIRAI, "zh", r"^(docs/(?!contributing/|Evolution|MigrationFrom)[A-Za-z0-9_/.-]+\.md|mirai-console/docs/(?!Contributing)[A-Za-z0-9_/.-]+\.md)$", 32, "doc:chatbot-framework"),
    (DOLL, "ja", r"^(README\.ja\.md|Documents/[A-Za-z0-9_.-]+\.ja\.md)$", 20, "doc:ai-agent"),
    (G6, "ko", r"^README\.md$", 4, "doc:forum-cms"),
    (YONA, "ko", r"^(README\.md|docs/ko/(?!old/|update-|yona-upgrade|Play2)[A-Za-z0-9_/.-]+\.md|docs/userManual/[A-Za-z0-9_/.-]+\.md)$", 24, "doc:code-hosting"),
    (CRYPT, "de", r"^locale/de/LC_MESSAGES/[A-Za-z0-9_/.-]+\.po$", 18, "doc:encrypted-office"),
    (CRYPT, "es", r"^locale/es_CU/LC_MESSAGES/[A-Za-z0-9_/.-]+\.po$", 10, "doc:encrypted-office"),
    (CRYPT, "ru", r"^locale/ru/LC_MESSAGES/[A-Za-z0-9_/.-]+\.po$", 18, "doc:encrypted-office"),
    (YESW, "fr", r"^docs/fr/(?!_)[A-Za-z0-9_/.-]+\.md$", 24, "doc:forum-cms"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"密钥|令牌|密码|キー|トークン|パスワード|비밀번호|토큰|인증|пароль|ключ|токен|"
        r"mot de passe|clé|jeton|contraseña|clave|Passwort|Schlüssel|chiave|senha|chave|certificado")
PRIME = {
    "doc:discord-bot": _SEC + r"|owner|permission|admin|mod|command|prefix|api key|set api",
    "doc:chatbot-framework": _SEC + r"|权限|指令|登录|账号|管理员|permission|command",
    "doc:matrix-bot": _SEC + r"|webhook|permission|admin|oauth|encryption|appservice",
    "doc:data-pipeline": _SEC + r"|environment variable|secrets\.toml|env|connection string|service account",
    "doc:ai-agent": _SEC + r"|prompt|system|llm|tool|function|agent|プロンプト|ツール|システム",
    "doc:translation-tool": _SEC + r"|admin|manager|permission|user|machine translation|pretranslation",
    "doc:helpdesk": _SEC + r"|oauth|email|mail|admin|role|permission|cron|api|pipe",
    "doc:forum-cms": _SEC + r"|관리자|권한|설치|admin|droit|acl|administrateur|spam|connexion",
    "doc:ci-cd": _SEC + r"|ssh|login|registry|push|--no-cache|--ci|cache|satellite",
    "doc:code-hosting": _SEC + r"|ssh|smtp|oauth|admin|관리자|로그인|메일|권한|webhook|웹훅",
    "doc:encrypted-office": _SEC + r"|admin|sso|openid|encrypt|Verschlüssel|cifra|crittogr|шифр|Administrator|administrador|amministrat|администратор",
    "doc:ldap-server": _SEC + r"|bind|otp|ssh|tls|sha256",
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
