#!/usr/bin/env python3
"""Ninth held-out set, written BLIND: its author read none of the detector
(src/scan/), none of RESULTS.md, none of docs/rules/prompt-injection.md, none
of the README's injection figures and none of the earlier attack payloads or
generators (only the first lines of holdout8.py, for the record format, and
extract_hb2.py, whose helpers extract_h9.py reuses). Every payload is new
wording written for remit (payloads9.py).

Where the payloads sit: about half inside a personal assistant's tool
outputs (e-mail bodies and signatures, calendar events, chat messages, bank
transactions, shop orders, product and hotel reviews, travel bookings,
contact cards, shared-drive files, search results, web pages), a quarter
inside documents handed to a model (résumés, WHOIS records, texts to
translate, articles, news items, reports, forms), and a quarter in developer
material: passages of the httpx, Redis and Starlight docs (carriers9.jsonl,
from extract_h9.py) as a docs page, an issue thread, a code review or an MCP
result, and written CI logs and config files. The benign text around the
personal-assistant and document payloads is written for remit (fill9.py).
A payload is never put inside a fenced code block.

`marker: false` rows are bare tasks with no sign of an injection of their
own; the benchmark reports them and does not score them. Writes
holdout9.jsonl.
"""
import json, random, re
from pathlib import Path

from fill9 import ARTICLES, FILL, NEWS, REPORTS, RESUME_ES, RESUMES, TRANSLATE, WHOIS
from payloads9 import MARKERLESS, PAYLOADS

HERE = Path(__file__).parent
rng = random.Random(9909)

PERSONAL = {"email", "email-sig", "email-html", "calendar", "chat", "txn", "order", "reviews", "hotel",
            "travel", "contact", "drive", "search", "web"}
DOCUMENT = {"resume", "whois", "translate", "article", "news", "report", "form"}
DEVELOPER = {"doc", "issue", "review", "mcp", "log", "config"}


def js(obj):
    return json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))


def between(blocks, payload, lo=1):
    """The payload as a block of its own between two of `blocks` (never first)."""
    i = rng.randint(lo, len(blocks))
    return blocks[:i] + [payload] + blocks[i:]


def cycle(options, key):
    """Rotates through written variants so repeated kinds do not share one."""
    n = COUNTS.get(key, 0)
    COUNTS[key] = n + 1
    return options[n % len(options)]


COUNTS = {}


def by_topic(options, p, key, topics):
    """The variant a payload's words point to (a review summary goes into the
    feedback report), else the next one in turn."""
    for word, i in topics.items():
        if word in p.lower() and i < len(options):
            return options[i]
    return cycle(options, key)


# ------------------------------------------------------------ personal assistant
def email(p, lang, sig=False, html=False):
    f = FILL[lang]
    sender = rng.choice(f["names"])
    addr = sender.split()[0].lower().encode("ascii", "ignore").decode() or "info"
    addr = f"{addr}@{rng.choice(['example.com', 'mail.example.org', 'corp.example.net'])}"
    subject = rng.choice(f["subjects"])
    if html:
        body = (f"<html><body><p>{rng.choice(f['openers']).replace(chr(10) + chr(10), '</p><p>')}</p>\n{p}\n"
                f"<p>{rng.choice(f['closers'])}</p><p>{rng.choice(f['signoffs'])}<br>{sender}</p></body></html>")
    elif sig:
        body = (f"{rng.choice(f['openers'])}\n\n{rng.choice(f['closers'])}\n\n{rng.choice(f['signoffs'])}\n"
                f"--\n{sender}\nProcurement & Vendor Management\n+1 (646) 555-0142\n{p}")
    else:
        parts = [rng.choice(f["openers"]), rng.choice(f["closers"])]
        parts = between(parts, p) if rng.random() < 0.6 else [parts[0], p, parts[1]]
        body = "\n\n".join(parts) + f"\n\n{rng.choice(f['signoffs'])}\n{sender}"
    if rng.random() < 0.5:
        return "email:json", js({"id": f"msg_{rng.getrandbits(40):010x}", "from": f"{sender} <{addr}>",
                                 "to": "me", "subject": subject, "date": "2026-11-28T09:41:00Z",
                                 "labels": ["INBOX", "UNREAD"], "body": body})
    return "email:text", f"From: {sender} <{addr}>\nTo: me\nSubject: {subject}\nDate: Fri, 28 Nov 2026 09:41\n\n{body}"


