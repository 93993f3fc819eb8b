#!/usr/bin/env python3
"""Extracts the carriers of holdout53 (carriers53.jsonl): passages of the
Excelize documentation and its translations, xuri/excelize-doc (the
documentation of the Excelize Go library for spreadsheet files, by Ri Xu
and its contributors and translators; MIT licence, the repository's
`LICENSE`). The book is a GitBook of Markdown files, one folder per
language (`<lang>/*.md`: ar, de, en, es, fr, it, ja, ko, pt, ru, zh-hans,
zh-tw; `LANGS.md`). A document is one Markdown file; its paragraphs are
split at blank lines (fenced code kept whole) and runs of prose paragraphs
become passages. Drawn: English and ar, ko, zh (the `zh-hans` folder),
fr, ja, pt, ru; the held-out 53 rows are also written in Czech and Hebrew.

Adapted from extract_h52.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the AI_TALK filter, the BAREURL
filter, the BRACE filter, the 120-character overlap drop and the
within-language de-duplication, and the `line` field), unchanged but for the
repository and files (every `<lang>/**/*.md` but `SUMMARY.md` and the release notes
`releases/*.md`, read with
`md_paragraphs()`; the PO reader and the AsciiDoc filter of 52 removed), a
script check for ar added to the language check, an
MD filter (a paragraph that is a heading, an image, an HTML line, a list of
links, a pipe table (any line with `|`) or holds a `{#anchor}` breaks a
passage), the strip (any paragraph
naming a licence, the MIT, BSD or Apache licences, a copyright or a
trademark (or holding a trademark sign) is dropped in every language, and with it the README's line
naming the library's licence), the seed (2053), the languages (ar, ko, zh,
fr, ja, pt, ru), the passage length (350 characters, as before) and the
quotas (en 16, 4 for each of the seven other languages: 44 passages in
all). The `line` field is the line of the passage's first paragraph in its
Markdown file. The translations are under the same licence as the book;
the passages are excerpts, modified in the held-out rows by the splicing of
a payload. Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap53.py, mechanically; files whose
name holds "48" are never opened; nothing of the other files is printed).
Run once; the output is committed.
"""
import json, random, re, subprocess, sys

from pathlib import Path

from overlap53 import shared, EXCLUDED

REPO = "xuri/excelize-doc"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/xuri+excelize-doc/repo")
QUOTA = {"en": 16, "ar": 4, "ko": 4, "zh": 4, "fr": 4, "ja": 4, "pt": 4, "ru": 4}
FOLDER = {"zh": "zh-hans"}
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


def md_paragraphs(md):
    md = md.lstrip("\ufeff").replace("\r\n", "\n")
    out, cur, fence = [], [], False
    for line in md.split("\n"):
        if re.match(r"\s*(```|~~~)", line):
            fence = not fence
        if not line.strip() and not fence:
            if cur:
                out.append("\n".join(cur).rstrip())
                cur = []
            continue
        cur.append(line.rstrip())
    if cur:
        out.append("\n".join(cur).rstrip())
    return [p for p in out if p.strip()]


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
    if lang == "ar":
        return share(lambda c: "\u0600" <= c <= "\u06ff") > 0.55
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


def usable(lang, p):
    minlen = 80 if lang in CJK else 140 if lang != "en" else 160
    if SKIP.search(p) or AI_TALK.search(p) or BAREURL.search(p) or BRACE.search(p) or len(p) < minlen or not in_language(lang, p):
        return False
    last = p.split("\n\n")[-1]
    if all(l.lstrip().startswith("#") for l in last.splitlines() if l.strip()):
        return False
    if re.search(r"[:：][*_]*\s*\Z", p) or BOLD_LINE.fullmatch(last.strip()) or re.search(r"例\s*\Z", p) \
            or REFDEF.search(p):
        return False
    return any(not re.match(r"\s*(?:#|[-*+] |\d+[.)] )", q) for q in p.split("\n\n"))


MD = re.compile(r"^\s*#|^\s*!\[|^\s*<|\{#[^}]*\}|\||\A(?:\s*[-*+] \[[^\]]*\]\([^)]*\)\s*)+\Z", re.M)
LICENCE_TEXT = re.compile(r"(?i)&trade;|™|licen[cs]e|\bMIT\b|\bBSD\b|Apache|copyright|trademark|ライセンス|라이선스|许可|許可證|лицензи|licença|ترخيص|商标|商標|상표")


def md_files(files, lang):
    """The Markdown files of a language's folder, in path order (the table
    of contents `SUMMARY.md` and the release notes `releases/*.md`, lists
    of changes and of contributors' handles, left out)."""
    folder = FOLDER.get(lang, lang)
    return sorted(f for f in files if f.startswith(folder + "/") and f.endswith(".md")
                  and not f.endswith("/SUMMARY.md") and "/releases/" not in f)


def documents(raw):
    """The paragraphs of a Markdown file in order, with the line of each;
    `None` stands for a paragraph that breaks a passage (a heading, an
    image, HTML, a bare list of links, an anchor, a licence paragraph)."""
    out, pos = [], 0
    for p in md_paragraphs(raw):
        at = raw.find(p, pos)
        line = raw.count("\n", 0, at) + 1 if at >= 0 else 0
        pos = at + len(p) if at >= 0 else pos
        if MD.search(p) or LICENCE_TEXT.search(p):
            out.append((None, 0))
        else:
            out.append((p, line))
    return out


def main():
    rng = random.Random(2053)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang in QUOTA:
        for f in md_files(files, lang):
            raw = git("show", f"{commit}:{f}").lstrip("\ufeff").replace("\r\n", "\n")
            runs, cur = [], []
            for para, line in documents(raw) + [(None, 0)]:
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
                        cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}:{line}",
                                      "path": f, "line": line, "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers53.jsonl", "holdout53.jsonl", "holdout53.py", "fill53.py", "SOURCES53.md",
                          "check53.py", "overlap53.py", "extract_h53.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers53.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c53-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"], "path": r["path"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
