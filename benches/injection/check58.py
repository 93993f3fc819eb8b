#!/usr/bin/env python3
"""Checks held-out set 58 (adapted from check57.py), printing only this set's
own row ids and counts: ids unique and well formed, every field present and
valid, the payload inside the text, no fenced code block anywhere, the
documentation carriers taken from carriers58.jsonl in the row's language
(written issues, `issue:written`, are not carriers), every passage used
exactly once and shown whole (each of its paragraphs in the text); no 120-character run of a row's text
occurs in another file of benches/injection/ (overlap58.py, read
mechanically, files whose name holds "53" excluded by name), and no two
payloads of this set share a 41-character run. Also checks the quotas: 170
rows, 12 rows for override, hijack, turns, exfil and agent and 11 for the
others, 7 without a marker, in 7 different families, and the language
counts (en 113, ca 7, pl 7, uk 7, hu 6, fa 6, nb 6, ms 6, bg 6, id 6;
ca is Catalan, pl Polish, uk Ukrainian, hu Hungarian, fa Persian, nb
Norwegian Bokmål, ms Malay, bg Bulgarian, id Indonesian).
Prints the counts by family, language, shape, place and carrier."""
import collections, html, json, re, sys
from pathlib import Path

from overlap58 import shared

HERE = Path(__file__).parent
OWN = {"holdout58.jsonl", "holdout58.py", "fill58.py", "carriers58.jsonl", "check58.py", "overlap58.py", "extract_h58.py", "SOURCES58.md"}
FAMQ = {"override": 12, "hijack": 12, "turns": 12, "exfil": 12, "agent": 12}
LANGQ = {"en": 113, "ca": 7, "pl": 7, "uk": 7, "hu": 6, "fa": 6, "nb": 6, "ms": 6, "bg": 6, "id": 6}
FIELDS = ["id", "family", "lang", "marker", "shape", "place", "carrier", "payload", "text", "goal"]
LANGS = set(LANGQ)
PLACE = {"personal": {"email", "chat", "sms", "calendar", "web", "reviews", "ticket", "contacts", "voicemail", "notes"},
         "document": {"report", "resume", "translate", "minutes", "invoice", "contract", "transcript", "letter", "pdf",
                      "sheet"},
         "developer": {"doc", "mcp", "issue", "review", "diff", "log", "config", "gitlog", "package", "code", "shell",
                       "db", "api"}}
CARRIED = ("doc", "mcp", "issue", "review", "diff")
FAMILIES = {"override", "turns", "authority", "persona", "afterthought", "precondition", "hijack", "exfil", "emit",
            "latent", "agent", "encoding", "hidden", "tooluse", "trigger"}


def shown(p):
    """The payload as it may appear in its text: raw, JSON-, XML/HTML- or
    vCard/ICS-escaped, with `+` after each newline in an added diff block,
    or indented by four spaces after each newline in a git log message."""
    return [p, json.dumps(p, ensure_ascii=False)[1:-1], html.escape(p), html.escape(p, quote=False),
            p.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n"),
            "+" + p.replace("\n", "\n+"), p.replace("\n", "\n    "), p.replace('"', '""')]


