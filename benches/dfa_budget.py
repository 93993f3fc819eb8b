#!/usr/bin/env python3
"""Measures what each stored DFA saves, and regenerates the stored table
within its budget (src/scan/stored.rs, MAX_TOTAL_BYTES).

Each benchmark page is scanned once with every search logged; then, for
every pattern it asked for, callgrind counts the instructions its searches
cost replayed with the pattern built in the process (the lazy path: parse,
NFA, lazy DFA and its states) and with its DFAs read from a table that
holds every storable pattern (validation, the same searches).
The difference, summed over the pages, over the DFAs' bytes ranks the
patterns; the generator stores the best until the budget is spent.

Pages: those of benches/record_instr.sh (10 KB of English, Spanish and
Chinese documentation, an attack passage) and 10 KB of each other language
of benign_i18n.

Steps (about 8 minutes on two cores, most of it compiling):
  1. the table with every storable pattern (REMIT_DFA_BUDGET=all);
  2. the measurement, written to src/scan/stored/budget.tsv, and the
     predicted curve (instructions saved per page by budget) printed;
  3. the table within the budget (unless --measure-only).

Usage: benches/dfa_budget.py [--measure-only] [--keep-full]
  --keep-full   reuse the table already there as the full one (step 1 done)
Needs valgrind.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benches" / "injection"
STORED = ROOT / "src" / "scan" / "stored"
CARGO = ["cargo", "test", "--release", "-j", "2", "--features", "dfa-gen", "--lib"]
REGENERATE = CARGO + ["scan::stored::tests::regenerate", "--", "--ignored", "--exact"]
# The release build with its symbols: callgrind finds the marker by name.
MEASURE = ["cargo", "test", "--profile", "profiling", "-j", "2", "--lib"]
BUDGETS = [1 << 20, 2 << 20, 4 << 20, 8 << 20]


def rows(name):
    with open(DATA / name) as f:
        return [json.loads(l) for l in f if l.strip()]


def pages():
    """The pages, as benches/record_instr.sh builds them, and the rest of
    benign_i18n's languages."""
    page = lambda texts: "\n\n".join(texts)[:10240]
    i18n = rows("benign_i18n.jsonl")
    out = {
        "10 KB English": page(r["text"] for r in rows("hard_benign.jsonl")[:40]),
        "10 KB Spanish": page(r["text"] for r in i18n if r["lang"] == "es"),
        "10 KB Chinese": page(r["text"] for r in i18n if r["lang"] == "zh"),
        "an attack passage": rows("attacks.jsonl")[3]["text"],
    }
    for lang in sorted({r["lang"] for r in i18n} - {"es", "zh"}):
        out[f"10 KB {lang}"] = page(r["text"] for r in i18n if r["lang"] == lang)
    return out


def test_binary():
    out = subprocess.run(MEASURE + ["--no-run", "--message-format=json"], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg.get("executable") \
                and msg["target"]["name"] == "remit":
            return msg["executable"]
    sys.exit("no test binary")


def measure(exe, page, tmp):
    """Pattern -> (bytes of its DFAs in the table, instructions built,
    instructions stored): its searches on the page replayed either way."""
    page_file = tmp / "page.txt"
    page_file.write_text(page)
    env = dict(os.environ, REMIT_DFA_PAGE=str(page_file))
    cg = tmp / "cg"
    cg.mkdir(exist_ok=True)
    for f in cg.iterdir():
        f.unlink()
    out = subprocess.run(["valgrind", "--tool=callgrind", "--dump-after=*budget_marker*",
                          "--dump-line=no", f"--callgrind-out-file={cg}/out", exe,
                          "scan::stored::tests::budget_measure", "--exact", "--ignored",
                          "--nocapture", "--test-threads=1"],
                         env=env, check=True, capture_output=True, text=True).stdout
    asked = [l[l.index("ASKED ") + 6:].split(" ", 1) for l in out.splitlines() if "ASKED " in l]
    counts = {}
    for f in cg.iterdir():
        m = re.fullmatch(r"out\.(\d+)", f.name)
        if not m:
            continue
        total = re.search(r"^(?:summary|totals): (\d+)", f.read_text(), re.M)
        counts[int(m.group(1))] = int(total.group(1)) if total else 0
    # Dump 1 ends at marker 0 (the scan); then built, stored per pattern.
    if len(counts) < 2 * len(asked) + 1:
        sys.exit(f"callgrind dumped {len(counts)} parts for {len(asked)} patterns")
    result = {}
    for i, (size, p) in enumerate(asked):
        result[json.loads(p)] = (int(size), counts[2 * i + 2], counts[2 * i + 3])
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--measure-only", action="store_true")
    ap.add_argument("--keep-full", action="store_true")
    args = ap.parse_args()
    if not args.keep_full:
        subprocess.run(REGENERATE, cwd=ROOT, check=True, env=dict(os.environ, REMIT_DFA_BUDGET="all"))
    exe = test_binary()
    per_page = {}
    with tempfile.TemporaryDirectory() as d:
        for name, page in pages().items():
            per_page[name] = measure(exe, page, Path(d))
            print(f"measured {name}: {len(per_page[name])} patterns", file=sys.stderr)
    saved, sizes = {}, {}
    for m in per_page.values():
        for p, (size, built, stored) in m.items():
            if size:
                sizes[p] = size
            saved[p] = saved.get(p, 0) + (built - stored if size else 0)
    lines = ["# instructions saved over the pages of benches/dfa_budget.py\t"
             "bytes of the DFAs (0: over the per-DFA cap)\tpattern"]
    for p in sorted(saved):
        lines.append(f"{max(saved[p], 0)}\t{sizes.get(p, 0)}\t{json.dumps(p, ensure_ascii=False)}")
    (STORED / "budget.tsv").write_text("\n".join(lines) + "\n")

    # The predicted curve: the generator's choice at each budget.
    ranked = sorted((p for p in saved if saved[p] > 0 and sizes.get(p)),
                    key=lambda p: (-saved[p] / sizes[p], p))
    def chosen(budget):
        total, out = 0, set()
        for p in ranked:
            if budget is None or total + sizes[p] <= budget:
                total += sizes[p]
                out.add(p)
        return total, out
    print(f"{'budget':>8} {'data MB':>8} {'stored':>7}" + "".join(f" {n[:18]:>18}" for n in per_page))
    for b in BUDGETS + [None]:
        total, out = chosen(b)
        cols = ""
        for m in per_page.values():
            s = sum(built - stored for p, (_, built, stored) in m.items() if p in out)
            cols += f" {s / 1e6:>16.1f} M"
        label = f"{b >> 20} MB" if b else "all"
        print(f"{label:>8} {total / 2**20:>8.2f} {len(out):>7}{cols}")
    if not args.measure_only:
        subprocess.run(REGENERATE, cwd=ROOT, check=True, env={k: v for k, v in os.environ.items()
                                                               if k != "REMIT_DFA_BUDGET"})


if __name__ == "__main__":
    main()
