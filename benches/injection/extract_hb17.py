#!/usr/bin/env python3
"""Builds the seventeenth hard-benign set (hard_benign17.jsonl): real
documentation passages only (no written half), from openly licensed
repositories that no earlier set names, chosen blind: without reading the
detector, its rule docs, RESULTS.md or the earlier sets' texts or
generators, and without running the detector on this set.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: an LLM-app framework's docs (agents, tools, prompt
builders, generators, tracing); an LLM observability platform's READMEs in
English, Chinese, Japanese and Korean; an LLM research-assistant app's
README in Chinese and its translations (French, German, Italian, Japanese,
Korean, Portuguese, Russian, English); the GitHub Actions runner's docs and
design records (auth, secrets masking, job hooks); a security scanner's
docs (secret scanning, CI integrations, private registries); a supply-chain
security spec; Lightning Network node docs from two implementations
(macaroons, seeds, recovery, remote signing, backups); a payments CLI's
README; bitcoin.org's wallet-security and getting-started pages in ten
languages; two CalDAV/calendar tools' docs; a newsletter and mailing-list
manager's docs (SMTP, API tokens, OIDC, webhooks); a mail library's README;
a cloud-sync CLI's backend docs (OAuth tokens, client secrets, encryption
passwords, `curl | sudo bash` install); a git hook that blocks committed
secrets; a configuration centre's docs in English and Chinese (access
keys, open API tokens, deployment); an authorization library's docs; and a
proxy tool's docs in Chinese, English and Russian (server set-up over SSH,
certificates, keys).

Passages are runs of whole prose paragraphs of 300-1500 characters; a
fenced code block (``` / ~~~) is never part of a passage: it ends the run
before it and is dropped (reStructuredText has no fences, its indented
code stays with the paragraph before it); a heading left at the end of a
run goes with the next one. Front matter, MDX import/export lines and
Jekyll/Liquid tag lines are dropped. bitcoin.org's pages are read from its
translation files (`_translations/<lang>.yml`): each chosen page's strings
in order, a short string as a `## ` heading, page titles dropped. Prompt
files written for agents (SKILL.md, AGENTS.md, CLAUDE.md, GEMINI.md,
copilot instructions, .claude/, .agents/, .gemini/, prompts/, ...),
changelogs, release notes and codes of conduct are left out. Within each
source's quota, passages that show the kind's hardest shape come first,
then passages with more topic words and distinct hard features (STRONG,
counted up to four), random within a score (seed 1717); no file gives more
than a third of a quota (at least two) when a source has three files or
more. A non-English passage must read as its language, and a
half-translated one (with half as many English function words as its own,
or more) does not count; a run that is mostly HTML tags, badges and link
targets, mostly bare links or mostly link definitions is skipped. A
passage that names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Passages that quote an example attack would be marked `quotes_attack: true`
(QUOTES_ATTACK below, chosen by reading this set's own rows).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo; the commit used is
on every row and in SOURCES_HB17.md), then run

    python3 benches/injection/extract_hb17.py

from the repository root. It writes benches/injection/hard_benign17.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import json, random, re, subprocess, sys
from pathlib import Path

import yaml

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign17.jsonl"

HAY = "deepset-ai/haystack"
LFU = "langfuse/langfuse"
GPTA = "binary-husky/gpt_academic"
RUN = "actions/runner"
TRIVY = "aquasecurity/trivy"
SLSA = "slsa-framework/slsa"
LND = "lightningnetwork/lnd"
CLN = "ElementsProject/lightning"
SCLI = "stripe/stripe-cli"
BTC = "bitcoin-dot-org/Bitcoin.org"
KHAL = "pimutils/khal"
CALDAV = "python-caldav/caldav"
LMK = "knadh/listmonk"
NMAIL = "nodemailer/nodemailer"
RCL = "rclone/rclone"
GSEC = "awslabs/git-secrets"
APO = "apolloconfig/apollo"
CASB = "casbin/casbin-website-v2"
XRAY = "XTLS/Xray-docs-next"
LAI = "mudler/LocalAI"

LICENSES = {
    HAY: "Apache-2.0", LFU: "MIT", GPTA: "GPL-3.0", RUN: "MIT", TRIVY: "Apache-2.0",
    SLSA: "Community-Spec-1.0", LND: "MIT", CLN: "MIT", SCLI: "Apache-2.0", BTC: "MIT",
    KHAL: "MIT", CALDAV: "Apache-2.0 OR GPL-3.0", LMK: "AGPL-3.0", NMAIL: "MIT-0", RCL: "MIT",
    GSEC: "Apache-2.0", APO: "Apache-2.0", CASB: "Apache-2.0", XRAY: "CC-BY-SA-4.0", LAI: "MIT",
}

# Topic words per kind (counted, distinct, for ordering within a quota).
AGT = (r"agent|system prompt|system_prompt|prompt|instruction|tool|mcp|server|approv|permission|sandbox|hook|"
       r"api[_ -]?key|token|secret|credential|oauth|role|memory|model|assistant|env|workspace|trace|"
       r"智能体|代理|提示词|系统提示|工具|权限|密钥|令牌|插件|"
       r"エージェント|プロンプト|ツール|権限|認証|トークン|APIキー|에이전트|프롬프트|도구|키|"
       r"agente|clé|Schlüssel|chiave|chave|ключ|инструмент|plugin")
PRM = (r"system prompt|system message|role|prompt|instruction|example|few-shot|template|jinja|"
       r"you are|assistant|user|format|chat|message|json|variable")
SEC = (r"inject|malicious|attack|secret|password|token|credential|exploit|bypass|vulnerab|trust|untrusted|"
       r"signature|sign|provenance|tamper|compromis|threat|sandbox|scan|key|leak|"
       r"уязвим|атак|ключ|пароль|密钥|证书|攻击|安全")
AUTH = (r"token|secret|password|passphrase|api[_ -]?key|credential|oauth|oidc|login|encrypt|decrypt|"
        r"certificate|private key|public key|rotate|revoke|expire|policy|role|jwt|bearer|scope|"
        r"client[_ ]secret|access key|permission|admin|"
        r"令牌|密钥|密码|权限|管理员|访问")
CI = (r"workflow|github actions|secrets\.|GITHUB_TOKEN|GH_TOKEN|deploy|publish|release|runner|token|"
      r"job|step|action|branch|push|git|env|pipeline|key|permission|pull_request|mask|hook|container")
CLI = (r"install|curl|wget|sh\b|bash|sudo|script|ssh|key|docker|apt|systemd|env|export|"
       r"password|secret|root|proxy|tls|certificate|port|brew|binary|"
       r"安装|证书|密钥|服务器|установ|сертифик|ключ|сервер")
OPS = (r"backup|restore|upgrade|restart|logs?|debug|troubleshoot|fail|disk|dns|migration|"
       r"database|secret|rotate|ssh|sudo|kill|process|firewall|certificate|root|"
       r"备份|日志|证书|密钥|服务器|防火墙|部署|数据库|"
       r"резерв|журнал|сертифик|ключ|сервер|брандмауэр|пароль")
CHAT = (r"smtp|imap|mail|email|token|api|webhook|subscriber|campaign|list|password|oauth|oidc|"
        r"bounce|dkim|spf|admin|role|permission|template|messenger|secret")
PAY = (r"payment|pay|invoice|refund|transfer|wallet|api[_ -]?key|secret|private key|seed|"
       r"webhook|lightning|channel|macaroon|backup|password|passphrase|sign|fund|"
       r"monedero|billetera|cartera|clave|contraseña|copia de seguridad|"
       r"portafoglio|chiave|password|backup|portefeuille|clé|mot de passe|"
       r"кошел|ключ|пароль|carteira|chave|senha|Geldbörse|Wallet|Schlüssel|Passwort|"
       r"钱包|私钥|密码|备份|ウォレット|秘密鍵|パスワード|バックアップ|지갑|개인 키|비밀번호|백업")
CAL = (r"calendar|caldav|carddav|ical|event|contact|password|token|auth|ssl|certificate|"
       r"sync|server|url|username|config|keyring|command")

# (repo, language, path filter, quota, kind, topic)
SOURCES = [
    # --- doc:llm-agents
    (HAY, "en", r"^docs-website/docs/(pipeline-components/agents-1/[a-z0-9/_-]+|tools/[a-z0-9/_-]+|concepts/(agents|[a-z-]*tool)[a-z0-9/_-]*|pipeline-components/(fetchers|connectors|websearch)/[a-z0-9_-]+|development/(tracing/[a-z0-9_-]+|[a-z0-9_-]+))\.mdx?$", 18, "doc:llm-agents", AGT),
    (LAI, "en", r"^docs/content/features/(agents|agent-actions|mcp|localai-assistant|terminal-agent|authentication|openai-functions|moderation|tracing|runtime-settings|api-discovery|model-gallery)\.md$", 12, "doc:llm-agents", AGT),
    (LFU, "en", r"^README\.md$", 4, "doc:llm-agents", AGT),
    (LFU, "zh", r"^README\.cn\.md$", 4, "doc:llm-agents", AGT),
    (LFU, "ja", r"^README\.ja\.md$", 4, "doc:llm-agents", AGT),
    (LFU, "ko", r"^README\.kr\.md$", 4, "doc:llm-agents", AGT),
    (GPTA, "en", r"^(docs/README\.English|docs/use_(azure|vllm|audio|tts)|docs/WithFastapi|docs/plugin_with_secondary_menu|request_llms/README)\.md$", 5, "doc:llm-agents", AGT),
    (GPTA, "zh", r"^README\.md$", 7, "doc:llm-agents", AGT),
    (GPTA, "fr", r"^docs/README\.French\.md$", 3, "doc:llm-agents", AGT),
    (GPTA, "de", r"^docs/README\.German\.md$", 3, "doc:llm-agents", AGT),
    (GPTA, "it", r"^docs/README\.Italian\.md$", 3, "doc:llm-agents", AGT),
    (GPTA, "ja", r"^docs/README\.Japanese\.md$", 3, "doc:llm-agents", AGT),
    (GPTA, "ko", r"^docs/README\.Korean\.md$", 3, "doc:llm-agents", AGT),
    (GPTA, "pt", r"^docs/README\.Portuguese\.md$", 3, "doc:llm-agents", AGT),
    (GPTA, "ru", r"^docs/README\.Russian\.md$", 3, "doc:llm-agents", AGT),
    # --- doc:prompting
    (HAY, "en", r"^docs-website/docs/(pipeline-components/(builders|generators)/[a-z0-9_/-]+|concepts/(data-classes|templates|jinja)[a-z0-9/_-]*)\.mdx?$", 10, "doc:prompting", PRM),
    # --- doc:ci-release
    (RUN, "en", r"^(README|docs/(adrs/[0-9a-z-]+|design/auth|start/env[a-z]+|checks/[a-z]+|automate|dependency-management))\.md$", 14, "doc:ci-release", CI),
    (TRIVY, "en", r"^docs/(tutorials/integrations/[a-z0-9_-]+|getting-started/[a-z0-9_-]+|guide/advanced/private-registries/[a-z0-9_-]+)\.md$", 8, "doc:ci-release", CI),
    (SLSA, "en", r"^www/how-to/[a-z0-9_-]+\.md$", 5, "doc:ci-release", CI),
    # --- doc:security
    (TRIVY, "en", r"^docs/(guide/scanner/[a-z0-9_/-]+|guide/configuration/[a-z0-9_-]+|guide/supply-chain/[a-z0-9_/-]+|community/maintainer/[a-z0-9_-]+)\.md$", 12, "doc:security", SEC),
    (SLSA, "en", r"^(README|spec/[a-z0-9_/.-]+)\.md$", 10, "doc:security", SEC),
    (LND, "en", r"^(SECURITY|docs/(safety|remote-signing|signing_release_candidate))\.md$", 4, "doc:security", SEC),
    # --- doc:payments
    (LND, "en", r"^(README|docs/(macaroons|recovery|wallet|key_import|watchtower|INSTALL|DOCKER|psbt|configuring_tor|debugging_lnd|postgres|leader_election)|aezeed/README|macaroons/README)\.md$", 16, "doc:payments", PAY),
    (CLN, "en", r"^doc/([a-z0-9-]+/)*[a-z0-9_.-]+\.md$", 14, "doc:payments", PAY),
    (SCLI, "en", r"^README\.md$", 4, "doc:payments", PAY),
    (BTC, "en", r"^_translations/en\.yml$", 7, "doc:payments", PAY),
    (BTC, "es", r"^_translations/es\.yml$", 8, "doc:payments", PAY),
    (BTC, "fr", r"^_translations/fr\.yml$", 7, "doc:payments", PAY),
    (BTC, "de", r"^_translations/de\.yml$", 7, "doc:payments", PAY),
    (BTC, "it", r"^_translations/it\.yml$", 7, "doc:payments", PAY),
    (BTC, "pt", r"^_translations/pt_BR\.yml$", 7, "doc:payments", PAY),
    (BTC, "ru", r"^_translations/ru\.yml$", 6, "doc:payments", PAY),
    (BTC, "zh", r"^_translations/zh_CN\.yml$", 4, "doc:payments", PAY),
    (BTC, "ja", r"^_translations/ja\.yml$", 4, "doc:payments", PAY),
    (BTC, "ko", r"^_translations/ko\.yml$", 4, "doc:payments", PAY),
    # --- doc:calendar
    (KHAL, "en", r"^(README|doc/source/(configure|faq|install|usage|index|standards))\.rst$", 8, "doc:calendar", CAL),
    (CALDAV, "en", r"^(README|SECURITY)\.md$|^docs/source/[a-z_]+\.rst$", 10, "doc:calendar", CAL),
    # --- doc:email-chat
    (LMK, "en", r"^(README|SECURITY|docs/docs/content/([a-z-]+|apis/[a-z]+))\.md$", 16, "doc:email-chat", CHAT),
    (NMAIL, "en", r"^(README|SECURITY)\.md$", 4, "doc:email-chat", CHAT),
    # --- doc:secrets-auth
    (RCL, "en", r"^docs/content/(drive|dropbox|onedrive|box|crypt|remote_setup|s3|sftp|rc|googlephotos|pcloud|protondrive|webdav|b2|azureblob|smb|docs)\.md$", 14, "doc:secrets-auth", AUTH),
    (GSEC, "en", r"^README\.rst$", 6, "doc:secrets-auth", AUTH),
    (APO, "en", r"^docs/en/(client|deployment|portal|extension|design|faq|misc)/[a-z0-9_-]+\.md$", 10, "doc:secrets-auth", AUTH),
    (APO, "zh", r"^docs/zh/(client|deployment|portal|extension|design|faq|misc)/[a-z0-9_-]+\.md$", 14, "doc:secrets-auth", AUTH),
    (CASB, "en", r"^docs/[A-Za-z]+\.mdx$", 10, "doc:secrets-auth", AUTH),
    # --- doc:cli-install
    (RCL, "en", r"^docs/content/(install|downloads|release_signing|docker|faq|gui)\.md$", 8, "doc:cli-install", CLI),
    (SCLI, "en", r"^(CONTRIBUTING|ARCHITECTURE)\.md$", 2, "doc:cli-install", CLI),
    (LAI, "en", r"^docs/content/(getting-started/(install|linux|macos|docker|containers|kubernetes|build)|advanced/reverse-proxy-tls)\.md$", 8, "doc:cli-install", CLI),
    # --- doc:runbook/ops
    (XRAY, "zh", r"^docs/document/(level-0|level-1|level-2)/[a-z0-9_-]+\.md$", 12, "doc:runbook/ops", OPS),
    (XRAY, "en", r"^docs/en/document/(level-0|level-1|level-2)/[a-z0-9_-]+\.md$", 8, "doc:runbook/ops", OPS),
    (XRAY, "ru", r"^docs/ru/document/(level-0|level-1|level-2)/[a-z0-9_-]+\.md$", 12, "doc:runbook/ops", OPS),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:llm-agents": (r"system prompt|system_prompt|instruction|you are|api[_ ]?key|token|secret|credential|approv|"
                       r"permission|sandbox|ignore|override|inject|untrusted|env|系统提示|提示词|密钥|权限|令牌|"
                       r"プロンプト|認証|APIキー|トークン|프롬프트|키|clé|Schlüssel|chiave|chave|ключ"),
    "doc:prompting": r"system prompt|system message|you are|role|ignore|instruction|assistant|template",
    "doc:security": r"inject|malicious|attack|secret|token|password|bypass|exploit|untrusted|credential|compromis|leak",
    "doc:secrets-auth": r"token|secret|password|api[_ ]?key|passphrase|rotate|revoke|never|credential|private key|access key|令牌|密钥|密码",
    "doc:ci-release": r"token|secret|GITHUB_TOKEN|GH_TOKEN|ssh|force|password|private key|mask|credential",
    "doc:cli-install": r"curl|wget|\| *(sudo )?(ba|z)?sh|sudo|password|secret|root|ssh|signature|gpg",
    "doc:runbook/ops": (r"restore|backup|incident|restart|debug|password|key|secret|rotate|rollback|sudo|kill|ssh|root|"
                        r"密钥|密码|证书|防火墙|пароль|ключ|сертифик|root"),
    "doc:email-chat": r"token|secret|oauth|reset|webhook|password|smtp|api|credential|admin",
    "doc:payments": (r"api[_ ]?key|secret|private key|seed|password|passphrase|macaroon|refund|transfer|webhook|backup|"
                     r"clave|contraseña|chiave|clé|mot de passe|ключ|пароль|chave|senha|Schlüssel|Passwort|"
                     r"私钥|密码|秘密鍵|パスワード|개인 키|비밀번호"),
    "doc:calendar": r"password|token|secret|keyring|auth|credential|command",
}

# Prompt files written for agents, changelogs and the like are left out
# (path filters above never pick them; this is a second guard).
SKIP = re.compile(r"(SKILL\.md|(^|/)AGENTS\.md$|(^|/)CLAUDE\.md$|(^|/)GEMINI\.md$|\.cursorrules|(^|/)agents/|(^|/)commands/|"
                  r"(^|/)skills/|(^|/)prompts/|\.prompt|(^|/)\.agents?/|(^|/)\.claude/|(^|/)\.gemini/|"
                  r"copilot[-_]instructions|\.instructions\.md|AI-POLICY|"
                  r"CHANGELOG|CHANGES\.md|changelog|change-log|release-notes|RELEASE-NOTES|releaseNote|(^|/)news/|"
                  r"CODE_OF_CONDUCT|code-of-conduct|coc\.md|_snippets/|snippets/|SUMMARY\.md|(^|/)_posts/)")
RESERVED = re.compile(r"garak|spikee|agentdojo|agent dojo", re.I)

# bitcoin.org pages read from its translation files, in this order.
BTC_PAGES = ("secure-your-wallet", "you-need-to-know", "protect-your-privacy", "getting-started",
             "bitcoin-for-individuals", "bitcoin-for-businesses", "bitcoin-for-developers", "faq")

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
FENCE_MD = re.compile(r"^\s*(```|~~~)")
FENCE_RST = re.compile(r"(?!)")  # reStructuredText has no fences (its code is indented)
FENCE_ADOC = re.compile(r"^\s*(```|~~~|----+\s*$|\.\.\.\.+\s*$)")


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
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
        return han >= 80 and kana < 5
    if lang == "ja":
        return kana >= 40
    if lang == "ko":
        return hangul >= 60
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
        if merged and re.match(r"( {3,}|\t)\S", p) and not fence.match(p):
            merged[-1] += "\n\n" + p
        else:
            merged.append(p)
    return [p for p in merged if p.strip()]


def passages(text, fence=FENCE_MD):
    """Runs of whole prose paragraphs of 300-1500 characters. A paragraph
    holding a fenced code block ends the run before it and is dropped; a
    heading left at the end of a run goes with the next run."""
    out, cur = [], []

    def flush():
        while cur and re.match(r"#{1,6} ", cur[-1]) and "\n" not in cur[-1]:
            cur.pop()
        if cur:
            out.append("\n\n".join(cur))
        cur.clear()

    for p in paragraphs(text, fence):
        if any(fence.match(l) for l in p.split("\n")):
            flush()
            continue
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 600:
            held = []
            while cur and re.match(r"#{1,6} ", cur[-1]) and "\n" not in cur[-1]:
                held.insert(0, cur.pop())
            flush()
            cur.extend(held)
    flush()
    return [p for p in out if 300 <= len(p) <= 1500]


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


def yml_page(raw):
    """bitcoin.org's chosen pages from a translation file: each page's
    strings in order, a short one (not a *txt key) as a heading."""
    data = yaml.safe_load(raw)
    data = next(iter(data.values()))
    parts = []
    for page in BTC_PAGES:
        sec = data.get(page) or {}
        for key, val in sec.items():
            if not isinstance(val, str) or key in ("title", "pagetitle") or not val.strip():
                continue
            val = val.strip()
            if len(val) < 100 and not re.search(r"txt\d*$", key):
                parts.append("## " + val)
            else:
                parts.append(val)
    return "\n\n".join(parts)


def read_text(repo, f):
    try:
        raw = git(repo, "show", f"HEAD:{f}")
    except subprocess.CalledProcessError:
        return "", FENCE_MD  # a file the snapshot lacks
    if f.endswith(".yml"):
        return yml_page(raw), FENCE_MD
    if f.endswith(".rst"):
        return clean(raw, "md"), FENCE_RST
    return clean(raw, "mdx" if f.endswith(".mdx") else "md"), FENCE_MD


def main():
    rng = random.Random(1717)
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
    for repo, lang, pat, quota, kind, topic in SOURCES:
        topic_re = re.compile(topic, re.I)
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here, seen = [], set()
        for f in files:
            text, fence = read_text(repo, f)
            for i, p in enumerate(passages(text, fence)):
                if p in seen or not reads_as(lang, p) or RESERVED.search(p) or link_list(p) or link_wall(p) or markup(p):
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
        rec = {"id": f"hb17-{n:04d}", **r}
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
