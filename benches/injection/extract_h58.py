#!/usr/bin/env python3
"""Extracts the carriers of holdout58 (carriers58.jsonl): passages of the
online help of Webmin, webmin/webmin (a web-based system administration
tool for Unix, by Jamie Cameron and its contributors and translators; the
repository's `LICENCE` is the BSD 3-Clause License). Every module keeps its
help pages as HTML fragments in `<module>/help/<page>.html` (English) and
`<module>/help/<page>.<code>.html` (translations by people), next to
machine translations named `<page>.<code>.auto.html`, which are not used.
Drawn: English and ca (Catalan), pl (Polish), hu (Hungarian), fa
(Persian), nb (Norwegian Bokmål, Webmin's code `no`), ms (Malay) and bg
(Bulgarian), all read at one fixed commit, d16d9ea205a2 (2026-08-21, the
snapshot's `HEAD`); the held-out 58 rows are also written in Ukrainian
(whose help pages here are machine translations only) and Indonesian (which
the help pages lack).

Adapted from extract_h57.py (the git helper, the passage splitter, the
trimming, the language check, the SKIP, AI_TALK, BAREURL and BRACE
filters, the ARTEFACT and length test, the 120-character overlap drop, the
within-language de-duplication and the `line` field), unchanged but for the
reader (`documents()` now reads an HTML help fragment: the `<header>` title
is kept apart as the page's title; headings, lists, tables, preformatted
blocks, comments, horizontal rules and any unknown tag break a passage and
are dropped; `<p>`, `<br>`, `<li>`, `<dt>` and `<dd>` end a paragraph;
inline tags (`<b>`, `<tt>`, `<a>`, `<i>`, `<code>`, `<img>` and the like)
are removed and their text kept; entities are decoded, no-break spaces
become spaces and runs of white space one space), the repository, the
commit and the files (`help_files()`: each language to its human-translated
help pages at the commit, replacing the `FILES` map of 57), the language
check (Malay words added, and `nb` reusing the Norwegian words; the
thresholds kept at 0.55), the strip (any paragraph naming a licence, a
copyright or a trademark is dropped, in every language, with the words for
them in the drawn languages), the seed (2058), the languages (ca, pl, hu,
fa, nb, ms, bg), the passage length (350 characters, as before) and the
quotas (en 16, 4 for each of the seven other languages: 44 passages in
all). The `line` field is the line of the passage's first paragraph in its
file; `commit` is d16d9ea205a2 for every passage; each carrier also keeps
the page's `title` (the text of its `<header>`). The passages are excerpts,
converted from HTML to text as described, and modified in the held-out rows
by the splicing of a payload. Passages sharing a 120-character run with any
other file of benches/injection/ are dropped (overlap58.py, mechanically;
files whose name holds "53" are never opened; nothing of the other files is
printed). Run once; the output is committed.
"""
import html, json, random, re, subprocess, sys

from pathlib import Path

from overlap58 import shared, EXCLUDED

REPO = "webmin/webmin"
LICENCE = "BSD-3-Clause"
GITDIR = Path("/work/.mirror/webmin+webmin/repo")
# The snapshot's HEAD (2026-08-21).
COMMIT = "d16d9ea205a2b4ca4f5bdcd895de0236e15c0fa9"
QUOTA = {"en": 16, "ca": 4, "pl": 4, "hu": 4, "fa": 4, "nb": 4, "ms": 4, "bg": 4}
# Each drawn language to Webmin's code in help file names ("" is English).
CODES = {"en": "", "ca": "ca", "pl": "pl", "hu": "hu", "fa": "fa", "nb": "no", "ms": "ms", "bg": "bg"}
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
    "ms": r"\b(?:dan|yang|untuk|anda|ini|dengan|di|ke|dari|tidak|boleh|akan|ada|pada|atau|jika|adalah|dalam|sebagai)\b",
    "gl": r"\b(?:o|a|os|as|que|de|e|é|para|un|unha|non|do|da|no|na|cun|coa|se|pode)\b",
    "bs": r"\b(?:i|u|na|se|je|da|za|su|od|koji|koja|koje|ne|ili|kao|to|sa|iz|može|biti|što|ako|ali)\b",
}
WORDS["nb"] = WORDS["no"]
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
                          r"\bBSD\b|\bGPL\b|Apache|copyright|trademark|llicència|llicencia|drets d'autor|marca registrada|"
                          r"licencj|prawa autorskie|prawo autorskie|znak towarowy|licenc|szerzői jog|védjegy|"
                          r"لیسانس|لایسنس|حق نشر|کپی‌رایت|کپی رایت|علامت تجاری|lisens|opphavsrett|varemerke|"
                          r"lesen|hak cipta|tanda dagangan|лиценз|авторско право|авторски права|търговска марка")


