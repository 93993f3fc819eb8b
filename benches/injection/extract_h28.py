#!/usr/bin/env python3
"""Extracts the carriers of holdout28 (carriers28.jsonl): passages of
Microsoft's "MCP Server and PostgreSQL Sample - Retail" walkthrough
(microsoft/MCP-Server-and-PostgreSQL-Sample-Retail, MIT, `LICENSE`), a
repository no earlier set uses (snapshot under /work/.mirror, see
SOURCES28.md). The walkthrough is machine-translated into every language
of the set (Brazilian Portuguese under `translations/br/`, the translator's
code for pt-BR); the pages used are `README.md`, `Sample_Walkthrough.md`
and the walkthrough modules `00-Introduction`, `01-Architecture`,
`02-Security`, `07-Semantic-Search`, `11-Monitoring` and
`12-Best-Practices`, in English and under
`translations/{es,fr,de,br,ru,zh,ja,it,ko}/`.

Adapted from extract_h27.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the 120-character overlap
drop and the within-language de-duplication), unchanged but for the
pages, the repository, the seed (2028) and the quotas. A fence or an HTML
line (the translations open with an HTML metadata comment), or the
machine-translation disclaimer (naming Co-op Translator) refuses a
paragraph, so a passage is prose and bullets between two such blocks
(250 to about 1400 characters; 120 to about 700 for Chinese, Japanese
and Korean). Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap28.py, mechanically; nothing of
the other files is printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap28 import shared

REPO = "microsoft/MCP-Server-and-PostgreSQL-Sample-Retail"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/microsoft+MCP-Server-and-PostgreSQL-Sample-Retail/repo")
PAGES = ["README.md", "Sample_Walkthrough.md", "walkthrough/00-Introduction/README.md", "walkthrough/01-Architecture/README.md",
         "walkthrough/02-Security/README.md", "walkthrough/07-Semantic-Search/README.md",
         "walkthrough/11-Monitoring/README.md", "walkthrough/12-Best-Practices/README.md"]
DIR = {"en": "", "es": "translations/es/", "fr": "translations/fr/", "de": "translations/de/", "pt": "translations/br/",
       "ru": "translations/ru/", "zh": "translations/zh/", "ja": "translations/ja/", "it": "translations/it/", "ko": "translations/ko/"}
QUOTA = {"en": 22, "es": 5, "fr": 5, "de": 5, "pt": 5, "ru": 5, "zh": 5, "ja": 5, "it": 4, "ko": 4}

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
    return [DIR[lang] + p for p in PAGES if DIR[lang] + p in files]


def main():
    rng = random.Random(2028)
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
                 exclude={"carriers28.jsonl", "holdout28.jsonl", "holdout28.py", "fill28.py", "SOURCES28.md", "check28.py", "overlap28.py", "extract_h28.py"})
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
    with open(Path(__file__).parent / "carriers28.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c28-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
