#!/usr/bin/env python3
"""Extracts the carriers of holdout54 (carriers54.jsonl): passages of the
HTML5 Rocks tutorials and their translations, html5rocks/www.html5rocks.com
(the source of the HTML5 Rocks site, by Google and its authors and
translators; the repository's `LICENSE` is the Apache License 2.0, and the
site's tutorial template `templates/tutorial.html` says the content of a
page is under the Creative Commons Attribution 3.0 licence). A tutorial is a
Django template, `content/**/<lang>/index.html`, whose prose sits in `<p>`
elements inside `{% block content %}`; languages present: en, de, es, it,
ja, ko, pt, ru, zh (and zh-tw, the same language). Drawn: English and de,
es, it, ko, pt, ru, zh; the held-out 54 rows are also written in Turkish
and Indonesian.

Adapted from extract_h53.py (the git helper, the passage splitter, the
trimming, the language check, the SKIP, AI_TALK, BAREURL and BRACE
filters, the 120-character overlap drop, the within-language
de-duplication and the `line` field), unchanged but for the repository and
files (every `content/**/<lang>/index.html`), the reader (the Markdown
reader and the MD filter of 53 replaced by `html_paragraphs()`: the `<p>`
elements of the content block in order, each turned into one line of
plain text (inline `<code>` as backticks, links and emphasis as their
text, entities decoded, white space collapsed); anything else between two
`<p>` elements (a heading, a `<pre>`, a list, a figure) breaks a passage,
and so does a paragraph holding an image or a template tag), the strip
(any paragraph naming a licence, a copyright or a trademark is dropped,
in every language, with the words for licence in the drawn languages),
the seed (2054), the languages (de, es, it, ko, pt, ru, zh), the passage
length (350 characters, as before) and the quotas (en 16, 4 for each of the
seven other languages: 44 passages in all). The `line` field is the line
of the passage's first `<p>` in its file. The passages are excerpts,
modified in the held-out rows by the splicing of a payload. Passages
sharing a 120-character run with any other file of benches/injection/ are
dropped (overlap54.py, mechanically; files whose name holds "49" are never
opened; nothing of the other files is printed). Run once; the output is
committed.
"""
import html, json, random, re, subprocess, sys

from pathlib import Path

from overlap54 import shared, EXCLUDED

REPO = "html5rocks/www.html5rocks.com"
LICENCE = "Apache-2.0 (repository); CC-BY-3.0 (site content)"
GITDIR = Path("/work/.mirror/html5rocks+www.html5rocks.com/repo")
QUOTA = {"en": 16, "de": 4, "es": 4, "it": 4, "ko": 4, "pt": 4, "ru": 4, "zh": 4}
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
    "ca": r"\b(?:el|la|els|les|que|de|i|és|per|un|una|amb|no|del|dels|als|aquest|aquesta|pot)\b",
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
    if lang == "ar":
        return share(lambda c: "\u0600" <= c <= "\u06ff") > 0.55
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


LICENCE_TEXT = re.compile(r"(?i)&trade;|™|licen[cs]e|lizenz|licencia|licenza|licença|\bMIT\b|\bBSD\b|Apache|copyright|"
                          r"trademark|marca registrada|marchio|markenzeichen|ライセンス|라이선스|许可|许可证|лицензи|商标|상표")
PARA = re.compile(r"<p(?:\s[^>]*)?>(.*?)</p\s*>", re.S | re.I)


def _inline(inner):
    """One `<p>` element's content as one line of plain text, or `None` for
    a paragraph that holds an image, a template tag or a nested block."""
    if re.search(r"\{[%{]|<img\b|<(?:pre|ul|ol|table|div|figure|h[1-6]|blockquote)\b", inner, re.I):
        return None
    t = re.sub(r"<br\s*/?>", " ", inner, flags=re.I)
    t = re.sub(r"<code(?:\s[^>]*)?>(.*?)</code>", lambda m: "`" + re.sub(r"<[^>]+>", "", m.group(1)) + "`", t,
               flags=re.S | re.I)
    t = re.sub(r"</?(?:a|em|i|strong|b|span|kbd|abbr|sup|sub|small|q|cite|dfn|var|samp|mark|u|s|del|ins|time|font)"
               r"(?:\s[^>]*)?>", "", t, flags=re.I)
    if re.search(r"<[A-Za-z/!]", t):
        return None
    t = html.unescape(t)
    return re.sub(r"\s+", " ", t).strip() or None


def html_files(files, lang):
    """The tutorial pages of a language, in path order."""
    return sorted(f for f in files if f.startswith("content/") and f.endswith(f"/{lang}/index.html"))


def documents(raw):
    """The paragraphs of a tutorial's content block in order, with the line of
    each; `None` stands for anything that breaks a passage (an element other
    than `<p>` between two paragraphs, a paragraph with an image or a template
    tag, a licence paragraph)."""
    m = re.search(r"\{%\s*block\s+content\s*%\}", raw)
    if not m:
        return []
    stop = raw.find("{% endblock", m.end())
    body_start, body_end = m.end(), (stop if stop >= 0 else len(raw))
    out, pos = [], body_start
    for p in PARA.finditer(raw, body_start, body_end):
        if raw[pos:p.start()].strip():
            out.append((None, 0))
        pos = p.end()
        text = _inline(p.group(1))
        if text is None or LICENCE_TEXT.search(text):
            out.append((None, 0))
        else:
            out.append((text, raw.count("\n", 0, p.start()) + 1))
    return out


def main():
    rng = random.Random(2054)
    commit = git("rev-parse", "HEAD").strip()
    files = git("ls-tree", "-r", "--name-only", commit).splitlines()
    cands = []
    for lang in QUOTA:
        for f in html_files(files, lang):
            raw = git("show", f"{commit}:{f}").lstrip("\ufeff").replace("\r\n", "\n")
            runs, cur = [], []
            for para, line in documents(raw) + [(None, 0)]:
                if para is None:
                    if cur:
                        runs.append(cur)
                    cur = []
                else:
                    cur.append((para, line))
            for run in runs:
                lines = {p: l for p, l in run}
                for p in passages([p for p, _ in run], 350):
                    if usable(lang, p):
                        line = lines.get(p.split("\n\n")[0], 0)
                        cands.append({"lang": lang, "source": f"{REPO}@{commit[:12]}:{f}:{line}",
                                      "path": f, "line": line, "commit": commit, "text": p})
    dup = shared({k: c["text"] for k, c in enumerate(cands)},
                 exclude={"carriers54.jsonl", "holdout54.jsonl", "holdout54.py", "fill54.py", "SOURCES54.md",
                          "check54.py", "overlap54.py", "extract_h54.py"} | EXCLUDED)
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
    with open(Path(__file__).parent / "carriers54.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c54-{i:03}", "lang": r["lang"], "source": r["source"], "line": r["line"],
                                 "commit": r["commit"], "path": r["path"],
                                 "license": LICENCE, "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers;", len(dup), "dropped for overlap;",
          {l: sum(1 for c in cands if c["lang"] == l) for l in QUOTA}, "candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
