"""What the dev sets written for remit (dev4.py … dev8.py) share: each
payload set between two paragraphs of its own and written out as one JSON
line, numbered, with its family and language."""
import json
from pathlib import Path


def write(script, prefix, rows, before, after):
    """Writes `rows` ((family, payload) or (family, payload, lang)) beside
    `script` as <its name>.jsonl, ids `<prefix>-001` on. The language is the
    third field, else the family's suffix ("override/es"), else English."""
    script = Path(script)
    with open(script.with_suffix(".jsonl"), "w") as f:
        for n, (family, payload, *lang) in enumerate(rows, 1):
            if not lang:
                lang = [family.split("/")[1] if "/" in family else "en"]
            row = {"id": f"{prefix}-{n:03d}", "family": family, "lang": lang[0], "marker": True,
                   "carrier": f"written for remit ({script.name})", "payload": payload,
                   "text": f"{before}\n\n{payload}\n\n{after}"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
