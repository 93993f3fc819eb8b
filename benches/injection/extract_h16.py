#!/usr/bin/env python3
"""Extracts the carriers of holdout16 (carriers16.jsonl): passages of the
Django Girls tutorial (DjangoGirls/tutorial, CC-BY-SA-4.0): its English
chapters and their Spanish, French, German, Portuguese, Russian, Chinese and
Japanese translations (the `en/`, `es/`, `fr/`, `de/`, `pt/`, `ru/`, `zh/`,
`ja/` folders), a repository no earlier set uses (snapshot under
/work/.mirror, see SOURCES.md). The passage splitter is extract.passages; the
git helper, the filter and the language check are written here.

A passage is a run of whole markdown paragraphs. Passages with a fenced or
indented code block, an admonition or quote (`>`, `{% hint %}`, `:::`,
`[!NOTE]`), an HTML or JSX block or comment, a template tag (`{% %}`,
`{{ }}`), a table, an image or a heading-only paragraph are skipped, so a
payload placed at a paragraph boundary can never land inside code. Files
named `*prompt*`, `SUMMARY.md`, `GLOSSARY.md` and `LANGS.md` are left out.
Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap16.py, checked mechanically; nothing
of the other files is printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from extract import passages
from overlap16 import shared

REPO = "DjangoGirls/tutorial"
LICENCE = "CC-BY-SA-4.0"
MIRROR = Path("/work/.mirror/DjangoGirls+tutorial/repo")
QUOTA = {"en": 20, "es": 5, "fr": 5, "de": 5, "pt": 5, "ru": 5, "zh": 5, "ja": 5}

BAD = re.compile(
    r"```|~~~|^(?: {4}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|<[A-Za-z!/][^>]*>|<!--|^\s*\|.*\||"
    r"!\[|^\s*(?:\*\*|__)[^*_\n]{1,24}(?:\*\*|__)\s*[:：]|^\s*#+ [^\n]*$(?![\s\S])|^\s*(?:\$|C:\\|>>>|\(myvenv\))",
    re.M)
STOP = {
    "en": r"\b(?:the|and|you|is|to|of)\b",
    "es": r"\b(?:el|la|los|que|de|y|es|para|una)\b",
    "fr": r"\b(?:le|la|les|que|de|et|est|pour|une|vous)\b",
    "de": r"\b(?:der|die|das|und|ist|nicht|du|wir|mit|ein)\b",
    "pt": r"\b(?:o|a|os|que|de|e|é|para|uma|você|não)\b",
}


def git(*args):
    return subprocess.run(["git", "-C", str(MIRROR), *args], check=True, capture_output=True, text=True).stdout


def reads_as(lang, text):
    """A cheap check that a passage is in its folder's language, not left in English."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if lang == "ru":
        return sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters) > 0.5
    if lang == "zh":
        return sum("\u4e00" <= c <= "\u9fff" for c in letters) / len(letters) > 0.4 and not re.search(r"[\u3040-\u30ff]", text)
    if lang == "ja":
        return sum("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in letters) / len(letters) > 0.4 \
            and len(re.findall(r"[\u3040-\u309f]", text)) > 20
    words = re.findall(r"\w+", text.lower())
    own = len(re.findall(STOP[lang], text.lower()))
    eng = len(re.findall(STOP["en"], text.lower()))
    if lang == "en":
        return own / max(len(words), 1) > 0.08
    return own / max(len(words), 1) > 0.1 and eng < own / 3


def main():
    rng = random.Random(1616)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", "HEAD").splitlines()
    cands = []
    for lang in QUOTA:
        for f in sorted(x for x in files if x.startswith(lang + "/") and x.endswith(".md")):
            name = f.rsplit("/", 1)[-1]
            if "prompt" in name or name in ("SUMMARY.md", "GLOSSARY.md", "LANGS.md"):
                continue
            text = git("show", f"HEAD:{f}")
            text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
            for i, p in enumerate(passages(text)):
                if BAD.search(p) or not reads_as(lang, p) or len(p) < 350:
                    continue
                if all(l.lstrip().startswith("#") for l in p.split("\n\n")[-1].splitlines()):
                    continue  # ends on a heading
                if re.search(r"[:：]\s*\Z", p) or re.search(r"^\s*\[[^\]]+\]:\s", p, re.M):
                    continue  # ends on a lead-in to code, or holds link definitions
                cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)}, exclude={"carriers16.jsonl", "holdout16.jsonl"})
    cands = [c for k, c in enumerate(cands) if k not in dup]
    out = []
    for lang, n in QUOTA.items():
        rows = [c for c in cands if c["lang"] == lang]
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{lang}: only {len(rows)} passages", file=sys.stderr)
        out += rows[:n]
    with open(Path(__file__).parent / "carriers16.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c16-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap", file=sys.stderr)


if __name__ == "__main__":
    main()
