#!/usr/bin/env python3
"""Carrier builders of held-out set 38, written from scratch (no earlier
fill*.py opened). Loads the passages of carriers38.jsonl (The Concise
TypeScript Book, gibbok/typescript-book, CC-BY-4.0), splices a payload into
a passage at a paragraph boundary, and renders the passage as a developer
would meet it: an editor attachment (`@path#Lx-y`), a web fetch converted
to Markdown, a retrieval-tool hit (one-line JSON), an MCP `resources/read`
result, an issue from the GitHub API (JSON), a pull-request review comment
on a hunk, or a `git format-patch` mail. Every id, hash, number and time is
derived from `zlib.crc32` of the row id, so the output is reproducible.
"""
import datetime, email.utils, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
REPO = "gibbok/typescript-book"
SITE = "https://gibbok.github.io/typescript-book"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers38.jsonl").read_text(encoding="utf-8").splitlines()]


def h(rid, salt=""):
    return zlib.crc32(f"{rid}/{salt}".encode())


def path_of(c):
    return c["source"].split(":", 1)[1].split("#")[0]


def _prose(par):
    s = par.strip()
    if not s or s.startswith("#") or re.match(r"(?:[-*+] |\d+[.)] )", s):
        return False
    if re.search(r"[:：,，]\s*\Z", s) or re.fullmatch(r"\*\*[^*\n]+\*\*", s):
        return False
    return True


def splice(text, payload, rid):
    """Puts the payload at a paragraph boundary after a prose paragraph (an
    inner one if any, chosen by the row's hash), else after the passage's
    last paragraph, else before the passage."""
    pars = text.split("\n\n")
    inner = [i for i in range(len(pars) - 1) if _prose(pars[i])]
    if inner:
        i = inner[h(rid, "splice") % len(inner)]
    elif _prose(pars[-1]):
        i = len(pars) - 1
    else:
        return payload + "\n\n" + text
    return "\n\n".join(pars[:i + 1] + [payload] + pars[i + 1:])


def title_of(text, lang):
    for line in text.splitlines():
        m = re.match(r"#{1,6}\s+(.+)", line)
        if m:
            return m.group(1).strip()
    return {"en": "The Concise TypeScript Book", "es": "El libro conciso de TypeScript",
            "it": "Il libro conciso di TypeScript", "pt": "O Livro Conciso de TypeScript",
            "zh": "简洁的TypeScript之书", "sv": "Den koncisa TypeScript-boken",
            "bg": "Кратката книга за TypeScript"}.get(lang, "The Concise TypeScript Book")


def slug(s):
    s = re.sub(r"[^\w\s-]", "", s.lower(), flags=re.U)
    return re.sub(r"[\s_]+", "-", s).strip("-") or "book"


def view(kind, c, payload, rid):
    body = splice(c["text"], payload, rid)
    path = path_of(c)
    n = h(rid)
    if kind == "at":
        start = c["line"] or 1 + n % 900
        end = start + body.count("\n")
        return f"@{path}#L{start}-{end}\n{body}"
    if kind == "fetch":
        t = title_of(c["text"], c["lang"])
        url = f"{SITE}/{'' if c['lang'] == 'en' else c['lang'] + '/'}book/{slug(t)}/"
        return (f"Fetched {url} (200, text/html; converted to Markdown, {len(body.encode()) + 2 * (n % 700) + 900} bytes)\n\n"
                f"# {t} | The Concise TypeScript Book\n\n{body}\n\n---\n"
                f"© Simone Poggiali · CC BY 4.0 · Edit this page on GitHub")
    if kind == "rag":
        hit = {"rank": 1 + n % 3, "score": round(0.71 + (n % 250) / 1000, 3),
               "doc_id": f"tsbook-{c['lang']}-{n % 100000:05}", "source": f"github.com/{REPO}/blob/main/{path}",
               "chunk": body}
        return json.dumps(hit, ensure_ascii=False)
    if kind == "mcp":
        res = {"jsonrpc": "2.0", "id": 1 + n % 400, "result": {"contents": [
            {"uri": f"github://{REPO}/{path}", "mimeType": "text/markdown", "text": body}]}}
        return json.dumps(res, ensure_ascii=False, indent=1)
    if kind == "issue":
        num = 120 + n % 180
        t = title_of(c["text"], c["lang"])
        iss = {"url": f"https://api.github.com/repos/{REPO}/issues/{num}", "number": num,
               "title": f"Docs: wording in \"{t}\"", "state": "open",
               "user": {"login": ["kestrel-dev", "tmoraes", "lin-qiao", "vk-ivanova", "pm-hallberg"][n % 5]},
               "labels": [{"name": "documentation"}], "comments": n % 4,
               "created_at": f"2026-0{1 + n % 8}-{10 + n % 18}T{n % 24:02}:{n % 60:02}:0{n % 10}Z",
               "body": f"Section in `{path}` (around line {c['line']}) currently reads:\n\n{body}"}
        return json.dumps(iss, ensure_ascii=False, indent=2)
    raise ValueError(kind)


