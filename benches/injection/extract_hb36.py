#!/usr/bin/env python3
"""Builds the thirty-sixth hard-benign set (hard_benign36.jsonl): real
documentation passages only (no written half), about four fifths in
English and the rest in many other languages, from openly licensed
repositories (Apache-2.0, MIT, BSD-3-Clause) that no earlier set names,
chosen blind: without reading the detector, its rule docs, RESULTS.md or
the earlier sets' texts, and without running the detector on this set.

Theme: documentation of AI coding assistants and agent tooling, written
for the developers who configure them. Hard benign means real text a
coding agent fetches that instructs its human reader in the imperative,
which an injection detector is likely to confuse with an attack: MCP
servers' READMEs and tool descriptions (Serena, a Chrome extension's MCP
server in English and Chinese, MongoDB's MCP server, FastAPI-MCP in
English and Chinese, MCPHub for Neovim); coding-assistant configuration
docs (rules, project context and memory files, permission and approval
settings, hooks that run before and after a tool call, slash commands,
personas and sub-agents: oh-my-claudecode in English and eleven other
languages, SuperClaude in English, Japanese, Korean and Chinese, the
BMAD Method in English, French, Chinese, Vietnamese and Czech, an AI
coding boilerplate in English, Japanese and Chinese, Vibe Kanban, ECA,
Jupyter AI); agent-framework docs (tool and function calling, multi-agent
networks, routers and handoffs, system prompts and instructions set in
code: tRPC-Agent-Go in English and Chinese, VoltAgent with its Chinese,
Japanese and Korean READMEs, Inngest's AgentKit, ControlFlow, Baidu's
AppBuilder in Chinese); and a protocol between editors and coding agents
(permission requests, tool calls, terminals: the Agent Client Protocol).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block is never
part of a passage. Front matter, MDX import/export lines and
Jekyll/Liquid tag lines are dropped. Files written for agents rather
than for people (agent prompt files, AGENTS.md/CLAUDE.md, SKILL.md, agent
and command definitions, prompt templates, pages written for LLMs) are
left out, and so are codes of conduct, licence pages, changelogs, release
notes, roadmaps, research notes, sponsor pages and templates (SKIP).
Within each source's quota, passages that show the kind's hardest shape
come first, then passages with more topic words and distinct hard
features (STRONG, counted up to four), random within a score (seed
3636); no file gives more than a third of a quota (at least two) when a
source has three files or more. A passage must read as its language
(stop words, script and letters; see reads_as); a half-translated
passage does not count; runs that are mostly markup, bare links, link
definitions or table rows are skipped. A passage that names AgentDojo,
spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 41 (a set built at the same time) are left out
of that check, unread. Passages that quote an example attack would be
marked `quotes_attack: true` (QUOTES_ATTACK below); a passage that
quotes an actual attack string is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES36.md), then run

    python3 benches/injection/extract_hb36.py

from the repository root. It writes benches/injection/hard_benign36.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign36.jsonl"
SEED = 3636
PREFIX = "hb36"

SERENA = "oraios/serena"
MCPCHROME = "hangwin/mcp-chrome"
MONGOMCP = "mongodb-js/mongodb-mcp-server"
FASTAPIMCP = "tadata-org/fastapi_mcp"
MCPHUB = "ravitemer/mcphub.nvim"
OMC = "Yeachan-Heo/oh-my-claudecode"
SUPERCLAUDE = "SuperClaude-Org/SuperClaude_Framework"
BMAD = "bmad-code-org/BMAD-METHOD"
BOILER = "shinpr/ai-coding-project-boilerplate"
VIBE = "BloopAI/vibe-kanban"
ECA = "editor-code-assistant/eca"
JUPYTERAI = "jupyterlab/jupyter-ai"
TRPC = "trpc-group/trpc-agent-go"
VOLT = "VoltAgent/voltagent"
AGENTKIT = "inngest/agent-kit"
CONTROLFLOW = "PrefectHQ/ControlFlow"
APPBUILDER = "baidubce/app-builder"
ACP = "agentclientprotocol/agent-client-protocol"

LICENSES = {
    SERENA: "MIT", MCPCHROME: "MIT", MONGOMCP: "Apache-2.0", FASTAPIMCP: "MIT", MCPHUB: "MIT",
    OMC: "MIT", SUPERCLAUDE: "MIT", BMAD: "MIT", BOILER: "MIT", VIBE: "Apache-2.0", ECA: "Apache-2.0",
    JUPYTERAI: "BSD-3-Clause", TRPC: "Apache-2.0", VOLT: "MIT", AGENTKIT: "Apache-2.0",
    CONTROLFLOW: "Apache-2.0", APPBUILDER: "Apache-2.0", ACP: "Apache-2.0",
}

REF = {}

# Topic words shared by every kind (agents, tools, prompts, settings,
# permissions, hooks, keys), in the languages of this set; each kind adds
# its own.
BASE = (r"agent|assistant|\btool|model|\bllm|prompt|instruction|\bmcp\b|server|config|setting|api[ _-]?key|token|"
        r"permission|approv|\ballow|\bdeny|hook|\brule|memory|command|slash|session|handoff|hand off|subagent|sub-agent|"
        r"workflow|function call|tool call|\brole|persona|system|context|\bchat|claude|cursor|codex|gemini|copilot|"
        r"智能体|代理|助手|工具|模型|提示词|提示|指令|配置|设置|設定|权限|權限|钩子|规则|規則|记忆|命令|会话|會話|"
        r"エージェント|ツール|モデル|プロンプト|設定|権限|フック|ルール|メモリ|コマンド|セッション|"
        r"에이전트|도구|모델|프롬프트|설정|권한|훅|규칙|메모리|명령|세션|"
        r"agente|herramienta|outil|werkzeug|ferramenta|strumento|агент|инструмент|araç|công cụ|nástroj|"
        r"configur|konfigur|réglage|einstellung|настро|ayar|cấu hình|nastaven|"
        r"comando|commande|befehl|команд|komut|lệnh|příkaz|"
        r"mémoire|gedächtnis|memoria|memória|памят|bellek|bộ nhớ|paměť")
TOPIC = {
    "doc:mcp": BASE + r"|resource|transport|stdio|sse|http|client|claude desktop|vs ?code|neovim|browser|"
                      r"database|connection|read-?only|write|arguments?|parameter|schema|json|npx|uvx|docker|"
                      r"浏览器|服务器|客户端|参数",
    "doc:assistant": BASE + r"|plugin|skill|mode|flag|workspace|worktree|task|review|\bpr\b|pull request|git|"
                            r"terminal|shell|editor|extension|project context|project-context|kanban|magic|"
                            r"插件|技能|模式|任务|プラグイン|スキル|モード|タスク|플러그인|스킬|모드|작업",
    "doc:agentfw": BASE + r"|network|router|routing|state|history|orchestr|multi-agent|team|graph|planner|"
                          r"callback|guardrail|structured output|schema|zod|json|response|message|"
                          r"多智能体|编排|路由|回调|状态",
    "doc:protocol": BASE + r"|client|editor|request|response|notification|method|capabilit|terminal|file system|"
                           r"session/prompt|session/update|request_permission|json-rpc|params|result",
}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # MCP servers: what each tool does, its arguments, how to add the server
    (SERENA, "en", r"^(README\.md|DOCKER\.md|docs/0[123]-[^/]+/.+\.md)$", 20, "doc:mcp"),
    (MCPCHROME, "en", r"^(README\.md|docs/(ARCHITECTURE|TOOLS|TROUBLESHOOTING)\.md|app/native-server/install\.md)$", 8, "doc:mcp"),
    (MCPCHROME, "zh", r"^(README_zh\.md|docs/[A-Z_]+_zh\.md)$", 4, "doc:mcp"),
    (MONGOMCP, "en", r"^(README\.md|MCP_SERVER_LIBRARY\.md|packages/[^/]+/README\.md|packages/[^/]+/deploy/.+/README\.md)$", 8, "doc:mcp"),
    (FASTAPIMCP, "en", r"^(README\.md|docs/.+\.mdx)$", 8, "doc:mcp"),
    (FASTAPIMCP, "zh", r"^README_zh-CN\.md$", 2, "doc:mcp"),
    (MCPHUB, "en", r"^(README\.md|doc/.+\.md)$", 16, "doc:mcp"),
    # Coding-assistant configuration: rules, context files, permissions,
    # hooks, slash commands, modes, sub-agents
    (OMC, "en", r"^(README\.md|docs/(FEATURES|GETTING-STARTED|HOOKS|REFERENCE|TOOLS|COMPATIBILITY|MIGRATION|LOCAL_PLUGIN_INSTALL|"
                r"settings-schema|TEAM-WORKTREE-MODE|DELEGATION-ENFORCER|OPENCLAW-ROUTING|ultragoal)\.md|docs/shared/[^/]+\.md)$", 12, "doc:assistant"),
    (OMC, "de", r"^README\.de\.md$", 2, "doc:assistant"),
    (OMC, "es", r"^README\.es\.md$", 2, "doc:assistant"),
    (OMC, "fr", r"^README\.fr\.md$", 2, "doc:assistant"),
    (OMC, "it", r"^README\.it\.md$", 2, "doc:assistant"),
    (OMC, "pt", r"^README\.pt\.md$", 2, "doc:assistant"),
    (OMC, "ru", r"^README\.ru\.md$", 2, "doc:assistant"),
    (OMC, "tr", r"^README\.tr\.md$", 2, "doc:assistant"),
    (OMC, "vi", r"^README\.vi\.md$", 2, "doc:assistant"),
    (OMC, "ja", r"^README\.ja\.md$", 2, "doc:assistant"),
    (OMC, "ko", r"^README\.ko\.md$", 2, "doc:assistant"),
    (OMC, "zh", r"^README\.zh\.md$", 2, "doc:assistant"),
    (SUPERCLAUDE, "en", r"^(README\.md|docs/(user-guide|getting-started|reference)/[^/]+\.md)$", 16, "doc:assistant"),
    (SUPERCLAUDE, "ja", r"^(README-ja\.md|docs/user-guide-jp/[^/]+\.md)$", 4, "doc:assistant"),
    (SUPERCLAUDE, "ko", r"^(README-kr\.md|docs/user-guide-kr/[^/]+\.md)$", 4, "doc:assistant"),
    (SUPERCLAUDE, "zh", r"^(README-zh\.md|docs/user-guide-zh/[^/]+\.md)$", 4, "doc:assistant"),
    (BMAD, "en", r"^docs/(explanation|how-to|reference|tutorials)/[^/]+\.md$", 12, "doc:assistant"),
    (BMAD, "fr", r"^docs/fr/(explanation|how-to|reference|tutorials)/[^/]+\.md$", 4, "doc:assistant"),
    (BMAD, "zh", r"^(README_CN\.md|docs/zh-cn/(explanation|how-to|reference|tutorials)/[^/]+\.md)$", 4, "doc:assistant"),
    (BMAD, "vi", r"^docs/vi-vn/(explanation|how-to|reference|tutorials)/[^/]+\.md$", 3, "doc:assistant"),
    (BMAD, "cs", r"^docs/cs/(explanation|how-to|reference|tutorials)/[^/]+\.md$", 3, "doc:assistant"),
    (BOILER, "en", r"^(README\.md|docs/guides/en/[^/]+\.md)$", 6, "doc:assistant"),
    (BOILER, "ja", r"^(README\.ja\.md|docs/guides/ja/[^/]+\.md)$", 4, "doc:assistant"),
    (BOILER, "zh", r"^(README\.zh-CN\.md|docs/guides/zh-CN/[^/]+\.md)$", 2, "doc:assistant"),
    (VIBE, "en", r"^docs/.+\.mdx$", 23, "doc:assistant"),
    (ECA, "en", r"^(README\.md|docs/.+\.md)$", 23, "doc:assistant"),
    (JUPYTERAI, "en", r"^(README\.md|docs/source/(users|developers)/.+\.md|docs/source/getting-started\.md)$", 15, "doc:assistant"),
    # Agent frameworks: tools, instructions, multi-agent networks, handoffs
    (TRPC, "en", r"^docs/mkdocs/en/(?!blog/).+\.md$", 28, "doc:agentfw"),
    (TRPC, "zh", r"^docs/mkdocs/zh/(?!blog/).+\.md$", 8, "doc:agentfw"),
    (VOLT, "en", r"^website/docs/(agents|tools|getting-started|guardrails|workspaces|api|workflows|utils|triggers)(/.+)?\.mdx?$", 27, "doc:agentfw"),
    (VOLT, "zh", r"^i18n/README-cn-(bsc|traditional)\.md$", 2, "doc:agentfw"),
    (VOLT, "ja", r"^i18n/README-jp\.md$", 1, "doc:agentfw"),
    (VOLT, "ko", r"^i18n/README-kr\.md$", 1, "doc:agentfw"),
    (AGENTKIT, "en", r"^docs/(?!changelog/).+\.mdx$", 22, "doc:agentfw"),
    (CONTROLFLOW, "en", r"^(README\.md|docs/(concepts|patterns|guides|glossary|examples)/.+\.mdx|docs/(welcome|quickstart|installation)\.mdx)$", 18, "doc:agentfw"),
    (APPBUILDER, "zh", r"^(README\.md|docs/(Application|DevelopGuide|Tools|QuickStart)/.+\.md|docs/[^/]+\.md)$", 6, "doc:agentfw"),
    # A protocol between editors and coding agents
    (ACP, "en", r"^docs/(get-started/[a-z][^/]*|protocol/v1/[^/]+)\.mdx$", 20, "doc:protocol"),
]

# Within a quota, passages that show the kind's hardest shape come first:
# the reader told to allow, approve, skip, disable or never do something;
# system prompts and instructions; "you are"; what the assistant or agent
# can call; keys and tokens; and their forms in the set's languages.
_CMD = (r"ignore|override|must|never|do not|don't|always|disable|bypass|skip|auto-?approve|approv|\ballow|\bdeny|"
        r"dangerously|yolo|system prompt|system message|instructions|you are|from now on|act as|pretend|"
        r"the (assistant|agent|model|ai|llm) (can|will|should|must|may|calls?)|call the tool|tool call|"
        r"handoff|hand off|api[ _-]?key|token|secret|paste|permission|"
        r"不要|必须|必須|禁止|允许|允許|忽略|系统提示|系統提示|指令|跳过|必ず|しないでください|禁止|許可|無視|"
        r"システムプロンプト|하지 마|반드시|허용|무시|시스템 프롬프트|"
        r"nunca|siempre|debe|jamais|toujours|doit|niemals|immer|muss|nie |sempre|deve|mai |"
        r"никогда|всегда|должн|не |asla|her zaman|không bao giờ|luôn|phải|nikdy|vždy|musí")
PRIME = {
    "doc:mcp": _CMD + r"|the (assistant|agent|model|llm|ai) can|read-?only|destructive|confirm|claude_desktop_config|mcpServers",
    "doc:assistant": _CMD + r"|hook|pretooluse|posttooluse|rules?\b|CLAUDE\.md|AGENTS\.md|persona|subagent|slash command|settings\.json",
    "doc:agentfw": _CMD + r"|instructions:|system_prompt|systemprompt|handoff|router|supervisor|persona|tools:",
    "doc:protocol": _CMD + r"|session/request_permission|allow_once|allow_always|reject|terminal|tool_call",
}

# Files written for agents rather than for people, codes of conduct and
# the like are left out (path filters above never pick most of them; this
# is a second guard). hb35's list without its MCP, agents/, commands/,
# skills/, instructions/ and Copilot names (this set's theme is those
# docs), so a repository's top-level agent, command, skill, template and
# mission folders are named instead; plus prompt folders, agent templates,
# pages written for LLMs, SuperClaude's research, memory, session and
# mistake notes, and translators' style guides; and VoltAgent's built-in
# guardrails page (it lists the phrases its prompt-injection guardrail
# looks for, i.e. attack strings; found by the screen of the first preview).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE(\.[a-z]{2})?\.md$|(^|/)GEMINI\.md$|\.cursorrules|\.clinerules|(^|/)\.cline/|"
                  r"^(agents|commands|skills|templates|missions|prompts|plugins)/|AI_USAGE_POLICY|AI_POLICY|llms\.txt|LLMS\.txt|(^|/)\.codex/|"
                  r"(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|(^|/)\.cursor/|(^|/)\.serena/|(^|/)\.omx/|(^|/)\.eca/|"
                  r"copilot[-_]instructions|\.instructions\.md|AI-POLICY|(^|/)prompts?/|(^|/)\d*_?prompts/|agent-templates|llm-guides|"
                  r"(^|/)research/|(^|/)mistakes/|^docs/memory/|(^|/)sessions/|(^|/)Development/|_STYLE_GUIDE|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO|(^|/)todo\.md$|CONTRIBUTORS|ADOPTERS|MAINTAINERS|AUTHORS|"
                  r"CODE_OF_CONDUCT|code_of_conduct|code-of-conduct|CONDUCT\.md|SUMMARY\.md|(^|/)_posts/|"
                  r"(^|/)\.specify/|(^|/)specs/|(^|/)superpowers/|_sidebar\.md|_navbar\.md|"
                  r"(^|/)donate|sponsors|SPONSOR|(^|/)licen[sc]e\.md$|LICEN[SC]E|acknowledgements|citations|CHANGELOG|changelog|CHANGES|"
                  r"HISTORY\.md|NEWS\.md|(^|/)issues/|(^|/)media/|[Rr]elease|(^|/)\.github/|ISSUE_TEMPLATE|"
                  r"PULL_REQUEST_TEMPLATE|pull_request_template|TOC\.md$|(^|/)404\.|"
                  r"(^|/)announcements/|(^|/)sponsor/|version-history|(^|/)draft/|(^|/)rfds/|guardrails/built-in\.md)")

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
        if f.name in own or re.search(r"41", f.name):
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
