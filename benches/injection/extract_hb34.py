#!/usr/bin/env python3
"""Builds the thirty-fourth hard-benign set (hard_benign34.jsonl): real
documentation passages only (no written half), in four languages the
detector is only now learning (Swedish, Bulgarian, Dutch and Polish),
from openly licensed repositories (CC-BY-4.0, MIT, CC0-1.0) that no
earlier set names, chosen blind: without reading the detector, its rule
docs, RESULTS.md or the earlier sets' texts, and without running the
detector on this set.

Theme: translated help centres and administration guides that speak
with authority about accounts and credentials and tell the reader what
to do. Hard benign means real text a coding agent fetches that instructs
its human reader in the imperative, which an injection detector is
likely to confuse with an attack: Microsoft 365's admin-centre help
snippets (reset a password, set up multi-factor authentication, recover
an account, assign admin roles, disable a setting) in Swedish,
Bulgarian, Dutch and Polish (OfficeDocs-AlchemyInsights localisations);
Partner Center's guides on accounts, users, roles, MFA, billing and
payouts in Swedish and Dutch; Dynamics 365 Customer Insights' guides on
connections, keys, Key Vault, permissions and admin settings in
Bulgarian; a government agency's open-source handbook (working on
GitHub, security, two-factor authentication, roles, publishing) in
Swedish (Digg); React's documentation in Polish; and the Polish
Ministry of Finance's guide to the national e-invoicing API (KSeF:
authentication, tokens, certificates, permissions, offline modes).

Passages are runs of whole prose paragraphs of 300-1500 characters; a
fenced code block (``` / ~~~) is never part of a passage: it ends the
run before it and is dropped. Front matter, MDX import/export lines and
Jekyll/Liquid tag lines are dropped. Prompt files written for agents
(AGENTS.md, CLAUDE.md, .claude/, .agents/, agent skills, specs and the
like), pages about AI chat assistants (Copilot), codes of conduct,
licence pages, roadmaps, changelogs, release notes and announcements,
sponsor lists, issue and pull-request templates and contributor lists
are left out. Within each source's quota, passages that show the kind's
hardest shape come first, then passages with more topic words and
distinct hard features (STRONG, counted up to four), random within a
score (seed 3434); no file gives more than a third of a quota (at least
two) when a source has three files or more. A passage must read as its
language: Swedish by its stop words and å/ä/ö (and no æ/ø, which mark
Danish or Norwegian); Bulgarian in Cyrillic, by its stop words, with ъ
and without ы or э (which mark Russian); Dutch by its stop words; Polish
by its stop words and its diacritics. A half-translated passage
(English sentences left among the translated ones) does not count; a
run that is mostly HTML tags, badges and link targets, mostly bare
links or mostly link definitions, or mostly table rows, is skipped. A
passage that names AgentDojo, spikee or garak is left out.

A passage that shares a 120-character run with any other file of this
folder (or benches/injection.py), or with a passage already taken, is
skipped; the check prints only counts, nothing of the other files.
Files whose names hold 40 (a set that may be built at the same time)
are left out of that check, unread. Passages that quote an example
attack would be marked `quotes_attack: true` (QUOTES_ATTACK below); a
passage that quotes an actual attack string is dropped instead (DROP
below).

Rebuild: fetch each repository of SOURCES with the search tool's `fetch`
(snapshots land in /work/.mirror/<owner>+<name>/repo, or .../repo/.git;
the commit used is on every row and in SOURCES34.md; for the three
repositories named in REF, the `live` branch is read, as their default
branch holds no pages), then run

    python3 benches/injection/extract_hb34.py

from the repository root. It writes benches/injection/hard_benign34.jsonl
and prints per-source counts to stderr (`--dry` prints without writing).
With a different snapshot commit the passages (and their order) may differ.
"""
import html, json, random, re, subprocess, sys
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path(__file__).parent / "hard_benign34.jsonl"
SEED = 3434
PREFIX = "hb34"

ALCH_SV = "isabella232/OfficeDocs-AlchemyInsights-pr.sv-SE"
ALCH_BG = "isabella232/OfficeDocs-AlchemyInsights-pr.bg-BG"
ALCH_NL = "isabella232/OfficeDocs-AlchemyInsights-pr.nl-NL"
ALCH_PL = "isabella232/OfficeDocs-AlchemyInsights-pr.pl-PL"
PC_SV = "isabella232/partner-center-pr.sv-se"
PC_NL = "isabella232/partner-center-pr.nl-nl"
CI_BG = "MicrosoftDocs/customer-insights-pr.bg-bg"
DIGG = "diggsweden/opensource-docs"
REACT_PL = "reactjs/pl.react.dev"
KSEF = "CIRFMF/ksef-docs"

LICENSES = {
    ALCH_SV: "CC-BY-4.0", ALCH_BG: "CC-BY-4.0", ALCH_NL: "CC-BY-4.0", ALCH_PL: "CC-BY-4.0",
    PC_SV: "CC-BY-4.0", PC_NL: "CC-BY-4.0", CI_BG: "CC-BY-4.0", DIGG: "CC0-1.0",
    REACT_PL: "CC-BY-4.0", KSEF: "MIT",
}

# The localisation repositories keep their pages on the `live` branch.
REF = {PC_SV: "live", PC_NL: "live", CI_BG: "live"}

