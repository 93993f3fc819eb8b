#!/usr/bin/env python3
"""Builds the fifth hard-benign set (hard_benign5.jsonl), chosen blind:
without reading the detector or the earlier benign sets' texts.

Two halves:
1. Documentation passages from openly licensed repositories that no earlier
   set uses (snapshots under /work/.mirror, see SOURCES.md): a red-teaming
   framework's docs that describe attacks, agent SDK and LLM-app builder docs
   (instructions, system prompts, tools, guardrails), coding-agent
   configuration docs, release/CI docs, secrets, auth and password docs,
   plain-text transactional e-mail templates, incident-response and alert
   runbooks, and security standards and LLM courses in Spanish, French,
   German, Portuguese, Russian, Chinese and Japanese.
2. Tool outputs written for remit (`benign5_written.py`): e-mails, calendar
   entries, chats, bank lines, orders, reviews, bookings, résumés, WHOIS
   records, tickets, texts to translate, meeting notes, service scripts and
   bot commands that a personal assistant or coding agent reads.

Within each source's quota, passages with more distinct hard features
(STRONG; counted up to three) are drawn first and the rest fill it.
Passages are runs of whole paragraphs of 400-2500 characters, never cut
inside a fenced code block. Passages naming the reserved attack suites are
dropped so none of their text can slip in. Run once; the output is committed
so the benchmark needs no network.
"""
import json, random, re, subprocess, sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the data
sys.path.insert(0, str(Path(__file__).parent))
import benign5_written  # noqa: E402

MIRROR = Path("/work/.mirror")
DIFY = "langgenius/dify-docs"
AGJS = "openai/openai-agents-js"
SMOL = "huggingface/smol-course"
ASVS = "OWASP/ASVS"
TOP10 = "OWASP/Top10"
HFHUB = "huggingface/huggingface_hub"
# (repo, licence, language, kind, path filter, quota)
SOURCES = [
    ("confident-ai/deepteam", "Apache-2.0", "en", "doc:red-team", r"^docs/content/(docs|guides|blog)/.*\.mdx?$", 16),
    (AGJS, "MIT", "en", "doc:llm-agents", r"^docs/src/content/docs/(?!(ja|zh|ko)/).*\.mdx?$", 10),
    (DIFY, "CC-BY-4.0", "en", "doc:llm-agents", r"^en/(cloud|learn|develop-plugin)/.*\.mdx$", 9),
    ("aws/amazon-q-developer-cli", "MIT OR Apache-2.0", "en", "doc:agent-config", r"^(README\.md|docs/.*\.md)$", 7),
    ("plandex-ai/plandex", "MIT", "en", "doc:agent-config", r"^docs/docs/.*\.mdx?$", 5),
    ("PagerDuty/incident-response-docs", "Apache-2.0", "en", "doc:runbook", r"^docs/.*\.md$", 12),
    ("prometheus-operator/runbooks", "Apache-2.0", "en", "doc:runbook", r"^content/runbooks/.*\.md$", 7),
    ("changesets/changesets", "MIT", "en", "doc:ci-release", r"^(docs|site/guide)/.*\.md$", 5),
    ("release-it/release-it", "MIT", "en", "doc:ci-release", r"^(README\.md|docs/.*\.md)$", 5),
    ("Yelp/detect-secrets", "Apache-2.0", "en", "doc:secrets-auth", r"^(README\.md|docs/.*\.md)$", 4),
    ("authelia/authelia", "Apache-2.0", "en", "doc:secrets-auth",
     r"^docs/content/(overview|configuration|reference/guides|integration/(proxies|deployment)|policies)/.*\.md$", 6),
    ("ory/docs", "Apache-2.0", "en", "doc:secrets-auth",
     r"^docs/(kratos|identities|hydra|security|getting-started|account-experience)/(?!.*(/cli/|changelog)).*\.mdx?$", 6),
    ("privacyguides/privacyguides.org", "CC-BY-SA-4.0", "en", "doc:secrets-auth", r"^docs/.*\.md$", 5),
    ("casdoor/casdoor-website", "Apache-2.0", "en", "doc:secrets-auth",
     r"^docs/(provider/(email|notification|mfa|sms)|user|webhooks|how-to-connect/mcp)/.*\.mdx?$", 4),
    ("ActiveCampaign/postmark-templates", "MIT", "en", "doc:email-template", r"^templates/plain/[^/]+/content\.txt$", 6),
]
# (language, its folder in smol-course, ASVS 4.0, Top 10 2021; then the quotas
# of smol-course, ASVS, Top 10)
for lang, smol, asvs, top10, n in (
        ("es", "es", "es", "es", (4, 2, 2)), ("fr", None, "fr", "fr", (0, 3, 3)),
        ("de", None, "de", "de", (0, 3, 2)), ("pt", "pt-br", "pt", "pt-BR", (3, 2, 3)),
        ("ru", None, "ru", None, (0, 4, 0)), ("zh", None, "zh-cn", None, (0, 2, 0)),
        ("ja", "ja", None, None, (2, 0, 0))):
    if smol:
        SOURCES.append((SMOL, "Apache-2.0", lang, "doc:llm-agents", rf"^(units|v1)/{smol}/.*\.mdx?$", n[0]))
    if asvs:
        SOURCES.append((ASVS, "CC-BY-SA-4.0", lang, "doc:security", rf"^4\.0/{asvs}/.*\.md$", n[1]))
    if top10:
        SOURCES.append((TOP10, "CC-BY-SA-4.0", lang, "doc:security", rf"^2021/docs/{top10}/.*\.md$", n[2]))