# The HTML of a Webmin help page: elements dropped whole (with what they
# hold), tags that end a paragraph, tags that break a passage, inline tags.
DROPPED = {"pre", "table", "ul", "ol", "dl", "script", "style", "header", "h1", "h2", "h3", "h4", "h5", "h6",
           "select", "textarea"}
SOFT = {"p", "br", "li", "dt", "dd"}
INLINE = {"b", "i", "u", "tt", "a", "code", "em", "strong", "font", "span", "small", "big", "sup", "sub", "kbd",
          "var", "samp", "cite", "nobr", "img", "s", "strike"}
TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>", re.S)
HEADER = re.compile(r"<header>(.*?)</header>", re.S | re.I)


def title_of(raw):
    m = HEADER.search(raw)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))).replace("\xa0", " ").strip() \
        if m else ""


def documents(raw):
    """The paragraphs of a Webmin help page (an HTML fragment) in order, each
    with its first line; `None` stands for anything that breaks a passage (a
    heading, a list, a table, a preformatted block, a comment, a rule, an
    unknown tag, a licence paragraph)."""
    out, buf, depth, start = [], [], 0, None

    def flush(hard):
        nonlocal buf, start
        text = re.sub(r"\s+", " ", html.unescape("".join(buf)).replace("\xa0", " ")).strip()
        if text:
            line = raw.count("\n", 0, start) + 1
            out.append((None, 0) if LICENCE_TEXT.search(text) else (text, line))
        buf, start = [], None
        if hard:
            out.append((None, 0))

    pos = 0
    for m in TAG.finditer(raw):
        chunk = raw[pos:m.start()]
        if depth == 0 and chunk:
            if start is None and chunk.strip():
                start = pos + len(chunk) - len(chunk.lstrip())
            buf.append(chunk)
        pos = m.end()
        if m.group(0).startswith("<!--"):
            if depth == 0:
                flush(True)
            continue
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name in DROPPED:
            if depth == 0 and not closing:
                flush(True)
            depth = max(depth + (-1 if closing else 1), 0)
        elif depth:
            continue
        elif name in INLINE:
            continue
        elif name in SOFT:
            flush(False)
        else:
            flush(True)
    if depth == 0:
        chunk = raw[pos:]
        if start is None and chunk.strip():
            start = pos + len(chunk) - len(chunk.lstrip())
        buf.append(chunk)
    flush(True)
    return out


def help_files(commit):
    """Each drawn language to its help pages at `commit` (human translations
    only: `<page>.<code>.auto.html` files are machine translations)."""
    out = {lang: [] for lang in CODES}
    for name in sorted(git("ls-tree", "-r", "--name-only", commit).splitlines()):
        m = re.fullmatch(r"[^/]+/help/[^/.]+((?:\.[A-Za-z_]+)?)\.html", name)
        if not m:
            continue
        for lang, code in CODES.items():
            if m.group(1)[1:] == code:
                out[lang].append(name)
    return out


def main():
    rng = random.Random(2058)
    cands, skipped = [], {lang: 0 for lang in CODES}
    commit = git("rev-parse", COMMIT).strip()
    for lang, files in help_files(commit).items():
        for f in files:
            blob = subprocess.run(["git", "--git-dir", str(GITDIR), "show", f"{commit}:{f}"], check=True,
                                  capture_output=True).stdout
            try:
                raw = blob.decode("utf-8").lstrip("\ufeff").replace("\r\n", "\n")
            except UnicodeDecodeError:
                # Older pages in a legacy 8-bit encoding are not used.
                skipped[lang] += 1
                continue
            paras = documents(raw)
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
                                      "path": f, "line": line, "commit": commit, "title": title_of(raw),
                                      "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers58.jsonl", "holdout58.jsonl", "holdout58.py", "fill58.py", "SOURCES58.md",
                          "check58.py", "overlap58.py", "extract_h58.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers58.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c58-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"], "path": r["path"], "title": r["title"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates;",
          {l: n for l, n in skipped.items() if n}, "pages skipped (not UTF-8)", file=sys.stderr)


if __name__ == "__main__":
    main()
