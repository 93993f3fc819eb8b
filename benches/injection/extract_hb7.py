#!/usr/bin/env python3
"""Extracts the documentation half of the seventh hard-benign set
(hard_benign7.jsonl; the written half comes from benign7_written.py) from
openly licensed repositories that no earlier set uses (snapshots under
/work/.mirror, see SOURCES.md), chosen blind: without reading the detector
or the earlier benign sets' texts.

Hard benign means real documentation an injection detector is likely to
confuse with an attack: security and red-teaming docs that explain prompt
injection and quote attack strings as examples; LLM-app and agent-framework
docs with system prompts, prompt templates addressed to a model, agent
instructions, chat-template tokens and function calling; guidance on
writing instructions for AI code assistants; release, repository-settings
and supply-chain docs; incident-management and security-incident runbooks;
auth, password and secrets docs; e-mail templates; and the same topics in
Spanish, French, German, Portuguese, Russian, Chinese and Japanese.

Within each source's quota, passages on the source's own hard topic (TOPIC)
come first, then passages with more distinct hard features (STRONG, counted
up to three), random within a score. Passages are runs of whole paragraphs,
400-2500 characters, never cut inside a fenced code block. Run once; the
output is committed so the benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

MIRROR = Path("/work/.mirror")
SK = "MicrosoftDocs/semantic-kernel-docs"
S101 = "microsoft/Security-101"
OSSF = "ossf/wg-best-practices-os-developers"
APISIX = "apache/apisix"
HIGRESS = "alibaba/higress"
GAJS = "microsoft/generative-ai-with-javascript"
CNCF = "cncf/tag-security"
GENU = "aws-samples/generative-ai-use-cases"

RED = r"inject|jailbreak|attack|ignore|poison|exfiltrat|malicious|adversar|guard|注入|越狱|攻击|インジェクション|攻撃|инъекц|атак|Injektion|Angriff|injection|attaque|inyecci|ataque|injeção"
LLM = r"you are|system|instruction|prompt|role|persona|backstory|あなたは|你是|系统|提示|プロンプト|システム"
RUN = r"incident|immediately|must|do not|never|rotate|revoke|report|escalat|notify"
AUTH = r"password|reset|2fa|mfa|token|verif|otp|secret|key"
REL = r"release|publish|token|secret|branch protection|sign|merge|approve|workflow|/lgtm|/assign|/approve"
CFG = r"instruction|rules|prompt|assistant|agent|AGENTS\.md|custom"

# (repo, licence, language, path filter, quota, kind, topic)
SOURCES = [
    (SK, "MIT", "en", r"^(semantic-kernel/concepts/prompts/prompt-injection-attacks|agent-framework/agents/security"
     r"|agent-framework/integrations/by-component/ui/(ag-ui/security-considerations|devui/security)"
     r"|semantic-kernel/concepts/enterprise-readiness/filters)\.md$", 6, "doc:red-team", RED),
    (SK, "MIT", "en", r"^(semantic-kernel/concepts/prompts/(?!prompt-injection)|agent-framework/agents/"
     r"(?!security)|semantic-kernel/Frameworks/agent/|agent-framework/tutorials/).*\.md$", 10, "doc:llm-app", LLM),
    ("confident-ai/deepeval", "Apache-2.0", "en", r"^docs/content/(guides/guides-red-teaming|docs/\(safety\)/.*)\.mdx$",
     6, "doc:red-team", RED),
    ("confident-ai/deepeval", "Apache-2.0", "en", r"^docs/content/(docs/metrics-(g-eval|dag|prompt-alignment|role-adherence"
     r"|conversational-g-eval)|guides/guides-(llm-as-a-judge|ai-agent-evaluation|using-custom-llms))\.mdx$",
     3, "doc:llm-app", LLM),
    (S101, "CC0-1.0", "en", r"^(8\.[123] .*|1\.2 Common cybersecurity threats)\.md$", 4, "doc:red-team", RED),
    (OSSF, "CC-BY-4.0", "en", r"^docs/Security-Focused-Guide-for-AI-Code-Assistant-Instructions\.md$", 5,
     "doc:agent-config", CFG),
    (OSSF, "CC-BY-4.0", "en", r"^docs/Secure-AI_ML-Driven-Software-Development\.md$", 6, "doc:red-team", RED),
    (OSSF, "CC-BY-4.0", "en", r"^docs/(SCM-BestPractices/github/(repository|actions)/.*|Concise-Guide-for-Developing-More"
     r"-Secure-Software)\.md$", 3, "doc:release", REL),
    (APISIX, "Apache-2.0", "en", r"^docs/en/latest/plugins/ai-(prompt-guard|lakera-guard|aliyun-content-moderation"
     r"|aws-content-moderation)\.md$", 4, "doc:red-team", RED),
    (APISIX, "Apache-2.0", "en", r"^docs/en/latest/plugins/ai-(prompt-decorator|prompt-template|request-rewrite"
     r"|proxy)\.md$", 4, "doc:llm-app", LLM),
    (APISIX, "Apache-2.0", "en", r"^docs/en/latest/plugins/(key-auth|jwt-auth|basic-auth|hmac-auth)\.md$", 2,
     "doc:auth", AUTH),
    (HIGRESS, "Apache-2.0", "en", r"^plugins/wasm-(go|rust)/extensions/ai-(security-guard|prompt-decorator|prompt-template"
     r"|agent|intent|json-resp|transformer|search)/README_EN\.md$", 6, "doc:llm-app", LLM),
    ("BoundaryML/baml", "Apache-2.0", "en", r"^docs/docs/(snippets/prompt-syntax|snippets/functions|get-started|guide"
     r"|calling-baml)/.*\.mdx?$", 5, "doc:prompt-guide", LLM),
    ("microsoft/autogen", "CC-BY-4.0", "en", r"^python/docs/src/user-guide/(agentchat-user-guide|core-user-guide/"
     r"design-patterns)/.*\.md$", 6, "doc:agent-framework", LLM),
    ("NousResearch/Hermes-Function-Calling", "MIT", "en", r"^README\.md$", 3, "doc:chat-template",
     r"<\|im_start\|>|<tool_call>|system"),
    ("Netflix/dispatch", "Apache-2.0", "en", r"^docs/docs/(user-guide|administration/settings/incident)/.*\.mdx?$", 5,
     "doc:runbook", RUN),
    ("kubernetes/community", "Apache-2.0", "en", r"^(committee-security-response/.*|contributors/guide/(pull-requests|"
     r"owners|review-guidelines|first-contribution)|github-management/(ai-code-review-tools|github-actions-policy|"
     r"permissions|org-owners-guide|github-moderation))\.md$", 5, "doc:release", REL),
    ("18F/handbook", "CC0-1.0", "en", r"^(SECURITY\.md|pages/(general-information-and-resources/tech-policies/.*"
     r"|launching-software/security|tools/slack/.*|travel-and-leave/travel-and-leave-policies/travel-guide-email-"
     r"templates)\.md)$", 7, "doc:runbook", RUN + "|" + AUTH),
    ("pilcrowonpaper/copenhagen", "MIT", "en", r"^pages/.*\.md$", 5, "doc:auth", AUTH),
    ("googleapis/release-please", "Apache-2.0", "en", r"^(README|docs/.*)\.md$", 4, "doc:release", REL),
    # LlamaFirewall's folder is MIT (the repository's other folders hold
    # models under another licence and are not used).
    ("meta-llama/PurpleLlama", "MIT", "en", r"^LlamaFirewall/(README\.md|website/docs/.*\.mdx?)$", 8, "doc:red-team", RED),
    ("google/adk-docs", "Apache-2.0", "en", r"^docs/(safety/index|integrations/(atr-guardrail|cisco-ai-defense))\.md$", 5,
     "doc:red-team", RED),
    ("google/adk-docs", "Apache-2.0", "en", r"^docs/(agents/(llm-agents|multi-agents|custom-agents)|tutorials/.*"
     r"|get-started/quickstart)\.md$", 6, "doc:agent-framework", LLM),
    (CNCF, "CC-BY-4.0", "en", r"^community/catalog/compromises/20(2[0-4])/.*\.md$", 4, "doc:security",
     r"token|secret|credential|malicious|attacker|compromis"),
]
# Security 101 in the seven languages: AI security and threats first.
for lang, folder, n in (("es", "es", 6), ("fr", "fr", 7), ("de", "de", 7), ("pt", "pt", 4), ("ru", "ru", 7),
                        ("zh", "zh", 4), ("ja", "ja", 4)):
    SOURCES.append((S101, "CC0-1.0", lang, rf"^translations/{folder}/(8\.[123] .*|1\.2 .*|2\.[13] .*|4\.[13] .*)\.md$",
                    n, "doc:security", RED + "|" + AUTH))
# (Its Spanish lessons are stubs, so Spanish comes from Security 101 and the
# white paper instead.)
for lang, folder in (("pt", "pt-br"), ("zh", "zh-cn")):
    SOURCES.append((GAJS, "MIT", lang, rf"^lessons/0[2-5][^/]*/translations/README\.{folder}\.md$", 3, "doc:llm-app",
                    LLM + "|eres|você é|rol|papel"))
SOURCES += [
    (APISIX, "Apache-2.0", "zh", r"^docs/zh/latest/plugins/ai-(prompt-guard|prompt-decorator|prompt-template"
     r"|request-rewrite|lakera-guard)\.md$", 3, "doc:llm-app", LLM + "|" + RED),
    (HIGRESS, "Apache-2.0", "zh", r"^plugins/wasm-(go|rust)/extensions/ai-(security-guard|prompt-decorator|prompt-template"
     r"|agent|intent)/README\.md$", 3, "doc:llm-app", LLM + "|" + RED),
    (CNCF, "CC-BY-4.0", "es", r"^community/resources/security-whitepaper/v1/cloud-native-security-whitepaper-spanish\.md$",
     3, "doc:security", r"secret|credencial|contraseña|ataque"),
    (CNCF, "CC-BY-4.0", "pt", r"^community/resources/security-whitepaper/v1/cloud-native-security-whitepaper-brazilian"
     r"-portugese\.md$", 2, "doc:security", r"segredo|credencia|senha|ataque"),
    (CNCF, "CC-BY-4.0", "zh", r"^community/resources/security-whitepaper/v2/cloud-native-security-whitepaper-simplified"
     r"-chinese\.md$", 1, "doc:security", r"密钥|凭证|攻击"),
    (CNCF, "CC-BY-4.0", "ja", r"^community/resources/security-whitepaper/v2/cloud-native-security-whitepaper-ja\.md$",
     3, "doc:security", r"シークレット|認証情報|攻撃"),
    (GENU, "MIT-0", "ja", r"^docs/ja/(DEPLOY_OPTION|DEPLOY_ON_AWS|UPDATE|DESTROY|SAML_WITH_ENTRA_ID|EXTENSION)\.md$", 3,
     "doc:release", r"必ず|削除|パスワード|シークレット|プロンプト|注意"),
]

# Within a quota, passages that show the kind's hardest shape come first: a
# quoted attack, a prompt addressed to a model, an urgent order, a reset
# token, a bot command.
PRIME = {
    "doc:red-team": r"ignore|disregard|jailbreak|prompt injection|inject|exfiltrat",
    "doc:llm-app": r"you are|instructions\s*=|system_message|system prompt|[\"']role[\"']\s*:\s*[\"']system|あなたは|你是|eres un|você é|ты —|вы —",
    "doc:runbook": r"immediately|within \d+ hours?|do not|must|never",
    "doc:auth": r"password reset|reset|2fa|otp|one-time|token",
    "doc:release": r"secret|token|/lgtm|/approve|/assign|approv|必ず",
    "doc:agent-config": r"instruct|you are|rules",
    "doc:security": r"phish|inject|secret|password|credential|contraseña|senha|пароль|密码|パスワード|mot de passe|Passwort|攻撃|攻击|атак|ataque|attaque|Angriff",
}
for k in ("doc:agent-framework", "doc:prompt-guide", "doc:chat-template"):
    PRIME[k] = PRIME["doc:llm-app"]

# Prompt files written for agents are instructions to agents by design, not
# documentation; codes of conduct and changelogs are prose of another kind.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|/agents/[^/]*\.md$|/commands/|/skills/"
                  r"|copilot-instructions|\.instructions\.md|\.prompt\.md|microagents|/prompts/|CODE_OF_CONDUCT|CHANGELOG"
                  r"|release-notes/)", re.I)
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
    """Blank-line separated paragraphs; a fenced code block stays inside one."""
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
    return [p for p in out if p.strip()]


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
    # Front matter is metadata; MDX import/export lines are build plumbing;
    # the translator's metadata comment and its closing disclaimer are not
    # the page.
    text = re.sub(r"\A\ufeff?(\+\+\+.*?\+\+\+\n|---\n.*?\n---\n)", "", text, flags=re.S)
    text = re.sub(r"<!--\s*CO_OP_TRANSLATOR_METADATA:.*?-->\n?", "", text, flags=re.S)
    text = re.sub(r"\n---\s*\n+\**(Disclaimer|Descargo|Avertissement|Haftungsausschluss|Aviso|Isenção|Отказ|免责|免責)"
                  r".*\Z", "\n", text, flags=re.S | re.I)
    text = re.sub(r"^(import|export) .*\n", "", text, flags=re.M)
    return text


def main():
    rng = random.Random(1407)
    rows, seen, taken = [], set(), ""
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
                row = {"lang": lang, "kind": kind, "source": f"{repo}:{f}#{i}", "commit": commit[:12],
                       "license": lic, "text": p}
                score = min(sum(bool(feat.search(p)) for feat in STRONG), 3)
                prime = bool(re.search(PRIME[kind], p, re.I))
                row["_key"] = (not prime, -len(set(m.lower() for m in topic_re.findall(p)[:50])) // 2 - score)
                here.append(row)
        rng.shuffle(here)
        here.sort(key=lambda r: r["_key"])
        # A passage that repeats a 120-character run of one already taken
        # (a README and a docs page sharing an example) is skipped.
        picked = []
        for r in here:
            if len(picked) == quota:
                break
            t = r["text"]
            if any(t[i:i + 120] in taken for i in range(0, max(1, len(t) - 120), 40)):
                continue
            picked.append(r)
        taken += "\x00" + "\x00".join(r["text"] for r in picked)
        for r in picked:
            del r["_key"]
        print(f"{repo} {lang} {kind}: {len(picked)}/{quota} of {len(here)} from {len(files)} files", file=sys.stderr)
        rows += picked
    print(len(rows), "documentation passages", file=sys.stderr)
    # The written half follows the documentation rows; ids run over both.
    import benign7_written
    benign7_written.write(rows)


if __name__ == "__main__":
    main()