SOURCES += [
    (TOP10, "CC-BY-SA-4.0", "ru", "doc:security", r"^2017/ru/.*\.md$", 4),
    (HFHUB, "Apache-2.0", "fr", "doc:llm-agents", r"^docs/source/fr/.*\.md$", 2),
    (HFHUB, "Apache-2.0", "de", "doc:llm-agents", r"^docs/source/de/.*\.md$", 3),
    (DIFY, "CC-BY-4.0", "zh", "doc:llm-agents", r"^zh/(cloud|learn|develop-plugin)/.*\.mdx$", 4),
    (DIFY, "CC-BY-4.0", "ja", "doc:llm-agents", r"^ja/(cloud|learn|develop-plugin)/.*\.mdx$", 3),
    (AGJS, "MIT", "zh", "doc:llm-agents", r"^docs/src/content/docs/zh/.*\.mdx?$", 3),
    (AGJS, "MIT", "ja", "doc:llm-agents", r"^docs/src/content/docs/ja/.*\.mdx?$", 3),
]

# Prompt files written for agents are instructions to agents by design, not
# documentation (a docs page that teaches prompting is kept); codes of conduct
# and changelogs are prose of another kind.
SKIP = re.compile(r"(SKILL\.md|AGENTS\.md|CLAUDE\.md|GEMINI\.md|\.cursorrules|(^|/)\.?agents/|/commands/|/skills/"
                  r"|copilot-instructions|microagents|^\.roo|/prompts?/|\.prompt|prompt[^/]*\.(txt|ya?ml|json|j2)$"
                  r"|CODE_OF_CONDUCT|CHANGELOG|changelog)", re.I)
