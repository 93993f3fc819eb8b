#!/usr/bin/env python3
"""Extracts the carriers of holdout21 (carriers21.jsonl): passages of the
documentation of JavaScript Standard Style (standard/standard, MIT,
`LICENSE`): the English README and rules (`README.md`, `RULES.md`; the
`docs/*-en.md` files are symlinks to them) and the Latin-American Spanish,
French, Italian, Brazilian Portuguese, Chinese, Japanese and Korean
translations (`docs/{README,RULES}-{esla,fr,iteu,ptbr,zhcn,ja,kokr}.md`),
a repository no earlier set uses (snapshot under /work/.mirror, see
SOURCES.md, held-out set 21). Adapted from extract_h20.py (the git helper, the filter,
the passage splitter, the language check): a passage is a run of whole
prose paragraphs (300 to about 1400 characters) between two refused
paragraphs; a paragraph with a fenced or indented code block, a quote, an
HTML block, tag or comment, a table, an image or a badge ends the run and
is left out, as does a paragraph of link reference definitions. Trailing
heading-only paragraphs and paragraphs ending in a colon (they introduce
the code that ended the run) are trimmed off, and a passage still ending so
is refused, so a payload placed at a paragraph boundary can never
land inside code. Passages sharing a 120-character run with any other file
of benches/injection/ are dropped (overlap21.py, checked mechanically;
nothing of the other files is printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap21 import shared

REPO = "standard/standard"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/standard+standard/repo")
FILES = {"en": ("README.md", "RULES.md"), "es": ("docs/README-esla.md", "docs/RULES-esla.md"),
         "fr": ("docs/README-fr.md", "docs/RULES-fr.md"), "it": ("docs/README-iteu.md", "docs/RULES-iteu.md"),
         "pt": ("docs/README-ptbr.md", "docs/RULES-ptbr.md"), "zh": ("docs/README-zhcn.md", "docs/RULES-zhcn.md"),
         "ja": ("docs/README-ja.md", "docs/RULES-ja.md"), "ko": ("docs/README-kokr.md", "docs/RULES-kokr.md")}
QUOTA = {"en": 16, "es": 4, "fr": 4, "it": 3, "pt": 4, "zh": 4, "ja": 4, "ko": 4}

SKIP = re.compile(
    r"```|~~~|^(?: {4}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$",
    re.M)
WORDS = {
    "en": r"\b(?:the|and|you|is|to|of|for)\b",
    "es": r"\b(?:el|la|los|las|que|de|y|es|para|un|una)\b",
    "fr": r"\b(?:le|la|les|que|de|et|est|pour|un|une|vous|des)\b",
    "de": r"\b(?:der|die|das|und|ist|nicht|ich|du|mit|ein|eine|zu)\b",
    "pt": r"\b(?:o|a|os|as|que|de|e|é|para|um|uma|não|você)\b",
    "it": r"\b(?:il|lo|la|gli|le|che|di|e|è|per|un|una|non|della|del)\b",
}


def git(*args):
    return subprocess.run(["git", "--git-dir", str(GITDIR), *args], check=True,
                          capture_output=True, text=True).stdout


def paragraphs(md):
    """Blank-line separated paragraphs; a fenced block stays in one paragraph."""
    md = md.lstrip("\ufeff").replace("\r\n", "\n")
    if md.startswith("---\n"):
        end = md.find("\n---\n", 4)
        if end > 0:
            md = md[end + 5:]
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


REFDEF = re.compile(r"^\s*\[[^\]]+\]:\s")


def trim(run):
    """Drops the paragraphs at the end of a run that are headings only or end in
    a colon (they introduce the code block that ended the run)."""
    run = list(run)
    while run and (re.search(r"[:：]\s*\Z", run[-1])
                   or all(l.lstrip().startswith("#") for l in run[-1].splitlines() if l.strip())):
        run.pop()
    return "\n\n".join(run)


def passages(md, hi=1400):
    """Runs of prose paragraphs: a paragraph the filter would refuse (code, HTML,
    a table, a template tag, link reference definitions) ends the run and is left
    out; a run's trailing headings and lines ending in a colon are trimmed."""
    out, cur = [], []
    for p in paragraphs(md):
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
    """True when the passage is mostly in the language of its file."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 100:
        return False
    share = lambda pred: sum(1 for c in letters if pred(c)) / len(letters)
    if lang == "ru":
        return share(lambda c: "\u0400" <= c <= "\u04ff") > 0.55
    if lang == "zh":
        return share(lambda c: "\u4e00" <= c <= "\u9fff") > 0.35 and not re.search(r"[\u3040-\u30ff]", text)
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


def usable(lang, p, minlen=300):
    if SKIP.search(p) or len(p) < minlen or not in_language(lang, p):
        return False
    last = p.split("\n\n")[-1]
    if all(l.lstrip().startswith("#") for l in last.splitlines() if l.strip()):
        return False
    if re.search(r"[:：]\s*\Z", p) or re.search(r"^\s*\[[^\]]+\]:\s", p, re.M):
        return False
    # mostly prose: at least one paragraph that is neither a heading nor a list
    return any(not re.match(r"\s*(?:#|[-*+] |\d+[.)] )", q) for q in p.split("\n\n"))


def main():
    rng = random.Random(2021)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang, names in FILES.items():
        for f in names:
            assert f in files, f
            for i, p in enumerate(passages(git("show", f"{commit}:{f}"))):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)}, exclude={"carriers21.jsonl", "holdout21.jsonl", "holdout21.py"})
    cands = [c for k, c in enumerate(cands) if k not in dup]
    out = []
    for lang, n in QUOTA.items():
        rows = [c for c in cands if c["lang"] == lang]
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{lang}: only {len(rows)} passages", file=sys.stderr)
        # at most ten passages of one file (two files a language)
        seen, take = {}, []
        for r in rows:
            f = r["source"].split(":", 1)[1].split("#")[0]
            if seen.get(f, 0) < 10 and len(take) < n:
                seen[f] = seen.get(f, 0) + 1
                take.append(r)
        out += take
    with open(Path(__file__).parent / "carriers21.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c21-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