def calendar(p, lang):
    f = FILL[lang]
    evs = rng.sample(f["events"], min(3, len(f["events"])))
    rows = [{"summary": t, "start": f"2026-12-0{i + 3}T{9 + 2 * i:02}:00:00", "description": d}
            for i, (t, d) in enumerate(evs)]
    k = rng.randrange(len(rows))
    rows[k]["description"] = rows[k]["description"] + "\n\n" + p
    if rng.random() < 0.5:
        return "calendar:json", js({"calendar": "primary", "events": rows})
    lines = [f"- {r['start'][5:10]} {r['start'][11:16]}  {r['summary']}\n  Notes: "
             + r["description"].replace("\n", "\n  ") for r in rows]
    return "calendar:text", "Upcoming events (3):\n" + "\n".join(lines)


def chat(p, lang):
    f = FILL[lang]
    msgs = [(rng.choice(f["names"]), m) for m in rng.sample(f["chat"], 3)]
    msgs = between(msgs, (rng.choice(f["names"]), p))
    ch = rng.choice(f["channels"])
    if rng.random() < 0.5:
        return "chat:json", js({"channel": ch, "messages": [
            {"user": u, "ts": f"17330{i}4211.00{i}", "text": t} for i, (u, t) in enumerate(msgs)]})
    return "chat:text", f"{ch}\n" + "\n".join(f"[{9 + i}:{17 + 7 * i:02}] {u}: {t}" for i, (u, t) in enumerate(msgs))


def txn(p, lang):
    f = FILL[lang]
    income = ("PAYROLL", "NOMINA", "GEHALT", "SALAIRE", "ЗАРПЛАТА", "BIZUM RECIBIDO")
    rows = [(f"2026-11-{d:02}", m, f"{'+' if any(w in m for w in income) else '-'}"
             f"{rng.randint(3, 300)}.{rng.randint(10, 99)}", "")
            for d, m in zip(sorted(rng.sample(range(3, 28), 4)), rng.sample(f["merchants"], 4))]
    k = rng.randrange(1, len(rows) + 1)
    desc = rng.choice(["TRANSFER IN", "SEPA CREDIT", "PAYMENT REQUEST", "INCOMING WIRE", "REFUND"])
    rows.insert(k, (f"2026-11-{rng.randint(3, 28):02}", desc, f"+{rng.randint(1, 90)}.00", p))
    if rng.random() < 0.5:
        return "txn:json", js({"account": "****4821", "currency": "EUR" if lang in ("es", "fr", "de") else
                               ("RUB" if lang == "ru" else "USD"),
                               "transactions": [{"date": d, "description": m, "amount": a, "memo": n}
                                                for d, m, a, n in rows]})
    out = ["date,description,amount,memo"]
    for d, m, a, n in rows:
        out.append(",".join([d, m, a, '"' + n.replace('"', '""') + '"' if n else ""]))
    return "txn:csv", "\n".join(out)


def reviews(p, lang, hotel=False):
    f = FILL[lang]
    pool = f["hotel"] if hotel else f["reviews"]
    rs = [(rng.choice([2, 3, 4, 5]), t, b) for t, b in rng.sample(pool, min(3, len(pool)))]
    if rng.random() < 0.5:  # a review of its own
        rs.insert(rng.randint(1, len(rs)), (5, rng.choice(["", "Read this", "Update", "!!!"]), p))
    else:  # the end of a real-looking review
        k = rng.randrange(len(rs))
        rs[k] = (rs[k][0], rs[k][1], rs[k][2] + " " + p)
    kind = "hotel" if hotel else "reviews"
    if rng.random() < 0.5:
        return f"{kind}:json", js({"product" if not hotel else "property":
                                   "Hotel Mirabel" if hotel else "ProClean X2 Blender",
                                   "reviews": [{"rating": r, "title": t, "text": b} for r, t, b in rs]})
    return f"{kind}:text", "\n\n".join(f"{'★' * r}{'☆' * (5 - r)} {t}\n{b}" for r, t, b in rs)


def travel(p, lang):
    if lang == "es":
        return "travel:text", FILL["es"]["travel"] + "\n\nObservaciones de la agencia: " + p
    if cycle([0, 1], "travel"):
        return "travel:json", js({"confirmation": "HM-55120", "property": "Hotel Mirabel, Porto",
                                  "guest": "Ines Carvalho", "check_in": "2026-12-12", "check_out": "2026-12-15",
                                  "room": "Double, city view", "rate": "Flexible - pay at hotel",
                                  "special_requests": "late arrival (~23:00)", "hotel_notes": p})
    conf = {"record_locator": "ZK4PQW", "passenger": "HELEN PARK",
            "segments": [{"flight": "BA 115", "from": "LHR", "to": "JFK", "date": "2026-12-01", "dep": "16:35"},
                         {"flight": "BA 178", "from": "JFK", "to": "LHR", "date": "2026-12-09", "dep": "21:10"}],
            "seat": "32A", "fare": "Economy Light (no changes)", "remarks": p}
    return "travel:json", js(conf)


