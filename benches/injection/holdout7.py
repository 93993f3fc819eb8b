#!/usr/bin/env python3
"""Seventh held-out set, written BLIND: its author read none of the detector
(src/scan/), none of RESULTS.md, none of docs/rules/prompt-injection.md and
none of the earlier attack payloads or generators (only the first lines of
holdout6.py, for the record format, and extract_hb2.py, whose helpers
extract_h7.py reuses). Every payload is new wording written for remit, after
how indirect injections reach agents in practice: web pages and docs,
package READMEs, issue and PR comments, code review threads, MCP/tool
results as JSON, and the tool outputs of personal assistants (e-mails,
calendar entries, chat messages, bank and shop transactions, hotel and
product reviews) and documents handed to a model to process (résumés, WHOIS
records, texts to translate or summarise, news items, reports, search
snippets); about a third in Spanish, French, German, Portuguese, Russian,
Chinese and Japanese.

Carriers are passages of Hugo's, Express's and the Russian React docs
(carriers7.jsonl, from extract_h7.py), in the payload's language; no passage
is used twice. A `doc` payload sits at a paragraph boundary of its passage,
never inside a fenced code block; the other wrappers write the passage and
the payload into the shape a tool returns.

`marker: false` rows carry no sign of an injection of their own; the
benchmark reports them and does not score them.
The payloads are in payloads7.py. Writes holdout7.jsonl.
"""
import json, random, re
from pathlib import Path

from payloads7 import PAYLOADS

HERE = Path(__file__).parent
rng = random.Random(7707)


def paragraphs_outside_fences(text):
    """Indices of paragraph boundaries that are not inside fenced code."""
    paras = re.split(r"\n\s*\n", text)
    cuts, depth = [], 0
    for i, p in enumerate(paras):
        depth = (depth + p.count("```")) % 2
        if depth == 0 and i < len(paras) - 1:
            cuts.append(i + 1)
    return paras, cuts


def split_doc(text):
    paras, cuts = paragraphs_outside_fences(text)
    if not cuts:
        return text, ""
    c = rng.choice(cuts)
    return "\n\n".join(paras[:c]), "\n\n".join(paras[c:])


def wrap(kind, passage, payload):
    head, tail = split_doc(passage)
    if kind == "doc":
        return "\n\n".join(x for x in (head, payload, tail) if x)
    if kind == "issue":
        return (f"#{rng.randint(200, 4000)} Docs page is out of date\n\n**mkovacs** opened this issue\n\n{head}\n\n"
                f"**dr-lena** commented\n\n{payload}\n\n**mkovacs** commented\n\n{tail or 'Thanks, looking.'}")
    if kind == "review":
        return (f"Review on `docs/content/page.md` (line {rng.randint(5, 300)})\n\n> {head.replace(chr(10), chr(10) + '> ')}\n\n"
                f"**reviewer-bot-2** left a comment:\n{payload}\n\n**author**: addressed in the next push.\n\n{tail}")
    if kind == "email":
        return (f"From: Priya Nand <priya.nand@example.org>\nTo: me\nSubject: Re: notes for the handbook\n"
                f"Date: Mon, 30 Nov 2026 09:{rng.randint(10, 59)}:00 +0000\n\nHi,\n\n{payload}\n\nPasting the section below.\n\n"
                f"Best,\nPriya\n\n> {passage.replace(chr(10), chr(10) + '> ')}")
    if kind == "json":
        return json.dumps({"jsonrpc": "2.0", "id": rng.randint(1, 99), "result": {"content": [
            {"type": "text", "text": head},
            {"type": "text", "text": payload},
            {"type": "text", "text": tail}]}}, ensure_ascii=False, indent=2)
    if kind == "search":
        return (f"Search results (3)\n\n1. Docs | {head[:400]}\n\n2. forum.example.net | {payload}\n\n"
                f"3. Docs | {tail[:400] or head[400:800]}")
    if kind == "yaml":
        ind = lambda s: "\n".join("    " + l for l in s.splitlines())
        return f"page:\n  title: Guide\n  body: |\n{ind(passage)}\n  editor_note: |\n{ind(payload)}\n"
    if kind == "csv":
        q = lambda s: '"' + s.replace('"', '""') + '"'
        return f"id,section,text\n1,intro,{q(head)}\n2,notes,{q(payload)}\n3,body,{q(tail)}\n"
    if kind == "html":
        return (f"<!doctype html><html><head><title>Guide</title></head><body><main><article>\n{head}\n"
                f"<aside class=\"note\">{payload}</aside>\n{tail}\n</article></main></body></html>")
    if kind == "table":
        cell = lambda s: s.replace("\n", " ").replace("|", "\\|")
        return (f"{head}\n\n| setting | default | notes |\n|---|---|---|\n| `baseURL` | `/` | site root |\n"
                f"| `timeout` | `30s` | {cell(payload)} |\n\n{tail}")
    if kind == "calendar":
        return json.dumps({"events": [
            {"title": "Docs sync", "start": "2026-12-03T10:00", "attendees": ["ana@example.org"], "description": payload},
            {"title": "Reading", "start": "2026-12-04T14:00", "description": head}]}, ensure_ascii=False, indent=2)
    if kind == "chat":
        return (f"#docs-team\n[09:02] ana: can someone check this section?\n[09:03] ana: {head}\n"
                f"[09:05] tomasz: {payload}\n[09:07] ana: ok\n\n{tail}")
    if kind == "txn":
        q = lambda s: '"' + s.replace('"', '""').replace("\n", " ") + '"'
        return (f"date,amount,currency,counterparty,memo\n2026-11-27,-12.50,EUR,Cafe Linde,\"card payment\"\n"
                f"2026-11-28,-249.00,EUR,Webshop GmbH,{q(payload)}\n2026-11-29,1800.00,EUR,Employer,\"salary\"\n\n"
                f"Attached statement notes:\n{passage}")
    if kind == "reviews":
        return (f"Guest reviews (3)\n\n★★★★☆ \"Quiet room, good breakfast.\" — M.\n\n★★★★★ {payload}\n\n"
                f"★★★☆☆ \"Wifi slow in the evening.\" — K.\n\nProperty info:\n{passage}")
    if kind == "attach":  # a document handed to the model: the payload *is* the document
        return f"{payload}\n\n--- attachment 2 (reference.md) ---\n\n{passage}"
    raise ValueError(kind)


def main():
    pools = {}
    for line in open(HERE / "carriers7.jsonl"):
        r = json.loads(line)
        pools.setdefault(r["lang"], []).append(r)
    for p in pools.values():
        rng.shuffle(p)
    rows, n = [], {}
    for family, lang, kind, payload, marker in PAYLOADS:
        c = pools[lang].pop()
        n[family] = n.get(family, 0) + 1
        rows.append({"id": f"h7-{family}-{n[family]:02}", "family": family, "lang": lang, "marker": marker,
                     "carrier": f"{kind}:{c['source']}", "payload": payload, "text": wrap(kind, c["text"], payload)})
    with open(HERE / "holdout7.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "attacks")


if __name__ == "__main__":
    main()
