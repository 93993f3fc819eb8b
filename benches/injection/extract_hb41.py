#!/usr/bin/env python3
"""Builds the forty-first hard-benign set (hard_benign41.jsonl): real
documentation passages only (no written half), about four fifths in
English and the rest in other languages, from openly licensed
repositories (MIT, Apache-2.0, MPL-2.0, BSD-2-Clause) that no earlier set names,
chosen blind: without reading the detector, its rule docs, RESULTS.md or
the earlier sets' texts, and without running the detector on this set.

Theme: customer-support, contact-centre, live-chat, helpdesk, CRM and
marketing-message documentation, where "agent" usually means a human
support agent. Contact centres: Amazon Connect Streams (the agent's
contact control panel: accept, transfer, hold, agent states, quick
connects) and Amazon Connect ChatJS (customer chat sessions, messages,
attachments, persistent chat), Twilio Professional Services' Flex
project template (canned responses, chat and conversation transfer,
callbacks and voicemail, supervisor barge and coach, schedules, agent
automation, dispositions) and a Genesys Cloud blueprint (an e-mail sent
by a trigger and a workflow when an outbound message fails).
Chatbots for support teams: Botonic (Hubtype's conversational apps,
human handoff to an agent queue, webchat, WhatsApp templates). Live-chat
SDKs: Crisp's REST API client (conversations, operators, helpdesk
articles, campaigns, people), Jivo's iOS SDK, UseDesk's Android SDK
(English and Russian READMEs) and Meiqia's iOS SDK (Chinese).
Ticketing on WhatsApp: whaticket (English) and Press Ticket (Portuguese).
Knowledge bases: phpMyFAQ (FAQ, open questions, users, permissions,
configuration) and Raneto. E-mail templates: Foundation for Emails.
WeChat official-account messaging in Chinese (customer-service
messages, passive replies, template messages, events): wechatpy's docs
and Senparc's WeiXinMPSDK README; Meiqia's chat view controller README.
VK community bots in Russian: vk-io's Russian guide (messages,
keyboards, updates, attachments).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines, AsciiDoc
attribute lines and Jekyll/Liquid tag lines are dropped. Files written
for agents rather than for people (AGENTS.md/CLAUDE.md, SKILL.md,
.cursor rules and plans, phpMyFAQ's AI-translation and MCP-server pages,
Botonic's AI-agents plugin), and codes of conduct, licence pages,
changelogs, release notes, release-process pages, acknowledgement pages
and templates are left out (SKIP and the path filters). Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 4141); no file gives
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
Files whose names hold 46 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string aimed at an AI model (a prompt injection
or jailbreak) is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES41.md), then run

    python3 benches/injection/extract_hb41.py

from the repository root. It writes benches/injection/hard_benign41.jsonl
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
OUT = Path(__file__).parent / "hard_benign41.jsonl"
SEED = 4141
PREFIX = "hb41"

STREAMS = "amazon-connect/amazon-connect-streams"
CHATJS = "amazon-connect/amazon-connect-chatjs"
FLEX = "twilio-professional-services/flex-project-template"
GENESYS = "GenesysCloudBlueprints/send-email-notification-when-outbound-message-fails-blueprint"
BOTONIC = "hubtype/botonic"
CRISP = "crisp-im/node-crisp-api"
JIVO = "JivoChat/JivoSDK-iOS"
USEDESK_A = "usedesk/Android_SDK"
MEIQIA = "Meiqia/MeiqiaSDK-iOS"
WHATICKET = "canove/whaticket"
PRESS = "rtenorioh/Press-Ticket"
PHPMYFAQ = "thorsten/phpMyFAQ"
RANETO = "ryanlelek/Raneto"
FEMAILS = "zurb/foundation-emails"
MQCHAT = "Meiqia/MQChatViewController"
WECHATPY = "wechatpy/wechatpy"
SENPARC = "Senparc/WeiXinMPSDK"
VKIO = "negezor/vk-io"

LICENSES = {
    STREAMS: "Apache-2.0", CHATJS: "Apache-2.0", FLEX: "Apache-2.0", GENESYS: "MIT",
    BOTONIC: "MIT", CRISP: "MIT", JIVO: "Apache-2.0", USEDESK_A: "MIT",
    MEIQIA: "MIT", WHATICKET: "MIT", PRESS: "MIT", PHPMYFAQ: "MPL-2.0", RANETO: "MIT",
    FEMAILS: "MIT", MQCHAT: "MIT", WECHATPY: "MIT", SENPARC: "BSD-2-Clause",
    VKIO: "MIT",
}

REF = {}

# Topic words shared by every kind (agents, customers, tickets, chats,
# transfers, queues, canned replies, templates, triggers, campaigns,
# tokens, roles), in the languages of this set; each kind adds its own.
BASE = (r"agent|customer|client|visitor|operator|supervisor|ticket|chat|conversation|contact|queue|"
        r"transfer|escalat|assign|reply|respond|forward|canned|macro|template|placeholder|auto-?repl|"
        r"auto-?respon|trigger|automation|workflow|rule|sla|schedule|campaign|newsletter|e-?mail|sms|"
        r"whatsapp|message|notification|notify|widget|inbox|helpdesk|support|crm|lead|segment|export|"
        r"webhook|token|api[ _-]?key|secret|password|credential|role|permission|admin|grant|bot|"
        r"handoff|hand off|human|close|resolve|ignore|skip|disable|override|"
        r"客服|访客|顾客|客户|工单|会话|消息|转接|分配|机器人|模板|推送|通知|密钥|令牌|群发|留言|评价|"
        r"оператор|клиент|чат|обращени|сообщени|тикет|токен|ключ|уведомлен|виджет|бот|поддержк|"
        r"atendimento|atendente|cliente|ticket|fila|mensag|conexão|usuário|senha|token|chave|setor|"
        r"transferênc|notifica|contato")
TOPIC = {
    "doc:contact-center": BASE + r"|ccp|softphone|call|voice|hold|mute|quick connect|routing|"
                                 r"reservation|task|worker|disposition|voicemail|callback|barge|coach|"
                                 r"wrap-?up|after contact work|persistent|attachment|participant",
    "doc:chatbot": BASE + r"|intent|payload|webchat|carousel|button|flow|nlu|locale|handoff|queue|"
                          r"deploy|plugin|session|user input",
    "doc:livechat": BASE + r"|sdk|push|device|session|operator|website|crisp|helpdesk article|"
                           r"people|profile|segment|plugin|init|identify|jwt|signature",
    "doc:ticketing": BASE + r"|whatsapp|qr ?code|backend|frontend|docker|nginx|pm2|database|"
                            r"\.env|install|update|vps|mysql|postgres|redis",
    "doc:kb": BASE + r"|faq|knowledge|article|category|question|answer|search|user|group|"
                     r"configuration|install|ldap|sso|captcha|spam|comment|attachment|page|content",
    "doc:messaging": BASE + r"|official account|公众号|企业微信|小程序|客服消息|模板消息|被动回复|自动回复|"
                            r"事件|菜单|素材|用户|标签|授权|回调|access_token|appid|openid|"
                            r"сообществ|клавиатур|беседа|событи|вложени|пользовател|группа",
    "doc:email": BASE + r"|inky|inline|css|layout|button|callout|spacer|grid|outlook|gmail|"
                        r"client|preheader|litmus|build|template",
}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Contact centres
    (STREAMS, "en", r"^(README\.md|Documentation\.md|Documentation-GR\.md|cheat-sheet\.md|Architecture\.md)$", 36, "doc:contact-center"),
    (CHATJS, "en", r"^(README\.md|docs/.+\.md|\.github/docs/COMMON_ISSUES\.md)$", 22, "doc:contact-center"),
    (FLEX, "en", r"^(README\.md|docs/docs/.+\.mdx?)$", 62, "doc:contact-center"),
    (GENESYS, "en", r"^(README\.md|blueprint/.+\.md)$", 6, "doc:contact-center"),
    # Chatbots for support teams
    (BOTONIC, "en", r"^(README\.md|docs/docs/(?!releases/).+\.mdx?)$", 46, "doc:chatbot"),
    # Live-chat SDKs
    (CRISP, "en", r"^(README\.md|EXAMPLES\.md)$", 22, "doc:livechat"),
    (JIVO, "en", r"^(README\.md|JivoSDK/Documentation/.+\.md)$", 6, "doc:livechat"),
    (USEDESK_A, "en", r"^README\.MD$", 7, "doc:livechat"),
    # Ticketing on WhatsApp
    (WHATICKET, "en", r"^README\.md$", 6, "doc:ticketing"),
    # Knowledge bases
    (PHPMYFAQ, "en", r"^(README\.md|docs/.+\.md)$", 46, "doc:kb"),
    (RANETO, "en", r"^(README\.md|content/pages/.+\.md)$", 15, "doc:kb"),
    # E-mail templates
    (FEMAILS, "en", r"^(README\.md|migration\.md|docs/pages/.+\.md)$", 24, "doc:email"),
    # Other languages
    (USEDESK_A, "ru", r"^README_RU\.md$", 2, "doc:livechat"),
    (VKIO, "ru", r"^docs/ru/.+\.md$", 18, "doc:chatbot"),
    (MEIQIA, "zh", r"^README\.md$", 24, "doc:livechat"),
    (MQCHAT, "zh", r"^README\.md$", 8, "doc:livechat"),
    (WECHATPY, "zh", r"^(README\.md|docs/.+\.rst)$", 14, "doc:messaging"),
    (SENPARC, "zh", r"^readme\.md$", 6, "doc:messaging"),
    (PRESS, "pt", r"^(README\.md|docs/.+\.md)$", 7, "doc:ticketing"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader (an agent, an operator, an admin) told to ignore, skip,
# override, disable, close, transfer, forward, reply or send something;
# tokens, secrets, keys, passwords, webhooks; templated messages; and
# their forms in the set's languages.
_CMD = (r"ignore|override|must|never|do not|don't|always|disable|bypass|skip|\ballow|\bdeny|"
        r"run the|execute|delete|force|overwrite|grant|revoke|reset|approve|"
        r"api[ _-]?key|token|secret|password|credential|paste|copy|permission|webhook|callback|"
        r"send|e-?mail|forward|reply|respond|on behalf|impersonat|transfer|assign|escalat|close|"
        r"auto-?repl|canned|template|placeholder|\{\{|share|public|you are|instructions|system|"
        r"admin|root|sudo|"
        r"不要|必须|禁止|允许|忽略|删除|执行|密码|令牌|密钥|授权|务必|请勿|切勿|发送|转接|回复|"
        r"никогда|всегда|необходимо|нельзя|удал|пароль|токен|секрет|ключ|выполн|отправ|"
        r"nunca|sempre|deve|senha|credencia|chave|enviar|envie|transfer|apagar|excluir")
PRIME = {
    "doc:contact-center": _CMD + r"|agent state|offline|accept|reject|hang ?up|hold|mute|quick connect|"
                                 r"barge|coach|wrap|disposition|voicemail|callback",
    "doc:chatbot": _CMD + r"|handoff|hand off|human|agent|queue|payload|intent|fallback",
    "doc:livechat": _CMD + r"|operator|visitor|push|signature|jwt|identify|session|"
                           r"客服|访客|оператор|клиент",
    "doc:ticketing": _CMD + r"|whatsapp|qr ?code|\.env|admin|usuário|atendente",
    "doc:kb": _CMD + r"|captcha|spam|ldap|sso|open question|moderat|user|group",
    "doc:messaging": _CMD + r"|客服|回复|群发|模板消息|access_token|secret|appsecret|aeskey|"
                            r"клавиатур|сообщени|ответ",
    "doc:email": _CMD + r"|inline|outlook|gmail|preheader|client|button",
}

# Files written for agents rather than for people, codes of conduct,
# licences, changelogs, release notes, acknowledgement pages, templates and
# the like are left out (the path filters never pick most of them; this is
# a second guard): hb40's list, plus Botonic's release pages and AI-agents
# plugin, phpMyFAQ's AI-translation, MCP-server, release-process,
# thank-you and static-analysis pages.
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
                  r"STATIC_ANALYSIS|NpmPublish)")

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
        if f.name in own or re.search(r"46", f.name):
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