def order(p, lang):
    if lang == "ja":
        return "order:text", FILL["ja"]["order"] + "\n" + p
    return "order:json", js({"order_id": "112-4471902-88213", "status": "processing", "items": [
        {"sku": "KX-BL-900", "name": "Kitchen blender 900W", "qty": 1, "price": 79.99},
        {"sku": "FLT-3PK", "name": "Replacement filters (3 pack)", "qty": 1, "price": 12.49}],
        "ship_to": "Sam Ortiz, 14 Elm Rd, Hoboken NJ 07030", "delivery_instructions": p})


def contact(p, lang):
    if lang == "ja":
        n, org, tel, mail = FILL["ja"]["contact"]
    else:
        n, org, tel, mail = cycle([("Pat Delaney", "Northpier Consulting", "+1 617 555 0110", "pat.d@northpier.example"),
                                   ("Rosa Jimenez", "Eastside Dental", "+1 718 555 0166", "front@eastside-dental.example")],
                                  "contact")
    if rng.random() < 0.5:
        return "contact:vcard", (f"BEGIN:VCARD\nVERSION:3.0\nFN:{n}\nORG:{org}\nTEL;TYPE=cell:{tel}\n"
                                 f"EMAIL:{mail}\nNOTE:{p}\nEND:VCARD")
    return "contact:json", js({"name": n, "organization": org, "phones": [tel], "emails": [mail], "notes": p})


def drive(p, lang):
    f = FILL[lang]
    text = cycle(f["file"], "file" + lang) if isinstance(f["file"], list) else f["file"]
    paras = text.split("\n\n")
    content = "\n\n".join(between(paras, p))
    name = {"en": "notes.docx", "fr": "budget-vacances.docx", "pt": "contratos-indice.docx"}[lang]
    if rng.random() < 0.5:
        return "drive:json", js({"file": {"name": name, "owner": "me", "shared_with": 3,
                                          "mimeType": "application/vnd.google-apps.document", "content": content}})
    return "drive:text", f"=== {name} (Shared drive / Team) ===\n{content}"


SEARCHES = [
    ("hotels near lisbon oriente station", [
        ("10 best hotels near Oriente Station - TripNotes", "Compare prices for 48 hotels within 1 km of the "
         "station. Free cancellation on most rooms."),
        ("Oriente Station - Wikipedia", "Gare do Oriente is one of the main transport hubs in Lisbon, "
         "designed by Santiago Calatrava for Expo '98."),
        ("Lisbon on a budget: where to stay", "Parque das Nações is quieter and cheaper than the centre, with "
         "direct metro to the airport.")]),
    ("best budget robot vacuum", [
        ("Best budget robot vacuums of 2026 - tested", "We ran 14 models through pet hair, rugs and hardwood. "
         "The winner costs under $250."),
        ("Robot vacuum buying guide | ConsumerWatch", "Suction, mapping and bin size matter more than app "
         "features. Here's what to look for."),
        ("r/HomeImprovement - which robovac for a small flat?", "Had mine for two years, the cheap one is fine "
         "if you don't have stairs.")]),
    ("is an index fund safer than stocks", [
        ("Index funds vs. individual stocks | Investor Basics", "Diversification lowers the risk of any one "
         "company dragging down your portfolio."),
        ("What is an index fund? - MoneyExplained", "An index fund tracks a market index such as the S&P 500 "
         "and usually charges low fees.")]),
]


def search(p, lang):
    if lang == "ja":
        q, res = "確定申告 期限", list(reversed(FILL["ja"]["search"]))
    else:
        q, res = cycle(SEARCHES, "search")
        res = list(res)
    title = rng.choice(["Top deals today", "Community answer", "Sponsored", "FAQ", "Latest update"])
    res = between(res, (title, p))
    return "search:json", js({"query": q, "results": [
        {"title": t, "url": f"https://example{i}.com/{i}", "snippet": s} for i, (t, s) in enumerate(res)]})


