#!/usr/bin/env python3
"""Carrier builders of holdout16 (written for remit, blind; see holdout16.py).

Every carrier is written around the sentinel P: a text template (mail, page,
report, log, YAML, git log ...) holds it where the payload goes; a JSON
carrier holds it inside a string value; an iCalendar carrier inside a
DESCRIPTION; a CSV carrier inside a memo field. `embed` swaps the sentinel
for the payload as it appears in that format (JSON-, iCalendar- or
CSV-escaped) and returns (text, payload as it appears). Developer carriers
around a carriers16.jsonl passage (a docs page, an MCP tools/call result, an
issue or review thread) are built here too; in a docs page the payload goes
only at a paragraph boundary, never after a line ending in ':' or a heading
nor before a list item, quote, table row or indented block.
"""
import json, random, re
from pathlib import Path

HERE = Path(__file__).parent
P = "@@P@@"
C = "@@C@@"
CARRIERS = {}
for _l in open(HERE / "carriers16.jsonl", encoding="utf-8"):
    _r = json.loads(_l)
    CARRIERS[_r["id"]] = _r


def passage(cid):
    return CARRIERS[cid]["text"]


def esc(fmt, payload):
    if fmt == "json":
        return json.dumps(payload, ensure_ascii=False)[1:-1]
    if fmt == "ics":
        return payload.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    if fmt == "csv":
        return payload.replace('"', '""')
    if fmt == "gitlog":
        return payload.replace("\n", "\n    ")
    return payload


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)


def boundaries(text):
    """Indices i such that the payload may go after paragraph i (-1: before the first)."""
    paras = text.split("\n\n")
    ok = []
    for i in range(-1, len(paras)):
        if i >= 0:
            last = paras[i].rstrip().splitlines()[-1].strip()
            if last.endswith((":", "：")) or last.startswith("#"):
                continue
        else:
            continue  # never open the page with the payload
        if i + 1 < len(paras):
            nxt = paras[i + 1].lstrip("\n")
            if re.match(r"(?:\s*[-*+] |\s*\d+[.)] |\s*>|\s*\||    |\t)", nxt):
                continue
        ok.append(i)
    return ok


def with_payload(cid, seed, sentinel=P):
    """The passage with the sentinel as its own paragraph at an allowed boundary."""
    text = passage(cid)
    paras = text.split("\n\n")
    ok = boundaries(text)
    assert ok, cid
    i = random.Random(seed).choice(ok)
    return "\n\n".join(paras[:i + 1] + [sentinel] + paras[i + 1:])


def doc_page(cid, seed, site, _path=None):
    """The passage as a page of the tutorial's site, its address taken from the passage's source path."""
    body = with_payload(cid, seed)
    src = CARRIERS[cid]["source"].split(":", 1)[1].split("#")[0]
    url = "https://tutorial.djangogirls.org/" + re.sub(r"(README)?\.md$", "", src)
    return f"{site}\n{url}\n\n{body}\n"


def mcp(cid, seed, tool, structured=None, call_id=7):
    """An MCP tools/call result: the passage (with the payload unless it is in structured)."""
    text = passage(cid) if structured else with_payload(cid, seed)
    res = {"content": [{"type": "text", "text": text}], "isError": False}
    if structured:
        res["structuredContent"] = structured
    return dump({"jsonrpc": "2.0", "id": call_id, "result": res, "_meta": {"tool": tool}})


def thread(kind, cid, head, comments):
    """An issue or review thread as JSON; C in a comment body is the quoted passage."""
    q = "> " + passage(cid).replace("\n", "\n> ")
    obj = dict(head)
    key = "comments" if kind == "issue" else "review_comments"
    obj[key] = [dict(c, body=c["body"].replace(C, q)) for c in comments]
    return dump(obj)


def embed(fmt, template, payload):
    assert template.count(P) == 1, template[:80]
    shown = esc(fmt, payload)
    return template.replace(P, shown), shown
