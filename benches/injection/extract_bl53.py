#!/usr/bin/env python3
"""Build benign_langs53.jsonl (next to this script): benign, human-written documentation
passages in Hungarian (hu) and Thai (th).

Reads read-only git mirrors (fetched snapshots) at fixed commits.  Passages are
runs of whole Markdown paragraphs/list blocks, 300-1200 characters, with front
matter and code fences removed.  Tour of Rust lessons are YAML; each lesson becomes a
heading plus its content_markdown before cutting.  Fully deterministic: no randomness, no clock,
ordering by sorted paths and sha1 tie-breaks.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

MIRROR = "/work/.mirror"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign_langs53.jsonl")
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
    "tor": ("richardanaya/tour_of_rust", "f10081797311377e624614a2e411b758e99ec1f8", "MIT"),
    "react-th": ("stale-reactjs-org-translations/th.reactjs.org",
                 "fb1bfee2b2333e06a9fb4f2de92ee590f462eeef", CC),
    "vue-th": ("suksit/th.vuejs.org", "86ee75b097a5a5fdcc01622a22e5e92917c32f38", "MIT"),
    "cc": ("conventional-commits/conventionalcommits.org",
           "7d293dc59e88abc8ce6c6698344d4da518ff3f27", "MIT"),
}
PLAN = {
    "hu": [("osg", "opensource-guide", ["_articles/hu"], 80),
           ("tor", "tour-of-rust", ["lessons/hu"], 50),
           ("semver", "semver", ["lang/hu/spec/v2.0.0.md"], 15),
           ("cov", "contributor-covenant", ["content/version/1/4/code-of-conduct.hu.md",
                                            "content/version/2/1/code_of_conduct.hu.md"], 15)],
    "th": [("react-th", "react", ["content"], 45),
           ("12f", "twelve-factor", ["content/th"], 40),
           ("tor", "tour-of-rust", ["lessons/th"], 30),
           ("vue-th", "vue", ["src"], 25),
           ("cc", "conventional-commits", ["content/v1.0.0/index.th.md"], 10),
           ("fpb", "fpb-howto", ["docs/HOWTO-th.md", "docs/CODE_OF_CONDUCT-th.md"], 10)],
}

# Pages skipped by path: licence pages, AI/LLM/prompt topics, translator
# housekeeping pages.
SKIP_PATH = re.compile(
    r"(^|/)legal\.md$|licen[cs]e|(^|/)(ai|llm|llms|prompt|prompts|mcp)([-_./]|$)"
    r"|artificial-intelligence|machine-learning|translations/index\.md$"
    r"|/glossary/index\.md$|CHECKPOINT|TRANSLATION", re.I)
# Passages mentioning AI prompting / LLMs are dropped (no injection strings).
SKIP_TEXT = re.compile(r"\bLLMs?\b|ChatGPT|\bGPT\b|prompt injection|\bprompts?\b|Copilot|Claude"
                       r"|\bAI\b|(?-i:\bMI\b)|mesterséges intelligenci|nyelvi modell|chatbot|csetbot"
                       r"|ปัญญาประดิษฐ์|โมเดลภาษา|แชทบอท|แชตบอต|พรอมต์|พรอมท์|พร้อมต์", re.I)

HARD = {
    "common": ["token", "api key", "password", "secret", "credential", "admin", "permission",
               "delete", "upload", "bot", "assistant", "security", "xss", "sudo", "ssh", "2fa",
               "vulnerab", "dangerouslysetinnerhtml", "email", "e-mail", "private", "access"],
    "hu": ["jelszó", "jelszav", "kulcs", "törl", "töröl", "feltölt", "küld", "rendszergazd",
           "adminisztr", "jogosults", "engedély", "biztonság", "titk", "hozzáfér", "utasítás",
           "futtat", "végrehajt", "figyelmen kívül", "soha", "kell", "győződj", "figyelem",
           "ne ", "azonnal", "kötelező", "hitelesít"],
    "th": ["รหัสผ่าน", "โทเค็น", "คีย์", "ลบ", "อัปโหลด", "อัพโหลด", "ส่ง", "ผู้ดูแล", "สิทธิ์",
           "อนุญาต", "ความปลอดภัย", "ความลับ", "เข้าถึง", "คำสั่ง", "รัน", "ดำเนินการ", "เพิกเฉย",
           "ละเว้น", "ห้าม", "ต้อง", "ตรวจสอบให้แน่ใจ", "ระวัง", "ทันที", "อย่า", "ยืนยันตัวตน"],
}

HU_STOP = set("a az és hogy egy nem is de ha van vagy ez azt meg mint csak már el ki be "
              "fel kell lehet amit ami amely így pedig mert akkor".split())
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
        files += [f for f in out.split("\n") if f.endswith((".md", ".mdx", ".yaml"))]
    return sorted(set(files))


def yaml_lessons_to_md(t):
    """Tour of Rust lesson files: a YAML list of {title, content_markdown, code, ...}."""
    import yaml
    data = yaml.safe_load(t)
    parts = []
    for item in data if isinstance(data, list) else []:
        if isinstance(item, dict) and isinstance(item.get("content_markdown"), str):
            parts.append("# " + str(item.get("title", "")).strip())
            parts.append(item["content_markdown"].strip("\n"))
    return "\n\n".join(parts) + "\n"


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
    if lang == "hu":
        latin = sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u017f")
        # Hungarian accented vowels (ő and ű are Hungarian-only) and function words tell hu
        # from untranslated English
        accents = sum(1 for ch in c.lower() if ch in "áéíóöőúüű")
        hu = sum(1 for w in words if w in HU_STOP) / max(1, len(words))
        return latin / len(letters) >= 0.9 and accents >= 3 and en < 0.12 and hu >= 0.04
    if lang == "th":
        thai = sum(1 for ch in letters if "\u0e00" <= ch <= "\u0e7f")
        return thai / len(letters) >= 0.6
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
        if f.endswith(".yaml"):
            text = yaml_lessons_to_md(text)
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
    for lang in ["hu", "th"]:
        rows += select_lang(lang)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        seen = {}
        for c in rows:
            i = seen.get(c["lang"], 0)
            seen[c["lang"]] = i + 1
            obj = {"id": f"bl53-{c['lang']}-{i:04d}", "lang": c["lang"], "kind": c["kind"],
                   "source": c["source"], "license": c["license"], "commit": c["commit"],
                   "text": c["text"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
