#!/usr/bin/env python3
"""Builds the forty-second hard-benign set (hard_benign42.jsonl): real
documentation passages only (no written half), about seven tenths in
English and the rest in other languages, from openly licensed
repositories (MIT, Apache-2.0, BSD-3-Clause, MPL-2.0, CC-BY-4.0) that no
earlier set names, chosen blind: without reading the detector, its rule
docs, RESULTS.md or the earlier sets' texts, and without running the
detector on this set.

Theme: education and assessment software, where the reader is a
student, a teacher, a teaching assistant, a grader or a course admin.
Autograders and assignment checkers: Otter-Grader (assignments, tests,
grading containers, grade overrides, Gmail notifications, rate
limiting), Autolab (labs, autograders, Tango, MOSS, LTI, instructors, admin
features), France-ioi's taskgrader, Manytask (courses on GitLab,
checker, deadlines, grades; one Russian README for its Terraform setup)
and Learn-OCaml (exercises, graders, teachers' tokens). Course
platforms: Submitty (students, instructors, graders, sysadmins:
gradeables, late days, TA grading, plagiarism, exam seating), MarkUs
(assignments, marking, graders, peer review, automated testing), Dodona
(English and Dutch guides for teachers and students: courses, series,
exercises, evaluations, judges) and omegaUp (contests, arenas, problems;
English and Spanish pages). MOOCs: Richie (FUN MOOC's course catalogue,
LMS connections). LMS integrations: ltijs (LTI 1.3 tools: platforms,
keys, deep linking, grades, names and roles), CanvasAPI (Canvas LMS
tokens, courses, assignments, submissions) and the xAPI specification
(learning records, statements, authority, credentials). Exam integrity:
Safe Exam Browser's SEB Server setup and Dolos (plagiarism detection).
Flashcards: Obsidian Spaced Repetition (English and Chinese). Student
guides: js-primer (a Japanese JavaScript textbook: its introduction and
use-case chapters) and the French and Chinese translations of Rustlings
(small exercises checked by a watcher).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. Files written
for agents rather than for people (AGENTS.md/CLAUDE.md, SKILL.md,
.cursor rules and plans, Manytask's merge-request review bot and its
research notes, omegaUp's teaching-assistant page), and codes of
conduct, licence pages, changelogs, release notes, release-process
pages, acknowledgement and sponsor pages and templates are left out
(SKIP and the path filters). Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 4242); no file gives
more than a third of a quota (at least two) when a source has three
files or more. A passage must read as its language (stop words, script
and letters; see reads_as); a half-translated passage does not count;
runs that are mostly markup, bare links, link definitions or table rows
are skipped. A passage that names AgentDojo, spikee or garak is left
out.

File names are given by git unquoted (core.quotePath=false, through
git's environment, set below before the copied helpers), so that any
non-ASCII `ls-tree` name can be given back to `git show`.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 47 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES42.md), then run

    python3 benches/injection/extract_hb42.py

from the repository root. It writes benches/injection/hard_benign42.jsonl
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
OUT = Path(__file__).parent / "hard_benign42.jsonl"
SEED = 4242
PREFIX = "hb42"

OTTER = "ucbds-infra/otter-grader"
AUTOLAB = "autolab/Autolab"
TASKGRADER = "France-ioi/taskgrader"
MANYTASK = "manytask/manytask"
LEARNOCAML = "ocaml-sf/learn-ocaml"
SUBMITTY = "Submitty/submitty.github.io"
MARKUS = "MarkUsProject/Markus"
DODONA = "dodona-edu/dodona-edu.github.io"
OMEGAUP = "omegaup/omegaup"
RICHIE = "openfun/richie"
LTIJS = "Cvmcosta/ltijs"
CANVASAPI = "ucfopen/canvasapi"
XAPI = "adlnet/xAPI-Spec"
SEB = "SafeExamBrowser/seb-server-setup"
DOLOS = "dodona-edu/dolos"
OSR = "st3v3nmw/obsidian-spaced-repetition"
JSPRIMER = "asciidwango/js-primer"
RUSTLINGS_FR = "AndreLeclercq/rustlings-fr"
RUSTLINGS_CN = "rust-lang-cn/rustlings-cn"

LICENSES = {
    OTTER: "BSD-3-Clause", AUTOLAB: "Apache-2.0", TASKGRADER: "MIT",
    MANYTASK: "MIT", LEARNOCAML: "MIT", SUBMITTY: "MIT", MARKUS: "MIT", DODONA: "MIT",
    OMEGAUP: "BSD-3-Clause", RICHIE: "MIT", LTIJS: "Apache-2.0", CANVASAPI: "MIT",
    XAPI: "Apache-2.0", SEB: "MPL-2.0", DOLOS: "MIT", OSR: "MIT",
    JSPRIMER: "CC-BY-4.0", RUSTLINGS_FR: "MIT", RUSTLINGS_CN: "MIT",
}

REF = {}

# Topic words shared by every kind (students, teachers, graders,
# assignments, submissions, grades, exams, courses, tokens, roles), in
# the languages of this set; each kind adds its own.
BASE = (r"student|learner|pupil|teacher|instructor|professor|\bta\b|teaching assistant|grader|grading|"
        r"grade|mark|score|point|rubric|assignment|homework|submission|submit|hand in|exercise|"
        r"problem|task|exam|quiz|test|course|class|lecture|section|roster|enrol|deadline|late|"
        r"extension|feedback|autograd|plagiar|cheat|proctor|integrity|attempt|solution|answer|"
        r"hint|reset|regrade|override|ignore|skip|disable|token|api[ _-]?key|secret|password|"
        r"credential|role|permission|admin|impersonat|lms|lti|canvas|moodle|gradescope|"
        r"leerling|lesgever|leerkracht|docent|oefening|indien|inzending|cursus|reeks|punt|"
        r"beoordel|evaluatie|toets|opdracht|deadline|wachtwoord|"
        r"学生|老师|教师|作业|提交|考试|题目|评测|判题|成绩|分数|卡片|复习|牌组|笔记|答案|练习|"
        r"学習|学生|問題|演習|提出|実行|テスト|確認|答え|ユースケース|章|"
        r"estudiante|alumno|profesor|curso|concurso|problema|envío|calificaci|evaluaci|examen|tarea|"
        r"exercice|étudiant|cours|correction|indice|solution|tester|compil|"
        r"студент|курс|задани|задач|оценк|дедлайн|проверк|репозитори|сервер")
TOPIC = {
    "doc:autograder": BASE + r"|autograder|grader|notebook|test case|test file|docker|container|"
                             r"sandbox|timeout|checker|pipeline|gitlab|runner|tango|vm|output|"
                             r"expected|report|scoreboard|moss|ok\b|backup",
    "doc:course-platform": BASE + r"|gradeable|late day|office hours|forum|team|group|repository|"
                                  r"peer review|annotation|criteria|marking|series|judge|"
                                  r"contest|arena|scoreboard|clarification|seating|registration",
    "doc:mooc": BASE + r"|catalog|course run|organization|enrollment|joanie|lms|edx|moodle|"
                       r"open edx|cms|plugin|search|certificate",
    "doc:lms-integration": BASE + r"|platform|tool|launch|deep link|jwt|jwk|keyset|oauth|"
                                  r"client id|deployment|line item|ags|nrps|statement|actor|"
                                  r"verb|activity|lrs|authority|endpoint|access token",
    "doc:exam-integrity": BASE + r"|seb|safe exam browser|lockdown|kiosk|proctoring|screen|"
                                 r"monitor|config key|browser exam key|quit password|plagiarism|"
                                 r"similarity|fingerprint|report|docker|certificate",
    "doc:flashcards": BASE + r"|flashcard|card|deck|review|cloze|note|ease|interval|due|"
                             r"spaced repetition|obsidian|tag|schedul",
    "doc:student-guide": BASE + r"|exercise|rustlings|watch|hint|compile|cargo|chapter|"
                                r"書籍|本書|読者|サンプル|コマンド|ファイル|"
                                r"练习|提示|编译|exercice|chapitre|astuce",
}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Autograders and assignment checkers
    (OTTER, "en", r"^(README\.md|docs/.+\.rst)$", 24, "doc:autograder"),
    (AUTOLAB, "en", r"^(README\.md|docs/.+\.md)$", 23, "doc:autograder"),
    (TASKGRADER, "en", r"^(README\.md|docs/.+\.md)$", 10, "doc:autograder"),
    (MANYTASK, "en", r"^(README\.md|docs/(?!researches/).+\.md|course-template/README\.md)$", 16, "doc:autograder"),
    (LEARNOCAML, "en", r"^(README\.md|docs/.+\.md)$", 11, "doc:autograder"),
    # Course platforms
    (SUBMITTY, "en", r"^_docs/(student|instructor|grader|sysadmin|index)/.+\.md$", 41, "doc:course-platform"),
    (MARKUS, "en", r"^(README\.md|docs/docs/(?!developers/).+\.md)$", 28, "doc:course-platform"),
    (DODONA, "en", r"^en/.+\.md$", 12, "doc:course-platform"),
    (OMEGAUP, "en", r"^frontend/www/docs/(?!Internships-en-omegaUp|Google-Summer|GSoC|omegaUp-at-Google).+\.md$", 10, "doc:course-platform"),
    # MOOCs
    (RICHIE, "en", r"^(README\.md|docs/.+\.md)$", 12, "doc:mooc"),
    # LMS integrations
    (LTIJS, "en", r"^(README\.md|docs/.+\.md)$", 14, "doc:lms-integration"),
    (CANVASAPI, "en", r"^(README\.md|docs/.+\.rst)$", 6, "doc:lms-integration"),
    (XAPI, "en", r"^xAPI(-About|-Communication|-Data)?\.md$", 12, "doc:lms-integration"),
    # Exam integrity
    (SEB, "en", r"^(README\.rst|docs/.+\.rst)$", 16, "doc:exam-integrity"),
    (DOLOS, "en", r"^(README\.md|docs/(docs|about)/.+\.md)$", 8, "doc:exam-integrity"),
    # Flashcards
    (OSR, "en", r"^(README\.md|docs/docs/en/.+\.md)$", 8, "doc:flashcards"),
    # Other languages
    (DODONA, "nl", r"^nl/.+\.md$", 45, "doc:course-platform"),
    (OSR, "zh", r"^docs/docs/zh/.+\.md$", 16, "doc:flashcards"),
    (RUSTLINGS_CN, "zh", r"^README\.md$", 4, "doc:student-guide"),
    (JSPRIMER, "ja", r"^source/(intro/(?!sponsors/).+|use-case/.+|basic/(introduction|read-eval-print)/.+)/README\.md$", 30, "doc:student-guide"),
    (OMEGAUP, "es", r"^(README\.md|frontend/www/docs/.+\.md)$", 8, "doc:course-platform"),
    (RUSTLINGS_FR, "fr", r"^(README\.md|exercises/.+\.md)$", 8, "doc:student-guide"),
    (MANYTASK, "ru", r"^terraform/README\.md$", 4, "doc:autograder"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (a student, a teacher, a grader, an admin) told to ignore,
# skip, override, disable, reset, submit, share or not share something;
# tokens, secrets, keys, passwords; impersonation and grade overrides;
# and their forms in the set's languages.
_CMD = (r"ignore|override|must|never|do not|don't|always|disable|bypass|skip|\ballow|\bdeny|"
        r"run the|execute|delete|force|overwrite|grant|revoke|reset|approve|"
        r"api[ _-]?key|token|secret|password|credential|paste|copy|permission|webhook|callback|"
        r"submit|hand in|share|cheat|plagiar|impersonat|masquerad|act as|on behalf|log in as|"
        r"extension|deadline|late|regrade|override|hidden test|solution|answer|"
        r"\{\{|public|you are|instructions|system|admin|root|sudo|"
        r"nooit|altijd|moet|verwijder|wachtwoord|indienen|negeer|let op|geheim|"
        r"不要|必须|禁止|允许|忽略|删除|执行|密码|令牌|密钥|授权|务必|请勿|切勿|提交|"
        r"してください|しないで|必ず|削除|実行|注意|禁止|パスワード|"
        r"nunca|siempre|debe|contraseña|no compartas|envía|borrar|eliminar|"
        r"jamais|toujours|doit|ne pas|mot de passe|supprim|exécut|"
        r"никогда|всегда|необходимо|нельзя|удал|пароль|токен|секрет|ключ|выполн")
PRIME = {
    "doc:autograder": _CMD + r"|grader|autograd|test case|hidden|sandbox|timeout|seed|notebook|"
                             r"checker|pipeline|score",
    "doc:course-platform": _CMD + r"|grader|ta\b|instructor|student|grade|late day|peer|"
                                  r"contest|clarification|scoreboard|evaluatie|lesgever|leerling|"
                                  r"concurso|estudiante",
    "doc:mooc": _CMD + r"|lms|enrol|course run|joanie|certificate|user",
    "doc:lms-integration": _CMD + r"|platform|launch|jwt|jwk|oauth|client id|deployment|"
                                  r"authority|access token|grade|score",
    "doc:exam-integrity": _CMD + r"|exam|quit|lock|proctor|monitor|browser exam key|config key|"
                                 r"plagiarism|similar",
    "doc:flashcards": _CMD + r"|review|card|deck|cloze|schedul|复习|卡片",
    "doc:student-guide": _CMD + r"|exercise|hint|watch|compile|exercice|练习|提示|演習|問題",
}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb41's list, plus Manytask's merge-request review bot
# (mr-reviewer) and research notes, omegaUp's teaching-assistant page,
# upgrade notes, privacy policies, and Submitty's and MarkUs' release pages.
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
                  r"release-instructions|(^|/)_posts/)")

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
        if f.name in own or re.search(r"47", f.name):
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
