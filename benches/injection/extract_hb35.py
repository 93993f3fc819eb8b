#!/usr/bin/env python3
"""Builds the thirty-fifth hard-benign set (hard_benign35.jsonl): real
documentation passages only (no written half), about four fifths in
English and the rest in many other languages, from openly licensed
repositories (Apache-2.0, MIT, BSD-2/3-Clause, MPL-2.0, CC-BY-4.0) that
no earlier set names, chosen blind: without reading the detector, its
rule docs, RESULTS.md or the earlier sets' texts, and without running
the detector on this set.

Theme: conversation design and role-play material that speaks of what a
bot, a character or a voice assistant says and does, written for the
humans who build it. Hard benign means real text a coding agent fetches
that instructs its human reader in the imperative, which an injection
detector is likely to confuse with an attack: a voice assistant's skill
and intent docs ("when the user says ..., speak ...": Mycroft); a
chatbot framework's docs on messages, sessions, NLU and handover
(Bottender); interactive-fiction and visual-novel authoring docs with
character dialogue, choices and translation (ink, Chapbook in English and
Chinese, SugarCube, Godot Dialogue Manager, Ren'Py, Monogatari, WebGAL in
Chinese, English and Japanese); a MUD framework's docs on characters,
NPCs, say/emote and role-play (Evennia); a role-play game's design,
rules and admin docs (Space Station 14, in English and Russian);
tabletop role-playing rule text addressed to "you" (the System Reference
Document 5.1 and 5.2); and localisation style guides and localiser docs
that tell translators what to keep, what not to translate and how to
address the user (Mozilla's style guides in many languages, Mozilla's
localiser documentation, and a Chinese copywriting guide).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines and
Jekyll/Liquid tag lines are dropped. Prompt files written for agents,
pages about AI chat assistants, codes of conduct, licence pages,
changelogs, release notes, sponsor pages, templates and contributor
lists are left out (SKIP). Within each source's quota, passages that
show the kind's hardest shape come first, then passages with more topic
words and distinct hard features (STRONG, counted up to four), random
within a score (seed 3535); no file gives more than a third of a quota
(at least two) when a source has three files or more. A passage must
read as its language (stop words, script and letters; see reads_as); a
half-translated passage does not count; runs that are mostly markup,
bare links, link definitions or table rows are skipped. A passage that
names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 40 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES35.md), then run

    python3 benches/injection/extract_hb35.py

from the repository root. It writes benches/injection/hard_benign35.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign35.jsonl"
SEED = 3535
PREFIX = "hb35"

MYCROFT = "MycroftAI/documentation"
BOTTENDER = "Yoctol/bottender"
EVENNIA = "evennia/evennia"
RENPY = "renpy/renpy"
INK = "inkle/ink"
CHAPBOOK = "klembot/chapbook"
SUGARCUBE = "tmedwards/sugarcube-2"
GDM = "nathanhoad/godot_dialogue_manager"
MONOGATARI = "Monogatari/Monogatari"
WEBGAL = "OpenWebGAL/WebGAL_Doc"
SS14 = "space-wizards/docs"
SRD52 = "gelatinous-labs/dndsrd5.2_markdown"
SRD51 = "oznogon/cc-srd5"
MOZDOC = "mozilla-l10n/documentation"
MOZSG = "mozilla-l10n/styleguides"
CCG = "sparanoid/chinese-copywriting-guidelines"

LICENSES = {
    MYCROFT: "Apache-2.0", BOTTENDER: "MIT", EVENNIA: "BSD-3-Clause", RENPY: "MIT", INK: "MIT",
    CHAPBOOK: "MIT", SUGARCUBE: "BSD-2-Clause", GDM: "MIT", MONOGATARI: "MIT", WEBGAL: "MPL-2.0",
    SS14: "MPL-2.0", SRD52: "CC-BY-4.0", SRD51: "CC-BY-4.0", MOZDOC: "CC-BY-4.0", MOZSG: "CC-BY-4.0",
    CCG: "MIT",
}

REF = {}

# Topic words shared by every kind (who speaks, what is said, to whom,
# in which tone and language), in the languages of this set; each kind
# adds its own.
BASE = (r"user|player|character|npc|bot\b|assistant|voice|dialog|conversation|\bsay|\bsays|said|speak|respon|reply|"
        r"answer|\bask|prompt|intent|utterance|persona|\brole|narrat|story|choice|translat|locali[sz]|\btone\b|"
        r"formal|informal|address|\bline\b|message|"
        r"角色|对话|對話|台词|台詞|玩家|翻译|翻譯|本地化|语气|語氣|用户|用戶|旁白|"
        r"キャラクター|セリフ|台詞|会話|プレイヤー|翻訳|ローカライズ|ユーザー|口調|話者|"
        r"번역|사용자|어조|캐릭터|대화|말투|"
        r"übersetz|benutzer|nutzer|anrede|\bduzen|siezen|"
        r"tradu|utilisateur|tutoie|vouvoie|usuario|usuário|utilizador|utente|\btono?\b|\btom\b|tratamento|"
        r"перевод|пользовател|обращ|персонаж|игрок|переклад|користувач|"
        r"vertaal|vertaling|gebruiker|tłumacz|użytkownik|çeviri|kullanıcı|översätt|användare|"
        r"terjemah|pengguna|dịch|người dùng|překlad|uživatel")
TOPIC = {
    "doc:voice": BASE + r"|wake word|skill|vocab|\.dialog|speak\(|mycroft|confirm|get_response|converse|context|"
                        r"tts|stt|padatious|adapt|keyword|listen",
    "doc:chatbot": BASE + r"|messenger|telegram|slack|viber|\bline\b|sendtext|send|session|state|handler|webhook|"
                          r"nlu|luis|dialogflow|rasa|quick repl|postback|handover|human agent|customer",
    "doc:gamedialogue": BASE + r"|passage|knot|stitch|divert|variable|label|menu|jump|scene|mood|expression|"
                               r"sprite|portrait|balloon|cue|title|translation|tl |branch|option|"
                               r"剧情|选项|立绘|場景|场景|分支|選択肢|立ち絵|シーン",
    "doc:gamemod": BASE + r"|emote|pose|roleplay|role-play|admin|antag|ghost|command|object|script|prototype|"
                          r"rule|ban|server|game master|puppet|account|channel|lock|"
                          r"ролев|админ|правил",
    "doc:ttrpg": BASE + r"|\byou\b|\byour\b|creature|ability|check|saving throw|spell|game master|\bDM\b|turn|"
                        r"action|roll|advantage|adventure|monster|charm|command|illusion|telepath",
    "doc:l10n": BASE + r"|string|term|glossary|brand|trademark|register|placeholder|variable|style guide|"
                       r"punctuation|capitali[sz]|gender|plural|"
                       r"术语|術語|品牌|标点|標點|用語|表記|文体|용어|브랜드|"
                       r"marque|Marke|marca|термин|бренд|merk|marka|terim|varumärke|merek|thương hiệu|značk",
}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # A voice assistant's skill, intent and dialog docs
    (MYCROFT, "en", r"^docs/(skill-development|using-mycroft-ai|mycroft-technologies/adapt)/.+\.md$", 34, "doc:voice"),
    # A chatbot framework (messaging channels, sessions, NLU, handover)
    (BOTTENDER, "en", r"^website/docs/.+\.mdx?$", 30, "doc:chatbot"),
    # Interactive fiction and visual novels: dialogue, characters, choices
    (INK, "en", r"^Documentation/(WritingWithInk|RunningYourInk)\.md$", 15, "doc:gamedialogue"),
    (CHAPBOOK, "en", r"^guide/en/.+\.md$", 18, "doc:gamedialogue"),
    (CHAPBOOK, "zh", r"^guide/zh-hans/.+\.md$", 10, "doc:gamedialogue"),
    (SUGARCUBE, "en", r"^docs/.+\.md$", 14, "doc:gamedialogue"),
    (GDM, "en", r"^docs/.+\.md$", 14, "doc:gamedialogue"),
    (RENPY, "en", r"^sphinx/source/[^/]+\.rst$", 28, "doc:gamedialogue"),
    (MONOGATARI, "en", r"^docs/.+\.md$", 20, "doc:gamedialogue"),
    (WEBGAL, "zh", r"^src/(?!en/|ja/).+\.md$", 10, "doc:gamedialogue"),
    (WEBGAL, "en", r"^src/en/.+\.md$", 5, "doc:gamedialogue"),
    (WEBGAL, "ja", r"^src/ja/.+\.md$", 8, "doc:gamedialogue"),
    # A MUD framework and a role-play game's design, rules and admin docs
    (EVENNIA, "en", r"^docs/source/(Howtos|Components|Concepts|Contribs|Setup|Coding)/.+\.md$", 30, "doc:gamemod"),
    (SS14, "en", r"^src/en/(space-station-14|ss14-by-example|community|wizden-staff|general-development)/.+\.md$", 24, "doc:gamemod"),
    # Tabletop role-playing rule text
    (SRD52, "en", r"^src/.+\.md$", 22, "doc:ttrpg"),
    (SRD51, "en", r"^cc-srd5\.md$", 10, "doc:ttrpg"),
    # Localisation style guides and localiser docs
    (MOZDOC, "en", r"^src/.+\.md$", 14, "doc:l10n"),
    (MOZSG, "en", r"^docs/(guidelines|mozilla_general)/.+\.md$", 8, "doc:l10n"),
    (MOZSG, "de", r"^docs/de/.+\.md$", 4, "doc:l10n"),
    (MOZSG, "es", r"^docs/es(-[A-Z]{2})?/.+\.md$", 5, "doc:l10n"),
    (MOZSG, "fr", r"^docs/fr/.+\.md$", 4, "doc:l10n"),
    (MOZSG, "it", r"^docs/it/.+\.md$", 3, "doc:l10n"),
    (MOZSG, "pt", r"^docs/pt-(BR|PT)/.+\.md$", 4, "doc:l10n"),
    (MOZSG, "ru", r"^docs/ru/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "ja", r"^docs/ja/.+\.md$", 3, "doc:l10n"),
    (MOZSG, "ko", r"^docs/ko/.+\.md$", 3, "doc:l10n"),
    (MOZSG, "zh", r"^docs/zh-(CN|TW)/.+\.md$", 3, "doc:l10n"),
    (MOZSG, "nl", r"^docs/nl/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "pl", r"^docs/pl/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "tr", r"^docs/tr/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "ar", r"^docs/ar/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "id", r"^docs/id/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "vi", r"^docs/vi/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "sv", r"^docs/sv-SE/.+\.md$", 2, "doc:l10n"),
    (MOZSG, "cs", r"^docs/cs/.+\.md$", 2, "doc:l10n"),
    (CCG, "zh", r"^README\.(md|zh-Hans\.md)$", 2, "doc:l10n"),
    (CCG, "en", r"^README\.en\.md$", 1, "doc:l10n"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# a line a bot or character is told to say, the reader addressed as
# "you are"/"from now on", ignore/never/always/must, a role, a system or
# admin word; for translators, what not to translate and how to answer.
_CMD = (r"ignore|override|must|never|do not|don't|always|disable|bypass|admin|system|"
        r"you are|from now on|pretend|act as|in character|out of character|"
        r"when the user says|the user says|respond with|reply with|say[s]? \"|should say|will say|"
        r"do not translate|don't translate|not be translated|leave .{0,20} untranslated|keep .{0,30} in English|"
        r"不要翻译|不翻译|不要翻譯|不翻譯|請勿|请勿|必须|必須|不要|翻訳しない|しないでください|必ず|번역하지|하지 마|"
        r"nicht übersetz|nie übersetz|niemals|immer|muss|no traduzca|no traducir|no se traduc|nunca|siempre|debe|"
        r"ne pas traduire|ne traduisez pas|jamais|toujours|doit|non tradurre|non va tradott|mai |sempre|deve|"
        r"não traduza|não traduzir|não deve|nunca|sempre|не переводи|не перевод|никогда|всегда|должн|"
        r"не перекладайте|ніколи|завжди|niet vertalen|nooit|altijd|moet|nie tłumacz|nigdy|zawsze|należy|"
        r"çevirmeyin|çevrilmemeli|asla|her zaman|inte översätt|aldrig|alltid|måste|jangan|selalu|harus|"
        r"không dịch|không bao giờ|luôn|phải|nepřeklád|nikdy|vždy|musí")
PRIME = {
    "doc:voice": _CMD + r"|speak\(|speak_dialog|get_response|ask_yesno|\.dialog|confirm|wake word|intent",
    "doc:chatbot": _CMD + r"|sendtext|reply|handover|human agent|persona|greet",
    "doc:gamedialogue": _CMD + r"|narrator|character says|\bsays\b|dialogue|dialog|speaker|\bsay\b|"
                               r"对话|台词|角色|セリフ|台詞|キャラクター",
    "doc:gamemod": _CMD + r"|roleplay|role-play|in-character|\bIC\b|\bOOC\b|antag|admin|\bsay\b|emote|puppet|npc",
    "doc:ttrpg": _CMD + r"|you can|you have|your turn|you must|the DM|game master|charm|command|telepath|obey",
    "doc:l10n": _CMD + r"|brand|trademark|formal|informal|tone|voice|glossary",
}

# Prompt files written for agents, codes of conduct and the like are left
# out (path filters above never pick most of them; this is a second guard).
# hb34's list, plus sponsor pages, Ren'Py's licence page, release notes
# and version histories named otherwise, and Evennia's LLM-NPC contrib
# page (it quotes a default prompt written for a model).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|\.clinerules|(^|/)\.cline/|"
                  r"(^|/)agents/|(^|/)commands/|AI_USAGE_POLICY|AI_POLICY|llms\.txt|LLMS\.txt|(^|/)\.codex/|"
                  r"(^|/)skills/|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|(^|/)\.cursor/|"
                  r"copilot[-_]instructions|\.instructions\.md|(^|/)instructions/|AI-POLICY|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO|(^|/)todo\.md$|CONTRIBUTORS|ADOPTERS|MAINTAINERS|AUTHORS|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|SUMMARY\.md|(^|/)_posts/|"
                  r"(^|/)\.specify/|(^|/)specs/|(^|/)superpowers/|_sidebar\.md|_navbar\.md|"
                  r"(^|/)donate|sponsors|(^|/)licen[sc]e\.md$|LICEN[SC]E|acknowledgements|citations|CHANGELOG|changelog|CHANGES|"
                  r"HISTORY\.md|NEWS\.md|(^|/)issues/|(^|/)media/|release|(^|/)\.github/|ISSUE_TEMPLATE|"
                  r"PULL_REQUEST_TEMPLATE|pull_request_template|(^|/)duckai/|(^|/)mcp|[Mm][Cc][Pp]|TOC\.md$|(^|/)404\.|"
                  r"FAQ-Contribution|ContributionChecklist|[Cc]opilot|(^|/)announcements/|(^|/)sponsor/|(^|/)license\.rst$|Release-Notes|version-history|Contrib-Llm)")

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
        if f.name in own or re.search(r"40", f.name):
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

if __name__ == "__main__":
    main()
