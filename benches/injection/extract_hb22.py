#!/usr/bin/env python3
"""Builds the twenty-second hard-benign set (hard_benign22.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts, and
without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack, in domains no earlier set used: a low-code
platform's handbook (English, Chinese, Japanese, French, Russian:
workflows that run on triggers, call webhooks and send mail, ACL roles,
API keys, an AI employee feature); an e-commerce platform's merchant
guides (French and Spanish: web-service keys, payment modules, customer
e-mails, admin accounts); a CRM's user and admin docs (English, Russian,
Spanish, French: workflows, e-mail campaigns, OAuth, scheduler, roles);
a Chinese bastion host's docs (SSH assets, accounts and passwords,
MFA, command filters, LDAP); a web-analytics tool's docs (tracking
script, proxying, API keys, consent); a cookie-consent library's docs;
a flat-file CMS's admin docs; an Apple MDM server's user guide
(enrolment, push certificates, API and webhooks); a mobile data-
collection forms suite's docs (server users, passwords, encryption
keys, app settings); a browser-extension framework's docs (permissions,
content scripts, publishing keys); a chat-ops bot framework's docs
(scripts that answer chat users, adapters, tokens); a cross-platform
mobile runtime's docs (app store signing, push notifications, deep
links, config files); a Korean translation of a cloud MDM service's
docs (enrolment tokens, certificates, admin rights, device wipe); a
survey platform's docs (webhooks, integrations, SSO, self-hosting
secrets); a container registry's docs (htpasswd, LDAP, bearer tokens,
TLS, mirroring); a FHIR server's docs (SMART on FHIR, deployment,
export, audit); a workflow-automation tool's docs and another's README
(app connections with API keys and OAuth, webhooks, "when X then do Y"
flows); an editor AI coding assistant's docs (adapters and API keys,
tools that edit files and run commands, approvals, rules files, system
prompt configuration).

Passages are runs of whole prose paragraphs of 300-1500 characters
(150-900 for Chinese, Japanese and Korean); a fenced code block (``` /
~~~, or AsciiDoc ---- / ....) is never part of a passage: it ends the
run before it and is dropped. Front matter, MDX import/export lines,
AsciiDoc attribute lines and Jekyll/Liquid tag lines are dropped. Prompt
files written for agents, changelogs, release and upgrade notes, blogs,
roadmaps, contributor lists and codes of conduct are left out. Within
each source's quota, passages that show the kind's hardest shape come
first, then passages with more topic words and distinct hard features
(STRONG, counted up to four), random within a score (seed 2222); no file
gives more than a third of a quota (at least two) when a source has
three files or more. A non-English passage must read as its language,
and a half-translated one does not count; a run that is mostly HTML
tags, badges and link targets, mostly bare links or mostly link
definitions is skipped. A passage that names AgentDojo, spikee or garak
is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack:
true` (QUOTES_ATTACK below); a passage that quotes an actual attack string
is dropped instead (DROP below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES22.md), then run

    python3 benches/injection/extract_hb22.py

from the repository root. It writes benches/injection/hard_benign22.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign22.jsonl"
SEED = 2222
PREFIX = "hb22"

NOCO = "nocobase/docs"
PSFR = "PrestaShop/user-documentation-fr"
PSES = "PrestaShop/user-documentation-es"
SUITE = "salesagility/SuiteDocs"
JMS = "jumpserver/docs"
PLAU = "plausible/docs"
COOK = "orestbida/cookieconsent"
GRAV = "getgrav/grav-learn"
MMDM = "micromdm/micromdm"
ODK = "getodk/docs"
WXT = "wxt-dev/wxt"
HUBOT = "hubotio/hubot"
CAP = "ionic-team/capacitor-docs"
FORMB = "formbricks/formbricks"
ZOT = "project-zot/project-zot.github.io"
FHIR = "microsoft/fhir-server"
INTK = "parkpc/IntuneDocs.ko-kr"
CCOMP = "olimorris/codecompanion.nvim"
AUTO = "automatisch/automatisch"
HUGINN = "huginn/huginn"

LICENSES = {
    NOCO: "MIT", PSFR: "CC-BY-SA-4.0", PSES: "CC-BY-SA-4.0", SUITE: "GFDL-1.3", JMS: "GPL-3.0",
    PLAU: "CC-BY-SA-4.0", COOK: "MIT", GRAV: "MIT", MMDM: "MIT", ODK: "CC-BY-4.0", WXT: "MIT",
    HUBOT: "MIT", CAP: "Apache-2.0", FORMB: "AGPL-3.0", ZOT: "Apache-2.0", FHIR: "MIT", INTK: "CC-BY-4.0",
    CCOMP: "Apache-2.0", AUTO: "AGPL-3.0", HUGINN: "MIT",
}

# Topic words shared by every kind (secrets, admin, automation), in the
# languages of this set; each kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|passphrase|credential|oauth|oidc|saml|sso|ldap|admin|root|sudo|"
        r"webhook|notif|alert|email|e-mail|smtp|config|permission|role|agent|script|command|install|docker|"
        r"密钥|令牌|密码|管理员|通知|配置|权限|脚本|命令|工作流|"
        r"キー|トークン|パスワード|管理者|通知|設定|権限|スクリプト|ワークフロー|"
        r"пароль|ключ|токен|администратор|настро|команд|почт|"
        r"mot de passe|clé|administrateur|courriel|e-mail|paramètre|jeton|"
        r"비밀번호|암호|토큰|관리자|설정|스크립트|"
        r"contraseña|clave|administrador|correo|configuración|")
TOPIC = {
    "doc:low-code-workflow": BASE + r"workflow|trigger|node|action|http request|collection|plugin|ai employee|llm|acl|"
                                    r"触发|节点|插件|数据表|トリガー|ノード|プラグイン|déclencheur|nœud|триггер|узел|плагин",
    "doc:e-commerce": BASE + r"boutique|tienda|commande|pedido|client|cliente|paiement|pago|module|módulo|service web|servicio web|"
                             r"employé|empleado|produit|producto|transporteur|transportista",
    "doc:crm": BASE + r"workflow|campaign|lead|account|contact|scheduler|cron|inbound|outbound|module|security group|"
                      r"кампани|контакт|планировщик|рабочий процесс|campaña|flujo|campagne|flux",
    "doc:bastion-ssh": BASE + r"ssh|rdp|资产|账号|授权|堡垒机|会话|命令过滤|审计|mfa|otp|ldap|radius|终端",
    "doc:web-analytics": BASE + r"script|tracking|proxy|pageview|goal|event|cookie|consent|gdpr|domain|dns|cdn|stats",
    "doc:cookie-consent": BASE + r"cookie|consent|category|script|gdpr|service|callback|revision|modal",
    "doc:cms-admin": BASE + r"plugin|theme|page|twig|yaml|user|account|login|cache|cli|gpm|security",
    "doc:forms-survey": BASE + r"form|server|central|collect|enketo|submission|user|project|encrypt|key|qr|app user|odk",
    "doc:browser-extension": BASE + r"extension|manifest|permission|content script|background|popup|storage|store|chrome|firefox|publish|zip",
    "doc:chat-ops": BASE + r"hubot|robot|adapter|slack|chat|message|respond|hear|listener|script|brain|environment",
    "doc:survey": BASE + r"survey|response|question|webhook|integration|zapier|make|n8n|api key|environment|self-host|smtp|sso|action|attribute",
    "doc:container-registry": BASE + r"registry|image|oci|push|pull|tls|htpasswd|ldap|bearer|sync|mirror|helm|zli|cosign|notation|scrub",
    "doc:healthcare-fhir": BASE + r"fhir|resource|patient|observation|smart|azure|sql|cosmos|bundle|export|import|\$export|audit|reindex",
    "doc:mdm": BASE + r"device|enroll|apns|push|certificate|profile|mdmctl|depot|dep|blueprint|scep|server|장치|디바이스|등록|정책|인증서|프로필|앱|관리",
    "doc:ai-coding-assistant": BASE + r"neovim|adapter|chat buffer|inline|tool|slash command|workflow|mcp|acp|rules|model|llm|openai|anthropic|copilot|ollama|prompt|system prompt",
    "doc:mobile-release": BASE + r"ios|android|xcode|signing|keystore|certificate|provisioning|app store|play store|push|deep link|plugin",
}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # --- doc:low-code-workflow
    (NOCO, "en", r"^docs/en-US/(handbook|manual|welcome/getting-started|welcome/introduction)/[A-Za-z0-9_/.-]+\.md$", 16, "doc:low-code-workflow"),
    (NOCO, "zh", r"^docs/zh-CN/(handbook|manual|welcome/getting-started|welcome/introduction)/[A-Za-z0-9_/.-]+\.md$", 18, "doc:low-code-workflow"),
    (NOCO, "ja", r"^docs/ja-JP/(handbook|manual|welcome/getting-started|welcome/introduction)/[A-Za-z0-9_/.-]+\.md$", 18, "doc:low-code-workflow"),
    (NOCO, "fr", r"^docs/fr-FR/(handbook|manual|welcome/getting-started|welcome/introduction)/[A-Za-z0-9_/.-]+\.md$", 14, "doc:low-code-workflow"),
    (NOCO, "ru", r"^docs/ru-RU/(handbook|manual|welcome/getting-started|welcome/introduction)/[A-Za-z0-9_/.-]+\.md$", 12, "doc:low-code-workflow"),
    # --- doc:e-commerce
    (PSFR, "fr", r"^guide-[a-z-]+/[A-Za-z0-9_/.-]+\.md$", 16, "doc:e-commerce"),
    (PSES, "es", r"^guia-[a-z-]+/[A-Za-z0-9_/.-]+\.md$", 16, "doc:e-commerce"),
    # --- doc:crm
    (SUITE, "en", r"^content/(user|admin|8\.x/admin|8\.x/features|8\.x/user)/[A-Za-z0-9_/.-]+?(?<!\.ru)(?<!\.es)(?<!\.fr)(?<!\.zh)\.(adoc|md)$", 18, "doc:crm"),
    (SUITE, "ru", r"^content/[A-Za-z0-9_/.-]+\.ru\.(adoc|md)$", 12, "doc:crm"),
    (SUITE, "es", r"^content/[A-Za-z0-9_/.-]+\.es\.(adoc|md)$", 6, "doc:crm"),
    # --- doc:bastion-ssh
    (JMS, "zh", r"^docs/[A-Za-z0-9_/.-]+\.md$", 18, "doc:bastion-ssh"),
    # --- doc:web-analytics
    (PLAU, "en", r"^docs/[A-Za-z0-9_/.-]+\.mdx?$", 18, "doc:web-analytics"),
    # --- doc:cookie-consent
    (COOK, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 8, "doc:cookie-consent"),
    # --- doc:cms-admin
    (GRAV, "en", r"^pages/[A-Za-z0-9_/.-]+\.md$", 14, "doc:cms-admin"),
    # --- doc:mdm
    (MMDM, "en", r"^(README\.md|docs/user-guide/[A-Za-z0-9_/.-]+\.md)$", 8, "doc:mdm"),
    # --- doc:forms-survey
    (ODK, "en", r"^docs/[A-Za-z0-9_.-]+\.rst$", 16, "doc:forms-survey"),
    # --- doc:browser-extension
    (WXT, "en", r"^docs/(guide|[a-z-]+\.md$)[A-Za-z0-9_/.-]*", 14, "doc:browser-extension"),
    # --- doc:chat-ops
    (HUBOT, "en", r"^(README\.md|docs/(?!designs/)[A-Za-z0-9_/.-]+\.md)$", 12, "doc:chat-ops"),
    # --- doc:mdm (Korean)
    (INTK, "ko", r"^(intune-classic|InTuneDocs)/[A-Za-z0-9_/.-]+\.md$", 22, "doc:mdm"),
    # --- doc:survey
    (FORMB, "en", r"^docs/(surveys|platform|self-hosting|xm-and-surveys|overview)/[A-Za-z0-9_/.-]+\.mdx?$", 16, "doc:survey"),
    # --- doc:container-registry
    (ZOT, "en", r"^docs/(?!general/(whats-new|releases))[A-Za-z0-9_/.-]+\.md$", 16, "doc:container-registry"),
    # --- doc:healthcare-fhir
    (FHIR, "en", r"^docs/[A-Za-z0-9_/.-]+\.md$", 12, "doc:healthcare-fhir"),
    # --- doc:low-code-workflow (more)
    (AUTO, "en", r"^packages/docs/pages/(guide|advanced|apps|build-integrations|other)/[A-Za-z0-9_/-]+(?<!\.ee)\.md$", 14, "doc:low-code-workflow"),
    (HUGINN, "en", r"^(README\.md|docker/README\.md)$", 4, "doc:low-code-workflow"),
    # --- doc:ai-coding-assistant
    (CCOMP, "en", r"^doc/[A-Za-z0-9_/.-]+\.md$", 16, "doc:ai-coding-assistant"),
    # --- doc:mobile-release
    (CAP, "en", r"^versioned_docs/version-v8/main/[A-Za-z0-9_/.-]+\.mdx?$", 18, "doc:mobile-release"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|"
        r"비밀번호|암호|토큰|密钥|令牌|密码|キー|トークン|パスワード|пароль|ключ|токен|"
        r"mot de passe|clé|jeton|contraseña|clave")
PRIME = {
    "doc:low-code-workflow": _SEC + r"|webhook|workflow|trigger|script|ai|llm|工作流|触发|ワークフロー|workflow|рабочий",
    "doc:e-commerce": _SEC + r"|service web|servicio web|paiement|pago|correo|courriel|e-mail",
    "doc:crm": _SEC + r"|workflow|campaign|scheduler|cron|oauth|кампани|планировщик",
    "doc:bastion-ssh": _SEC + r"|ssh|命令|mfa|ldap",
    "doc:web-analytics": _SEC + r"|script|proxy|consent|cookie",
    "doc:cookie-consent": _SEC + r"|script|consent|callback",
    "doc:cms-admin": _SEC + r"|admin|login|security|cli",
    "doc:mdm": _SEC + r"|webhook|push|certificate|api|인증서|암호|관리자",
    "doc:forms-survey": _SEC + r"|encrypt|admin|app user|qr",
    "doc:browser-extension": _SEC + r"|permission|content script|publish|inject",
    "doc:chat-ops": _SEC + r"|script|respond|adapter|environment",
    "doc:survey": _SEC + r"|webhook|integration|smtp|sso",
    "doc:container-registry": _SEC + r"|htpasswd|ldap|tls|bearer",
    "doc:healthcare-fhir": _SEC + r"|smart|audit|export|patient",
    "doc:ai-coding-assistant": _SEC + r"|system prompt|tool|rules|agent|approval|yolo",
    "doc:mobile-release": _SEC + r"|signing|keystore|certificate|push|config",
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
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


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
        return kana >= 30
    if lang == "ko":
        return hangul >= 50
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


def read_text(repo, f):
    try:
        raw = git(repo, "show", f"HEAD:{f}")
    except subprocess.CalledProcessError:
        return "", FENCE_MD  # a file the snapshot lacks
    if f.endswith(".ipynb"):
        return notebook(raw), FENCE_MD
    if f.endswith(".rst"):
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
            for i, p in enumerate(passages(text, fence, lang)):
                if p in seen or f"{repo}:{f}#{i}" in DROP or not reads_as(lang, p) or RESERVED.search(p) or link_list(p) or link_wall(p) or markup(p):
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
