#!/usr/bin/env python3
"""Extracts the carriers of holdout32 (carriers32.jsonl): passages of the
Java Design Patterns documentation, iluwatar/java-design-patterns (MIT,
`LICENSE.md`): the English pattern pages `<pattern>/README.md` at the
repository root and the translated pages `localization/<lang>/**/*.md`
for `es`, `fr`, `de`, `pt`, `ru`, `zh`, `ja`, `it` and `ko`, all at the
snapshot head. A repository no earlier set uses (snapshot under
/work/.mirror, fetched by this set's author, see SOURCES32.md).

Adapted from extract_h31.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the 120-character overlap
drop and the within-language de-duplication), unchanged but for the
repository and files (root pattern pages for English and the
`localization/<lang>/` folders for the translations, one commit for all),
the seed (2032) and the quotas, and front matter is also dropped when its
`---` line carries trailing spaces (one Chinese page); Italian keeps the shorter minimum (150
characters) and Korean 100, as before. Passages sharing a 120-character
run with any other file of benches/injection/ are dropped (overlap32.py,
mechanically; nothing of the other files is printed). Run once; the output
is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap32 import shared

REPO = "iluwatar/java-design-patterns"
LICENCE = "MIT"
GITDIRS = {REPO: Path("/work/.mirror/iluwatar+java-design-patterns/repo")}
FOLDER = {"es": "es", "fr": "fr", "de": "de", "ru": "ru", "pt": "pt", "zh": "zh", "ja": "ja", "it": "it", "ko": "ko"}
AT = {}
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
    front = re.match(r"(\+\+\+|---)[ \t]*\n.*?\n\1[ \t]*\n", md, re.S)
    if front:
        md = md[front.end():]
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
    if lang == "en":
        return sorted(f for f in files if re.fullmatch(r"[^/]+/README\.md", f) and not f.startswith("localization/"))
    return sorted(f for f in files if f.startswith(f"localization/{FOLDER[lang]}/") and f.endswith(".md"))


def main():
    rng = random.Random(2032)
    commits = {r: git(r, "rev-parse", "HEAD").strip() for r in GITDIRS}
    cands = []
    for lang in QUOTA:
        repo = REPO
        commit = AT.get(lang, commits[repo])
        files = git(repo, "ls-tree", "-r", "--name-only", commit).splitlines()
        for f in pages(files, lang):
            src = git(repo, "show", f"{commit}:{f}")
            for i, p in enumerate(passages(md_paragraphs(src), 700 if lang in CJK else 1400)):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{repo}@{commit[:12]}:{f}#{i}", "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers32.jsonl", "holdout32.jsonl", "holdout32.py", "fill32.py", "SOURCES32.md", "check32.py", "overlap32.py", "extract_h32.py"})
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
    with open(Path(__file__).parent / "carriers32.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c32-{i:03}", "lang": r["lang"], "source": r["source"], "commit": r["commit"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
