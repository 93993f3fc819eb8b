#!/usr/bin/env python3
"""Extracts the carriers of holdout51 (carriers51.jsonl): passages of
"Tour of Rust" and its translations, richardanaya/tour_of_rust (by Richard
Anaya, its contributors and translators; MIT License, the repository's
`LICENSE` file). The lessons are YAML files, `lessons/<language>/chapter_N.yaml`,
a list of pages whose `content_markdown` field holds the page's Markdown:
that field is the document drawn. English (`lessons/en/`), and for pt
(Brazilian), pl, ru, tr, vi, uk and hu the folders `pt-br/`, `pl/`, `ru/`,
`tr/`, `vi/`, `ua/` and `hu/`. The repository holds the tour in 26 language
folders; seven besides English are drawn; the held-out 51 rows are also
written in two more of the repository's languages, Thai and Indonesian.

Adapted from extract_h50.py (the git helper, the filter, the passage
splitter, the trimming, the language check, the AI_TALK filter, the BAREURL
filter, the BRACE filter, the 120-character overlap drop and the
within-language de-duplication, and the `line` field), unchanged but for the
repository and files (every `chapter_*.yaml` of a language's folder, parsed
with PyYAML, each page's `content_markdown` taken as one document), the
strip (any section under a licence heading is cut off; its pattern now
names the licence in the drawn languages), the seed (2051), the languages
(pt, pl, ru, tr, vi, uk and hu; a word list for hu added to the language
check), the passage length (350 characters, as before) and the quotas (en
16, 4 for each of the seven other languages: 44 passages in all). The
translations are under the same licence as the tour (MIT); the passages
are excerpts, modified in the held-out rows by the splicing of a payload.
Passages sharing a 120-character run with any other file of
benches/injection/ are dropped (overlap51.py, mechanically; files whose
name holds "46" are never opened; nothing of the other files is printed).
Run once; the output is committed.
"""
import json, random, re, subprocess, sys

import yaml
from pathlib import Path

from overlap51 import shared, EXCLUDED

REPO = "richardanaya/tour_of_rust"
LICENCE = "MIT"
GITDIR = Path("/work/.mirror/richardanaya+tour_of_rust/repo")
QUOTA = {"en": 16, "pt": 4, "pl": 4, "ru": 4, "tr": 4, "vi": 4, "uk": 4, "hu": 4}
LOCALE = {"en": "en", "pt": "pt-br", "pl": "pl", "ru": "ru", "tr": "tr", "vi": "vi", "uk": "ua", "hu": "hu"}
BRACE = re.compile(r"\{[a-z_]+\}")

SKIP = re.compile(
    r"```|~~~|^(?: {2,}|\t)\S|^\s*>|\{%|%\}|\{\{|\}\}|:::|\[!\w+\]|</?[A-Za-z][^>]*>|<!--|^\s*\|.*\||!\[|\$\$|"
    r"^\s*\+\+\+|^\.\. |::\s*$|^\s*[=\-~^*#`]{3,}\s*$",
    re.M)
WORDS = {
    "en": r"\b(?:the|and|you|is|to|of|for)\b",
    "es": r"\b(?:el|la|los|las|que|de|y|es|para|un|una)\b",
    "fr": r"\b(?:le|la|les|que|de|et|est|pour|un|une|vous|des)\b",
    "de": r"\b(?:der|die|das|und|ist|nicht|ich|du|mit|ein|eine|zu)\b",
    "pt": r"\b(?:o|a|os|as|que|de|e|é|para|um|uma|não|você)\b",
    "pl": r"\b(?:i|w|z|na|się|nie|jest|to|do|że|jak|oraz|aby)\b",
    "tr": r"\b(?:ve|bir|bu|için|ile|de|da|olarak|daha|gibi|olan|ama)\b",
    "id": r"\b(?:yang|dan|di|ke|dari|untuk|dengan|ini|itu|dalam|adalah|pada|tidak|akan|dapat)\b",
    "vi": r"\b(?:và|của|là|các|có|được|trong|cho|một|những|với|không|này)\b",
    "it": r"\b(?:il|lo|la|le|gli|che|di|e|è|per|un|una|non|del|della|con|si)\b",
    "ro": r"\b(?:și|şi|în|de|la|cu|pe|care|este|pentru|un|o|sau|nu|din|se|să|mai)\b",
    "no": r"\b(?:og|er|det|som|en|et|for|med|ikke|på|av|til|kan|du|å|vi|har|den)\b",
    "sv": r"\b(?:och|är|att|det|som|en|ett|för|med|inte|på|av|till|kan|om|du)\b",
    "hu": r"\b(?:a|az|és|hogy|nem|is|egy|van|meg|de|ha|csak|ez|azt|mint|vagy|már|ami|amely)\b",
}
CJK = {"zh", "ja", "ko"}
# install.md keeps TOML tab tables (`[[tab]]`, `name = '…'`, `'''`) inside its Markdown.
BAREURL = re.compile(r"^\s*https?://\S+\s*$|\{\{|\}\}|\{<|>\}|^\s*'''|^\s*\[\[?\w+\]\]?\s*$|^\w+ = ['\"]", re.M)
# Passages that talk about AI, LLMs, prompts, tokens or agents (the NumPy
# case studies speak of deep learning) are dropped, so that no carrier text is
# itself about instructing a model.
AI_TALK = re.compile(r"(?<![A-Za-z])(?:AI|IA|LLMs?|GPT\w*|Claude)(?![A-Za-z])|(?i:prompt|\btokens?\b|トークン|"
                     r"\bagent[ie]?s?\b|エージェント|コンテキストウィンドウ|fen[eê]tres? contextuelle|"
                     r"intelligen[cz]a artificial|изкуствен интелект|artificiell intelligens|intelligence artificielle|intelligenza artificiale|人工知能)")