# Topic words shared by every kind (credentials, accounts, recovery,
# admin roles, security, billing), in the languages of this set; each
# kind adds its own.
BASE = (r"api[_ -]?key|token|secret|password|credential|oauth|auth|admin|mfa|2fa|sso|microsoft 365|office 365|"
        r"lösenord|konto|logga in|inloggning|tvåstegs|tvåfaktor|multifaktor|behörighet|administratör|nyckel|"
        r"säkerhet|återställ|åtkomst|roll|verifiering|autentisering|prenumeration|faktura|betalning|inaktivera|"
        r"парол|акаунт|вход|влизане|администратор|ключ|сигурност|разрешени|достъп|удостоверяване|нулира|"
        r"абонамент|фактур|плащан|роля|роли|защит|изключ|потвърж|"
        r"wachtwoord|account|aanmelden|inloggen|beheerder|sleutel|beveiliging|toegang|machtiging|verificatie|"
        r"herstel|opnieuw instellen|rol|abonnement|factu|betaling|uitschakel|"
        r"hasło|hasła|konto|logowani|zaloguj|administrator|klucz|bezpiecze|uprawnie|dostęp|uwierzytelni|"
        r"resetow|subskrypc|faktur|płatno|wyłącz|certyfikat|podpis")
TOPIC = {
    "doc:helpcentre": BASE + r"|användare|användarnamn|e-post|licens|enhet|потребител|имейл|лиценз|устройств|"
                             r"gebruiker|e-mail|licentie|apparaat|użytkownik|e-mail|licencj|urządzeni",
    "doc:admin": BASE + r"|partner|kund|klient|organisation|klientorganisation|партньор|клиент|организация|"
                        r"връзк|източник|key vault|gegevens|klant|organisatie|tenant|payout|uitbetaling|"
                        r"utbetalning|skatt|belasting|данни",
    "doc:opensource": BASE + r"|github|organisation|repo|förråd|kodförråd|licens|publicer|säkerhetsbrist|"
                             r"sårbarhet|beroende|granskning|bidrag|medlem|ägare|team",
    "doc:framework": BASE + r"|komponent|stan|efekt|hook|render|props|zdarze|serwer|formularz|przegląd|"
                            r"instal|konfigur|npm|polecen",
    "doc:apiauth": BASE + r"|ksef|token|certyfikat|sesj|uwierzytelni|uprawnie|nip|podmiot|kontekst|"
                          r"żądani|wyzwani|challenge|offline|tryb|środowisk",
}

REQUIRE = {}

# (repo, language, path filter, quota, kind)
SOURCES = [
    # Microsoft 365 admin-centre help snippets
    (ALCH_SV, "sv", r"^AlchemyInsights/.+\.md$", 42, "doc:helpcentre"),
    (ALCH_BG, "bg", r"^AlchemyInsights/.+\.md$", 45, "doc:helpcentre"),
    (ALCH_NL, "nl", r"^AlchemyInsights/.+\.md$", 45, "doc:helpcentre"),
    (ALCH_PL, "pl", r"^AlchemyInsights/.+\.md$", 30, "doc:helpcentre"),
    # Partner and customer administration
    (PC_SV, "sv", r"^partner-center/.+\.md$", 13, "doc:admin"),
    (PC_NL, "nl", r"^partner-center/.+\.md$", 30, "doc:admin"),
    (CI_BG, "bg", r"^ci-docs/.+\.md$", 30, "doc:admin"),
    # A government agency's open-source handbook
    (DIGG, "sv", r"^content/sv/.+\.md$", 20, "doc:opensource"),
    # Framework docs
    (REACT_PL, "pl", r"^src/content/.+\.md$", 20, "doc:framework"),
    # E-invoicing API: authentication, tokens, certificates, permissions
    (KSEF, "pl", r"^.+\.md$", 25, "doc:apiauth"),
]

# Within a quota, passages that show the kind's hardest shape come first.
_SEC = (r"api[_ ]?key|token|secret|password|credential|private key|recovery code|"
        r"lösenord|nyckel|återställningskod|парол|ключ|токен|код за възстановяване|"
        r"wachtwoord|sleutel|herstelcode|hasło|hasła|hasłem|klucz|token|kod odzyskiwania")
_CMD = (r"|ignore|override|must|never|do not|don't|always|disable|bypass|admin|"
        r"ignorera|måste|aldrig|inaktivera|stäng av|omedelbart|administratör|"
        r"игнорир|трябва|никога|забран|изключете|деактивир|веднага|администратор|"
        r"negeer|moet|nooit|uitschakel|schakel .* uit|onmiddellijk|beheerder|"
        r"ignoruj|musisz|należy|nigdy|wyłącz|natychmiast|administrator|nie udostępniaj")
PRIME = {
    "doc:helpcentre": _SEC + _CMD + r"|återställ|glömt|låst|multifaktor|tvåstegs|"
                                    r"нулира|забравен|заключен|многофакторно|"
                                    r"opnieuw instellen|vergeten|geblokkeerd|meervoudige verificatie|"
                                    r"resetow|zapomnia|zablokowan|uwierzytelniani[ae] wielosk",
    "doc:admin": _SEC + _CMD + r"|multifaktor|mfa|behörighet|roll|разрешени|роля|роли|key vault|"
                               r"machtiging|meervoudige|rol",
    "doc:opensource": _SEC + _CMD + r"|tvåfaktor|2fa|säkerhet|sårbarhet|hemlig|behörighet|ägare|roll",
    "doc:framework": _SEC + _CMD + r"|nie (używaj|wywołuj|modyfikuj|mutuj)|zawsze|upewnij się|uruchom|zainstaluj|"
                                   r"ostrzeżenie|uwaga|pułapk",
    "doc:apiauth": _SEC + _CMD + r"|uwierzytelni|certyfikat|uprawnie|unieważni|wygas|podpis|sesj",
}

# Prompt files written for agents, codes of conduct and the like are left
# out (path filters above never pick most of them; this is a second guard).
# hb33's list, plus pages about AI chat assistants (Copilot) and
# announcements.
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
                  r"FAQ-Contribution|ContributionChecklist|[Cc]opilot|(^|/)announcements/)")

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

if __name__ == "__main__":
    main()