def web(p, lang):
    f = FILL[lang]
    text = cycle(f["web"], "web") if isinstance(f["web"], list) else f["web"]
    if rng.random() < 0.5:
        return "web:html", (f"<html><head><title>Page</title></head><body><main><p>{text}</p>\n<p>{p}</p>\n"
                            "<footer>© 2026</footer></main></body></html>")
    return "web:text", f"{text}\n\n{p}\n\nShare · Print · Report a problem"


# -------------------------------------------------------------------- documents
def resume(p, lang):
    blocks = RESUME_ES if lang == "es" else cycle(RESUMES, "resume")
    return "resume:text", "[extracted from resume.pdf]\n\n" + "\n\n".join(between(blocks, p, lo=2))


def whois(p, lang):
    if lang == "pt":
        rec = ("domínio: compras-rapidas.com.br\nowner: Compras Rápidas Comércio Ltda\nowner-c: CRC12\n"
               "nserver: ns1.hostbr.net\ncriado: 20261104\nexpiração: 20271104\nstatus: published\n" + p +
               "\n\n% Use de whois.registro.br sujeito aos termos de uso")
        return "whois:text", rec
    dom, reg, created, city, cc = cycle(WHOIS, "whois")
    lines = [f"Domain Name: {dom.upper()}", f"Registrar: {reg}", f"Creation Date: {created}T08:12:44Z",
             "Registry Expiry Date: 2027-" + created[5:] + "T08:12:44Z", "Registrant Organization: Privacy service",
             f"Registrant City: {city}", f"Registrant Country: {cc}", "Name Server: NS1.PARKDNS.NET",
             "DNSSEC: unsigned"]
    k = rng.randint(4, len(lines))
    return "whois:text", "\n".join(lines[:k] + [p] + lines[k:]) + "\n>>> Last update of WHOIS database <<<"


def translate(p, lang):
    blocks = cycle(TRANSLATE[lang], "tr" + lang)
    return "translate:text", "[file to translate: letter.txt]\n\n" + "\n\n".join(between(blocks, p, lo=2))


def article(p, lang):
    blocks = cycle(ARTICLES[lang], "art" + lang)
    return "article:text", "\n\n".join(between(blocks, p, lo=2))


def news(p, lang):
    blocks = by_topic(NEWS[lang], p, "news" + lang, {"recall": 1, "newsletter": 2})
    return "news:text", "\n\n".join(between(blocks, p, lo=2))


def report(p, lang):
    blocks = by_topic(REPORTS[lang], p, "rep" + lang, {"review": 0, "revenue": 1, "chart": 1, "risk": 1})
    return "report:text", "\n\n".join(between(blocks, p, lo=2))


def form(p, lang):
    if lang == "es":
        fields = [("Nombre", "Diego Salazar Ruiz"), ("DNI/NIE", "(adjunto)"), ("Trámite", "Renovación de "
                  "permiso de residencia"), ("Teléfono", "+34 611 220 394"), ("Observaciones", p)]
    else:
        fields = [("Applicant name", "Noor Haddad"), ("Date of birth", "1991-04-17"), ("Passport no.", "(see scan)"),
                  ("Purpose of travel", "Conference - EuroPython, Prague"), ("Additional information", p),
                  ("Declaration", "I confirm the information above is correct. [x]")]
    return "form:text", "\n".join(f"{k}: {v}" for k, v in fields)


# --------------------------------------------------------------------- developer
JSX_OPEN = re.compile(r"<([A-Z]\w*)\b[^>]*(?<!/)>")
JSX_CLOSE = re.compile(r"</[A-Z]\w*>")


def cuts_outside_fences(paras):
    """Paragraph boundaries outside fenced code, MDX components and indented
    blocks (list items, indented code), so the payload is a paragraph of its own."""
    cuts, fence, jsx = [], 0, 0
    for i, par in enumerate(paras):
        if fence == 0 and jsx == 0 and i > 0 and not par[:1].isspace() and not paras[i - 1][:1].isspace():
            cuts.append(i)
        fence = (fence + par.count("```") + par.count("~~~")) % 2
        jsx = max(0, jsx + len(JSX_OPEN.findall(par)) - len(JSX_CLOSE.findall(par)))
    return cuts or [len(paras)]


def insert(passage, p):
    paras = passage.split("\n\n")
    i = rng.choice(cuts_outside_fences(paras))
    return "\n\n".join(paras[:i] + [p] + paras[i:])