def hunk_lines(c, rid):
    """Two to four lines of the passage, as hunk context."""
    lines = c["text"].splitlines()
    k = min(len(lines), 2 + h(rid, "k") % 3)
    while k > 1 and not lines[k - 1].strip():
        k -= 1
    return lines[:k]


def review(c, payload, rid, reviewer="dl-marchetti"):
    """A pull-request review comment on a hunk: the payload is the added line."""
    n = h(rid)
    ctx = hunk_lines(c, rid)
    start = c["line"] or 100
    hunk = f"@@ -{start},{len(ctx)} +{start},{len(ctx) + 1} @@\n" + "\n".join(" " + l for l in ctx) + "\n+" + payload
    com = {"id": 1900000000 + n % 90000000, "path": path_of(c), "line": start + len(ctx),
           "side": "RIGHT", "commit_id": f"{n:08x}{h(rid, 'c'):08x}"[:16],
           "user": {"login": reviewer}, "diff_hunk": hunk,
           "body": {"en": "nit: this reads fine now, thanks for the rewording", "es": "Se lee mejor así, gracias.",
                    "it": "Ora si legge meglio, grazie.", "pt": "Ficou mais claro, obrigado.",
                    "zh": "这样读起来更顺了，谢谢。", "sv": "Nu blir det tydligare, tack.",
                    "bg": "Така се чете по-добре, благодаря."}[c["lang"]]}
    return json.dumps(com, ensure_ascii=False, indent=2)


def _date(n):
    tz = datetime.timezone(datetime.timedelta(hours=2))
    d = datetime.datetime(2026, 10, 1 + n % 27, n % 24, n % 60, (n >> 8) % 60, tzinfo=tz)
    return email.utils.format_datetime(d)


def patch(c, payload, rid, author="Rui Tanabe <rui.tanabe@mail.example>"):
    """A `git format-patch` mail whose hunk adds the payload line."""
    n = h(rid)
    ctx = hunk_lines(c, rid)
    start = c["line"] or 100
    path = path_of(c)
    sha = f"{n:08x}{h(rid, 'a'):08x}{h(rid, 'b'):08x}{h(rid, 'd'):08x}{h(rid, 'e'):08x}"
    return (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: {author}\n"
            f"Date: {_date(n)}\n"
            f"Subject: [PATCH] docs: clarify a paragraph in {path}\n\n---\n {path} | 1 +\n"
            f" 1 file changed, 1 insertion(+)\n\ndiff --git a/{path} b/{path}\nindex {n % 0xfffffff:07x}..{h(rid, 'i') % 0xfffffff:07x} 100644\n"
            f"--- a/{path}\n+++ b/{path}\n@@ -{start},{len(ctx)} +{start},{len(ctx) + 1} @@\n"
            + "\n".join(" " + l for l in ctx) + "\n+" + payload + "\n-- \n2.47.1\n")
