#!/usr/bin/env python3
"""Builders of held-out set 53 (written from scratch; no earlier fill*.py
was opened): the views that show a passage of carriers53.jsonl (the
Excelize documentation, xuri/excelize-doc, MIT) with a payload spliced in,
and the small helpers the written rows use. Every id, time, line range,
score, issue, pull-request and ticket number and splice point is derived
from zlib.crc32 of the row id; the patch view's hashes from hashlib.sha1 of
its own text. Nothing here reads any file but carriers53.jsonl.
"""
import datetime, hashlib, json, zlib
from pathlib import Path

HERE = Path(__file__).parent
P = "\u27e6P\u27e7"  # where a written text takes its payload


def carriers():
    return [json.loads(l) for l in (HERE / "carriers53.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32((rid + salt).encode("utf-8"))


def num(rid, lo, hi, salt=""):
    return lo + crc(rid, salt) % (hi - lo + 1)


def when(rid, salt="", start=datetime.datetime(2026, 9, 1, 7, 0)):
    """A time in the autumn of 2026, derived from the row id."""
    return start + datetime.timedelta(minutes=crc(rid, salt) % (60 * 24 * 80))


def iso(rid, salt=""):
    return when(rid, salt).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc2822(rid, salt=""):
    return when(rid, salt).strftime("%a, %d %b %Y %H:%M:%S +0000")


def hexid(rid, n=12, salt=""):
    return hashlib.sha1((rid + salt).encode("utf-8")).hexdigest()[:n]


def splice(rid, text, payload):
    """The passage with the payload as a paragraph of its own: after a
    paragraph that does not end in a colon (chosen by the row id), else
    after the last paragraph."""
    paras = text.split("\n\n")
    ok = [i for i, p in enumerate(paras) if not p.rstrip().endswith((":", "："))]
    at = ok[crc(rid, "splice") % len(ok)] if ok else len(paras) - 1
    return "\n\n".join(paras[:at + 1] + [payload] + paras[at + 1:])


LANG_NAME = {"en": "English", "ar": "Arabic", "ko": "Korean", "zh": "Chinese", "fr": "French", "ja": "Japanese",
             "pt": "Portuguese", "ru": "Russian"}
TITLES = {"data.md": "Data", "image.md": "Image", "README.md": "Introduction", "sheet.md": "Worksheet",
          "cell.md": "Cell", "chart.md": "Chart", "workbook.md": "Workbook", "utils.md": "Tools",
          "sparklines.md": "Sparklines", "stream.md": "Streaming write", "pivot.md": "PivotTable",
          "style.md": "Style", "contribution.md": "Contributing"}


def _lines(rid, c, body):
    a = c["line"] or 1
    return a, a + body.count("\n")


def view(kind, rid, c, payload):
    """One of the seven views of a passage with the payload spliced in."""
    body = splice(rid, c["text"], payload)
    path, lang = c["path"], c["lang"]
    fname = path.rsplit("/", 1)[1]
    if kind == "at":
        a, b = _lines(rid, c, body)
        return f"@{path}#L{a}-{b}\n{body}"
    if kind == "fetch":
        page = fname[:-3] if fname != "README.md" else "index"
        url = f"https://xuri.me/excelize/{'zh-hans' if lang == 'zh' else lang}/{page}.html"
        return (f"Fetched {url} (HTTP 200, text/html, converted to Markdown, "
                f"{num(rid, 9, 60)} KB)\n\n# {TITLES.get(fname, 'Excelize')}\n\n{body}\n")
    if kind == "mcp":
        return json.dumps({"jsonrpc": "2.0", "id": num(rid, 2, 400), "result": {"contents": [
            {"uri": f"repo://xuri/excelize-doc/{path}", "mimeType": "text/markdown", "text": body}]}},
            ensure_ascii=False)
    if kind == "rag":
        return json.dumps({"hit": num(rid, 1, 8), "similarity": round(0.61 + (crc(rid, "s") % 350) / 1000, 3),
                           "collection": "vendor-docs", "doc": c["id"], "file": f"excelize-doc/{path}",
                           "lang": lang, "passage": body}, ensure_ascii=False)
    raise ValueError(kind)


def issue(rid, c, payload, title, login):
    n = num(rid, 40, 2400)
    body = (f"In `{c['path']}` (line {c['line']}) the text reads:\n\n{splice(rid, c['text'], payload)}\n\n"
            f"Could someone check whether this paragraph is still accurate for the latest release?")
    return json.dumps({"url": f"https://api.github.com/repos/xuri/excelize-doc/issues/{n}", "number": n,
                       "title": title, "user": {"login": login, "type": "User"}, "state": "open",
                       "comments": num(rid, 0, 6, "c"), "created_at": iso(rid), "body": body},
                      ensure_ascii=False, indent=1)


def hunk_lines(c, payload):
    paras = c["text"].split("\n\n")
    lines = []
    for i, p in enumerate(paras):
        if i:
            lines.append(" ")
        lines += [" " + l for l in p.split("\n")]
    return lines + ["+", "+" + payload]


def review(rid, c, payload, login, comment):
    lines = hunk_lines(c, payload)
    a = c["line"] or 1
    old = sum(1 for l in lines if not l.startswith("+"))
    hunk = f"@@ -{a},{old} +{a},{len(lines)} @@\n" + "\n".join(lines)
    pr = num(rid, 300, 2600)
    return json.dumps({"pull_request": pr, "repository": "xuri/excelize-doc", "path": c["path"],
                       "diff_hunk": hunk, "line": a + len(lines) - 1, "side": "RIGHT",
                       "comments": [{"user": login, "created_at": iso(rid), "body": comment}]},
                      ensure_ascii=False, indent=1)


def patch(rid, c, payload, author, subject):
    lines = hunk_lines(c, payload)
    a = c["line"] or 1
    old = sum(1 for l in lines if not l.startswith("+"))
    diff = (f"diff --git a/{c['path']} b/{c['path']}\n"
            f"index {hexid(rid, 7, 'old')}..{hexid(rid, 7, 'new')} 100644\n--- a/{c['path']}\n+++ b/{c['path']}\n"
            f"@@ -{a},{old} +{a},{len(lines)} @@\n" + "\n".join(lines) + "\n")
    sha = hashlib.sha1(diff.encode("utf-8")).hexdigest()
    return (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: {author}\nDate: {rfc2822(rid)}\n"
            f"Subject: [PATCH] {subject}\n\n---\n {c['path']} | 2 ++\n 1 file changed, 2 insertions(+)\n\n"
            f"{diff}--\n2.47.1\n")


def fill(template, rid, payload, esc="raw"):
    """A written text: the payload put at P (escaped for JSON, HTML or a CSV
    field when the text is of that kind), and the row-derived fields
    {T} (ISO times, rising from one to the next), {D} (RFC 2822 dates,
    falling, as in a git log), {N} (a number) and {H} (a hash)."""
    if esc == "json":
        shown = json.dumps(payload, ensure_ascii=False)[1:-1]
    elif esc == "csv":
        shown = payload.replace('"', '""')
    elif esc == "html":
        import html
        shown = html.escape(payload, quote=False)
    else:
        shown = payload
    step = datetime.timedelta(minutes=2 + crc(rid, "step") % 9)
    out, k = template, 0
    while "{T}" in out:  # times rise through a text (a chat, a log)
        out = out.replace("{T}", (when(rid) + k * step).strftime("%Y-%m-%dT%H:%M:%SZ"), 1)
        k += 1
    k = 0
    while "{D}" in out:  # dates fall through a git log, newest first
        out = out.replace("{D}", (when(rid) - k * 37 * step).strftime("%a, %d %b %Y %H:%M:%S +0000"), 1)
        k += 1
    out = out.replace("{N}", str(num(rid, 100, 9999)))
    out = out.replace("{H}", hexid(rid))
    assert P in out, rid
    return out.replace(P, shown)
