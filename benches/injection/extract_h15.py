#!/usr/bin/env python3
"""Extracts the carriers of holdout15 (carriers15.jsonl): passages of
Comprehensive Rust (google/comprehensive-rust: the English course pages under
`src/`, and its German, Spanish, French, Brazilian Portuguese, Russian,
Chinese and Japanese translations, taken from the `po/` catalogues) and of
ripgrep's user guide, FAQ and README (BurntSushi/ripgrep), repositories no
earlier set uses (snapshots under /work/.mirror, see SOURCES.md). The git
helper and the passage splitter are those of extract_h14.py / extract.py.

An English passage is a run of whole paragraphs (extract.passages). A
translated passage is a run of 2 to 4 consecutive translated messages of one
course page, each a prose paragraph (at least 100 characters, ending like a
sentence), joined as paragraphs. Passages with a fenced or indented code
block, an admonition, an HTML or JSX block or comment, a template tag or a
table are skipped, so a payload placed at a paragraph boundary can never
land inside code. Fuzzy or untranslated messages are skipped. Run once; the
output is committed.
"""
import json, random, re, sys
from pathlib import Path

from extract import passages
from extract_h14 import BAD, git, reads_as

CR = "google/comprehensive-rust"
RG = "BurntSushi/ripgrep"
# (repo, licence, language, path filter or po file, quota)
SOURCES = [
    (CR, "CC-BY-4.0", "en", r"^src/(?!SUMMARY|thanks|running-the-course/translations).*\.md$", 18),
    (RG, "Unlicense OR MIT", "en", r"^(GUIDE|FAQ|README)\.md$", 8),
] + [(CR, "CC-BY-4.0", lang, f"po/{po}.po", 5)
     for lang, po in (("es", "es"), ("fr", "fr"), ("de", "de"), ("pt", "pt-BR"), ("ru", "ru"), ("zh", "zh-CN"), ("ja", "ja"))]
END = re.compile(r"[.!?。！？]\)?$")


def unquote(lines):
    s = "".join(json.loads(l) for l in lines)
    return s


def po_entries(text):
    """(first reference file, msgid, msgstr) of every non-fuzzy entry, in order."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        refs, fuzzy, cur, parts = [], False, None, {"msgid": [], "msgstr": []}
        for line in block.splitlines():
            if line.startswith("#:"):
                refs += line[2:].split()
            elif line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith("#"):
                continue
            elif line.startswith("msgid "):
                cur = "msgid"; parts[cur].append(line[6:])
            elif line.startswith("msgstr "):
                cur = "msgstr"; parts[cur].append(line[7:])
            elif line.startswith('"') and cur:
                parts[cur].append(line)
            else:
                cur = None
        if not refs or fuzzy or not parts["msgid"]:
            continue
        mid, mstr = unquote(parts["msgid"]), unquote(parts["msgstr"])
        if mid and mstr:
            out.append((refs[0].split(":")[0], mid, mstr))
    return out


def po_passages(text):
    """Runs of 2-4 consecutive prose messages of one page, joined as paragraphs."""
    ents = po_entries(text)
    out, cur, page = [], [], None

    def flush():
        if len(cur) >= 2:
            out.append((page, "\n\n".join(cur)))

    for f, mid, mstr in ents:
        prose = len(mstr) >= 100 and END.search(mstr.strip()) and "\n" not in mstr.strip() and not mstr.startswith(("#", "-", "*", "`", "<", "|", ">"))
        if f != page or not prose or f.endswith(("thanks.md", "translations.md")):
            flush(); cur = []; page = f
            if not prose:
                continue
        cur.append(mstr.strip())
        if len(cur) == 4 or sum(len(x) for x in cur) > 1400:
            flush(); cur = []
    flush()
    return out


def main():
    rng = random.Random(1515)
    out = []
    for repo, lic, lang, pat, n in SOURCES:
        commit = git(repo, "rev-parse", "HEAD").strip()
        rows = []
        if pat.startswith("po/"):
            for i, (page, p) in enumerate(po_passages(git(repo, "show", f"HEAD:{pat}"))):
                if BAD.search(p) or not reads_as(lang, p) or len(p) < 300:
                    continue
                rows.append({"source": f"{repo}@{commit[:12]}:{pat}#{page}#{i}", "license": lic, "lang": lang, "text": p})
        else:
            files = sorted(f for f in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines() if re.search(pat, f))
            for f in files:
                text = git(repo, "show", f"HEAD:{f}")
                text = re.sub(r"\A\+\+\+.*?\+\+\+\n|\A---\n.*?\n---\n", "", text, flags=re.S)
                for i, p in enumerate(passages(text)):
                    if BAD.search(p) or not reads_as(lang, p):
                        continue
                    rows.append({"source": f"{repo}@{commit[:12]}:{f}#{i}", "license": lic, "lang": lang, "text": p})
        rng.shuffle(rows)
        if len(rows) < n:
            print(f"{repo} {lang}: only {len(rows)} passages", file=sys.stderr)
        out += [dict(r, commit=commit) for r in rows[:n]]
    with open(Path(__file__).parent / "carriers15.jsonl", "w") as fh:
        for i, r in enumerate(out):
            fh.write(json.dumps({"id": f"c15-{i:03}", "lang": r["lang"], "source": r["source"], "commit": r["commit"],
                                 "license": r["license"], "text": r["text"]}, ensure_ascii=False) + "\n")
    print(len(out), "carriers", file=sys.stderr)


if __name__ == "__main__":
    main()
