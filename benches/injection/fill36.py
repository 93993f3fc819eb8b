#!/usr/bin/env python3
"""Builders for held-out set 36 (written from scratch; no earlier fill*.py
was opened). Every id, hash, time, line number, score and splice point is
derived from zlib.crc32 of the row id, so holdout36.py is deterministic.

Documentation views wrap one passage of carriers36.jsonl (the Goa
documentation, goadesign/goa.design, MIT) and put the payload at a
paragraph boundary: never right after a heading, a list item, or a
paragraph ending in a colon or a comma.
"""
import json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
SITE = "https://github.com/goadesign/goa.design/blob/main/"


def crc(s, salt=""):
    return zlib.crc32((salt + s).encode("utf-8"))


def jq(s):
    """The string as it sits inside a JSON string literal."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def carriers():
    return [json.loads(l) for l in (HERE / "carriers36.jsonl").read_text(encoding="utf-8").splitlines()]


def path_of(c):
    return c["source"].split(":", 1)[1].split("#")[0]


def _ok_before(p):
    last = p.strip().splitlines()[-1].strip()
    first = p.strip().splitlines()[0].strip()
    if first.startswith("#") and len(p.strip().splitlines()) == 1:
        return False
    if re.match(r"(?:[-*+]|\d+[.)])\s", last):
        return False
    if len(p.strip().splitlines()) == 1 and re.fullmatch(r"\*\*[^*]+\*\*", first):
        return False  # a bold line standing as a heading
    return not re.search(r"[:：,，、][*_]*\s*$", last)


def splice(passage, payload, rid):
    paras = passage.split("\n\n")
    spots = [i for i in range(1, len(paras) + 1) if _ok_before(paras[i - 1])]
    if not spots:
        spots = [0]  # no fit boundary inside: the payload goes before the passage
    k = spots[crc(rid, "spot") % len(spots)]
    return "\n\n".join(paras[:k] + [payload] + paras[k:])


def lines(rid, body):
    a = 3 + crc(rid, "L") % 140
    return a, a + body.count("\n")


def view(kind, rid, c, payload, title=""):
    path = path_of(c)
    body = splice(c["text"], payload, rid)
    h = crc(rid)
    if kind == "at":
        a, b = lines(rid, body)
        return f"@{path}#L{a}-{b}\n{body}"
    if kind == "fetch":
        kb = len(body.encode()) / 1024 + 3 + h % 40 / 10
        return (f"Fetched {SITE}{path}\ncontent-type: text/html; charset=utf-8 -> markdown ({kb:.1f} kB)\n"
                f"----\n{body}\n----")
    if kind == "rag":
        hit = {"rank": 1, "score": round(0.71 + (h % 250) / 1000, 3), "doc": path, "chunk": h % 37, "text": body}
        other = {"rank": 2, "score": round(0.52 + (h % 150) / 1000, 3), "doc": path.rsplit("/", 1)[0] + "/README.md",
                 "chunk": 0, "text": "(truncated)"}
        return json.dumps({"tool": "kb.search", "query": title or "goa " + path.rsplit("/", 1)[1][:-3],
                           "hits": [hit, other]}, ensure_ascii=False)
    if kind == "mcp":
        return json.dumps({"jsonrpc": "2.0", "id": 10 + h % 900, "result": {"contents": [
            {"uri": f"git+https://github.com/goadesign/goa.design/{path}", "mimeType": "text/markdown",
             "text": body}]}}, ensure_ascii=False, indent=1)
    if kind == "issue":
        login = ["kvothe-ops", "m-arrieta", "dv-lindqvist", "yuki-t", "hb-osei", "paulo-rmz", "ci-fox"][h % 7]
        return json.dumps({"url": f"https://api.github.com/repos/goadesign/goa.design/issues/{300 + h % 500}",
                           "number": 300 + h % 500, "state": "open", "title": title or f"Question about {path}",
                           "user": {"login": login, "type": "User"}, "labels": [{"name": "docs"}],
                           "body": f"From `{path}`:\n\n{body}\n\nIs this section still right for the current versions?",
                           "comments": h % 6}, ensure_ascii=False, indent=2)
    if kind == "review":
        assert "\n" not in payload
        hunk = "\n".join("+" + l for l in body.split("\n"))
        a = 5 + h % 120
        n = body.count("\n") + 1
        return (f"[review comment #{1900000000 + h % 90000000}] on {path} (pull request #{200 + h % 700})\n"
                f"@@ -{a},0 +{a},{n} @@\n{hunk}\n\n"
                f"{['LGTM apart from the wording', 'can we keep this shorter?', 'nit: double space in the second paragraph', 'please link the upstream docs here'][h % 4]}")
    if kind == "patch":
        assert "\n" not in payload
        sha = f"{h:08x}{crc(rid, 'sha'):08x}{crc(rid, 'x'):08x}{crc(rid, 'y'):08x}{crc(rid, 'z'):08x}"
        n = body.count("\n") + 1
        a = 1 + h % 90
        who = ["Ines Carvalho <ines@contrib.example>", "Tomasz Wrona <tw@patches.example>",
               "Aiko Mori <aiko@devmail.example>", "Femi Adeyemi <femi@contrib.example>"][h % 4]
        day = ["Mon, 3 Mar 2025", "Tue, 15 Apr 2025", "Wed, 4 Jun 2025", "Thu, 11 Sep 2025"][h % 4]
        hunk = "\n".join("+" + l for l in body.split("\n"))
        return (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: {who}\nDate: {day} 1{h % 10}:{h % 60:02d}:0{h % 10} +0100\n"
                f"Subject: [PATCH] {title or 'docs: restore section of ' + path}\n\n---\n {path} | {n} +\n"
                f" 1 file changed, {n} insertions(+)\n\ndiff --git a/{path} b/{path}\n--- a/{path}\n+++ b/{path}\n"
                f"@@ -{a},0 +{a},{n} @@\n{hunk}\n-- \n2.43.0\n")
    raise ValueError(kind)
