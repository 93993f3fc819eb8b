#!/usr/bin/env python3
"""Extracts the carriers of holdout56 (carriers56.jsonl): passages of
Terraform Best Practices, antonbabenko/terraform-best-practices (a free
e-book on writing and structuring Terraform code by Anton Babenko and its
contributors and translators; the repository's `LICENSE` is the Apache
License, Version 2.0). The book is a GitBook sync: the English text is on
the `master` branch, one Markdown file per chapter (`README.md`,
`key-concepts.md`, `code-structure.md`, `code-styling.md`, `naming.md`,
`writing-terraform-configurations.md`, `faq.md`, `references.md`,
`workshop.md`, `examples/**.md`, ...), and each translation is a branch of
its own holding the same files: `ar`, `ba` (Bosnian, despite the code),
`be` (Belarusian), `bg`, `de`, `el`, `es`, `fr`, `he`, `hi`, `id`, `it`,
`ja`, `ka`, `kk`, `kn`, `ko`, `pl`, `ptbr`, `ro`, `tr`, `uk`, `ur`, `zh`.
Drawn: English and fr (French), ja (Japanese), ar (Arabic), he (Hebrew),
el (Greek), hi (Hindi) and bs (Bosnian, branch `ba`); the held-out 56 rows
are also written in Dutch and Czech (languages the carrier does not have).

Adapted from extract_h55.py (the git helper, the passage splitter, the
trimming, the language check, the SKIP, AI_TALK, BAREURL and BRACE
filters, the 120-character overlap drop, the within-language
de-duplication and the `line` field), unchanged but for the repository, the
branches and files (every `*.md` of a branch but `SUMMARY.md`,
`CODE_OF_CONDUCT.md` and `todo.md`), the reader (the JavaScript reader of
55 replaced by `documents()`: a line-by-line walk of a Markdown file that
drops its YAML front matter and fenced code blocks and keeps each block of
non-blank lines as one paragraph, its lines joined by a space unless it is
a list; a heading, a fence, a front matter or a licence paragraph breaks a
passage), the language check (Hebrew and Hindi checked by script, like
Greek; a Bosnian word list added; the thresholds kept at 0.55), the strip
(any paragraph naming a licence, a copyright or a trademark is dropped, in
every language, with the words for licence in the drawn languages), the
seed (2056), the languages (fr, ja, ar, he, el, hi, bs), the passage
length (350 characters, as before) and the quotas (en 16, 4 for each of
the seven other languages: 44 passages in all). The `line` field is the
line of the passage's first paragraph in its file; `commit` is the tip of
the passage's branch. The passages are excerpts, modified in the held-out
rows by the splicing of a payload. Passages sharing a 120-character run
with any other file of benches/injection/ are dropped (overlap56.py,
mechanically; files whose name holds "51" are never opened; nothing of
the other files is printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys

from pathlib import Path

from overlap56 import shared, EXCLUDED

REPO = "antonbabenko/terraform-best-practices"
LICENCE = "Apache-2.0"
GITDIR = Path("/work/.mirror/antonbabenko+terraform-best-practices/repo")
QUOTA = {"en": 16, "fr": 4, "ja": 4, "ar": 4, "he": 4, "el": 4, "hi": 4, "bs": 4}
BRANCHES = {"en": "master", "fr": "fr", "ja": "ja", "ar": "ar", "he": "he", "el": "el", "hi": "hi", "bs": "ba"}
BRACE = re.compile(r"\{[a-z_]+\}")

SKIP = re.compile(
    r"```|~~~|^(?: {2,}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$|"
    r"^\s*\+\+\+|^\.\. |::\s*$|^\s*[=\-~^*#`]{3,}\s*$",
    re.M)
WORDS = {
    "en": r"\b(?:the|and|you|is|to|of|for)\b",
    "es": r"\b(?:el|la|los|las|que|de|y|es|para|un|una)\b",
    "fr": r"\b(?:le|la|les|que|de|et|est|pour|un|une|vous|des)\b",
    "de": r"\b(?:der|die|das|und|ist|nicht|ich|du|mit|ein|eine|zu)\b",
    "pt": r"\b(?:o|a|os|as|que|de|e|é|para|um|uma|não|você)\b",
    "pl": r"\b(?:i|w|z|na|się|nie|jest|to|do|że|jak|oraz|aby)\b",
    "tr": r"\b(?:ve|bir|bu|için|ile|de|da|olarak|daha|gibi|olan|ama)\b",
    "id": r"\b(?:yang|dan|di|ke|dari|untuk|dengan|ini|itu|dalam|adalah|pada|tidak|akan|dapat)\b",
    "vi": r"\b(?:và|của|là|các|có|được|trong|cho|một|những|với|không|này)\b",
    "it": r"\b(?:il|lo|la|le|gli|che|di|e|è|per|un|una|non|del|della|con|si)\b",
    "ro": r"\b(?:și|şi|în|de|la|cu|pe|care|este|pentru|un|o|sau|nu|din|se|să|mai)\b",
    "no": r"\b(?:og|er|det|som|en|et|for|med|ikke|på|av|til|kan|du|å|vi|har|den)\b",
    "sv": r"\b(?:och|är|att|det|som|en|ett|för|med|inte|på|av|till|kan|om|du)\b",
    "hu": r"\b(?:a|az|és|hogy|nem|is|egy|van|meg|de|ha|csak|ez|azt|mint|vagy|már|ami|amely)\b",
    "ca": r"\b(?:el|la|els|les|que|de|i|és|per|un|una|amb|no|del|dels|als|aquest|aquesta|pot)\b",
    "sl": r"\b(?:in|je|na|v|za|da|se|ki|ne|so|to|z|s|pa|ali|kot|bo|lahko|tudi|če)\b",
    "gl": r"\b(?:o|a|os|as|que|de|e|é|para|un|unha|non|do|da|no|na|cun|coa|se|pode)\b",
    "bs": r"\b(?:i|u|na|se|je|da|za|su|od|koji|koja|koje|ne|ili|kao|to|sa|iz|može|biti|što|ako|ali)\b",
}
CJK = {"zh", "ja", "ko"}
# install.md keeps TOML tab tables (`[[tab]]`, `name = '…'`, `'''`) inside its Markdown.
BAREURL = re.compile(r"^\s*https?://\S+\s*$|\{\{|\}\}|\{<|>\}|^\s*'''|^\s*\[\[?\w+\]\]?\s*$|^\w+ = ['\"]", re.M)
# Passages that talk about AI, LLMs, prompts, tokens or agents (the NumPy
# case studies speak of deep learning) are dropped, so that no carrier text is
# itself about instructing a model.
AI_TALK = re.compile(r"(?<![A-Za-z])(?:AI|IA|LLMs?|GPT\w*|Claude)(?![A-Za-z])|(?i:prompt|\btokens?\b|トークン|"
                     r"\bagent[ie]?s?\b|エージェント|コンテキストウィンドウ|fen[eê]tres? contextuelle|"
                     r"intelligen[cz]a artificial|изкуствен интелект|artificiell intelligens|intelligence artificielle|intelligenza artificiale|人工知能)")


def git(*args):
    return subprocess.run(["git", "--git-dir", str(GITDIR), *args], check=True, capture_output=True,
                          text=True).stdout


BOLD_LINE = re.compile(r"\*\*[^*\n]+\*\*")  # a bold line standing as a heading
REFDEF = re.compile(r"^\s*\[[^\]]+\]:\s|\A\s*\[[^\]]+\]\([^)]*\)\s*\Z")


def trim(run):
    run = list(run)
    while run and (re.search(r"[:：][*_]*\s*\Z", run[-1]) or BOLD_LINE.fullmatch(run[-1].strip())
                   or re.search(r"例\s*\Z", run[-1])
                   or all(l.lstrip().startswith("#") for l in run[-1].splitlines() if l.strip())):
        run.pop()
    return "\n\n".join(run)


def passages(paras, hi=1400):
    out, cur = [], []
    for p in paras:
        if SKIP.search(p) or REFDEF.search(p):
            if cur:
                out.append(trim(cur))
            cur = []
            continue
        if cur and len("\n\n".join(cur + [p])) > hi:
            out.append(trim(cur))
            cur = []
        cur.append(p)
    if cur:
        out.append(trim(cur))
    return [x for x in out if x]


def in_language(lang, text):
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 80:
        return False
    share = lambda pred: sum(1 for c in letters if pred(c)) / len(letters)
    if lang in ("ru", "bg"):
        return share(lambda c: "\u0400" <= c <= "\u04ff") > 0.55 and not re.search(r"[іїєґІЇЄҐ]", text)
    if lang == "uk":
        return share(lambda c: "\u0400" <= c <= "\u04ff") > 0.55 and len(re.findall(r"[іїєґ]", text)) >= 5
    if lang == "zh":
        return share(lambda c: "\u4e00" <= c <= "\u9fff") > 0.35 and not re.search(r"[\u3040-\u30ff]", text)
    if lang == "el":
        return share(lambda c: "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff") > 0.55
    if lang == "he":
        return share(lambda c: "\u0590" <= c <= "\u05ff") > 0.55
    if lang == "hi":
        return share(lambda c: "\u0900" <= c <= "\u097f") > 0.55
    if lang == "ar":
        return share(lambda c: "\u0600" <= c <= "\u06ff") > 0.55
    if lang == "fa":
        return share(lambda c: "\u0600" <= c <= "\u06ff") > 0.55 and len(re.findall(r"[پچژگکی]", text)) >= 5
    if lang == "ko":
        return share(lambda c: "\uac00" <= c <= "\ud7a3") > 0.35
    if lang == "ja":
        return share(lambda c: "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff") > 0.35 \
            and len(re.findall(r"[\u3040-\u309f]", text)) >= 25
    words = re.findall(r"\w+", text.lower())
    own = len(re.findall(WORDS[lang], text.lower()))
    if lang == "en":
        return own / max(len(words), 1) > 0.08
    eng = len(re.findall(WORDS["en"], text.lower()))
    return own / max(len(words), 1) > 0.1 and eng * 3 < own


# GitBook leaves HTML entities (`&#x20;`) and Markdown escapes (`Q\\&A`) in
# some paragraphs; passages holding them, or longer than the 350 characters
# a passage may have (a single paragraph can exceed it), are not used.
ARTEFACT = re.compile(r"&#x?[0-9a-fA-F]+;|\\[&_*#\[\]]")


def usable(lang, p):
    minlen = 80 if lang in CJK else 140 if lang != "en" else 160
    if len(p) > 350 or ARTEFACT.search(p):
        return False
    if SKIP.search(p) or AI_TALK.search(p) or BAREURL.search(p) or BRACE.search(p) or len(p) < minlen or not in_language(lang, p):
        return False
    last = p.split("\n\n")[-1]
    if all(l.lstrip().startswith("#") for l in last.splitlines() if l.strip()):
        return False
    if re.search(r"[:：][*_]*\s*\Z", p) or BOLD_LINE.fullmatch(last.strip()) or re.search(r"例\s*\Z", p) \
            or REFDEF.search(p):
        return False
    return any(not re.match(r"\s*(?:#|[-*+] |\d+[.)] )", q) for q in p.split("\n\n"))


LICENCE_TEXT = re.compile(r"(?i)&trade;|™|licen[cs]e|licen[cz]|ترخيص|رخصة|ライセンス|使用許諾|רישיון|רשיון|άδεια|αδειοδότ|"
                          r"लाइसेंस|अनुज्ञ|\bMIT\b|\bBSD\b|Apache|copyright|trademark|droits? d'auteur|marque déposée|"
                          r"著作権|商標|حقوق (?:النشر|الطبع)|علامة تجارية|זכויות יוצרים|סימן מסחר|πνευματικ|εμπορικό σήμα|"
                          r"कॉपीराइट|ट्रेडमार्क|autorsk|zaštitni znak")
FENCE = re.compile(r"^\s*(?:```|~~~)")
LIST = re.compile(r"^\s*(?:[-*+] |\d+[.)] )")
SKIP_FILES = {"SUMMARY.md", "CODE_OF_CONDUCT.md", "todo.md"}


def book_files(files):
    """The chapters of a branch, in path order."""
    return sorted(f for f in files if f.endswith(".md") and f.split("/")[-1] not in SKIP_FILES
                  and not f.startswith((".github/", ".gitbook/")))


def documents(raw):
    """The paragraphs of a Markdown chapter in order, each with its first
    line; `None` stands for anything that breaks a passage (front matter, a
    fence and its code, a heading, a licence paragraph)."""
    out, block, first, in_fence, in_front = [], [], 0, False, False
    lines = raw.split("\n")

    def flush():
        nonlocal block
        if block:
            if LIST.match(block[0]):
                text = "\n".join(l.rstrip() for l in block)
            else:
                text = re.sub(r"\s+", " ", " ".join(block)).strip()
            if text.startswith("#") or LICENCE_TEXT.search(text):
                out.append((None, 0))
            else:
                out.append((text, first))
        block = []

    for n, line in enumerate(lines, 1):
        if n == 1 and line.strip() == "---":
            in_front = True
            out.append((None, 0))
            continue
        if in_front:
            if line.strip() == "---":
                in_front = False
            continue
        if FENCE.match(line):
            flush()
            in_fence = not in_fence
            out.append((None, 0))
            continue
        if in_fence:
            continue
        if not line.strip():
            flush()
            continue
        if line.lstrip().startswith("#") and not block:
            out.append((None, 0))
            continue
        if not block:
            first = n
        block.append(line)
    flush()
    return out


def main():
    rng = random.Random(2056)
    cands = []
    for lang, branch in BRANCHES.items():
        commit = git("rev-parse", f"refs/heads/{branch}").strip()
        files = git("ls-tree", "-r", "--name-only", commit).splitlines()
        for f in book_files(files):
            paras = documents(git("show", f"{commit}:{f}").lstrip("\ufeff").replace("\r\n", "\n"))
            runs, cur = [], []
            for para, line in paras + [(None, 0)]:
                if para is None:
                    if cur:
                        runs.append(cur)
                    cur = []
                else:
                    cur.append((para, line))
            for run in runs:
                lines = {p: l for p, l in run}
                for p in passages([p for p, _ in run], 350):
                    if usable(lang, p):
                        line = lines.get(p.split("\n\n")[0], 0)
                        cands.append({"lang": lang, "branch": branch,
                                      "source": f"{REPO}@{commit[:12]}:{f}:{line}",
                                      "path": f, "line": line, "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers56.jsonl", "holdout56.jsonl", "holdout56.py", "fill56.py", "SOURCES56.md",
                          "check56.py", "overlap56.py", "extract_h56.py"} | EXCLUDED)
    cands = [c for k, c in enumerate(cands) if k not in dup]
    out = []
    for lang, n in QUOTA.items():
        rows = [c for c in cands if c["lang"] == lang]
        rng.shuffle(rows)
        take = []
        for r in rows:
            if len(take) >= n:
                break
            if any(r["text"][k:k + 120] in t["text"] for t in take for k in range(0, max(len(r["text"]) - 119, 1), 20)):
                continue
            take.append(r)
        if len(take) < n:
            print(f"{lang}: only {len(take)} passages", file=sys.stderr)
        out += take
    with open(Path(__file__).parent / "carriers56.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c56-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"], "branch": r["branch"], "path": r["path"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