# The suites kept for independent evaluation: a passage that names one may
# quote it.
RESERVED = re.compile(r"agent ?dojo|spikee|garak", re.I)
# Passages that quote a whole example attack (a red-team doc's example table
# or block), read after extraction: marked `quotes_attack` so a false alarm on
# them can be read apart from one on text that only describes attacks.
QUOTES_ATTACK = {
    "confident-ai/deepteam:docs/content/docs/(single-turn)/red-teaming-adversarial-attacks-synthetic-context-injection.mdx#3",
    "confident-ai/deepteam:docs/content/guides/(ai-agents)/guide-agentic-ai-red-teaming.mdx#20",
    "confident-ai/deepteam:docs/content/docs/(single-turn)/red-teaming-adversarial-attacks-prompt-injection.mdx#2",
}
# What makes a passage hard for an injection detector, in the eight
# languages: each pattern is one feature.
STRONG = [re.compile(p, re.I) for p in (
    r"<\|[a-z_]+\|>|\[/?INST\]|<<SYS>>|<start_of_turn>|\[TOOL_CALLS\]",
    r"\b(system|assistant|developer)\b|[\"']role[\"']",
    r"system[ _-]?prompt|system message|instructions?\b|instrucci|consigne|Anweisung|instruç|инструкц|системн|指令|指示|提示词|プロンプト",
    r"ignor|disregard|override|忽略|無視|игнорир",
    r"\byou are (a|an|the)\b|vous êtes|\beres un|du bist|você é|вы —|ты —|あなたは|你是",
    r"(curl|wget)\b[^\n]*\| *(ba|z)?sh\b",
    r"<!--",
    r"base64",
    r"\bIMPORTANT\b|\bBREAKING\b|\[!(WARNING|CAUTION|IMPORTANT)\]|:::(warning|danger|caution)",
    r"inject|jailbreak|malicious|attacker|exfiltrat|untrusted|poison|malveill|bösartig|malicios|вредонос|恶意|悪意",
    r"--no-verify|skip[ -]?hooks?",
    r"(never|do not|don't) (share|commit|expose|paste|tell|forward)|keep (it|them|this) secret",
    r"\$\{\{ *secrets\.|GITHUB_TOKEN|NPM_TOKEN|api[_ ]?key|password|mot de passe|Passwort|contraseña|senha|пароль|密码|パスワード",
    r"\b(immediately|right away|as soon as possible|urgent)\b|\brotate\b|revoke",
    r"\b(you must|must not|before you|first,? run|run the following)\b|vous devez|debes|du musst|você deve|необходимо|必须|必ず",
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
    """Translations often leave whole paragraphs in English."""
    if lang == "en":
        return True
    if lang in ("ru", "zh", "ja"):
        return sum(ord(c) > 0x400 for c in p) >= 40
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
        cur.append(line)
    if cur:
        out.append("\n".join(cur))
    return [p for p in out if p.strip()]


def passages(text):
    """Runs of whole paragraphs of 400-2500 characters."""
    out, cur = [], []
    for p in paragraphs(text):
        cur.append(p)
        if sum(len(x) + 2 for x in cur) >= 500:
            out.append("\n\n".join(cur))
            cur = []
    if cur:
        out.append("\n\n".join(cur))
    return [p for p in out if 400 <= len(p) <= 2500 and sum(bool(FENCE.match(l)) for l in p.split("\n")) % 2 == 0]


def clean(text):
    # Front matter is metadata, not prose a page shows; MDX import/export
    # lines are build plumbing.
    text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
    return re.sub(r"^(import|export) .*\n", "", text, flags=re.M)


def docs(rng):
    rows, seen, commits = [], set(), {}
    for repo, lic, lang, kind, pat, quota in SOURCES:
        if quota == 0:
            continue
        commit = commits.setdefault(repo, git(repo, "rev-parse", "HEAD").strip())
        files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines()
                       if re.search(pat, f) and not SKIP.search(f))
        here = []
        for f in files:
            for i, p in enumerate(passages(clean(git(repo, "show", f"HEAD:{f}")))):
                if p in seen or RESERVED.search(p) or not reads_as(lang, p):
                    continue
                seen.add(p)
                row = {"lang": lang, "kind": kind, "source": f"{repo}:{f}#{i}", "commit": commit[:12],
                       "license": lic, "text": p}
                row["_score"] = sum(bool(feat.search(p)) for feat in STRONG)
                here.append(row)
        rng.shuffle(here)
        here.sort(key=lambda r: -min(r["_score"], 3))  # stable: random within a score
        picked = here[:quota]
        for r in picked:
            del r["_score"]
            if r["source"] in QUOTES_ATTACK:
                r["quotes_attack"] = True
        if len(picked) < quota:
            print(f"{repo} {lang}: only {len(picked)} passages", file=sys.stderr)
        rows += picked
    return rows


def main():
    rng = random.Random(1515)
    rows = docs(rng)
    for r in benign5_written.rows():
        assert not RESERVED.search(r["text"]), r["text"][:80]
        rows.append({"lang": r["lang"], "kind": r["kind"], "source": "written for remit", "license": "written for remit",
                     "text": r["text"]})
    with open(Path(__file__).parent / "hard_benign5.jsonl", "w") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"id": f"hb5-{i:04}", **r}, ensure_ascii=False) + "\n")
    print(len(rows), "hard benign passages", file=sys.stderr)


if __name__ == "__main__":
    main()
