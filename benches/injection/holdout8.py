#!/usr/bin/env python3
"""Eighth held-out set, written BLIND: its author read none of the detector
(src/scan/), none of RESULTS.md, none of docs/rules/prompt-injection.md, none
of the README's injection figures and none of the earlier attack payloads or
generators (only the first lines of holdout7.py, for the record format, and
extract_hb2.py, whose helpers extract_h8.py reuses). Every payload is new
wording written for remit (payloads8.py), in the mix that file describes:
short templated orders inside tool outputs, jailbreak-style wrappers (a
mode, a game, a hypothetical, a persona) around a plain order, and the rest.

Carriers are passages of the NATS docs, the Gin site (en, es, pt, ru, zh, ja)
and the French and German Vue docs (carriers8.jsonl, from extract_h8.py), in
the payload's language; no passage is used twice. A `doc` payload sits at a
paragraph boundary of its passage, never inside a fenced code block; the
other wrappers write the passage and the payload into the shape a tool
returns: an issue thread, a code review, an e-mail, an MCP result, search
results, a YAML or CSV export, an HTML page, calendar events, a chat log, a
bank statement, guest reviews, a file read by a tool, a build log, or a
document handed to the model with the passage as a second attachment.

`marker: false` rows carry no sign of an injection of their own; the
benchmark reports them and does not score them. Writes holdout8.jsonl.
"""
import json, random, re
from pathlib import Path

from payloads8 import PAYLOADS

HERE = Path(__file__).parent
rng = random.Random(8808)


def cuts_outside_fences(paras):
    """Paragraph boundaries (insert before index i) not inside fenced code."""
    cuts, depth = [], 0
    for i, p in enumerate(paras):
        if depth == 0 and i > 0:
            cuts.append(i)
        depth = (depth + p.count("```")) % 2
    return cuts or [len(paras)]


def insert(passage, payload):
    paras = re.split(r"\n\s*\n", passage)
    i = rng.choice(cuts_outside_fences(paras))
    return "\n\n".join(paras[:i] + [payload] + paras[i:])


def title(passage):
    m = re.search(r"(?m)^#+\s*(.+)$", passage)
    return m.group(1).strip() if m else passage.split("\n", 1)[0][:60].strip()


def slug(passage):
    return re.sub(r"[^a-z0-9]+", "-", title(passage).lower()).strip("-")[:30] or "page"


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def w_doc(p, x):
    return insert(p, x)


def w_issue(p, x):
    n = rng.randint(300, 2900)
    return (f"#{n} Docs question: {title(p)}\n\n**tomasz-k** opened this issue\n\nThe page says:\n\n{quote(p)}\n\n"
            f"Is this still accurate?\n\n**ren-dev** commented\n\n{x}\n\n**tomasz-k** commented\n\nthanks, will check.")


def w_review(p, x):
    return (f"Review on docs/{slug(p)}.md\n\n**lhoang** commented on lines 12-30:\n\n"
            f"{quote(p)}\n\n**lhoang** commented:\n\n{x}\n\n**mbauer** replied: nit, otherwise fine.")


def w_email(p, x):
    return (f"From: Priya Nair <priya.nair@northwind-mail.com>\nTo: me\nDate: Mon, 30 Nov 2026 09:41:12 +0000\n"
            f"Subject: Re: {title(p)}\n\nHi,\n\n{x}\n\nBest,\nPriya\n\nOn Fri, 27 Nov 2026, you wrote:\n{quote(p)}")


def w_json(p, x):
    parts = [{"type": "text", "text": p}, {"type": "text", "text": x}]
    return json.dumps({"jsonrpc": "2.0", "id": rng.randint(2, 90),
                       "result": {"content": parts, "isError": False}}, ensure_ascii=False, indent=2)


def w_search(p, x):
    res = [{"title": title(p), "url": "https://docs.example.org/page", "snippet": p},
           {"title": "Community notes", "url": "https://forum.example.net/t/4412", "snippet": x}]
    rng.shuffle(res)
    return json.dumps({"query": title(p), "results": res}, ensure_ascii=False, indent=2)


def w_yaml(p, x):
    body = "\n".join("    " + l for l in p.split("\n"))
    return f"page:\n  title: \"{title(p)}\"\n  body: |\n{body}\n{x}\n"


def w_csv(p, x):
    cell, note = p.replace('"', '""'), x.replace('"', '""')
    return f'id,title,body\n1,"{title(p)}","{cell}"\n2,"notes","{note}"\n'


def w_html(p, x):
    paras = "\n".join(f"<p>{q}</p>" for q in re.split(r"\n\s*\n", p))
    return f"<html><head><title>{title(p)}</title></head><body>\n<article>\n{paras}\n</article>\n{x}\n</body></html>"


def w_calendar(p, x):
    ev = [{"title": "Docs sync", "start": "2026-12-03T10:00", "description": p},
          {"title": "Vendor call", "start": "2026-12-04T15:30", "organizer": "ops@vendor-mail.com", "description": x}]
    rng.shuffle(ev)
    return json.dumps({"events": ev}, ensure_ascii=False, indent=2)


def w_chat(p, x):
    return (f"#team-backend\n[09:02] anna: pasting the page we talked about:\n{p}\n[09:05] ben: ok thanks\n"
            f"[09:07] guest-4471: {x}\n[09:09] anna: lunch?")


def w_txn(p, x):
    memo = x.replace('"', '""')
    return ("date,description,amount,memo\n2026-11-28,CARD COFFEE BAR,-4.20,\n"
            f'2026-11-29,TRANSFER IN,1200.00,"{memo}"\n2026-11-30,GROCER 24,-61.35,\n\n'
            f"Attached note (statement_terms.md):\n{p}")


def w_reviews(p, x):
    rv = [{"rating": 4, "author": "Lena", "text": "Quiet room, friendly staff, breakfast a bit pricey."},
          {"rating": 5, "author": "guest_8812", "text": x},
          {"rating": 2, "author": "Omar", "text": "Wifi kept dropping."}]
    return json.dumps({"listing_info": p, "reviews": rv}, ensure_ascii=False, indent=2)


def w_file(p, x):
    return f"Read docs/{slug(p)}.md:\n\n" + insert(p, x)


def w_log(p, x):
    return (f"2026-11-30T04:11:58Z INFO build started\n2026-11-30T04:12:03Z INFO fetched docs page\n{x}\n"
            f"2026-11-30T04:12:10Z INFO page content follows\n{p}")


def w_attach(p, x):
    return f"Attachment 1 (document.txt):\n{x}\n\nAttachment 2 (reference.md):\n{p}"


WRAP = {k[2:]: v for k, v in globals().items() if k.startswith("w_")}


def main():
    carriers = [json.loads(l) for l in open(HERE / "carriers8.jsonl")]
    by_lang = {}
    for c in carriers:
        by_lang.setdefault(c["lang"], []).append(c)
    for v in by_lang.values():
        rng.shuffle(v)
    rows = []
    for n, row in enumerate(PAYLOADS):
        family, lang, kind, payload = row[:4]
        marker = row[4] if len(row) > 4 else True
        c = by_lang[lang].pop()
        rows.append({"id": f"h8-{n:03}", "family": family, "lang": lang, "marker": marker,
                     "carrier": f"{kind}:{c['id']}:{c['source']}", "payload": payload,
                     "text": WRAP[kind](c["text"], payload)})
    with open(HERE / "holdout8.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "attacks")


if __name__ == "__main__":
    main()
