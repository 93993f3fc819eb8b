#!/usr/bin/env python3
"""Extracts the carriers of holdout18 (carriers18.jsonl): passages of
JavaScript Algorithms and Data Structures (trekhleb/javascript-algorithms,
MIT): the explanations of its algorithms and data structures (every
`README.md` of the repository, the top-level one included) and their
Spanish, French, German, Brazilian Portuguese, Russian, Chinese and
Japanese translations (`README.{es-ES,fr-FR,de-DE,pt-BR,ru-RU,zh-CN,ja-JP}.md`),
a repository no earlier set uses (snapshot under /work/.mirror, see
SOURCES.md). The passage splitter is extract.passages; the git helper, the
filter and the language check are adapted from extract_h17.py.

A passage is a run of whole markdown paragraphs. Passages with a fenced or
indented code block, an admonition or quote, an HTML block, tag or comment,
a template tag, a table, an image, a display formula, a heading-only last
paragraph or a last line ending in a colon are skipped, so a payload placed
at a paragraph boundary can never land inside code. Passages sharing a
120-character run with any other file of benches/injection/ are dropped
(overlap18.py, checked mechanically; nothing of the other files is
printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages
from overlap18 import shared

REPO = "trekhleb/javascript-algorithms"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/trekhleb+javascript-algorithms/repo")
SUFFIX = {"en": "README.md", "es": "README.es-ES.md", "fr": "README.fr-FR.md", "de": "README.de-DE.md",
          "pt": "README.pt-BR.md", "ru": "README.ru-RU.md", "zh": "README.zh-CN.md", "ja": "README.ja-JP.md"}
QUOTA = {"en": 20, "es": 5, "fr": 5, "de": 5, "pt": 5, "ru": 5, "zh": 5, "ja": 5}

SKIP = re.compile(
    r"```|~~~|^(?: {4}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$",
    re.M)
WORDS = {
    "en": r"\b(?:the|and|you|is|to|of|for)\b",
    "es": r"\b(?:el|la|los|las|que|de|y|es|para|un|una)\b",
    "fr": r"\b(?:le|la|les|que|de|et|est|pour|un|une|vous|des)\b",
    "de": r"\b(?:der|die|das|und|ist|nicht|ich|du|mit|ein|eine|zu)\b",
    "pt": r"\b(?:o|a|os|as|que|de|e|é|para|um|uma|não|você)\b",
}


def git(*args):
    return subprocess.run(["git", "--git-dir", str(GITDIR), *args], check=True,
                          capture_output=True, text=True).stdout


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
    if lang == "ja":
        return share(lambda c: "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff") > 0.35 \
            and len(re.findall(r"[\u3040-\u309f]", text)) >= 25
    words = re.findall(r"\w+", text.lower())
    own = len(re.findall(WORDS[lang], text.lower()))
    if lang == "en":
        return own / max(len(words), 1) > 0.08
    eng = len(re.findall(WORDS["en"], text.lower()))
    return own / max(len(words), 1) > 0.1 and eng * 3 < own


def usable(lang, p, minlen=350):
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
    rng = random.Random(1818)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang, suffix in SUFFIX.items():
        for f in sorted(x for x in files if x == suffix or x.endswith("/" + suffix)):
            for i, p in enumerate(passages(git("show", f"{commit}:{f}"))):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)}, exclude={"carriers18.jsonl", "holdout18.jsonl"})
    cands = [c for k, c in enumerate(cands) if k not in dup]
    out = []
    for lang, n in QUOTA.items():
        rows = [c for c in cands if c["lang"] == lang]
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{lang}: only {len(rows)} passages", file=sys.stderr)
        out += rows[:n]
    with open(Path(__file__).parent / "carriers18.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c18-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap", file=sys.stderr)


if __name__ == "__main__":
    main()
