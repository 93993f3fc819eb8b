#!/usr/bin/env python3
"""Builders of held-out set 54, written from scratch (no earlier fill*.py was
opened): the deterministic filler (times, numbers and splice points from
zlib.crc32 of the row id), the JSON helper and the seven views of a
carrier passage (the HTML5 Rocks tutorials and their translations,
carriers54.jsonl): an editor attachment of a Markdown copy, a web fetch
converted to Markdown, an MCP `resources/read` result, a retrieval hit as
one JSON line, an issue from the GitHub API, a pull-request review thread
on a hunk and a `git format-patch` mail. Used by holdout54.py.
"""
import datetime, hashlib, json, re, zlib
from pathlib import Path

HERE = Path(__file__).parent
P = "@@P@@"


def carriers():
    return [json.loads(l) for l in (HERE / "carriers54.jsonl").read_text(encoding="utf-8").splitlines()]


def crc(rid, salt=""):
    return zlib.crc32((rid + salt).encode("utf-8"))


def when(rid, k=0):
    """A time in November 2026 from the row id; `k` steps rise through a text."""
    c = crc(rid)
    base = datetime.datetime(2026, 11, 2, 7, 0) + datetime.timedelta(days=c % 26, minutes=(c >> 8) % 600)
    return base + datetime.timedelta(minutes=7 * k + (crc(rid, str(k)) % 5))


def iso(rid, k=0):
    return when(rid, k).strftime("%Y-%m-%dT%H:%M:%SZ")


def hm(rid, k=0):
    return when(rid, k).strftime("%H:%M")


def day(rid, k=0):
    return when(rid, k).strftime("%Y-%m-%d")


def num(rid, lo, hi, salt="n"):
    return lo + crc(rid, salt) % (hi - lo + 1)


def fill(rid, template, payload, js=False):
    """Puts the payload (JSON-escaped inside JSON) and the times and numbers
    derived from the row id into a template: `@@P@@` the payload, `@@T0@@`..
    `@@T9@@` rising clock times, `@@I0@@`.. ISO times, `@@D0@@`.. dates,
    `@@N@@` a number."""
    out = template
    pv = json.dumps(payload, ensure_ascii=False)[1:-1] if js else payload
    for k in range(10):
        out = out.replace(f"@@T{k}@@", hm(rid, k)).replace(f"@@I{k}@@", iso(rid, k)).replace(f"@@D{k}@@", day(rid, k))
    out = out.replace("@@N@@", str(num(rid, 1200, 9800)))
    return out.replace(P, pv)


def J(obj):
    """A JSON template (one line) holding `@@P@@` where the payload goes."""
    return json.dumps(obj, ensure_ascii=False)


def JI(obj):
    """The same, indented by two spaces."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- passages

def splice(rid, text, payload, at=None):
    """The passage with the payload as a paragraph of its own, at a boundary
    chosen from the row id (never after a paragraph ending in a colon);
    `at="end"` puts it last."""
    paras = text.split("\n\n")
    if at == "end":
        k = len(paras)
    else:
        slots = [i for i in range(len(paras) + 1) if i == 0 or not paras[i - 1].rstrip().endswith((":", "："))]
        k = slots[crc(rid, "splice") % len(slots)]
    return "\n\n".join(paras[:k] + [payload] + paras[k:])


def slug(car):
    m = re.match(r"content/(.*)/[a-z-]+/index\.html$", car["path"])
    return m.group(1) if m else car["path"]


def title(car):
    parts = slug(car).split("/")
    return " ".join(parts[1:] if len(parts) > 1 else parts).replace("-", " ").replace("dnd", "drag and drop").capitalize()


def url(car):
    s = slug(car)
    return f"https://www.html5rocks.com/{car['lang']}/{s}/"


def md_path(car):
    return f"mirror/html5rocks/{slug(car)}/{car['lang']}.md"


def view_at(rid, car, body):
    n = body.count("\n") + 1
    start = car["line"]
    return f"@{md_path(car)}#L{start}-{start + n - 1}\n{body}"


def view_fetch(rid, car, body):
    return (f"web_fetch {url(car)}\n"
            f"Status 200 · text/html → Markdown · {num(rid, 9, 61)} KB\n\n"
            f"# {title(car)}\n\n{body}\n\n"
            f"[Back to tutorials](https://www.html5rocks.com/{car['lang']}/tutorials/)")


def view_mcp(rid, car, body):
    return J({"jsonrpc": "2.0", "id": num(rid, 3, 90),
              "result": {"contents": [{"uri": f"h5rmirror://{car['lang']}/{slug(car)}#line-{car['line']}",
                                       "mimeType": "text/markdown", "text": body}]}})


def view_rag(rid, car, body):
    return J({"rank": num(rid, 1, 6), "score": round(0.6 + (crc(rid, "s") % 350) / 1000, 3),
              "store": "frontend-notes-v4", "doc_id": car["id"], "origin": car["path"],
              "lang": car["lang"], "content": body})


def view_issue(rid, car, body, login, ttl, note):
    n = num(rid, 1900, 2600)
    return JI({"url": f"https://api.github.com/repos/html5rocks/www.html5rocks.com/issues/{n}", "number": n,
               "title": ttl, "user": {"login": login}, "state": "open", "comments": num(rid, 0, 4, "c"),
               "created_at": iso(rid), "body": f"{note}\n\n{body}"})


def _lines(car):
    return [l for p in car["text"].split("\n\n") for l in (p, "")][:-1]


def view_review(rid, car, payload, reviewer, author, comment):
    lines = _lines(car)
    start = car["line"]
    pr = num(rid, 300, 900)
    hunk = [f"@@ -{start},{len(lines)} +{start},{len(lines) + 1} @@"]
    hunk += [" " + l if l else "" for l in lines] + ["+" + payload]
    path = f"content/{slug(car)}/{car['lang']}/index.md"
    return (f"Pull request #{pr} · Port {slug(car)} ({car['lang']}) to Markdown\n"
            f"Review thread on {path}, line {start + len(lines)}\n\n" + "\n".join(hunk) + "\n\n"
            f"{reviewer} · {hm(rid, 0)}\n{comment}\n\n{author} · {hm(rid, 2)}\nResolved in the next push, thanks.")


def view_patch(rid, car, payload, name, email, subject):
    lines = _lines(car)
    start = car["line"]
    path = f"content/{slug(car)}/{car['lang']}/index.md"
    sha = hashlib.sha1(rid.encode()).hexdigest()
    blob = hashlib.sha1((rid + "blob").encode()).hexdigest()
    blob2 = hashlib.sha1((rid + "blob2").encode()).hexdigest()
    when_ = when(rid).strftime("%a, %d %b %Y %H:%M:%S +0000")
    body = "\n".join(" " + l if l else "" for l in lines)
    return (f"From {sha} Mon Sep 17 00:00:00 2001\nFrom: {name} <{email}>\nDate: {when_}\n"
            f"Subject: [PATCH] {subject}\n\n---\n {path} | 1 +\n 1 file changed, 1 insertion(+)\n\n"
            f"diff --git a/{path} b/{path}\nindex {blob[:7]}..{blob2[:7]} 100644\n--- a/{path}\n+++ b/{path}\n"
            f"@@ -{start},{len(lines)} +{start},{len(lines) + 1} @@\n{body}\n+{payload}\n-- \n2.47.1\n")
