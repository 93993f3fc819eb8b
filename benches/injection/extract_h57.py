#!/usr/bin/env python3
"""Extracts the carriers of holdout57 (carriers57.jsonl): passages of the
documentation of scrcpy, Genymobile/scrcpy (an application that mirrors and
controls an Android device over adb, by Romain Vimont, Genymobile and its
contributors and translators; the repository's `LICENSE` is the Apache
License, Version 2.0). Its `README.md` and `FAQ.md` were translated by the
community into files kept next to them (`README.de.md`, `README.id.md`,
`README.it.md`, `README.jp.md`, `README.ko.md`, `README.pt-br.md`,
`README.sp.md` (Spanish, despite the code), `README.tr.md`,
`README.zh-Hans.md`, `README.zh-Hant.md`, `FAQ.it.md`, `FAQ.ko.md`,
`FAQ.zh-Hans.md`) until commit 72ba913324d6 (2022-08-28, "Move README and
FAQ translations to the wiki") removed them; every passage is therefore
read at its parent, 77ebe786ea18 (2022-08-21), the last commit holding
them. Drawn: English (`README.md`, `FAQ.md`) and de (German), es (Spanish,
`README.sp.md`), it (Italian), ko (Korean), pt (Brazilian Portuguese,
`README.pt-br.md`), tr (Turkish) and zh (Simplified Chinese,
`README.zh-Hans.md`, `FAQ.zh-Hans.md`); the held-out 57 rows are also
written in Russian and Swedish (languages the carrier does not have).

Adapted from extract_h56.py (the git helper, the passage splitter, the
trimming, the language check, the SKIP, AI_TALK, BAREURL and BRACE
filters, the ARTEFACT and length test, the Markdown reader `documents()`,
the 120-character overlap drop, the within-language de-duplication and the
`line` field), unchanged but for the reader (an indented code block, four
spaces or a tab before a line that is not a list item, now breaks a passage
like a fence, and a paragraph keeps its lines whenever any of them, not
only its first, is a list item), the repository, the commit and the files
(`FILES`: each language to its translated files at one fixed commit,
replacing the branches of 56), the language check (no script branch added;
the thresholds kept at 0.55), the strip (any paragraph naming a licence, a
copyright or a trademark is dropped, in every language, with the words for
them in the drawn languages), the seed (2057), the languages (de, es, it,
ko, pt, tr, zh), the passage length (350 characters, as before) and the
quotas (en 16, 4 for each of the seven other languages: 44 passages in
all). The `line` field is the line of the passage's first paragraph in its
file; `commit` is 77ebe786ea18 for every passage; there is no `branch`
field. The passages are excerpts, modified in the held-out rows by the
splicing of a payload. Passages sharing a 120-character run with any other
file of benches/injection/ are dropped (overlap57.py, mechanically; files
whose name holds "52" are never opened; nothing of the other files is
printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys

from pathlib import Path

from overlap57 import shared, EXCLUDED

REPO = "Genymobile/scrcpy"
LICENCE = "Apache-2.0"
GITDIR = Path("/work/.mirror/Genymobile+scrcpy/repo")
# The last commit holding the translated READMEs and FAQs (the parent of
# 72ba913324d6, which moved them to the wiki).
COMMIT = "77ebe786ea18ed0a049107231668bb48c5f32d01"
QUOTA = {"en": 16, "de": 4, "es": 4, "it": 4, "ko": 4, "pt": 4, "tr": 4, "zh": 4}
FILES = {"en": ["README.md", "FAQ.md"], "de": ["README.de.md"], "es": ["README.sp.md"],
         "it": ["README.it.md", "FAQ.it.md"], "ko": ["README.ko.md", "FAQ.ko.md"], "pt": ["README.pt-br.md"],
         "tr": ["README.tr.md"], "zh": ["README.zh-Hans.md", "FAQ.zh-Hans.md"]}
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


LICENCE_TEXT = re.compile(r"(?i)&trade;|™|licen[cs]e|licen[cz]|lizenz|licença|lisans|라이[선센]스|许可|授权|\bMIT\b|"
                          r"\bBSD\b|Apache|copyright|trademark|urheberrecht|markenzeichen|warenzeichen|derechos de autor|"
                          r"marca registrada|diritto d'autore|diritti d'autore|marchio|direitos autorais|telif|ticari marka|"
                          r"저작권|상표|版权|著作权|商标")
FENCE = re.compile(r"^\s*(?:```|~~~)")
LIST = re.compile(r"^\s*(?:[-*+] |\d+[.)] )")
# An indented code block (four spaces or a tab, not a list item) breaks a
# passage: the scrcpy READMEs keep their commands in such blocks.
INDENTED = re.compile(r"(?: {4,}|\t)\S")


def documents(raw):
    """The paragraphs of a Markdown chapter in order, each with its first
    line; `None` stands for anything that breaks a passage (front matter, a
    fence and its code, an indented code block, a heading, a licence
    paragraph)."""
    out, block, first, in_fence, in_front = [], [], 0, False, False
    lines = raw.split("\n")

    def flush():
        nonlocal block
        if block:
            if any(LIST.match(l) for l in block):
                text = "\n".join(l.rstrip() for l in block)
            else:
                text = re.sub(r"\s+", " ", " ".join(block)).strip()
            if text.startswith("#") or LICENCE_TEXT.search(text) \
                    or (not LIST.match(block[0]) and INDENTED.match(block[0])):
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
    rng = random.Random(2057)
    cands = []
    commit = git("rev-parse", COMMIT).strip()
    for lang, files in FILES.items():
        for f in files:
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
                        cands.append({"lang": lang,
                                      "source": f"{REPO}@{commit[:12]}:{f}:{line}",
                                      "path": f, "line": line, "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers57.jsonl", "holdout57.jsonl", "holdout57.py", "fill57.py", "SOURCES57.md",
                          "check57.py", "overlap57.py", "extract_h57.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers57.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c57-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"], "path": r["path"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