def git(*args):
    return subprocess.run(["git", "--git-dir", str(GITDIR), *args], check=True, capture_output=True,
                          text=True).stdout


def md_paragraphs(md):
    md = md.lstrip("\ufeff").replace("\r\n", "\n")
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


BOLD_LINE = re.compile(r"\*\*[^*\n]+\*\*")  # a bold line standing as a heading
REFDEF = re.compile(r"^\s*\[[^\]]+\]:\s|\A\s*\[[^\]]+\]\([^)]*\)\s*\Z")


def trim(run):
    run = list(run)
    while run and (re.search(r"[:：][*_]*\s*\Z", run[-1]) or BOLD_LINE.fullmatch(run[-1].strip())
                   or re.search(r"例\s*\Z", run[-1])
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
    if lang in ("ru", "bg"):
        return share(lambda c: "\u0400" <= c <= "\u04ff") > 0.55 and not re.search(r"[іїєґІЇЄҐ]", text)
    if lang == "uk":
        return share(lambda c: "\u0400" <= c <= "\u04ff") > 0.55 and len(re.findall(r"[іїєґ]", text)) >= 5
    if lang == "zh":
        return share(lambda c: "\u4e00" <= c <= "\u9fff") > 0.35 and not re.search(r"[\u3040-\u30ff]", text)
    if lang == "el":
        return share(lambda c: "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff") > 0.55
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
    minlen = 80 if lang in CJK else 140 if lang != "en" else 160
    if SKIP.search(p) or AI_TALK.search(p) or BAREURL.search(p) or BRACE.search(p) or len(p) < minlen or not in_language(lang, p):
        return False
    last = p.split("\n\n")[-1]
    if all(l.lstrip().startswith("#") for l in last.splitlines() if l.strip()):
        return False
    if re.search(r"[:：][*_]*\s*\Z", p) or BOLD_LINE.fullmatch(last.strip()) or re.search(r"例\s*\Z", p) \
            or REFDEF.search(p):
        return False
    return any(not re.match(r"\s*(?:#|[-*+] |\d+[.)] )", q) for q in p.split("\n\n"))


def pages(files, lang):
    return sorted((f for f in files if re.fullmatch(rf"lessons/{re.escape(LOCALE[lang])}/chapter_\d+\.yaml", f)),
                  key=lambda f: int(re.search(r"chapter_(\d+)", f).group(1)))


def documents(raw):
    """The `content_markdown` fields of a lesson file, in order, with their
    page's index."""
    out = []
    for k, page in enumerate(yaml.safe_load(raw) or []):
        if isinstance(page, dict) and isinstance(page.get("content_markdown"), str):
            out.append((k, page["content_markdown"]))
    return out


LICENCE_HEAD = re.compile(r"^(#{1,6}) .*(?:[Ll]icen[cs]e|[Ll]icen[çc]a|[Ll]icencj|[Ll]isans|[Ll]icenc|[Gg]iấy phép|"
                          r"[Лл]ицензи|[Лл]іцензі)", re.M)


def strip(src):
    """Cuts any section under a licence heading off (up to the next heading
    of the same or a higher level): the licence text is not a passage."""
    m = LICENCE_HEAD.search(src)
    if not m:
        return src
    level = len(m.group(1))
    nxt = re.compile(rf"^#{{1,{level}}} ", re.M).search(src, m.end())
    return src[:m.start()] + (src[nxt.start():] if nxt else "")


def main():
    rng = random.Random(2051)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang in QUOTA:
        for f in pages(files, lang):
            raw = git("show", f"{commit}:{f}").lstrip("\ufeff").replace("\r\n", "\n")
            for k, doc in documents(raw):
                src = strip(doc.replace("\r\n", "\n"))
                for i, p in enumerate(passages(md_paragraphs(src), 350)):
                    if usable(lang, p):
                        head = p.split("\n")[0][:24]
                        at = raw.find(head)
                        line = raw.count("\n", 0, at) + 1 if at >= 0 else 0
                        cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}#{k}.{i}", "line": line,
                                      "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers51.jsonl", "holdout51.jsonl", "holdout51.py", "fill51.py", "SOURCES51.md",
                          "check51.py", "overlap51.py", "extract_h51.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers51.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c51-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
