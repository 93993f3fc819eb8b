#!/usr/bin/env python3
"""Extracts the carriers of holdout55 (carriers55.jsonl): passages of the
lesson dialogs of Learn Git Branching and their translations,
pcottle/learnGitBranching (an interactive git tutorial by Peter Cottle and
its translators; the repository's `LICENSE.md` is the MIT License). A level
is a JavaScript module, `src/levels/**/<level>.js`, holding one object
literal (`exports.level = {...}`) whose `startDialog` maps a language key
(`en_US`, `fa`, `ro`, `bg`, `uk`, `vi`, `sl_SI`, `pl`, ...) to dialog views;
their prose sits in the string arrays `markdowns`, `beforeMarkdowns` and
`afterMarkdowns`, one string per paragraph, `""` between paragraphs.
Languages present: en, ar, az, bg, de, es (three variants), fa, fr, gl, hu,
it, ja, ko, pl, pt, ro, ru, sl, ta, tr, uk, vi, zh (two scripts). Drawn:
English and fa (Persian), ro (Romanian), bg (Bulgarian), uk (Ukrainian),
vi (Vietnamese), sl (Slovenian), pl (Polish); the held-out 55 rows are
also written in Hungarian and Galician (languages of the carrier not
drawn).

Adapted from extract_h54.py (the git helper, the passage splitter, the
trimming, the language check, the SKIP, AI_TALK, BAREURL and BRACE
filters, the 120-character overlap drop, the within-language
de-duplication and the `line` field), unchanged but for the repository and
files (every `src/levels/**/*.js` but `index.js`), the reader (the HTML
reader of 54 replaced by `documents()`: a line-by-line walk of a level file
that keeps, for each language key of `startDialog`, the strings of its
`markdowns`, `beforeMarkdowns` and `afterMarkdowns` arrays in order, each
decoded as a JSON string and kept as one paragraph; a heading string
(`#`), the end of an array, or a line that is not one string breaks a
passage), the language check (Slovenian and Galician word lists added;
Persian checked like Arabic, by script, and by the letters Persian adds),
the strip (any string naming a licence, a copyright or a trademark is
dropped, in every language, with the words for licence in the drawn
languages), the seed (2055), the languages (fa, ro, bg, uk, vi, sl, pl), the
passage length (350 characters, as before) and the quotas (en 16, 4 for
each of the seven other languages: 44 passages in all). The `line` field is
the line of the passage's first string in its file. The passages are
excerpts, modified in the held-out rows by the splicing of a payload.
Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap55.py, mechanically; files whose
name holds "50" are never opened; nothing of the other files is printed).
Run once; the output is committed.
"""
import json, random, re, subprocess, sys

from pathlib import Path

from overlap55 import shared, EXCLUDED

REPO = "pcottle/learnGitBranching"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/pcottle+learnGitBranching/repo")
QUOTA = {"en": 16, "fa": 4, "ro": 4, "bg": 4, "uk": 4, "vi": 4, "sl": 4, "pl": 4}
KEYS = {"en_US": "en", "fa": "fa", "ro": "ro", "bg": "bg", "uk": "uk", "vi": "vi", "sl_SI": "sl", "pl": "pl"}
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


LICENCE_TEXT = re.compile(r"(?i)&trade;|™|licen[cs]e|licen[cț]|licenc|licencj|лиценз|ліценз|مجوز|لایسنس|giấy phép|"
                          r"\bMIT\b|\bBSD\b|Apache|copyright|trademark|търговска марка|торговельн\w* марк|znak towarowy|"
                          r"blagovn\w* znamk|marcă înregistrată|nhãn hiệu|حق نشر|bản quyền|prawa autorskie|avtorsk")
STR = re.compile(r'^\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')
ARRAY = re.compile(r'"(?:markdowns|beforeMarkdowns|afterMarkdowns)": \[\s*$')


def level_files(files):
    """The level modules, in path order."""
    return sorted(f for f in files if f.startswith("src/levels/") and f.endswith(".js") and not f.endswith("/index.js"))


def documents(raw):
    """For each language key of a level's `startDialog`, its dialog strings
    in order, each with its line; `None` stands for anything that breaks a
    passage (the end or start of an array, a heading string, a line that is
    not one string, a licence string)."""
    out, key, in_dialog, in_array = {}, None, False, False
    for n, line in enumerate(raw.split("\n"), 1):
        if re.match(r'^  "startDialog": \{', line):
            in_dialog = True
            continue
        if in_dialog and re.match(r"^  \}", line):
            in_dialog, key = False, None
            continue
        if not in_dialog:
            continue
        m = re.match(r'^    "([A-Za-z_]+)": \{', line)
        if m:
            key = m.group(1)
            continue
        if key is None:
            continue
        if ARRAY.search(line):
            in_array = True
            out.setdefault(key, []).append((None, 0))
            continue
        if not in_array:
            continue
        if re.match(r"^\s*\]", line):
            in_array = False
            out[key].append((None, 0))
            continue
        m = STR.match(line)
        if not m:
            out[key].append((None, 0))
            continue
        text = re.sub(r"\s+", " ", json.loads(m.group(1))).strip()
        if not text:
            continue
        if text.startswith("#") or LICENCE_TEXT.search(text):
            out[key].append((None, 0))
        else:
            out[key].append((text, n))
    return out


def main():
    rng = random.Random(2055)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    docs = {f: documents(git("show", f"{commit}:{f}").lstrip("\ufeff").replace("\r\n", "\n"))
            for f in level_files(files)}
    for key, lang in KEYS.items():
        for f in level_files(files):
            runs, cur = [], []
            for para, line in docs[f].get(key, []) + [(None, 0)]:
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
                 exclude={"carriers55.jsonl", "holdout55.jsonl", "holdout55.py", "fill55.py", "SOURCES55.md",
                          "check55.py", "overlap55.py", "extract_h55.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers55.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c55-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"], "path": r["path"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
