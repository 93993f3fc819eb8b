#!/usr/bin/env python3
"""Extracts the carriers of holdout48 (carriers48.jsonl): passages of the
documentation of GetX, a Flutter package, and its translations,
jonataslaw/getx (by Jonny Borges, its contributors and translators; MIT
licence, the repository's `LICENSE` file, "Copyright (c) 2019 Jonny
Borges"): `README.md` and `documentation/en_US/*.md` (en), and for hi, ja,
ko, pl, pt (Brazilian), tr and vi the translated README (`README-hi.md`,
`README.ja-JP.md`, `README.ko-kr.md`, `README.pl.md`, `README.pt-br.md`,
`README.tr-TR.md`, `README-vi.md`) and, where the repository has them, the
translated `documentation/<locale>/*.md` (ja_JP, kr_KO, pt_BR, tr_TR,
vi_VI; Hindi and Polish have only the README). The repository names 17
languages; Arabic was not drawn because `README-ar.md` is mostly English
and `documentation/ar_EG/` is an untranslated English copy (too few
passages pass the language check). Seven besides English are drawn; the
held-out 48 rows are also written in two more of the repository's
languages, Arabic and French.

Adapted from extract_h47.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the AI_TALK filter, the BAREURL
filter, the BRACE filter, the 120-character overlap drop and the
within-language de-duplication, and the `line` field), unchanged but for the
repository and files, the strip (any section under a licence heading is
cut off; none of the drawn files has one, so it cuts nothing), the seed
(2048), the languages (hi, ja, ko, pl, pt, tr and vi; the language check
gains a Devanagari-script rule for hi), the passage
length (350 characters, as before) and the quotas (en 16, 4 for each of
the seven other languages: 44 passages in all).
Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap48.py, mechanically; files whose
name holds "43" are never opened; nothing of the other files is printed).
Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap48 import shared, EXCLUDED

REPO = "jonataslaw/getx"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/jonataslaw+getx/repo")
QUOTA = {"en": 16, "hi": 4, "ja": 4, "ko": 4, "pl": 4, "pt": 4, "tr": 4, "vi": 4}
LOCALE = {"en": ("README.md", "en_US"), "hi": ("README-hi.md", None), "ja": ("README.ja-JP.md", "ja_JP"),
          "ko": ("README.ko-kr.md", "kr_KO"), "pl": ("README.pl.md", None), "pt": ("README.pt-br.md", "pt_BR"),
          "tr": ("README.tr-TR.md", "tr_TR"), "vi": ("README-vi.md", "vi_VI")}
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
    if lang == "hi":
        return share(lambda c: "\u0900" <= c <= "\u097f") > 0.55
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


def pages(files, lang):
    readme, locale = LOCALE[lang]
    want = (readme,) + tuple(f for f in files if locale and f.startswith(f"documentation/{locale}/") and f.endswith(".md"))
    return [f for f in files if f in want]


LICENCE_HEAD = re.compile(r"^(#{1,6}) .*(?:[Ll]icen[cs]e|[Ll]icença|[Ll]isans|[Gg]iấy phép|ترخيص|라이[선센]스|[Ll]icencja|लाइसेंस)",
                          re.M)


def strip(src):
    """Cuts any section under a licence heading off (up to the next heading
    of the same or a higher level): the licence text is not a passage."""
    m = LICENCE_HEAD.search(src)
    if not m:
        return src
    level = len(m.group(1))
    nxt = re.compile(rf"^#{{1,{level}}} ", re.M).search(src, m.end())
    return src[:m.start()] + (src[nxt.start():] if nxt else "")


def main():
    rng = random.Random(2048)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang in QUOTA:
        for f in pages(files, lang):
            src = strip(git("show", f"{commit}:{f}").lstrip("\ufeff").replace("\r\n", "\n"))
            norm = src
            for i, p in enumerate(passages(md_paragraphs(src), 350)):
                if usable(lang, p):
                    at = norm.find(p.split("\n")[0])
                    line = norm.count("\n", 0, at) + 1 if at >= 0 else 0
                    cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "line": line,
                                  "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers48.jsonl", "holdout48.jsonl", "holdout48.py", "fill48.py", "SOURCES48.md",
                          "check48.py", "overlap48.py", "extract_h48.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers48.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c48-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