def main():
    rows = [json.loads(l) for l in (HERE / "holdout58.jsonl").read_text(encoding="utf-8").splitlines()]
    carriers = {json.loads(l)["id"]: json.loads(l) for l in (HERE / "carriers58.jsonl").read_text(encoding="utf-8").splitlines()}
    bad = 0

    def fail(msg):
        nonlocal bad
        print(msg)
        bad += 1

    ids = collections.Counter(r.get("id") for r in rows)
    for i, n in ids.items():
        if n > 1:
            fail(f"duplicate id: {i}")
    used = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if list(r) != FIELDS:
            fail(f"fields: {rid}")
            continue
        if not re.fullmatch(rf"h58-{re.escape(r['family'])}-\d\d", rid):
            fail(f"id form: {rid}")
        if r["family"] not in FAMILIES:
            fail(f"family: {rid}")
        if r["lang"] not in LANGS:
            fail(f"lang: {rid}")
        if not isinstance(r["marker"], bool) or r["shape"] not in ("plain", "shaped"):
            fail(f"marker/shape: {rid}")
        kind = r["carrier"].split(":")[0]
        if kind not in PLACE.get(r["place"], ()):
            fail(f"place/carrier: {rid}")
        if not r["payload"] or not any(v in r["text"] for v in shown(r["payload"])):
            fail(f"payload not in text: {rid}")
        if "```" in r["text"] or "~~~" in r["text"] or (kind == "doc" and re.search(r"^(?: {4}|\t)\S", r["text"], re.M)):
            fail(f"fence or code block: {rid}")
        if not r["goal"].strip():
            fail(f"goal: {rid}")
        if kind in CARRIED and r["carrier"].split(":", 1)[1] != "written":
            cid = r["carrier"].split(":", 1)[1]
            if cid not in carriers:
                fail(f"unknown carrier: {rid}")
            else:
                used[carriers[cid]["lang"]] += 1
                if carriers[cid]["lang"] != r["lang"]:
                    fail(f"carrier language differs from payload language: {rid}")
                for para in carriers[cid]["text"].split("\n\n"):
                    if not any(v in r["text"] for v in (para, json.dumps(para, ensure_ascii=False)[1:-1])) \
                            and kind not in ("review", "diff"):
                        fail(f"carrier paragraph missing from text: {rid}")
                        break
    for rid in sorted(shared({r["id"]: r["text"] for r in rows}, exclude=OWN)):
        fail(f"shares a 120-character run with another file: {rid}")
    seen = {}
    for r in rows:
        p = r["payload"]
        mine = {p[i:i + 41] for i in range(max(len(p) - 40, 0))}
        for w in mine:
            if w in seen and seen[w] != r["id"]:
                fail(f"payloads share a 41-character run: {seen[w]} {r['id']}")
                break
        for w in mine:
            seen.setdefault(w, r["id"])

    if len(rows) != 170:
        fail(f"{len(rows)} rows, not 170")
    for fam, k in collections.Counter(r["family"] for r in rows).items():
        if k != FAMQ.get(fam, 11):
            fail(f"family {fam}: {k} rows")
    if len({r["family"] for r in rows}) != 15:
        fail("not 15 families")
    for lang, k in LANGQ.items():
        got = sum(1 for r in rows if r["lang"] == lang)
        if got != k:
            fail(f"lang {lang}: {got} rows, want {k}")
    if sum(1 for r in rows if r["marker"] is False) != 7:
        fail("bare rows are not 7")
    if len({r["family"] for r in rows if r["marker"] is False}) != 7:
        fail("bare rows are not in 7 different families")
    for r in rows:
        if r["carrier"].split(":")[0] in ("review", "diff") and "\n" in r["payload"]:
            fail(f"multi-line payload in a hunk: {r['id']}")

    c = lambda key, rs=rows: dict(sorted(collections.Counter(key(r) for r in rs).items()))
    marked = [r for r in rows if r["marker"]]
    print(len(rows), "rows,", len(marked), "with a marker,", len(rows) - len(marked), "without")
    print("family:", c(lambda r: r["family"]))
    print("lang:", c(lambda r: r["lang"]))
    print("shape:", c(lambda r: r["shape"]))
    print("place:", c(lambda r: r["place"]))
    print("carrier kind:", c(lambda r: r["carrier"].split(":")[0]))
    print("rows in carriers58 passages:", sum(used.values()), dict(sorted(used.items())))
    print("bare tasks:", [r["id"] for r in rows if not r["marker"]])
    per = collections.Counter(r["carrier"].split(":", 1)[1] for r in rows
                              if r["carrier"].split(":")[0] in CARRIED and not r["carrier"].endswith(":written"))
    for cid, n in per.items():
        if n > 1:
            fail(f"carrier passage used {n} times: {cid}")
    print("non-English by family:", c(lambda r: r["family"], [r for r in rows if r["lang"] != "en"]))
    unused = sorted(set(carriers) - set(per))
    if unused:
        fail(f"passages not used: {unused}")
    print("ok" if not bad else f"{bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
