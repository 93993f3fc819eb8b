#!/usr/bin/env python3
"""Extracts the carriers of holdout19 (carriers19.jsonl): passages of The
Twelve-Factor App (heroku/12factor, MIT, `LICENSE`; "Released under the
MIT License" in `Readme.md`): the English text of the methodology
(`content/en/*.md`) and the maintainers' blog (`blog/*.md`), and the
Spanish, French, German, Brazilian Portuguese, Russian, Chinese and
Japanese translations of the methodology
(`content/{es,fr,de,pt_br,ru,zh_cn,ja}/*.md`), a repository no earlier set
uses (snapshot under /work/.mirror, see SOURCES.md). The git helper, the
filter and the language check are adapted from extract_h18.py; the
paragraph splitter is written here (extract.py was not read).

A passage is a run of whole markdown paragraphs (350 to about 1400
characters). Passages with a fenced or indented code block, an admonition
or quote, an HTML block, tag or comment, a template tag, a table, an image,
a display formula, a heading-only last paragraph or a last line ending in a
colon are skipped, so a payload placed at a paragraph boundary can never
land inside code. Passages sharing a 120-character run with any other file
of benches/injection/ are dropped (overlap19.py, checked mechanically;
nothing of the other files is printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap19 import shared

REPO = "heroku/12factor"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/heroku+12factor/repo")
DIRS = {"en": ("content/en/", "blog/"), "es": ("content/es/",), "fr": ("content/fr/",), "de": ("content/de/",),
        "pt": ("content/pt_br/",), "ru": ("content/ru/",), "zh": ("content/zh_cn/",), "ja": ("content/ja/",)}
QUOTA = {"en": 16, "es": 5, "fr": 5, "de": 5, "pt": 5, "ru": 5, "zh": 5, "ja": 5}
LEAVE_OUT = ("toc.md", "posts.md", "blog.md")

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


def passages(md, hi=1400):
    out, cur = [], []
    for p in paragraphs(md):
        if cur and len("\n\n".join(cur + [p])) > hi:
            out.append("\n\n".join(cur))
            cur = []
        cur.append(p)
    if cur:
        out.append("\n\n".join(cur))
    return out


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
    rng = random.Random(1919)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang, dirs in DIRS.items():
        for f in sorted(x for x in files if x.startswith(dirs) and x.endswith(".md")
                        and x.rsplit("/", 1)[-1] not in LEAVE_OUT):
            for i, p in enumerate(passages(git("show", f"{commit}:{f}"))):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)}, exclude={"carriers19.jsonl", "holdout19.jsonl"})
    cands = [c for k, c in enumerate(cands) if k not in dup]
    out = []
    for lang, n in QUOTA.items():
        rows = [c for c in cands if c["lang"] == lang]
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{lang}: only {len(rows)} passages", file=sys.stderr)
        # at most two passages of one file
        seen, take = {}, []
        for r in rows:
            f = r["source"].split(":", 1)[1].split("#")[0]
            if seen.get(f, 0) < 2 and len(take) < n:
                seen[f] = seen.get(f, 0) + 1
                take.append(r)
        out += take
    with open(Path(__file__).parent / "carriers19.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c19-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
