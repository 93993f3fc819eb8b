#!/usr/bin/env python3
"""Extracts the documentation half of the eighth hard-benign set
(hard_benign8.jsonl; the written half comes from benign8_written.py) from
openly licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets' texts.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: an AI testing guide that quotes prompt-injection and
jailbreak strings as test cases and an LLM fuzzer's attack list; agent and
LLM-app docs with system prompts, prompts addressed to a model, tool calling
and chat-template tokens (`<|im_start|>`, `[INST]`, function-call tags);
a guide to one rules file for every coding agent (AGENTS.md, CLAUDE.md,
cursor rules); signing, publishing-token and CI-hardening docs, commit hooks;
incident-response playbooks and alert runbooks ("immediately", "rotate",
"revoke"); a phishing-simulation guide (e-mail templates with tracking
images and `{{.URL}}` links); API and web security guides; and the same
topics in Spanish, French, German, Portuguese, Russian, Chinese and Japanese.

Within each source's quota, passages on the source's own hard topic come
first, then passages with more distinct hard features (STRONG, counted up to
three), random within a score. Passages are runs of whole paragraphs,
400-2500 characters, never cut inside a fenced code block (an indented block
stays with the paragraph before it). Run once; the output is committed so
the benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

MIRROR = Path("/work/.mirror")
AITG = "OWASP/www-project-ai-testing-guide"
APIS = "OWASP/API-Security"
DEVG = "OWASP/DevGuide"
SCP = "OWASP/secure-coding-practices-quick-reference-guide"
NBP = "goldbergyoni/nodebestpractices"
BCHAT = "aws-samples/bedrock-chat"
ILM = "InternLM/InternLM"

RED = (r"inject|jailbreak|attack|ignore|poison|exfiltrat|malicious|adversar|bypass|override|注入|越狱|攻击|"
       r"インジェクション|攻撃|инъекц|атак|Injektion|Angriff|attaque|inyecci|ataque|injeção")
LLM = r"you are|system|instruction|prompt|role|tool|function|あなたは|你是|系统|提示|プロンプト|システム|指示|指令"
RUN = r"incident|immediately|must|do not|never|rotate|revoke|escalat|notify|isolat|contain|credential"
AUTH = (r"password|reset|2fa|mfa|token|verif|otp|secret|credential|session|contraseña|mot de passe|Passwort|senha|"
        r"пароль|密码|パスワード|jeton|токен|トークン|令牌")
REL = r"release|publish|token|secret|sign|workflow|upload|trusted|oidc|hook|--no-verify|curl"
CFG = r"AGENTS\.md|CLAUDE\.md|instruction|rules|prompt|agent|cursor|copilot"
PHISH = r"phish|template|tracking|\{\{\.|landing|credential|e-?mail|click"
SEC = (r"attack|malicious|inject|secret|password|token|credential|exploit|bypass|ataque|attaque|Angriff|атак|"
       r"攻击|攻撃|vulnerab|vulnérab|Schwachstelle|уязвим|漏洞|脆弱")

# (repo, licence, language, path filter, quota, kind, topic)
SOURCES = [
    (AITG, "CC-BY-SA-4.0", "en", r"^Document/content/tests/AITG-(APP|DAT|INF)-0[1-7]_.*\.md$", 16, "doc:red-team", RED),
    (AITG, "CC-BY-SA-4.0", "en", r"^Document/content/(2\.|3\.1).*\.md$", 4, "doc:red-team", RED),
    ("cyberark/FuzzyAI", "Apache-2.0", "en", r"^README\.md$", 4, "doc:red-team", RED),
    ("humanlayer/12-factor-agents", "CC-BY-SA-4.0", "en", r"^content/factor-(0?[1-9]|1[0-2])-.*\.md$", 9,
     "doc:agent-framework", LLM),
    ("intellectronica/ruler", "MIT", "en", r"^README\.md$", 6, "doc:agent-config", CFG),
    ("agentsmd/agents.md", "MIT", "en", r"^README\.md$", 2, "doc:agent-config", CFG),
    ("abetlen/llama-cpp-python", "MIT", "en", r"^(README\.md|docs/.*\.md)$", 6, "doc:chat-template",
     r"chat_format|<\|im_start\|>|\[INST\]|system|function|tool"),
    ("huggingface/text-generation-inference", "Apache-2.0", "en", r"^docs/source/(basic_tutorials/(consuming_tgi|using_guidance"
     r"|safety|gated_model_access|using_cli)|conceptual/(guidance|streaming)|quicktour)\.md$", 7, "doc:llm-app", LLM),
    (ILM, "Apache-2.0", "en", r"^(chat/chat_format|agent/(README|lagent|pal_inference))\.md$", 5, "doc:chat-template",
     r"<\|im_start\|>|<\|action_start\|>|<\|plugin\|>|system|environment|function"),
    ("QwenLM/Qwen-Agent", "Apache-2.0", "en", r"^(README\.md|browser_qwen\.md|qwen-agent-docs/website/content/en/guide/.*\.md)$",
     6, "doc:agent-framework", LLM),
    (BCHAT, "MIT-0", "en", r"^(README\.md|docs/(ADMINISTRATOR|AGENT|PUBLISH_API)\.md)$", 5, "doc:llm-app", LLM),
    ("aws-samples/aws-incident-response-playbooks", "MIT-0", "en", r"^(playbooks/.*|TRIAGE_GUIDE)\.md$", 11, "doc:runbook",
     RUN),
    ("openshift/runbooks", "Apache-2.0", "en", r"^alerts/.*\.md$", 6, "doc:runbook",
     RUN + r"|certificate|expir|unauthori|delete"),
    ("gophish/user-guide", "MIT", "en", r"^(documentation|building-your-first-campaign)/.*\.md$", 9, "doc:phishing", PHISH),
    ("sigstore/docs", "MIT", "en", r"^content/en/.*\.md$", 8, "doc:supply-chain", REL + r"|verif|attest|identity"),
    ("pypa/packaging.python.org", "CC-BY-SA-3.0", "en", r"^source/(guides/(publishing-package-distribution-releases-using-"
     r"github-actions-ci-cd-workflows|using-testpypi|distributing-packages-using-setuptools|section-build-and-publish"
     r"|hosting-your-own-index|index-mirrors-and-caches)|tutorials/packaging-projects|specifications/.*)\.rst$", 7,
     "doc:release", REL),
    ("conventional-changelog/commitlint", "MIT", "en", r"^docs/(guides|reference|support)/.*\.md$", 5, "doc:ci",
     r"hook|husky|--no-verify|commit-msg|CI|token|GITHUB"),
    ("step-security/harden-runner", "Apache-2.0", "en", r"^(README|docs/.*)\.md$", 4, "doc:ci",
     r"egress|exfiltrat|token|secret|compromis|tamper|curl"),
    (APIS, "CC-BY-SA-4.0", "en", r"^editions/2023/en/0xa.*\.md$", 6, "doc:security", AUTH + "|" + SEC),
    ("OWASP/www-project-proactive-controls", "CC-BY-SA-4.0", "en", r"^docs/the-top-10/.*\.md$", 5, "doc:security",
     AUTH + "|" + SEC),
    (DEVG, "CC-BY-SA-4.0", "en", r"^docs/en/(04-design/02-web-app-checklist|02-foundations|12-appendices/01-implementation-dos-donts)/.*\.md$", 5, "doc:security",
     AUTH + "|" + SEC),
    (NBP, "CC-BY-SA-4.0", "en", r"^sections/security/[a-z_-]+\.md$", 5, "doc:security", AUTH + "|" + SEC),
    # Spanish
    (DEVG, "CC-BY-SA-4.0", "es", r"^docs/es/.*\.md$", 5, "doc:security", AUTH + "|" + SEC),
    (SCP, "CC-BY-SA-4.0", "es", r"^v2/es/uy/0[23].*\.markdown$", 3, "doc:security", AUTH + "|" + SEC),
    (BCHAT, "MIT-0", "es", r"^docs/(README|ADMINISTRATOR|AGENT|PUBLISH_API)_es-ES\.md$", 4, "doc:llm-app",
     LLM + "|instrucci|eres"),
    # French
    (APIS, "CC-BY-SA-4.0", "fr", r"^editions/2023/fr/0xa.*\.md$", 4, "doc:security", AUTH + "|" + SEC),
    (NBP, "CC-BY-SA-4.0", "fr", r"^sections/security/.*\.french\.md$", 3, "doc:security", AUTH + "|" + SEC),
    (BCHAT, "MIT-0", "fr", r"^docs/(README|ADMINISTRATOR|AGENT|PUBLISH_API)_fr-FR\.md$", 3, "doc:llm-app",
     LLM + "|consigne"),
    # German
    (APIS, "CC-BY-SA-4.0", "de", r"^editions/2019/de/0xa.*\.md$", 6, "doc:security", AUTH + "|" + SEC),
    (BCHAT, "MIT-0", "de", r"^docs/(README|ADMINISTRATOR|AGENT|PUBLISH_API)_de-DE\.md$", 4, "doc:llm-app",
     LLM + "|Anweisung"),
    # Portuguese
    (APIS, "CC-BY-SA-4.0", "pt", r"^editions/2019/pt-BR/0xa.*\.md$", 4, "doc:security", AUTH + "|" + SEC),
    (NBP, "CC-BY-SA-4.0", "pt", r"^sections/security/.*\.brazilian-portuguese\.md$", 3, "doc:security", AUTH + "|" + SEC),
    (BCHAT, "MIT-0", "pt", r"^docs/(README|ADMINISTRATOR|AGENT|PUBLISH_API)_pt-BR\.md$", 3, "doc:llm-app",
     LLM + "|instruç"),
    # Russian
    (APIS, "CC-BY-SA-4.0", "ru", r"^editions/2019/ru/0xa.*\.md$", 6, "doc:security", AUTH + "|" + SEC),
    (NBP, "CC-BY-SA-4.0", "ru", r"^sections/security/.*\.russian\.md$", 4, "doc:security", AUTH + "|" + SEC),
    # Chinese
    (ILM, "Apache-2.0", "zh", r"^(chat/chat_format|agent/(README|lagent|pal_inference))_zh-CN\.md$", 4,
     "doc:chat-template", r"<\|im_start\|>|<\|action_start\|>|<\|plugin\|>|system|系统|工具"),
    ("QwenLM/Qwen-Agent", "Apache-2.0", "zh", r"^(README_CN|browser_qwen_cn)\.md$", 2, "doc:agent-framework", LLM),
    (NBP, "CC-BY-SA-4.0", "zh", r"^sections/security/.*\.chinese\.md$", 2, "doc:security", AUTH + "|" + SEC),
    (BCHAT, "MIT-0", "zh", r"^docs/(README|ADMINISTRATOR|AGENT|PUBLISH_API)_zh-CN\.md$", 2, "doc:llm-app", LLM),
    # Japanese
    (NBP, "CC-BY-SA-4.0", "ja", r"^sections/security/.*\.japanese\.md$", 4, "doc:security", AUTH + "|" + SEC),
    (BCHAT, "MIT-0", "ja", r"^docs/(README|ADMINISTRATOR|AGENT|PUBLISH_API)_ja-JP\.md$", 4, "doc:llm-app", LLM),
    ("Azure-Samples/jp-azureopenai-samples", "MIT", "ja", r"^[1-6]\.[^/]*/README\.md$", 2, "doc:llm-app",
     LLM + r"|ChatGPT|プロンプト"),
]

# Within a quota, passages that show the kind's hardest shape come first.
PRIME = {
    "doc:red-team": r"ignore|disregard|jailbreak|prompt injection|inject|exfiltrat|pretend|DAN\b",
    "doc:llm-app": (r"you are|system prompt|instructions?|[\"']role[\"']\s*:\s*[\"']system|あなたは|你是|eres un|"
                    r"você é|vous êtes|du bist|プロンプト|指示|指令|instrucci|instruç|consigne|Anweisung"),
    "doc:runbook": r"immediately|within \d+ (hours?|minutes)|do not|must|never|rotate|revoke",
    "doc:agent-config": r"AGENTS\.md|CLAUDE\.md|instruct|rules",
    "doc:phishing": r"\{\{\.(URL|Tracker|TrackingURL)\}\}|<img|password|credential",
    "doc:supply-chain": r"token|identity|oidc|curl|secret|private key",
    "doc:release": r"token|secret|password|__token__|trusted publish",
    "doc:ci": r"--no-verify|token|secret|hook|exfiltrat|curl",
    "doc:security": (r"inject|token|password|secret|attack|contraseña|senha|пароль|密码|パスワード|mot de passe|"
                     r"Passwort|攻撃|攻击|атак|ataque|attaque|Angriff"),
}
for k in ("doc:agent-framework", "doc:chat-template"):
    PRIME[k] = PRIME["doc:llm-app"] + r"|<\|im_start\|>|<\|[a-z_]+\|>|function|tool"

# Prompt files written for agents are instructions to agents by design, not
# documentation (the incident-response repository's ai-playbooks/ are skill
# and steering files for agents); codes of conduct and changelogs are prose
# of another kind.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/[^/]*\.md$|/commands/|/skills/"
                  r"|copilot-instructions|\.instructions\.md|\.prompt\.md|microagents|/prompts/|built_in_prompt|\.ruler/"
                  r"|ai-playbooks/|CODE_OF_CONDUCT|CHANGELOG|release-notes/|TestTemplate|PLAYBOOK_TEMPLATE)", re.I)
STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|<tool_call>|\[TOOL_CALLS\]",
    r"\b(system|assistant|developer)\b|[\"']role[\"']",
    r"system[ _-]?prompt|system message|instructions?\b|instrucci|consigne|Anweisung|instruç|инструкц|системн|指令|指示|提示词|プロンプト",
    r"ignor|disregard|忽略|無視|игнорир",
    r"\byou are (a|an|the)\b|vous êtes|\beres un|du bist|você é|вы —|ты —|あなたは|你是",
    r"(curl|wget|iwr)\b[^\n]*\| *(ba|z)?sh\b|\|\s*iex\b",
    r"<!--",
    r"base64",
    r"\bIMPORTANT\b|\bBREAKING\b|\[!(WARNING|CAUTION|IMPORTANT)\]",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|вредонос|恶意|悪意",
    r"--no-verify|skip[ -]?hooks?|SKIP=",
    r"(never|do not|don't) (share|commit|expose|paste|tell)|keep (it|them|this) secret|不要(分享|泄露|提交)|共有しない",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|pull_request_target|api[_ ]?key|password|mot de passe|Passwort|contraseña|senha|пароль|密码|パスワード",
    r"\b(immediately|rotate|revoke|incident|escalate)\b",
    r"\b(you must|must not|before you|first,? run)\b|vous devez|debes|du musst|você deve|необходимо|必须|必ず",
    r"!\[[^\]]*\]\([^)]*\?|<img[^>]+\?",
)]
STOP = {
    "es": (" el ", " los ", " que ", " para ", " una "),
    "fr": (" le ", " les ", " des ", " pour ", " une "),
    "de": (" der ", " die ", " und ", " nicht ", " eine "),
    "pt": (" o ", " os ", " que ", " para ", " uma "),
}
FENCE = re.compile(r"^\s*(```|~~~)")


def git(repo, *args):
    d = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(d), *args], capture_output=True, text=True, check=True).stdout


def reads_as(lang, p):
    if lang == "en":
        return sum(ord(c) > 0x2000 and not (0x2000 <= ord(c) < 0x2100) for c in p) < 20
    if lang in ("ru", "zh", "ja"):
        return sum(ord(c) > 0x400 for c in p) >= 80
    low = p.lower()
    return sum(low.count(w) for w in STOP[lang]) >= 6


def paragraphs(text):
    """Blank-line separated paragraphs; a fenced code block stays inside one,
    and an indented block (code, a list item's body) joins the paragraph
    before it."""
    out, cur, fenced = [], [], False
    for line in text.split("\n"):
        if FENCE.match(line):
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
        if merged and re.match(r"( {3,}|\t)\S", p) and not FENCE.match(p):
            merged[-1] += "\n\n" + p
        else:
            merged.append(p)
    return [p for p in merged if p.strip()]


def passages(text):
    """Runs of whole paragraphs of 400-2500 characters."""
    out, cur = [], []
    for p in paragraphs(text):
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 700:
            out.append("\n\n".join(cur))
            cur = []
    if cur:
        out.append("\n\n".join(cur))
    return [p for p in out if 400 <= len(p) <= 2500 and sum(bool(FENCE.match(l)) for l in p.split("\n")) % 2 == 0]


def clean(text):
    # Front matter is metadata; MDX import/export lines are build plumbing.
    text = re.sub(r"\A\ufeff?(\+\+\+.*?\+\+\+\n|---\n.*?\n---\n)", "", text, flags=re.S)
    text = re.sub(r"^(import|export) .*\n", "", text, flags=re.M)
    return text


def main():
    rng = random.Random(1408)
    rows, seen = [], set()
    # A passage that shares a 120-character run with any row of another set
    # in this folder (a canonical example quoted by several projects) is
    # skipped like a repeat; the check prints nothing of those sets.
    taken = "\x00".join(json.loads(l).get("text", "") for f in sorted(Path(__file__).parent.glob("*.jsonl"))
                         if f.name != "hard_benign8.jsonl" for l in f.read_text(encoding="utf-8").splitlines()
                         if l.strip())
    for repo, lic, lang, pat, quota, kind, topic in SOURCES:
        topic_re = re.compile(topic, re.I)
        commit = git(repo, "rev-parse", "HEAD").strip()
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here = []
        for f in files:
            text = clean(git(repo, "show", f"HEAD:{f}"))
            for i, p in enumerate(passages(text)):
                if p in seen or not reads_as(lang, p):
                    continue
                seen.add(p)
                row = {"lang": lang, "kind": kind, "source": f"{repo}@{commit[:12]}:{f}#{i}", "commit": commit[:12],
                       "license": lic, "text": p}
                score = min(sum(bool(feat.search(p)) for feat in STRONG), 3)
                prime = bool(re.search(PRIME[kind], p, re.I))
                row["_key"] = (not prime, -len(set(m.lower() for m in topic_re.findall(p)[:50])) // 2 - score)
                here.append(row)
        rng.shuffle(here)
        here.sort(key=lambda r: r["_key"])
        # A passage that repeats a 120-character run of one already taken
        # (a README and a docs page sharing an example) is skipped, and no
        # file gives more than a third of a quota (at least two).
        picked, per_file = [], {}
        cap = max(2, -(-quota // 3)) if len(files) > 2 else quota
        for r in here:
            if len(picked) == quota:
                break
            t = r["text"]
            f = r["source"].rsplit("#", 1)[0]
            if per_file.get(f, 0) >= cap:
                continue
            if any(t[i:i + 120] in taken for i in range(0, max(1, len(t) - 120), 40)):
                continue
            per_file[f] = per_file.get(f, 0) + 1
            picked.append(r)
            taken += "\x00" + t
        for r in picked:
            del r["_key"]
        print(f"{repo} {lang} {kind}: {len(picked)}/{quota} of {len(here)} from {len(files)} files", file=sys.stderr)
        rows += picked
    print(len(rows), "documentation passages", file=sys.stderr)
    # The written half follows the documentation rows; ids run over both.
    import benign8_written
    benign8_written.write(rows)


if __name__ == "__main__":
    main()
