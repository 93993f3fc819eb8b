#!/usr/bin/env python3
"""Extracts the carriers of holdout29 (carriers29.jsonl): passages of the
TypeScript documentation, English from microsoft/TypeScript-Website
(`packages/documentation/copy/en/`, docs under CC BY 4.0, `LICENSE`) and the
translations from microsoft/TypeScript-Website-Localizations (CC BY 4.0,
`LICENSE`): `docs/documentation/{fr,ja,ko,pt,zh}/` and the tsconfig
reference `docs/tsconfig/{es,it}/`. German and Russian have no translation
in the localizations repository, so the set has no German or Russian
documentation passage. Repositories no earlier set uses (snapshots under
/work/.mirror, see SOURCES29.md).

Adapted from extract_h28.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the 120-character overlap
drop and the within-language de-duplication), unchanged but for the
repositories and pages (every .md under the language folders), the seed
(2029), the quotas and a shorter minimum for the Spanish and Italian
tsconfig pages (150 characters, their option notes are short). Passages
sharing a 120-character run with any other file of benches/injection/
are dropped (overlap29.py, mechanically; nothing of the other files is
printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap29 import shared

EN_REPO = "microsoft/TypeScript-Website"
TR_REPO = "microsoft/TypeScript-Website-Localizations"
LICENCE = "CC-BY-4.0"
GITDIRS = {EN_REPO: Path("/work/.mirror/microsoft+TypeScript-Website/repo"),
           TR_REPO: Path("/work/.mirror/microsoft+TypeScript-Website-Localizations/repo")}
DIR = {"en": (EN_REPO, "packages/documentation/copy/en/"), "es": (TR_REPO, "docs/tsconfig/es/"),
       "fr": (TR_REPO, "docs/documentation/fr/"), "pt": (TR_REPO, "docs/documentation/pt/"),
       "zh": (TR_REPO, "docs/documentation/zh/"), "ja": (TR_REPO, "docs/documentation/ja/"),
       "it": (TR_REPO, "docs/tsconfig/it/"), "ko": (TR_REPO, "docs/documentation/ko/")}
QUOTA = {"en": 24, "es": 4, "fr": 5, "pt": 5, "zh": 5, "ja": 5, "it": 3, "ko": 4}
SHORT = {"es", "it"}

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
    minlen = 120 if lang in CJK else 150 if lang in SHORT else 250
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
    rng = random.Random(2029)
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
                 exclude={"carriers29.jsonl", "holdout29.jsonl", "holdout29.py", "fill29.py", "SOURCES29.md", "check29.py", "overlap29.py", "extract_h29.py"})
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
    with open(Path(__file__).parent / "carriers29.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c29-{i:03}", "lang": r["lang"], "source": r["source"], "commit": r["commit"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
