#!/usr/bin/env python3
"""Extracts the carriers of holdout20 (carriers20.jsonl): passages of the
Hexo documentation site (hexojs/site, MIT, `LICENSE`): the English docs and
API pages (`source/docs/*.md`, `source/api/*.md`) and the Spanish,
Brazilian Portuguese, Russian, Chinese, Japanese and Korean translations
(`source/{es,pt-br,ru,zh-cn,ja,ko}/**/*.md`), a repository no earlier set
uses (snapshot under /work/.mirror, see SOURCES_h20.md). Adapted from
extract_h19.py (the git helper, the filter, the language check); the
passage splitter differs: Hexo's pages are full of code, so a passage is a
run of whole prose paragraphs (350 to about 1400 characters) between two
refused paragraphs, and a paragraph with a fenced or indented code block,
an admonition or quote, an HTML block, tag or comment, a Hexo template tag
(`{% %}`), a table, an image or a display formula ends the run and is left
out. A heading-only last paragraph or a last line ending in a colon is
refused, so a payload placed at a paragraph boundary can never land inside
code. Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap20.py, checked mechanically;
nothing of the other files is printed). Run once; the output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap20 import shared

REPO = "hexojs/site"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/hexojs+site/repo")
DIRS = {"en": ("source/docs/", "source/api/", "source/_posts/"), "es": ("source/es/",), "pt": ("source/pt-br/",),
        "ru": ("source/ru/",), "zh": ("source/zh-cn/",), "ja": ("source/ja/",), "ko": ("source/ko/",)}
QUOTA = {"en": 16, "es": 4, "pt": 4, "ru": 4, "zh": 4, "ja": 4, "ko": 4}
LEAVE_OUT = ("sponsor.md",)

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


def passages(md, hi=1400):
    """Runs of prose paragraphs: a paragraph the filter would refuse (code, HTML,
    a table, a template tag) ends the run and is left out."""
    out, cur = [], []
    for p in paragraphs(md):
        if SKIP.search(p):
            if cur:
                out.append("\n\n".join(cur))
            cur = []
            continue
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
    rng = random.Random(2020)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang, dirs in DIRS.items():
        for f in sorted(x for x in files if x.startswith(dirs) and x.endswith(".md")
                        and x.rsplit("/", 1)[-1] not in LEAVE_OUT):
            for i, p in enumerate(passages(git("show", f"{commit}:{f}"))):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)}, exclude={"carriers20.jsonl", "holdout20.jsonl", "holdout20.py"})
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
    with open(Path(__file__).parent / "carriers20.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c20-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