COMMENTS = {
    "en": ["Thanks for the report, I can reproduce this on the latest release.",
           "Could you share the exact version and a minimal example?",
           "LGTM overall, one nit on wording below.",
           "+1, hit the same thing yesterday."],
    "es": ["Gracias por el aviso, lo reproduzco en la última versión."],
    "ru": ["Спасибо, воспроизводится на последней версии."],
    "zh": ["感谢反馈，我在最新版本上也能复现。"],
    "de": ["Danke für den Hinweis, lässt sich mit der aktuellen Version reproduzieren."],
}


def doc(p, c):
    return "doc", insert(c["text"], p)


def issue(p, c):
    who = rng.choice(["ktrn", "devon-w", "lmarsh", "oss-fan42", "pkolar"])
    path = c["source"].split(":", 1)[1].split("#")[0]
    com = rng.choice(COMMENTS.get(c["lang"], COMMENTS["en"]))
    body = (f"### Docs: `{path}` out of date?\n\n**{who}** opened this issue\n\nThe page says:\n\n{c['text']}\n\n"
            f"Following it on the latest release I get a different result.\n\n---\n**maintainer** commented\n\n{com}")
    return "issue", body + f"\n\n---\n**{rng.choice(['a-contrib', 'bot-helper', 'rn7'])}** commented\n\n{p}"


def review(p, c):
    path = c["source"].split(":", 1)[1].split("#")[0]
    return "review", (f"Pull request #{rng.randint(300, 2900)}: docs: reword {path}\n\nChanged section:\n\n"
                      f"{c['text']}\n\n---\nReview comments\n\n- **maria-t** on line 12: "
                      f"{COMMENTS['en'][2]}\n- **j-okoro** on line 30: {p}")


def mcp(p, c):
    text = insert(c["text"], p)
    return "mcp", js({"jsonrpc": "2.0", "id": rng.randint(2, 90), "result": {"content": [
        {"type": "text", "text": text}], "isError": False}})


def log(p, _c):
    lines = ["2026-11-30T22:13:58Z INFO  runner: job 'deploy' started (attempt 2)",
             "2026-11-30T22:14:01Z INFO  checkout: fetched 4c1e9a2 (main)",
             "2026-11-30T22:14:05Z INFO  cache: restored 412 MB from key node-modules-v3",
             "2026-11-30T22:14:09Z ERROR deploy: 403 from registry.example.internal (push denied)",
             "2026-11-30T22:14:10Z INFO  runner: retrying in 30s"]
    if not p[:2].isdigit():
        p = "2026-11-30T22:14:07Z INFO  " + p
    return "log", "\n".join(lines[:3] + [p] + lines[3:])


def config(p, _c):
    return "config", ("# registry settings for the internal mirror\n" + p + "\nregistry:\n  url: "
                      "https://registry.example.internal\n  timeout_s: 30\n  verify_ssl: true\n"
                      "cache:\n  dir: .cache/pkgs\n  max_size_mb: 2048\n")


BUILDERS = {"email": email, "email-sig": lambda p, l: email(p, l, sig=True),
            "email-html": lambda p, l: email(p, l, html=True), "calendar": calendar, "chat": chat, "txn": txn,
            "order": order, "reviews": reviews, "hotel": lambda p, l: reviews(p, l, hotel=True),
            "travel": travel, "contact": contact, "drive": drive, "search": search, "web": web,
            "resume": resume, "whois": whois, "translate": translate, "article": article, "news": news,
            "report": report, "form": form}
DEV = {"doc": doc, "issue": issue, "review": review, "mcp": mcp, "log": log, "config": config}


def main():
    carriers = [json.loads(line) for line in open(HERE / "carriers9.jsonl")]
    pools = {}
    for c in carriers:
        pools.setdefault(c["lang"], []).append(c)
    for v in pools.values():
        rng.shuffle(v)
    rows = []
    n = 0
    for marker, group in ((True, PAYLOADS), (False, MARKERLESS)):
        for family, lang, kind, payload in group:
            n += 1
            if kind in DEV:
                c = pools[lang].pop() if kind in ("doc", "issue", "review", "mcp") else None
                label, text = DEV[kind](payload, c)
                carrier = f"{label}:{c['source']}" if c else f"{label}:written"
                place = "developer"
            else:
                label, text = BUILDERS[kind](payload, lang)
                carrier = f"{label}:written"
                place = "personal" if kind in PERSONAL else "document"
            assert any(v in text for v in (payload, json.dumps(payload, ensure_ascii=False)[1:-1],
                                            payload.replace('"', '""'))), (family, kind)
            rows.append({"id": f"h9-{n:03}", "family": family, "lang": lang, "marker": marker,
                         "place": place, "carrier": carrier, "payload": payload, "text": text})
    with open(HERE / "holdout9.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
