#!/usr/bin/env python3
"""Extracts the carriers of holdout52 (carriers52.jsonl): passages of the
KiCad documentation and its translations, KiCad/kicad-doc (by the KiCad
documentation team, its contributors and translators; dual licensed, GPL
version 3 or later OR Creative Commons Attribution 3.0 or later, the
repository's `LICENSE.adoc`; used here under the Creative Commons
Attribution licence). The manuals are AsciiDoc files, `src/<manual>/*.adoc`,
translated with po4a: each `src/<manual>/po/<lang>.po` holds, entry by
entry in document order, the English paragraph (`msgid`) and its
translation (`msgstr`). A document is the run of one source file's
entries (`#: file.adoc:N`) in a PO file; only entries of type "Plain text"
that are not `no-wrap` (paragraphs of prose) are kept, every other entry
(titles, lists, tables, literal blocks) breaks a passage, and so does a
paragraph shorter than 60 characters (25 in Japanese), which in these PO
files is mostly the flattened item of a list. English is the
`msgid` of every entry of the `ja.po` files (the one language with all 11
manuals); the other languages are the `msgstr` of translated, non-fuzzy
entries (an untranslated or fuzzy entry breaks a passage). Drawn: English
and ca, de, es, fr, it, ja, pl (the repository's PO files cover ca, de,
es, fr, id, it, ja, pl, ru and zh; an `addendum.nl` exists but no nl.po);
the held-out 52 rows are also written in Dutch and Swedish.

Adapted from extract_h51.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the AI_TALK filter, the BAREURL
filter, the BRACE filter, the 120-character overlap drop and the
within-language de-duplication, and the `line` field), unchanged but for the
repository and files (every `src/*/po/<lang>.po`, parsed by `po_entries()`,
no PO library), an ADOC filter for AsciiDoc markup, the strip (the front
matter from the `*Copyright*` entry, which holds the licence notice, up to
the next title, is cut off in every language, found by its English
`msgid`; and any paragraph naming the GPL or a Creative Commons licence is
dropped), the seed (2052), the languages (ca, de, es, fr, it, ja, pl; a
word list for ca added to the language check), the passage length (350
characters, as before) and the quotas (en 16, 4 for each of the seven
other languages: 44 passages in all). The `line` field is the line of the
English AsciiDoc source named by the first entry's `#:` reference. The
translations are under the same licence as the manuals; the passages are
excerpts, modified in the held-out rows by the splicing of a payload.
Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap52.py, mechanically; files whose
name holds "47" are never opened; nothing of the other files is printed).
Run once; the output is committed.
"""
import json, random, re, subprocess, sys

from pathlib import Path

from overlap52 import shared, EXCLUDED

REPO = "KiCad/kicad-doc"
LICENCE = "CC-BY-3.0 (dual: GPL-3.0-or-later OR CC-BY-3.0-or-later)"
GITDIR = Path("/work/.mirror/KiCad+kicad-doc/repo/.git")
QUOTA = {"en": 16, "ca": 4, "de": 4, "es": 4, "fr": 4, "it": 4, "ja": 4, "pl": 4}
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


ADOC = re.compile(r"\*|(?<![\w/])_\w|\w_(?![\w/])|<<|>>|::|\[\[|\]\]|[{}`|]|\+\s*$|(?:image|kbd|menu|link|btn|footnote):|"
                  r"https?://|^[A-Z]+: |(?<![\w/])_\(|\)_", re.M)
LICENCE_TEXT = re.compile(r"General Public License|GNU|Creative Commons|gnu\.org|creativecommons")


def po_files(files, lang):
    """The PO files drawn for a language (English: the `msgid`s of every
    `ja.po`), in path order."""
    code = "ja" if lang == "en" else lang
    return sorted(f for f in files if re.fullmatch(rf"src/[a-z_]+/po/{code}\.po", f))


def _unquote(lines):
    return "".join(json.loads(l) for l in lines)


def po_entries(raw):
    """The entries of a PO file, in order: (type, flags, references, msgid,
    msgstr). A small reader of the po4a layout: comments, then `msgid` and
    `msgstr` as quoted strings continued on the following lines."""
    out = []
    for block in re.split(r"\n\s*\n", raw):
        typ, flags, refs, cur, parts = "", "", "", None, {"msgid": [], "msgstr": []}
        for line in block.splitlines():
            if line.startswith("#. type:"):
                typ = line[8:].strip()
            elif line.startswith("#,"):
                flags = line[2:].strip()
            elif line.startswith("#:"):
                refs += line[2:].strip() + " "
            elif line.startswith("#"):
                continue
            elif line.startswith("msgid "):
                cur = "msgid"
                parts[cur].append(line[6:])
            elif line.startswith("msgstr "):
                cur = "msgstr"
                parts[cur].append(line[7:])
            elif line.startswith('"') and cur:
                parts[cur].append(line)
        if parts["msgid"]:
            out.append((typ, flags, refs.split(), _unquote(parts["msgid"]), _unquote(parts["msgstr"])))
    return out


def documents(raw, lang):
    """The documents of a PO file: for each AsciiDoc source file, the list
    of its paragraphs in order, `None` standing for an entry that breaks a
    passage, with the source line of each paragraph; the front matter
    (from the `*Copyright*` entry to the next title) left out."""
    docs, skipping = {}, False
    for typ, flags, refs, msgid, msgstr in po_entries(raw):
        if not msgid or not refs:
            continue
        src, _, line = refs[0].rpartition(":")
        doc = docs.setdefault(src, [])
        if re.search(r"\bCopyright\b", msgid) and msgid.strip().startswith(("*", "[[")):
            skipping = True
        if typ.startswith("Title"):
            skipping = False
            doc.append((None, 0))
            continue
        text = msgid if lang == "en" else msgstr
        ok = typ == "Plain text" and "no-wrap" not in flags and text.strip() \
            and (lang == "en" or ("fuzzy" not in flags and msgstr != msgid))
        if skipping or not ok or LICENCE_TEXT.search(msgid):
            doc.append((None, 0))
            continue
        doc.append((text.strip(), int(line) if line.isdigit() else 0))
    return docs


def main():
    rng = random.Random(2052)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang in QUOTA:
        for f in po_files(files, lang):
            raw = git("show", f"{commit}:{f}").lstrip("\ufeff").replace("\r\n", "\n")
            for src, doc in documents(raw, lang).items():
                runs, cur = [], []
                for para, line in doc + [(None, 0)]:
                    if para is None or ADOC.search(para) or len(para) < (25 if lang in CJK else 60):
                        if cur:
                            runs.append(cur)
                        cur = []
                    else:
                        cur.append((para, line))
                for k, run in enumerate(runs):
                    lines = {p: l for p, l in run}
                    for i, p in enumerate(passages([p for p, _ in run], 350)):
                        if usable(lang, p):
                            line = lines.get(p.split("\n\n")[0], 0)
                            path = f.rsplit("/", 2)[0] + "/" + src
                            cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{src}:{line}",
                                          "path": path, "line": line, "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers52.jsonl", "holdout52.jsonl", "holdout52.py", "fill52.py", "SOURCES52.md",
                          "check52.py", "overlap52.py", "extract_h52.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers52.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c52-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"], "path": r["path"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
