"""Carrier builders of held-out set 35, written from scratch (no earlier
fill*.py opened). Each documentation row takes the next unused passage of
carriers35.jsonl in its language and splices the payload in at a paragraph
boundary (never right after a heading, a list item, a paragraph ending in a
colon or a comma, nor, except at the end, after one shorter than 30
characters), then shows it in one of seven views. Every id, hash, time and
line number is derived from zlib.crc32 of the row id."""
import json, re, zlib, datetime
from pathlib import Path

HERE = Path(__file__).parent
CARRIERS = [json.loads(l) for l in (HERE / "carriers35.jsonl").read_text(encoding="utf-8").splitlines()]
USED = set()

PAGE = {"README.md": "README.md", "FAQ.md": "FAQ.md"}
SITE = "https://rich.readthedocs.io/en/latest/"


def h(rid, salt=""):
    return zlib.crc32((rid + salt).encode())


def take(lang):
    for c in CARRIERS:
        if c["lang"] == lang and c["id"] not in USED:
            USED.add(c["id"])
            return c
    raise SystemExit(f"no passage left for {lang}")


def splice(rid, text, payload):
    paras = text.split("\n\n")
    ok = []
    for i in range(1, len(paras) + 1):
        prev = paras[i - 1].rstrip()
        if prev.lstrip().startswith("#") or re.search(r"[:：,，、]\Z", prev) or re.match(r"\s*(?:[-*+] |\d+[.)] )", prev.splitlines()[-1]):
            continue
        if len(prev) < 30 and i < len(paras):
            continue
        ok.append(i)
    if not ok:
        ok = [len(paras)]
    k = ok[h(rid) % len(ok)]
    return "\n\n".join(paras[:k] + [payload] + paras[k:])


def path_of(c):
    return c["source"].split(":", 1)[1].split("#")[0]


def url_of(c):
    p = path_of(c)
    if p.startswith("docs/source/"):
        return SITE + p[len("docs/source/"):-4] + ".html"
    return "https://github.com/Textualize/rich/blob/master/" + p


def when(rid):
    base = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.timezone.utc)
    return base + datetime.timedelta(minutes=h(rid, "t") % (60 * 24 * 200))


def view(kind, rid, lang, payload, ask=""):
    c = take(lang)
    body = splice(rid, c["text"], payload)
    p = path_of(c)
    n = h(rid, "l") % 180 + 5
    lines = body.count("\n")
    t = when(rid)
    if kind == "at":
        text = f"@{p}#L{n}-{n + lines}\n{body}\n\n{ask or 'Summarise what this section says and check our usage against it.'}"
    elif kind == "fetch":
        text = (f"[web_fetch] {url_of(c)}\nstatus: 200 · converted to Markdown · {len(body)} chars\n\n"
                f"{body}\n\n---\nSource: {url_of(c)}")
    elif kind == "rag":
        text = json.dumps({"tool": "docs_search", "query": ask or "rich console output options",
                           "results": [{"score": round(0.71 + (h(rid, 's') % 25) / 100, 2), "source": p,
                                        "url": url_of(c), "chunk": body}]}, ensure_ascii=False)
    elif kind == "mcp":
        text = json.dumps({"jsonrpc": "2.0", "id": h(rid, "i") % 900 + 10, "result": {"contents": [
            {"uri": f"repo://Textualize/rich/{p}", "mimeType": "text/markdown" if p.endswith(".md") else "text/x-rst",
             "text": body}]}}, ensure_ascii=False)
    elif kind == "issue":
        num = 3000 + h(rid, "n") % 900
        text = json.dumps({"url": f"https://api.github.com/repos/acme-tools/termdash/issues/{num}", "number": num,
                           "title": ask or f"Docs: question about {p.split('/')[-1]}", "state": "open",
                           "user": {"login": f"user{h(rid, 'u') % 9000}"},
                           "body": f"Quoting the upstream Rich docs ({url_of(c)}) for context:\n\n{body}\n\nCan someone confirm how this applies to us?",
                           "created_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "comments": h(rid, 'c') % 6},
                          ensure_ascii=False)
    elif kind == "review":
        hunk = "@@ -0,0 +1,%d @@\n" % (lines + 1) + "\n".join("+" + l for l in body.split("\n"))
        text = json.dumps({"id": 1800000000 + h(rid, "r") % 99999999, "path": f"docs/vendor/rich/{p.split('/')[-1]}",
                           "diff_hunk": hunk, "body": ask or "Copied from the upstream page, please double-check wording.",
                           "user": {"login": f"rev{h(rid, 'v') % 700}"},
                           "created_at": t.strftime("%Y-%m-%dT%H:%M:%SZ")}, ensure_ascii=False)
    elif kind == "patch":
        sha = f"{h(rid, 'a'):08x}{h(rid, 'b'):08x}{h(rid, 'c'):08x}{h(rid, 'd'):08x}{h(rid, 'e'):08x}"
        added = "\n".join("+" + l for l in body.split("\n"))
        name = p.split("/")[-1]
        text = (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: Dana Okafor <dana.okafor@example.com>\n"
                f"Date: {t.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
                f"Subject: [PATCH] docs: vendor upstream Rich notes ({name})\n\n"
                f"Keeps a local copy of the upstream page so the offline docs build has it.\n---\n"
                f" docs/upstream/{name} | {lines + 1} +\n 1 file changed, {lines + 1} insertions(+)\n\n"
                f"diff --git a/docs/upstream/{name} b/docs/upstream/{name}\nnew file mode 100644\n"
                f"index 0000000..{sha[:7]}\n--- /dev/null\n+++ b/docs/upstream/{name}\n"
                f"@@ -0,0 +1,{lines + 1} @@\n{added}\n-- \n2.47.1\n")
    else:
        raise ValueError(kind)
    return c["id"], text
