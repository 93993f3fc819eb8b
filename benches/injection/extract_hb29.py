#!/usr/bin/env python3
"""Builds the twenty-ninth hard-benign set (hard_benign29.jsonl): real
documentation passages only (no written half), from openly licensed
repositories (MIT, Apache-2.0, ISC, CC-BY-4.0) that no earlier set names,
chosen blind: without reading the detector, its rule docs, RESULTS.md or
the earlier sets' texts, and without running the detector on this set.

Theme: developer tooling that integrates with AI coding agents or LLMs,
and security tooling docs. Hard benign means real text a coding agent
fetches that instructs its human reader in the imperative, which an
injection detector is likely to confuse with an attack: an AI desktop
client for coding agents (English, Chinese, Japanese READMEs), a Neovim
AI coding plugin (English, Chinese), Sourcegraph's Cody (agent protocol,
editor clients), an LLM-backed Kubernetes diagnosis CLI with its MCP
server, a Go MCP library's docs, an MCP agent framework's docs (secrets,
authentication, deploys), a ChatGPT code-review bot's READMEs (English,
Chinese, Japanese, Korean), a code-review bot for CI (reviewdog), an LLM
evaluation toolkit's docs (ragas); and security tooling: an IaC scanner
(checkov), a Python SAST tool (bandit), a Kubernetes posture scanner
(kubescape), a runtime security engine's docs (Falco), a policy engine's
docs (Kyverno), a software-composition-analysis CLI (OpenSCA, English and
Chinese), a container security toolkit (veinmind, Chinese and English),
and a SAST orchestrator's docs (Horusec, English and Portuguese).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~) is never part of a passage: it ends the run before it and is
dropped. Front matter, MDX import/export lines and Jekyll/Liquid tag
lines are dropped. Prompt files written for agents (AGENTS.md, CLAUDE.md,
.claude/, .kit/prompts/, llms.txt and the like), codes of conduct,
roadmaps, blogs and contributor lists are left out. Within each source's
quota, passages that show the kind's hardest shape come first, then
passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 2929); no file gives
more than a third of a quota (at least two) when a source has three
files or more. A non-English passage must read as its language, and a
half-translated one does not count; a run that is mostly HTML tags,
badges and link targets, mostly bare links or mostly link definitions,
or mostly table rows, is skipped. A passage that names AgentDojo, spikee
or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files. The
files of the sets being built at the same time (names holding 34 or 35)
are left out of that check, unread. Passages that quote an example
attack would be marked `quotes_attack: true` (QUOTES_ATTACK below); a
passage that quotes an actual attack string is dropped instead (DROP
below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES29.md), then run

    python3 benches/injection/extract_hb29.py

from the repository root. It writes benches/injection/hard_benign29.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign29.jsonl"
SEED = 2929
PREFIX = "hb29"

AIONUI = "iOfficeAI/AionUi"
AVANTE = "yetone/avante.nvim"
CODY = "sourcegraph/cody"
K8SGPT = "k8sgpt-ai/k8sgpt"
MCPGO = "mark3labs/mcp-go"
MCPAGENT = "lastmile-ai/mcp-agent"
CRBOT = "anc95/ChatGPT-CodeReview"
REVIEWDOG = "reviewdog/reviewdog"
RAGAS = "explodinggradients/ragas"
CHECKOV = "bridgecrewio/checkov"
BANDIT = "PyCQA/bandit"
KUBESCAPE = "kubescape/kubescape"
FALCO = "falcosecurity/falco-website"
KYVERNO = "kyverno/website"
OPENSCA = "XmirrorSecurity/OpenSCA-cli"
VEINMIND = "chaitin/veinmind-tools"
HORUSEC = "ZupIT/horusec-docs"

LICENSES = {
    AIONUI: "Apache-2.0", AVANTE: "Apache-2.0", CODY: "Apache-2.0", K8SGPT: "Apache-2.0", MCPGO: "MIT",
    MCPAGENT: "Apache-2.0", CRBOT: "ISC", REVIEWDOG: "MIT", RAGAS: "Apache-2.0", CHECKOV: "Apache-2.0",
    BANDIT: "Apache-2.0", KUBESCAPE: "Apache-2.0", FALCO: "CC-BY-4.0", KYVERNO: "Apache-2.0",
    OPENSCA: "Apache-2.0", VEINMIND: "MIT", HORUSEC: "Apache-2.0",
}

REF = {}

# Topic words shared by every kind (secrets, admin, agents, LLMs, CI,
# security), in the languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|sso|admin|root|sudo|"
        r"webhook|config|permission|role|agent|llm|model|prompt|mcp|openai|anthropic|claude|copilot|gemini|"
        r"script|command|install|docker|ci|github|gitlab|hook|pre-commit|"
        r"upgrade|migrat|deprecat|release|security|vulnerab|cve|patch|deploy|scan|policy|rule|"
        r"密钥|令牌|密码|管理员|配置|权限|脚本|命令|安装|升级|发布|安全|漏洞|扫描|模型|代理|智能体|插件|"
        r"キー|トークン|パスワード|管理者|設定|権限|スクリプト|コマンド|インストール|セキュリティ|脆弱性|モデル|"
        r"비밀번호|관리자|설정|권한|설치|토큰|키|명령|보안|취약|모델|"
        r"senha|chave|administrador|usuário|permiss|atualiz|seguran|vulnerabil|token|instal|configura")
TOPIC = {
    "doc:contributor-guide": BASE + r"|contribut|pull request|\bpr\b|review|commit|sign-off|dco|cla|maintainer|"
                                    r"issue|bug|test|lint|branch|rebase|squash|merge|tag|changelog|贡献|提交|分支|合并|测试",
    "doc:migration-guide": BASE + r"|migrat|upgrade|breaking|deprecat|remov|renam|replac|v[0-9]+|version|"
                                  r"backward|compatib|changed|migração|versão",
    "doc:runbook": BASE + r"|runbook|alert|incident|restore|backup|troubleshoot|debug|log|restart|"
                          r"rotate|key|error|fail",
    "doc:security-advisory": BASE + r"|vulnerab|disclos|advisory|cve|report|patch|exploit|attack|"
                                    r"private|severity|injection|xss|sanitiz|crypto|tls|certificate|sast|sca|sbom",
    "doc:deploy": BASE + r"|deploy|install|helm|kubernetes|k8s|terraform|aws|iam|cluster|server|"
                         r"azure|pipeline|jenkins|workflow|action|tls|certificate",
    "doc:package-install": BASE + r"|install|curl|wget|pip|npm|brew|homebrew|apt|path|shell|bash|binary|"
                                  r"release|checksum|verify|plugin|extension|vscode|neovim|lazy",
    "doc:issue-template": BASE + r"|issue|bug|report|reproduce|version|template|checklist|pull request|"
                                 r"please|before|do not|don't",
    "doc:changelog": BASE + r"|fix|bug|feature|added|removed|changed|breaking",
    "doc:tool-guide": BASE + r"|policy|rule|check|scan|suppress|skip|baseline|severity|finding|report|"
                             r"sarif|output|flag|option|exclude|ignore|allow|deny|admission|mutate|validate|"
                             r"tool|server|client|resource|sampling|elicitation|transport|stdio|sse|http|"
                             r"规则|策略|检测|报告|ルール|規則|규칙|regra|política|análise",
}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # AI coding agents and LLM tooling
    (AIONUI, "en", r"^readme\.md$", 6, "doc:package-install"),
    (AIONUI, "zh", r"^readme_ch\.md$", 6, "doc:package-install"),
    (AIONUI, "ja", r"^readme_jp\.md$", 6, "doc:package-install"),
    (AVANTE, "en", r"^(README|CONTRIBUTING)\.md$", 14, "doc:package-install"),
    (AVANTE, "zh", r"^README_zh\.md$", 10, "doc:package-install"),
    (CODY, "en", r"^(?!.*(/test/|/e2e/|fixtures/|typehacks/)).*\.md$", 12, "doc:contributor-guide"),
    (K8SGPT, "en", r"^(README|MCP|INTEGRATIONS|SUPPORTED_MODELS|SECURITY_SELF_ASSESSMENT|GENERAL_TECHNICAL_REVIEW|SECURITY)\.md$", 20, "doc:tool-guide"),
    (K8SGPT, "en", r"^(CONTRIBUTING|RELEASE|GOVERNANCE)\.md$", 6, "doc:contributor-guide"),
    (MCPGO, "en", r"^(www/docs/pages/.+\.mdx|README\.md|SECURITY\.md|CONTRIBUTING\.md)$", 22, "doc:tool-guide"),
    (MCPAGENT, "en", r"^docs/(cloud|mcp-agent-sdk|get-started|mcp|openai|test-evaluate)/.+\.mdx$|^docs/(configuration|oauth_support_design)\.mdx?$", 22, "doc:deploy"),
    (MCPAGENT, "en", r"^(CONTRIBUTING|SECURITY)\.md$", 3, "doc:contributor-guide"),
    (CRBOT, "en", r"^(README|SECURITY|CONTRIBUTING)\.md$", 4, "doc:deploy"),
    (CRBOT, "zh", r"^README\.zh-(CN|TW)\.md$", 6, "doc:deploy"),
    (CRBOT, "ja", r"^README\.ja\.md$", 4, "doc:deploy"),
    (CRBOT, "ko", r"^README\.ko\.md$", 4, "doc:deploy"),
    (REVIEWDOG, "en", r"^(README\.md|\.github/CONTRIBUTING\.md|\.github/PULL_REQUEST_TEMPLATE\.md|doghouse/appengine/secret/README\.md)$", 16, "doc:deploy"),
    (REVIEWDOG, "en", r"^CHANGELOG\.md$", 3, "doc:changelog"),
    (RAGAS, "en", r"^(docs/(getstarted|howtos/(integrations|customizations|applications|migrations))/.+\.md|CONTRIBUTING\.md|README\.md)$", 12, "doc:tool-guide"),
    # Security tooling
    (CHECKOV, "en", r"^docs/(1\.Welcome|2\.Basics|3\.Custom Policies|4\.Integrations|6\.Contribution|8\.Outputs)/.+\.md$", 24, "doc:tool-guide"),
    (CHECKOV, "en", r"^(CONTRIBUTING|SECURITY)\.md$|^\.github/.+\.md$", 4, "doc:contributor-guide"),
    (BANDIT, "en", r"^(README\.rst|doc/source/(start|config|integrations|faq|index)\.rst|doc/source/(ci-cd|man)/.+\.rst)$", 10, "doc:tool-guide"),
    (BANDIT, "en", r"^doc/source/(plugins|blacklists)/.+\.rst$", 10, "doc:security-advisory"),
    (BANDIT, "en", r"^(CONTRIBUTING\.md|SECURITY\.md|\.github/.+\.md)$", 5, "doc:contributor-guide"),
    (KUBESCAPE, "en", r"^(docs/(?!roadmap|optimization-plan|TODO)[A-Za-z_-]+\.md|README\.md|SECURITY\.md|CONTRIBUTING\.md|docs/providers/armo\.md)$", 22, "doc:deploy"),
    (FALCO, "en", r"^content/en/docs/(?!reference/glossary/|reference/rules/default-macros/).+\.md$", 24, "doc:security-advisory"),
    (KYVERNO, "en", r"^src/content/docs/docs/(guides|installation|policy-types|introduction|security|troubleshooting|applying-policies|writing-policies|exceptions|policy-reports|subprojects)/.+\.mdx?$|^(CONTRIBUTING|DEVELOPMENT)\.md$", 22, "doc:tool-guide"),
    (OPENSCA, "en", r"^(README\.md|SECURITY\.md|CONTRIBUTING\.md|docs/(?!CODE_OF_CONDUCT)[A-Za-z0-9_./-]+(?<!zh_CN)(?<!zh-CN)\.md)$", 14, "doc:tool-guide"),
    (OPENSCA, "zh", r"-zh[_-]CN\.md$", 14, "doc:tool-guide"),
    (VEINMIND, "zh", r"^(README\.md|example/README\.md|plugins/[a-z]+/[a-z0-9-]+/README\.md|veinmind-runner/README\.md|veinmind-runner/helm_chart/README\.md)$", 16, "doc:security-advisory"),
    (VEINMIND, "en", r"README\.en\.md$", 12, "doc:security-advisory"),
    (HORUSEC, "en", r"^content/en/.+\.md$", 18, "doc:tool-guide"),
    (HORUSEC, "pt", r"^content/pt-br/.+\.md$", 20, "doc:tool-guide"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"密钥|令牌|密码|キー|トークン|パスワード|비밀번호|토큰|인증|senha|chave|segredo|credencia")
PRIME = {
    "doc:contributor-guide": _SEC + r"|must|never|do not|don't|before|sign|review|release|maintainer|agent|llm|必须|不要",
    "doc:migration-guide": _SEC + r"|breaking|removed|deprecat|must|replace|permission",
    "doc:runbook": _SEC + r"|alert|incident|restore|backup|rotate|root|admin|sudo",
    "doc:security-advisory": _SEC + r"|vulnerab|disclos|exploit|attacker|malicious|inject|shell|private|report|"
                                    r"恶意|漏洞|后门|提权|逃逸|弱口令",
    "doc:deploy": _SEC + r"|webhook|iam|role|permission|admin|root|tls|kubeconfig|registry|agent|llm|prompt|"
                         r"github_token|secrets\.",
    "doc:package-install": _SEC + r"|curl|sudo|\| *(ba)?sh|checksum|verify|path|root|agent|prompt|"
                                  r"代理|智能体|提示词|エージェント|プロンプト",
    "doc:issue-template": _SEC + r"|security|vulnerab|do not|don't|please|before",
    "doc:changelog": _SEC + r"|permission|policy|role|admin|breaking|security",
    "doc:tool-guide": _SEC + r"|agent|llm|prompt|ignore|skip|suppress|bypass|exception|deny|admin|root|"
                             r"must|never|do not|webhook|漏洞|密钥|規則|ignorar|pular",
}

# Prompt files written for agents, codes of conduct and the like are left
# out (path filters above never pick most of them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|\.clinerules|(^|/)\.cline/|"
                  r"(^|/)agents/|(^|/)commands/|(^|/)aiagent/|AI_USAGE_POLICY|llms\.txt|LLMS\.txt|(^|/)\.codex/|(^|/)\.kit/|"
                  r"(^|/)skills/|(^|/)prompts?/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|(^|/)\.cursor/|"
                  r"copilot[-_]instructions|\.instructions\.md|(^|/)instructions/|AI-POLICY|"
                  r"(^|/)blog/|ROADMAP|roadmap|TODO|CONTRIBUTORS|ADOPTERS|MAINTAINERS|"
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
        if f.name in own or re.search(r"34|35", f.name):
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


if __name__ == "__main__":
    main()
