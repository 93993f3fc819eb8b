#!/usr/bin/env python3
"""Build benign_langs52.jsonl (next to this script): benign, human-written documentation
passages in Greek (el) and Persian/Farsi (fa).

Reads read-only git mirrors (fetched snapshots) at fixed commits.  Passages are
runs of whole Markdown paragraphs/list blocks, 300-1200 characters, with front
matter and code fences removed.  Fully deterministic: no randomness, no clock,
ordering by sorted paths and sha1 tie-breaks.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

MIRROR = "/work/.mirror"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign_langs52.jsonl")
MIN_LEN, MAX_LEN, SOFT_LEN = 300, 1200, 700
PER_LANG = 160
MAX_PER_REPO = 80          # no repository more than half of a language's rows
PER_FILE_CAP = 3           # first pass; relaxed if a quota cannot be met

# (repo, commit, licence, kind, path prefixes/files, quota) per language
CC = "CC-BY-4.0"
R = {
    "osg": ("github/opensource.guide", "ebc9678e39b55ff5e5c8801d1960904692188e90", CC),
    "12f": ("heroku/12factor", "468c7ac0336cf1ab76ed3dad612928e2ef2d8799", "MIT"),
    "semver": ("semver/semver.org", "7b7a97965fecbe00d193ae0ad542f5583298abc9", "CC-BY-3.0"),
    "cov": ("EthicalSource/contributor_covenant", "c104cdff077e33e62320f47fb98958e15fd15f1b", CC),
    "fpb": ("EbookFoundation/free-programming-books", "5b277d20f623ce5b2889b16fc9dd5e266536f521", CC),
    "react-fa": ("reactjs/fa.react.dev", "846227e0c0eb27bb4a2a4a36991586069112646e", CC),
    "vue-fa": ("vuejs-translations/docs-fa", "7a05ce60d696662e11a3bd1894616ff42ff4564b", CC),
    "vite-fa": ("vitejs/docs-fa", "8af0a5ddd4ff8dc6b0203ee1ffbf46b452afcb3f", "MIT"),
}
PLAN = {
    "el": [("osg", "opensource-guide", ["_articles/el"], 80),
           ("12f", "twelve-factor", ["content/el"], 40),
           ("semver", "semver", ["lang/el/spec/v2.0.0.md"], 15),
           ("fpb", "fpb-howto", ["docs/HOWTO-el.md", "docs/CONTRIBUTING-el.md",
                                 "docs/CODE_OF_CONDUCT-el.md"], 15),
           ("cov", "contributor-covenant", ["content/version/1/4/code-of-conduct.el.md"], 10)],
    "fa": [("react-fa", "react", ["src/content"], 50),
           ("vue-fa", "vue", ["src"], 30),
           ("vite-fa", "vite", ["docs"], 20),
           ("osg", "opensource-guide", ["_articles/fa"], 25),
           ("12f", "twelve-factor", ["content/fa"], 15),
           ("semver", "semver", ["lang/fa/spec/v2.0.0.md"], 8),
           ("fpb", "fpb-howto", ["docs/HOWTO-fa_IR.md", "docs/CONTRIBUTING-fa_IR.md",
                                 "docs/CODE_OF_CONDUCT-fa_IR.md"], 6),
           ("cov", "contributor-covenant", ["content/version/1/4/code-of-conduct.fa-ir.md"], 4)],
}

# Pages skipped by path: licence pages, AI/LLM/prompt topics, translator
# housekeeping pages.
SKIP_PATH = re.compile(
    r"(^|/)legal\.md$|licen[cs]e|(^|/)(ai|llm|llms|prompt|prompts|mcp)([-_./]|$)"
    r"|artificial-intelligence|machine-learning|translations/index\.md$"
    r"|/glossary/index\.md$|CHECKPOINT|TRANSLATION", re.I)
# Passages mentioning AI prompting / LLMs are dropped (no injection strings).
SKIP_TEXT = re.compile(r"\bLLMs?\b|ChatGPT|\bGPT\b|prompt injection|\bprompts?\b|Copilot|Claude"
                       r"|\bAI\b|τεχνητή νοημοσύνη|τεχνητής νοημοσύνης|γλωσσικ\w* μοντέλ"
                       r"|هوش مصنوعی|پرامپت|مدل زبانی|مدل‌های زبانی|چت‌بات|چت بات", re.I)

HARD = {
    "common": ["token", "api key", "password", "secret", "credential", "admin", "permission",
               "delete", "upload", "bot", "assistant", "security", "xss", "sudo", "ssh", "2fa",
               "vulnerab", "dangerouslysetinnerhtml", "email", "e-mail", "private", "access"],
    "el": ["κωδικό πρόσβασης", "κωδικός πρόσβασης", "συνθηματικ", "κλειδ", "διαγρ", "αποστολ",
           "στείλ", "ανέβασ", "μεταφόρτωσ", "διαχειριστ", "άδεια", "δικαιώμα", "ασφάλει",
           "βοηθ", "μυστικ", "πρόσβαση", "οδηγίες", "εκτελ", "αγνοήσ", "ταυτοποίησ", "ποτέ",
           "πρέπει", "βεβαιωθείτε", "προσοχή", "μην ", "αμέσως", "υποχρεωτικ"],
    "fa": ["رمز عبور", "گذرواژه", "توکن", "کلید", "حذف", "ارسال", "بفرست", "آپلود", "بارگذاری",
           "مدیر", "دسترسی", "مجوز", "اجازه", "امنیت", "دستیار", "ربات", "محرمانه", "مخفی",
           "دستورالعمل", "اجرا", "نادیده", "ایمیل", "احراز هویت", "هرگز", "باید", "مطمئن شوید",
           "مراقب", "توجه", "فوراً", "نکنید"],
}

EN_STOP = set("the and of to is are that this with for you your be it in on as can not from "
              "or by an at which will have has was were if when".split())


def git(repo_key, *args):
    repo, commit, _ = R[repo_key]
    gd = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    out = subprocess.run(["git", "--git-dir", gd] + list(args), capture_output=True, check=True)
    return out.stdout.decode("utf-8", errors="replace")


def list_files(repo_key, prefixes):
    commit = R[repo_key][1]
    files = []
    for p in prefixes:
        out = git(repo_key, "ls-tree", "-r", "--name-only", commit, "--", p)
        files += [f for f in out.split("\n") if f.endswith((".md", ".mdx"))]
    return sorted(set(files))


def strip_front_matter(t):
    t = t.replace("\r\n", "\n").lstrip("\ufeff")
    m = re.match(r"\A---\n.*?\n---[ \t]*\n", t, re.S)
    if m:
        t = t[m.end():]
    return t


FENCE_MARK = "\x00FENCE\x00"


def remove_fences(t):
    out, in_fence, marker = [], False, None
    for line in t.split("\n"):
        s = line.lstrip()
        if not in_fence:
            m = re.match(r"(`{3,}|~{3,})", s)
            if m:
                in_fence, marker = True, m.group(1)
                out.append("")
                out.append(FENCE_MARK)
                out.append("")
                continue
            out.append(line)
        else:
            if s.startswith(marker) and s.strip(marker[0]).strip() == "":
                in_fence = False
            continue
    return "\n".join(out)


def clean_for_lang(s):
    s = re.sub(r"`[^`]*`", " ", s)
    s = re.sub(r"\]\([^)]*\)", "]", s)
    s = re.sub(r"https?://\S+", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return s


def lang_ok(s, lang):
    c = clean_for_lang(s)
    letters = [ch for ch in c if ch.isalpha()]
    if len(letters) < 20:
        return False
    words = re.findall(r"[^\W\d_]+", c.lower())
    en = sum(1 for w in words if w in EN_STOP) / max(1, len(words))
    if lang == "el":
        greek = sum(1 for ch in letters if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff")
        return greek / len(letters) >= 0.6
    if lang == "fa":
        arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff")
        # Persian-only letters (pe, che, zhe, gaf, Farsi yeh/kaf) tell fa from ar
        persian = sum(1 for ch in letters if ch in "پچژگیک")
        return arabic / len(letters) >= 0.6 and persian >= 3
    raise ValueError(lang)


def block_kind(b):
    """Return 'prose' for paragraphs/lists/quotes, 'break' otherwise."""
    first = b.lstrip().split("\n", 1)[0].lstrip()
    if b == FENCE_MARK or not first:
        return "break"
    if first.startswith(("#", "|", "<", "{", "import ", "export ", "!", "[!", "---", "***",
                         ":::", "{{", "{%", "[^", "$$")):
        return "break"
    if re.match(r"\[[^\]]+\]:\s", first):   # link reference definitions
        return "break"
    if any(l.lstrip().startswith(("|", "<", "{%", "{{", "import ")) for l in b.split("\n")):
        return "break"
    if re.search(r"</?[A-Z][A-Za-z]*[\s>/]", b) and re.search(r"^\s*</?[A-Z]", b, re.M):
        return "break"
    return "prose"


def passages_of(text, lang):
    t = remove_fences(strip_front_matter(text))
    t = re.sub(r"\{/\*.*?\*/\}", "", t, flags=re.S)      # MDX comments
    t = re.sub(r"<!--.*?-->", "", t, flags=re.S)          # HTML comments
    # setext headings ("Title" over a line of === or ---) become ATX headings (semver.org uses them)
    t = re.sub(r"^([^\n]*\S[^\n]*)\n[ \t]*(?:=+|-{2,})[ \t]*$", r"\n# \1\n", t, flags=re.M)
    t = re.sub(r"^([ \t]*#{1,6}[ \t].*)$", r"\n\1\n", t, flags=re.M)  # headings alone
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", t)]
    blocks = [b.rstrip() for b in blocks if b.strip()]
    segs, cur = [], []
    for b in blocks:
        if block_kind(b) == "prose" and lang_ok(b, lang) and len(b) <= MAX_LEN:
            cur.append(b)
        else:
            if cur:
                segs.append(cur)
            cur = []
    if cur:
        segs.append(cur)
    out = []

    def emit(acc):
        # drop a trailing block that only introduces removed code/list (ends with ':')
        if len(acc) > 1 and acc[-1].rstrip().endswith((":", "：")) \
                and len("\n\n".join(acc[:-1])) >= MIN_LEN:
            acc = acc[:-1]
        p = "\n\n".join(acc)
        if MIN_LEN <= len(p) <= MAX_LEN:
            out.append(p)

    for seg in segs:
        acc = []
        for b in seg:
            cand = "\n\n".join(acc + [b])
            if len(cand) > MAX_LEN:
                if len("\n\n".join(acc)) >= MIN_LEN:
                    emit(acc)
                acc = [b]
            else:
                acc.append(b)
            if len("\n\n".join(acc)) >= SOFT_LEN:
                emit(acc)
                acc = []
        if acc:
            emit(acc)
    return out


def hardness(p, lang):
    low = p.lower()
    return sum(1 for k in HARD["common"] + HARD[lang] if k in low)


def candidates(lang, repo_key, kind, prefixes):
    repo, commit, lic = R[repo_key]
    cands = []
    for f in list_files(repo_key, prefixes):
        if SKIP_PATH.search(f):
            continue
        text = git(repo_key, "show", f"{commit}:{f}")
        for i, p in enumerate(passages_of(text, lang)):
            if SKIP_TEXT.search(p):
                continue
            src = f"{repo}:{f}#{i}"
            cands.append({
                "lang": lang, "kind": f"doc:{kind}", "source": src, "license": lic,
                "commit": commit[:12], "text": p, "_file": f, "_repo": repo,
                "_score": hardness(p, lang),
                "_tie": hashlib.sha1(src.encode()).hexdigest(),
            })
    cands.sort(key=lambda c: (-c["_score"], c["_tie"]))
    return cands


def pick(cands, n, cap):
    chosen, per_file = [], {}
    for c in cands:
        if len(chosen) >= n:
            break
        if per_file.get(c["_file"], 0) >= cap:
            continue
        per_file[c["_file"]] = per_file.get(c["_file"], 0) + 1
        chosen.append(c)
    return chosen


def select_lang(lang):
    plan = PLAN[lang]
    pools = {rk: candidates(lang, rk, kind, pre) for rk, kind, pre, _ in plan}
    take = {rk: min(q, len(pools[rk])) for rk, _, _, q in plan}
    # fill shortfall from repos with spare candidates, in plan order, cap 80/repo
    short = PER_LANG - sum(take.values())
    while short > 0:
        progressed = False
        for rk, _, _, _ in plan:
            if short and take[rk] < min(MAX_PER_REPO, len(pools[rk])):
                take[rk] += 1
                short -= 1
                progressed = True
        if not progressed:
            break
    rows = []
    for rk, _, _, _ in plan:
        got = pick(pools[rk], take[rk], PER_FILE_CAP)
        cap = PER_FILE_CAP
        while len(got) < take[rk] and cap < 50:
            cap += 1
            got = pick(pools[rk], take[rk], cap)
        rows += got
        print(f"{lang} {R[rk][0]}: pool={len(pools[rk])} take={len(got)}", file=sys.stderr)
    if len(rows) != PER_LANG:
        print(f"WARNING {lang}: {len(rows)} rows", file=sys.stderr)
    # stable order within language: by source
    rows.sort(key=lambda c: (c["_repo"], c["_file"], int(c["source"].rsplit("#", 1)[1])))
    return rows


def main():
    rows = []
    for lang in ["el", "fa"]:
        rows += select_lang(lang)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        seen = {}
        for c in rows:
            i = seen.get(c["lang"], 0)
            seen[c["lang"]] = i + 1
            obj = {"id": f"bl52-{c['lang']}-{i:04d}", "lang": c["lang"], "kind": c["kind"],
                   "source": c["source"], "license": c["license"], "commit": c["commit"],
                   "text": c["text"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
