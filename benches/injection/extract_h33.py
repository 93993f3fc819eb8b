#!/usr/bin/env python3
"""Extracts the carriers of holdout33 (carriers33.jsonl): passages of the Zig
website, ziglang/www.ziglang.org (MIT "Expat", `LICENSE`): the SuperMD
pages `content/<locale>/**/*.smd` at the snapshot head for English
(`en-US`) and the translations `es-AR`, `de-DE`, `it-IT`, `ja-JP`, `ko-KR`,
`ru-RU` and `zh-CN`, and the older Hugo pages `content/**/*.<lang>.md` for
French (`fr`) and Portuguese (`pt`) at a2155e408359 (2024-09-01), the
parent of the "wip" commit (48aa6c79) that began the move to SuperMD; the
French and Portuguese pages were not carried over. A repository no earlier
set uses (snapshot under /work/.mirror, fetched by this set's author, see
SOURCES33.md). The generated API documentation under
`content/documentation/` is not used.

Adapted from extract_h31.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the 120-character overlap
drop and the within-language de-duplication), unchanged but for the
repository and files (locale folders with `.smd` files at the head, Hugo
`.<lang>.md` files at the older commit), one more skip pattern (SuperMD
directives `]($...)`), the seed (2033) and the quotas. Passages sharing a
120-character run with any other file of benches/injection/ are dropped
(overlap33.py, mechanically; nothing of the other files is printed). Run
once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap33 import shared

REPO = "ziglang/www.ziglang.org"
LICENCE = "MIT"
GITDIRS = {REPO: Path("/work/.mirror/ziglang+www.ziglang.org/repo")}
OLD = "a2155e40835958463853c109170b6db705eb71a5"
LOCALE = {"en": "en-US", "es": "es-AR", "de": "de-DE", "it": "it-IT", "ja": "ja-JP", "ko": "ko-KR", "ru": "ru-RU",
          "zh": "zh-CN"}
HUGO = {"fr": "fr", "pt": "pt"}
DIR = {lang: (REPO, "content/") for lang in list(LOCALE) + list(HUGO)}
AT = {lang: OLD for lang in HUGO}
QUOTA = {"en": 30, "es": 4, "fr": 4, "de": 4, "ru": 4, "pt": 4, "zh": 4, "ja": 4, "it": 3, "ko": 3}
SHORT = {"it"}

SKIP = re.compile(
    r"```|~~~|^(?: {4}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$|^\s*\+\+\+|\]\(\$",
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


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", str(GITDIRS[repo]), *args], check=True,
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
    minlen = (100 if lang == "ko" else 120) if lang in CJK else 150 if lang in SHORT else 250
    if SKIP.search(p) or len(p) < minlen or not in_language(lang, p):
        return False
    last = p.split("\n\n")[-1]
    if all(l.lstrip().startswith("#") for l in last.splitlines() if l.strip()):
        return False
    if re.search(r"[:：]\s*\Z", p) or REFDEF.search(p):
        return False
    return any(not re.match(r"\s*(?:#|[-*+] |\d+[.)] )", q) for q in p.split("\n\n"))


def pages(files, lang):
    if lang in HUGO:
        return sorted(f for f in files if f.startswith("content/") and not f.startswith("content/documentation/")
                      and f.endswith(f".{HUGO[lang]}.md"))
    return sorted(f for f in files if f.startswith(f"content/{LOCALE[lang]}/") and f.endswith(".smd"))


def main():
    rng = random.Random(2033)
    commits = {r: git(r, "rev-parse", "HEAD").strip() for r in GITDIRS}
    cands = []
    for lang in QUOTA:
        repo = DIR[lang][0]
        commit = AT.get(lang, commits[repo])
        files = git(repo, "ls-tree", "-r", "--name-only", commit).splitlines()
        for f in pages(files, lang):
            src = git(repo, "show", f"{commit}:{f}")
            for i, p in enumerate(passages(md_paragraphs(src), 700 if lang in CJK else 1400)):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{repo}@{commit[:12]}:{f}#{i}", "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers33.jsonl", "holdout33.jsonl", "holdout33.py", "fill33.py", "SOURCES33.md", "check33.py", "overlap33.py", "extract_h33.py"})
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
    with open(Path(__file__).parent / "carriers33.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c33-{i:03}", "lang": r["lang"], "source": r["source"], "commit": r["commit"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
