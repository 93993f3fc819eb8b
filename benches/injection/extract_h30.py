#!/usr/bin/env python3
"""Extracts the carriers of holdout30 (carriers30.jsonl): passages of the
Preact documentation site, preactjs/preact-www (MIT, `LICENSE`), English
from `content/en/` and the translations from `content/{es,fr,de,ru,
pt-br,zh,ja,it,kr}/` (`pt-br` is Brazilian Portuguese, `kr` is Korean).
A repository no earlier set uses (snapshot under /work/.mirror, fetched
by this set's author, see SOURCES30.md).

Adapted from extract_h29.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the 120-character overlap
drop and the within-language de-duplication), unchanged but for the
repository and folders (every .md under the language folders), the seed
(2030), the quotas and a shorter minimum for the Italian and Korean
pages (150 and 100 characters; these translations have few pages). Passages
sharing a 120-character run with any other file of benches/injection/
are dropped (overlap30.py, mechanically; nothing of the other files is
printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap30 import shared

REPO = "preactjs/preact-www"
LICENCE = "MIT"
GITDIRS = {REPO: Path("/work/.mirror/preactjs+preact-www/repo")}
FOLDER = {"en": "en", "es": "es", "fr": "fr", "de": "de", "ru": "ru", "pt": "pt-br", "zh": "zh", "ja": "ja",
          "it": "it", "ko": "kr"}
DIR = {lang: (REPO, f"content/{d}/") for lang, d in FOLDER.items()}
QUOTA = {"en": 30, "es": 4, "fr": 4, "de": 4, "ru": 4, "pt": 4, "zh": 4, "ja": 4, "it": 3, "ko": 3}
SHORT = {"it"}

SKIP = re.compile(
    r"```|~~~|^(?: {4}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$|^\s*\+\+\+|Co-op Translator",
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
    return sorted(f for f in files if f.startswith(DIR[lang][1]) and f.endswith(".md"))


def main():
    rng = random.Random(2030)
    commits = {r: git(r, "rev-parse", "HEAD").strip() for r in GITDIRS}
    cands = []
    for lang in QUOTA:
        repo = DIR[lang][0]
        commit = commits[repo]
        files = git(repo, "ls-tree", "-r", "--name-only", commit).splitlines()
        for f in pages(files, lang):
            src = git(repo, "show", f"{commit}:{f}")
            for i, p in enumerate(passages(md_paragraphs(src), 700 if lang in CJK else 1400)):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{repo}@{commit[:12]}:{f}#{i}", "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers30.jsonl", "holdout30.jsonl", "holdout30.py", "fill30.py", "SOURCES30.md", "check30.py", "overlap30.py", "extract_h30.py"})
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
    with open(Path(__file__).parent / "carriers30.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c30-{i:03}", "lang": r["lang"], "source": r["source"], "commit": r["commit"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
