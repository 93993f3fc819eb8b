#!/usr/bin/env python3
"""Extracts the carriers of holdout22 (carriers22.jsonl): passages of the
Keep a Changelog site (olivierlacan/keep-a-changelog, MIT, `LICENSE`), a
repository no earlier set uses (snapshot under /work/.mirror, see
SOURCES22.md). The site's pages are HAML (`source/<lang>/<version>/
index.html.haml`), translated into every language of the set: English,
Spanish (`es-ES`), French, German, Brazilian Portuguese (`pt-BR`),
Russian, Chinese (`zh-CN`), Japanese, Italian (`it-IT`) and Korean; the
English 2.0.0 page (`source/en/2.0.0/index.html.md`) is markdown.

Adapted from extract_h21.py (the git helper, the filter, the passage
splitter, the language check). New here: a small HAML reader turns a page
into markdown-like paragraphs (`%h3`/`%h4` become headings, `%p` and
`%aside` paragraphs with their text lines joined, `%li` items a list, `=
link_to "X", …` and `#{link_to "X", …}` their text X, `%code X` and
`<code>X</code>` become `X` in backticks, `<em>`/`<strong>` are dropped;
the header, the `%pre` changelog and anything else is left out). Headings
of the 2.0.0 markdown lose their `{#anchor}`. A passage is a run of whole
paragraphs (300 to about 1400 characters; 150 for Chinese, Japanese and
Korean, and at most about 700 for them) between two refused paragraphs; trailing headings and paragraphs
ending in a colon are trimmed off. Passages sharing a 120-character run
with any other file of benches/injection/ are dropped (overlap22.py,
mechanically; nothing of the other files is printed). Run once; the
output is committed.
"""
import json, random, re, subprocess, sys
from pathlib import Path

from overlap22 import shared

REPO = "olivierlacan/keep-a-changelog"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/olivierlacan+keep-a-changelog/repo")
DIRS = {"en": "en", "es": "es-ES", "fr": "fr", "de": "de", "pt": "pt-BR", "ru": "ru", "zh": "zh-CN",
        "ja": "ja", "it": "it-IT", "ko": "ko"}
QUOTA = {"en": 14, "es": 4, "fr": 4, "de": 4, "pt": 4, "ru": 4, "zh": 4, "ja": 4, "it": 3, "ko": 3}

SKIP = re.compile(
    r"```|~~~|^(?: {4}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$|#\{|^\s*[%=.]",
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


def _inline(s):
    s = re.sub(r'#\{link_to\s+"((?:[^"\\]|\\.)*)"[^}]*\}', lambda m: m.group(1).replace('\\"', '"'), s)
    s = re.sub(r"#\{link_to\s+'([^']*)'[^}]*\}", r"\1", s)
    s = re.sub(r"</?code>", "`", s)
    s = re.sub(r"</?(?:em|strong|b|i)>", "", s)
    return s.strip()


def _line_text(s):
    """The text a HAML content line contributes, or None when it is markup only."""
    s = s.strip()
    m = re.match(r'=\s*link_to\s+"((?:[^"\\]|\\.)*)"', s)
    if m:
        return m.group(1).replace('\\"', '"')
    m = re.match(r"%code\s+(.*)$", s)
    if m:
        return f"`{m.group(1).strip()}`"
    if re.match(r"[%.=#-]", s) and not s.startswith("#{"):
        return None
    return _inline(s)


def _join(parts, lang):
    parts = [p for p in parts if p]
    if lang in CJK:
        out = ""
        for p in parts:
            out += ("" if not out or re.match(r"[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]", p[:1]) or
                    re.search(r"[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]$", out) else " ") + p
        return out
    return " ".join(parts)


def haml_paragraphs(src, lang):
    """Headings, paragraphs and lists of a HAML page, in order."""
    lines = src.replace("\r\n", "\n").split("\n")
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    ind = lambda l: len(l) - len(l.lstrip(" "))
    out, i, items = [], 0, []

    def flush_items():
        if items:
            out.append("\n".join(f"- {x}" for x in items))
            items.clear()

    while i < len(lines):
        l = lines[i]
        s = l.strip()
        m = re.match(r"%(h3|h4|p|aside|li)(?:[#.][\w-]+)*(?:\{[^}]*\})?(?:\s+(.*))?$", s)
        if not m:
            if s.startswith("%ul") or not s:
                i += 1
                continue
            flush_items()
            i += 1
            continue
        tag, rest = m.group(1), m.group(2)
        base = ind(l)
        parts = [_inline(rest)] if rest else []
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or ind(lines[j]) > base):
            if lines[j].strip():
                t = _line_text(lines[j])
                if t is not None:
                    parts.append(t)
            j += 1
        text = _join(parts, lang)
        i = j
        if not text:
            continue
        if tag == "li":
            items.append(text)
            continue
        flush_items()
        out.append(("#### " if tag == "h4" else "### " if tag == "h3" else "") + text)
    flush_items()
    return out


def md_paragraphs(md):
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
        cur.append(re.sub(r"\s*\{#[\w-]+\}\s*$", "", line.rstrip()))
    if cur:
        out.append("\n".join(cur).rstrip())
    return [p for p in out if p.strip()]


REFDEF = re.compile(r"^\s*\[[^\]]+\]:\s")


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
    minlen = 150 if lang in CJK else 300
    if SKIP.search(p) or len(p) < minlen or not in_language(lang, p):
        return False
    last = p.split("\n\n")[-1]
    if all(l.lstrip().startswith("#") for l in last.splitlines() if l.strip()):
        return False
    if re.search(r"[:：]\s*\Z", p) or REFDEF.search(p):
        return False
    return any(not re.match(r"\s*(?:#|[-*+] |\d+[.)] )", q) for q in p.split("\n\n"))


def main():
    rng = random.Random(2022)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang, d in DIRS.items():
        names = sorted(f for f in files if re.fullmatch(rf"source/{re.escape(d)}/[\d.]+/index\.html\.(haml|md)", f))
        names.sort(key=lambda f: f.split("/")[2], reverse=True)  # newest version first
        for f in names:
            src = git("show", f"{commit}:{f}")
            paras = haml_paragraphs(src, lang) if f.endswith(".haml") else md_paragraphs(src)
            for i, p in enumerate(passages(paras, 700 if lang in CJK else 1400)):
                if usable(lang, p):
                    cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{i}", "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers22.jsonl", "holdout22.jsonl", "holdout22.py"})
    cands = [c for k, c in enumerate(cands) if k not in dup]
    out = []
    for lang, n in QUOTA.items():
        rows = [c for c in cands if c["lang"] == lang]
        rng.shuffle(rows)
        # a passage that repeats 120 characters of one already taken (an older version
        # of the same page) is skipped, so the passages of a language are distinct
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
    with open(Path(__file__).parent / "carriers22.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c22-{i:03}", "lang": r["lang"], "source": r["source"], "commit": commit,
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
