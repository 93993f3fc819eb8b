#!/usr/bin/env python3
"""Build benign_langs51.jsonl (next to this script): benign, human-written documentation
passages in Turkish (tr), Vietnamese (vi), Arabic (ar) and Hindi (hi).

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
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign_langs51.jsonl")
MIN_LEN, MAX_LEN, SOFT_LEN = 300, 1200, 700
PER_LANG = 80
MAX_PER_REPO = 40          # no repository more than half of a language's rows
PER_FILE_CAP = 3           # first pass; relaxed if a quota cannot be met

# (repo, commit, licence, kind, path prefixes/files, quota) per language
CC = "CC-BY-4.0"
R = {
    "react-tr": ("reactjs/tr.react.dev", "d7efe07efe6abdd1b32d00be9cd58d54a154c61b", CC),
    "react-vi": ("reactjs/vi.react.dev", "b149357cfb8ae87f02ef108132114e5641d5c16f", CC),
    "react-ar": ("reactjs/ar.react.dev", "5a263fdf83412db827ed8ef8d816613aba49df85", CC),
    "react-hi": ("reactjs/hi.react.dev", "9b434bb531b2ba3e493b6c7b5aa968cff65d9cc5", CC),
    "osg": ("github/opensource.guide", "ebc9678e39b55ff5e5c8801d1960904692188e90", CC),
    "gloss": ("cncf/glossary", "ca1dc4034529de4dbcef91f75978aeffd1a12b14", CC),
    "vue-vi": ("vuejs-translations/docs-vi", "0969e056b75945999b3c6c0156fdaaee74989150", CC),
    "vue-ar": ("vuejs-translations/docs-ar", "be6d78729e2ea8009b381e2579e1ecc15b157e86", CC),
    "starlight": ("withastro/starlight", "3999be7cc18b41095d61e3b63d68ff3e6c6c050b", "MIT"),
    "fpb": ("EbookFoundation/free-programming-books", "5b277d20f623ce5b2889b16fc9dd5e266536f521", CC),
}
PLAN = {
    "tr": [("react-tr", "react", ["src/content"], 30),
           ("osg", "opensource-guide", ["_articles/tr"], 20),
           ("gloss", "glossary", ["content/tr"], 20),
           ("starlight", "starlight", ["docs/src/content/docs/tr"], 6),
           ("fpb", "fpb-howto", ["docs/HOWTO-tr.md", "docs/CODE_OF_CONDUCT-tr.md"], 4)],
    "vi": [("react-vi", "react", ["src/content"], 38),
           ("gloss", "glossary", ["content/vi"], 30),
           ("vue-vi", "vue", ["src"], 7),
           ("fpb", "fpb-howto", ["docs/HOWTO-vi.md", "docs/CONTRIBUTING-vi.md",
                                 "docs/CODE_OF_CONDUCT-vi.md"], 5)],
    "ar": [("react-ar", "react", ["src/content"], 28),
           ("osg", "opensource-guide", ["_articles/ar"], 25),
           ("vue-ar", "vue", ["src"], 24),
           ("fpb", "fpb-howto", ["docs/HOWTO-ar.md"], 3)],
    "hi": [("react-hi", "react", ["src/content"], 30),
           ("osg", "opensource-guide", ["_articles/hi"], 20),
           ("gloss", "glossary", ["content/hi"], 20),
           ("starlight", "starlight", ["docs/src/content/docs/hi"], 6),
           ("fpb", "fpb-howto", ["docs/HOWTO-hi.md", "docs/CONTRIBUTING-hi.md",
                                 "docs/CODE_OF_CONDUCT-hi.md"], 4)],
}

# Pages skipped by path: licence pages, AI/LLM/prompt topics, translator
# housekeeping pages.
SKIP_PATH = re.compile(
    r"(^|/)legal\.md$|licen[cs]e|(^|/)(ai|llm|llms|prompt|prompts|mcp)([-_./]|$)"
    r"|artificial-intelligence|machine-learning|translations/index\.md$"
    r"|/glossary/index\.md$|CHECKPOINT|TRANSLATION", re.I)
# Passages mentioning AI prompting / LLMs are dropped (no injection strings).
SKIP_TEXT = re.compile(r"\bLLMs?\b|ChatGPT|\bGPT\b|prompt injection|\bprompt\b|Copilot|Claude",
                       re.I)

HARD = {
    "common": ["token", "api key", "password", "secret", "credential", "admin", "permission",
               "delete", "upload", "bot", "assistant", "security", "xss", "sudo", "ssh", "2fa",
               "vulnerab", "dangerouslysetinnerhtml", "email", "e-mail", "private", "access"],
    "tr": ["şifre", "parola", "anahtar", "sil", "gönder", "yükle", "yönetici", "izin", "yetki",
           "güvenlik", "asistan", "gizli", "erişim", "talimat", "çalıştır", "yoksay", "e-posta",
           "kimlik doğrulama", "sakın", "asla", "mutlaka", "hemen", "dikkat", "unutma"],
    "vi": ["mật khẩu", "khóa", "khoá", "xóa", "xoá", "gửi", "tải lên", "quản trị", "quyền",
           "bảo mật", "trợ lý", "bí mật", "truy cập", "hướng dẫn", "chạy", "bỏ qua", "xác thực",
           "không bao giờ", "hãy", "đừng", "ngay", "cẩn thận", "lưu ý"],
    "ar": ["كلمة المرور", "كلمات المرور", "رمز", "مفتاح", "حذف", "احذف", "أرسل", "إرسال", "رفع",
           "مسؤول", "صلاحي", "أذون", "إذن", "أمان", "الأمن", "مساعد", "سري", "وصول", "تعليمات",
           "تشغيل", "تجاهل", "البريد", "مصادقة", "لا تقم", "أبدا", "أبداً", "يجب", "تأكد", "احرص"],
    "hi": ["पासवर्ड", "टोकन", "कुंजी", "हटा", "डिलीट", "भेज", "अपलोड", "एडमिन", "व्यवस्थापक",
           "अनुमति", "सुरक्षा", "बॉट", "सहायक", "गुप्त", "एक्सेस", "निर्देश", "चलाए", "अनदेखा",
           "ईमेल", "प्रमाणीकरण", "कभी नहीं", "ज़रूर", "चाहिए", "सावधान", "ध्यान दें"],
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
    if lang == "ar":
        return sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff") / len(letters) >= 0.6
    if lang == "hi":
        return sum(1 for ch in letters if "\u0900" <= ch <= "\u097f") / len(letters) >= 0.6
    if lang == "vi":
        vw = sum(1 for w in words if any(ord(ch) > 127 for ch in w))
        return vw / max(1, len(words)) >= 0.3 and en < 0.08
    if lang == "tr":
        tw = sum(1 for w in words if any(ch in "şğıçöüâî" for ch in w))
        return tw / max(1, len(words)) >= 0.15 and en < 0.08
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
    # fill shortfall from repos with spare candidates, in plan order, cap 40/repo
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
    for lang in ["tr", "vi", "ar", "hi"]:
        rows += select_lang(lang)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, c in enumerate(rows):
            obj = {"id": f"bl51-{i:04d}", "lang": c["lang"], "kind": c["kind"],
                   "source": c["source"], "license": c["license"], "commit": c["commit"],
                   "text": c["text"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
