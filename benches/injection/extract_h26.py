#!/usr/bin/env python3
"""Extracts the carriers of holdout26 (carriers26.jsonl): passages of the
AngularJS style guide (johnpapa/angular-styleguide, MIT, `LICENSE`), a
repository no earlier set uses (snapshot under /work/.mirror, see
SOURCES26.md). The Angular 1 guide is translated into every language of
the set; the pages used are `a1/README.md` (English) and
`a1/i18n/es-ES.md`, `fr-FR.md`, `de-DE.md`, `pt-BR.md`, `ru-RU.md`,
`zh-CN.md`, `ja-JP.md`, `it-IT.md` and `ko-KR.md`.

Adapted from extract_h25.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the 120-character overlap
drop and the within-language de-duplication), unchanged but for the
pages, the repository and the seed (2026). The guide's rules are short
sections of bullets (`*Why?*:` reasons) and fenced examples; a fence or
an HTML line refuses a paragraph, so a passage is the prose and bullets
between two examples (250 to about 1400 characters; 120 to about 700 for
Chinese, Japanese and Korean). A passage whose only non-heading
paragraphs are list items is refused. Passages sharing a 120-character
run with any other file of benches/injection/ are dropped (overlap26.py,
mechanically; nothing of the other files is printed). Run once; the
output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap26 import shared

REPO = "johnpapa/angular-styleguide"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/johnpapa+angular-styleguide/repo")
T = "a1/i18n/"
PAGE = {"en": "a1/README.md", "es": T + "es-ES.md", "fr": T + "fr-FR.md", "de": T + "de-DE.md", "pt": T + "pt-BR.md",
        "ru": T + "ru-RU.md", "zh": T + "zh-CN.md", "ja": T + "ja-JP.md", "it": T + "it-IT.md", "ko": T + "ko-KR.md"}
QUOTA = {"en": 16, "es": 4, "fr": 4, "de": 4, "pt": 4, "ru": 4, "zh": 4, "ja": 4, "it": 3, "ko": 3}

SKIP = re.compile(
    r"```|~~~|^(?: {4}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$|^\s*\+\+\+",
    re.M)
WORDS = {
    "en": r"\b(?:the|and|you|is|to|of|for)\b",
    "es": r"\b(?:el|la|los|las|que|de|y|es|para|un|una)\b",
    "fr": r"\b(?:le|la|les|que|de|et|est|pour|un|une|vous|des)\b",
    "de": r"\b(?:der|die|das|und|ist|nicht|ich|du|mit|ein|eine|zu)\b",
    "pt": r"\b(?:o|a|os|as|que|de|e|é|para|um|uma|não|você)\b",
    "it": r"\b(?:il|lo|la|gli|le|che|di|e|è|per|un|una|non|della|del)\b",
}
CJK = {"zh", "ja", "ko"}


def git(*args):
    return subprocess.run(["git", "--git-dir", str(GITDIR), *args], check=True,
                          capture_output=True, text=True).stdout


def md_paragraphs(md):
    md = md.lstrip("\ufeff").replace("\r\n", "\n")
    for fm in ("+++", "---"):
        if md.startswith(fm + "\n"):
            end = md.find("\n" + fm + "\n", 4)
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


REFDEF = re.compile(r"^\s*\[[^\]]+\]:\s|\A\s*\[[^\]]+\]\([^)]*\)\s*\Z")


def trim(run):
    run = list(run)
    while run and (re.search(r"[:：]\s*\Z", run[-1])
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


def usable(lang, p):
    minlen = 120 if lang in CJK else 250
    if SKIP.search(p) or len(p) < minlen or not in_language(lang, p):
        return False
    last = p.split("\n\n")[-1]
    if all(l.lstrip().startswith("#") for l in last.splitlines() if l.strip()):
        return False
    if re.search(r"[:：]\s*\Z", p) or REFDEF.search(p):
        return False
    return any(not re.match(r"\s*(?:#|[-*+] |\d+[.)] )", q) for q in p.split("\n\n"))


def pages(files, lang):
    return [PAGE[lang]] if PAGE[lang] in files else []


def main():
    rng = random.Random(2026)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang in QUOTA:
        for f in pages(files, lang):
            src = git("show", f"{commit}:{f}")
            for i, p in enumerate(passages(md_paragraphs(src), 700 if lang in CJK else 1400)):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers26.jsonl", "holdout26.jsonl", "holdout26.py", "fill26.py", "SOURCES26.md", "check26.py", "overlap26.py", "extract_h26.py"})
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
    with open(Path(__file__).parent / "carriers26.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c26-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
