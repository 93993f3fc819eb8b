#!/usr/bin/env python3
"""Injection-detector benchmark: feeds every passage of benches/injection/
to `remit record` as a WebFetch PostToolUse payload and reads the
indicators back from the session log.

Reports recall by attack family (dev and held-out sets), false alarms on
hard-benign and ordinary documentation, each miss and false alarm, and
speed (per-call wall time, and the scan's own cost per 10 KB from the
difference between a 10 KB page and a tiny one).

Usage: benches/injection.py [--bin PATH] [--quiet] [--only SETS] [--no-speed]
  (default binary: target/release/remit, built with `cargo build --release`)
"""
import argparse, collections, json, os, resource, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benches" / "injection"


def load(name):
    p = DATA / name
    # A set whose file is missing fails the run rather than vanish from it.
    if not p.exists():
        sys.exit(f"benches/injection.py: {p} is missing")
    return [json.loads(l) for l in open(p)]


CPU = []  # CPU time (user + sys) of each call: less sensitive to a busy machine


def setup_repo():
    d = Path(tempfile.mkdtemp(prefix="remit-inj-"))
    g = lambda *a: subprocess.run(["git", "-C", str(d), *a], check=True, capture_output=True)
    g("init", "-q", "-b", "main")
    (d / ".remit").mkdir()
    (d / ".remit" / "task.yml").write_text('version: 1\ntask: "bench"\nscope:\n  paths: ["src/**"]\ngrants: []\ntools: [Read, WebFetch]\n')
    g("add", "-A")
    g("-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-qm", "base")
    return d


def record(binary, repo, session, text):
    payload = {"session_id": session, "transcript_path": "/none", "cwd": str(repo),
               "hook_event_name": "PostToolUse", "tool_name": "WebFetch",
               "tool_input": {"url": "https://docs.example.com/page"}, "tool_response": text}
    t0 = time.perf_counter()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([binary, "record", "--agent", "claude-code"], input=json.dumps(payload).encode(),
                   check=True, capture_output=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    dt = time.perf_counter() - t0
    CPU.append((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
    log = repo / ".remit" / "sessions" / f"{session}.jsonl"
    inds = []
    for line in open(log):
        e = json.loads(line)
        if e.get("event") == "fetch":
            inds = e.get("indicators", [])
    log.unlink()
    return inds, dt


# Every set, once: its name and the files it is read from. Attack sets in
# the order they are reported; benign sets after them.
ATTACK_SETS = [
    ("dev", ["attacks.jsonl"]),
    ("holdout", ["holdout.jsonl"]),
    ("holdout2", ["holdout2.jsonl"]),
    ("i18n", ["i18n_attacks.jsonl"]),
    ("holdout3", ["holdout3.jsonl"]),
    ("dev2", ["dev2.jsonl"]),
    ("dev3", ["dev3.jsonl"]),
    ("dev4", ["dev4.jsonl"]),
    ("dev5", ["dev5.jsonl"]),
    ("dev6", ["dev6.jsonl"]),
    ("dev7", ["dev7.jsonl"]),
    ("dev8", ["dev8.jsonl"]),
    ("dev9", ["dev9.jsonl"]),
    ("holdout4", ["holdout4.jsonl"]),
    ("holdout5", ["holdout5.jsonl"]),
    ("holdout6", ["holdout6.jsonl"]),
    ("holdout7", ["holdout7.jsonl"]),
    ("holdout8", ["holdout8.jsonl"]),
    ("holdout9", ["holdout9.jsonl"]),
    ("holdout10", ["holdout10.jsonl"]),
    ("holdout11", ["holdout11.jsonl"]),
    ("holdout12", ["holdout12.jsonl"]),
    ("holdout13", ["holdout13.jsonl"]),
    ("holdout14", ["holdout14.jsonl"]),
    ("holdout15", ["holdout15.jsonl"]),
    ("holdout16", ["holdout16.jsonl"]),
    ("holdout17", ["holdout17.jsonl"]),
    ("holdout18", ["holdout18.jsonl"]),
    ("holdout19", ["holdout19.jsonl"]),
    ("holdout20", ["holdout20.jsonl"]),
    ("holdout21", ["holdout21.jsonl"]),
    ("holdout22", ["holdout22.jsonl"]),
    ("holdout23", ["holdout23.jsonl"]),
    ("holdout24", ["holdout24.jsonl"]),
    ("holdout25", ["holdout25.jsonl"]),
    ("holdout26", ["holdout26.jsonl"]),
    ("holdout27", ["holdout27.jsonl"]),
    ("holdout28", ["holdout28.jsonl"]),
    ("holdout29", ["holdout29.jsonl"]),
    ("holdout30", ["holdout30.jsonl"]),
    ("holdout31", ["holdout31.jsonl"]),
    ("holdout32", ["holdout32.jsonl"]),
    ("holdout33", ["holdout33.jsonl"]),
    ("holdout34", ["holdout34.jsonl"]),
    ("holdout35", ["holdout35.jsonl"]),
    ("holdout36", ["holdout36.jsonl"]),
    ("holdout37", ["holdout37.jsonl"]),
    ("holdout38", ["holdout38.jsonl"]),
    ("holdout39", ["holdout39.jsonl"]),
    ("holdout40", ["holdout40.jsonl"]),
    ("holdout41", ["holdout41.jsonl"]),
    ("holdout42", ["holdout42.jsonl"]),
    ("holdout43", ["holdout43.jsonl"]),
    ("holdout44", ["holdout44.jsonl"]),
    ("holdout45", ["holdout45.jsonl"]),
    ("holdout46", ["holdout46.jsonl"]),
    ("holdout47", ["holdout47.jsonl"]),
    ("holdout48", ["holdout48.jsonl"]),
    ("holdout49", ["holdout49.jsonl"]),
    ("holdout50", ["holdout50.jsonl"]),
    ("holdout51", ["holdout51.jsonl"]),
    ("holdout52", ["holdout52.jsonl"]),
    ("holdout53", ["holdout53.jsonl"]),
    ("holdout54", ["holdout54.jsonl"]),
    ("holdout55", ["holdout55.jsonl"]),
    ("holdout56", ["holdout56.jsonl"]),
    ("holdout57", ["holdout57.jsonl"]),
    ("holdout58", ["holdout58.jsonl"]),
]
BENIGN_SETS = [
    ("hard", ["hard_benign.jsonl", "benign_written2.jsonl"]),
    ("hard2", ["hard_benign2.jsonl"]),
    ("hard3", ["hard_benign3.jsonl"]),
    ("hard4", ["hard_benign4.jsonl"]),
    ("hard5", ["hard_benign5.jsonl"]),
    ("hard6", ["hard_benign6.jsonl"]),
    ("hard7", ["hard_benign7.jsonl"]),
    ("hard8", ["hard_benign8.jsonl"]),
    ("hard9", ["hard_benign9.jsonl"]),
    ("hard10", ["hard_benign10.jsonl"]),
    ("hard11", ["hard_benign11.jsonl"]),
    ("hard12", ["hard_benign12.jsonl"]),
    ("hard13", ["hard_benign13.jsonl"]),
    ("hard14", ["hard_benign14.jsonl"]),
    ("hard15", ["hard_benign15.jsonl"]),
    ("hard16", ["hard_benign16.jsonl"]),
    ("hard17", ["hard_benign17.jsonl"]),
    ("hard18", ["hard_benign18.jsonl"]),
    ("hard19", ["hard_benign19.jsonl"]),
    ("hard20", ["hard_benign20.jsonl"]),
    ("hard21", ["hard_benign21.jsonl"]),
    ("hard22", ["hard_benign22.jsonl"]),
    ("hard23", ["hard_benign23.jsonl"]),
    ("hard24", ["hard_benign24.jsonl"]),
    ("hard25", ["hard_benign25.jsonl"]),
    ("hard26", ["hard_benign26.jsonl"]),
    ("hard27", ["hard_benign27.jsonl"]),
    ("hard28", ["hard_benign28.jsonl"]),
    ("hard29", ["hard_benign29.jsonl"]),
    ("hard30", ["hard_benign30.jsonl"]),
    ("hard31", ["hard_benign31.jsonl"]),
    ("hard32", ["hard_benign32.jsonl"]),
    ("hard33", ["hard_benign33.jsonl"]),
    ("hard34", ["hard_benign34.jsonl"]),
    ("hard35", ["hard_benign35.jsonl"]),
    ("hard36", ["hard_benign36.jsonl"]),
    ("hard37", ["hard_benign37.jsonl"]),
    ("hard38", ["hard_benign38.jsonl"]),
    ("hard39", ["hard_benign39.jsonl"]),
    ("hard40", ["hard_benign40.jsonl"]),
    ("hard41", ["hard_benign41.jsonl"]),
    ("hard42", ["hard_benign42.jsonl"]),
    ("hard43", ["hard_benign43.jsonl"]),
    ("hard44", ["hard_benign44.jsonl"]),
    ("hard45", ["hard_benign45.jsonl"]),
    ("hard46", ["hard_benign46.jsonl"]),
    ("hard47", ["hard_benign47.jsonl"]),
    ("hard48", ["hard_benign48.jsonl"]),
    ("hard49", ["hard_benign49.jsonl"]),
    ("hard50", ["hard_benign50.jsonl"]),
    ("hard51", ["hard_benign51.jsonl"]),
    ("hard52", ["hard_benign52.jsonl"]),
    ("hard53", ["hard_benign53.jsonl"]),
    ("neighbours49", ["benign_neighbours49.jsonl"]),
    ("neighbours50", ["benign_neighbours50.jsonl"]),
    ("neighbours51", ["benign_neighbours51.jsonl"]),
    ("neighbours52", ["benign_neighbours52.jsonl"]),
    ("neighbours53", ["benign_neighbours53.jsonl"]),
    ("neighbours54", ["benign_neighbours54.jsonl"]),
    ("neighbours55", ["benign_neighbours55.jsonl"]),
    ("neighbours56", ["benign_neighbours56.jsonl"]),
    ("neighbours57", ["benign_neighbours57.jsonl"]),
    ("neighbours58", ["benign_neighbours58.jsonl"]),
    ("neighbours59", ["benign_neighbours59.jsonl"]),
    ("neighbours60", ["benign_neighbours60.jsonl"]),
    ("langs51", ["benign_langs51.jsonl"]),
    ("langs52", ["benign_langs52.jsonl"]),
    ("langs53", ["benign_langs53.jsonl"]),
    ("ordinary", ["ordinary.jsonl"]),
    ("i18n-benign", ["benign_i18n.jsonl"]),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "remit"))
    ap.add_argument("--quiet", action="store_true", help="no per-sample listing")
    ap.add_argument("--only", help="comma-separated sets to run (" + ",".join(n for n, _ in ATTACK_SETS + BENIGN_SETS) + ")")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    args = ap.parse_args()
    repo = setup_repo()
    sets = {name: [r for f in fs for r in load(f)] for name, fs in ATTACK_SETS + BENIGN_SETS}
    if args.only:
        keep = set(args.only.split(","))
        sets = {k: (v if k in keep else []) for k, v in sets.items()}
    results, times, n = {}, [], 0
    for name, rows in sets.items():
        for r in rows:
            n += 1
            inds, dt = record(args.bin, repo, f"s{n}", r["text"])
            times.append(dt)
            results[(name, r["id"])] = inds

    out = []
    for split, _ in ATTACK_SETS:
        rows = sets[split]
        if not rows:
            continue
        by = collections.defaultdict(lambda: [0, 0])
        misses = []
        for r in rows:
            hit = bool(results[(split, r["id"])])
            by[r["family"]][0] += hit
            by[r["family"]][1] += 1
            if not hit:
                misses.append(r)
        marked = [r for r in rows if r.get("marker", True)]
        rec_m = sum(bool(results[(split, r["id"])]) for r in marked)
        rec_all = sum(bool(results[(split, r["id"])]) for r in rows)
        out.append(f"\n## {split} attacks: recall {rec_m}/{len(marked)} ({100*rec_m/max(1,len(marked)):.1f}%) with a marker; "
                   f"{rec_all}/{len(rows)} ({100*rec_all/max(1,len(rows)):.1f}%) overall")
        out.append("| family | caught | recall |\n|---|---|---|")
        for fam, (h, t) in sorted(by.items()):
            out.append(f"| {fam} | {h}/{t} | {100*h/t:.0f}% |")
        if all("lang" in r for r in rows):  # holdout4/5 span languages across families
            out.append("  marked, by language: " + ", ".join(
                f"{k} {sum(bool(results[(split, r['id'])]) for r in marked if r['lang'] == k)}/{v}"
                for k, v in sorted(collections.Counter(r["lang"] for r in marked).items())))
        if not args.quiet:
            for r in misses:
                out.append(f"  MISS {r['id']} [{r['family']}] {r['payload'][:150]!r}")
    for split, _ in BENIGN_SETS:
        rows = sets[split]
        fa = [r for r in rows if results[(split, r["id"])]]
        out.append(f"\n## {split} benign: {len(fa)}/{len(rows)} false alarms ({100*len(fa)/max(1,len(rows)):.2f}%)")
        ind = collections.Counter(i for r in fa for i in results[(split, r["id"])])
        if rows and all("lang" in r for r in rows):
            by_lang = collections.Counter(r["lang"] for r in rows)
            fa_lang = collections.Counter(r["lang"] for r in fa)
            out.append("  by language: " + ", ".join(f"{k} {fa_lang[k]}/{v}" for k, v in sorted(by_lang.items())))
        if ind:
            out.append("  indicators: " + ", ".join(f"{k} {v}" for k, v in ind.most_common()))
        if not args.quiet:
            for r in fa:
                out.append(f"  FA {r['id']} {results[(split, r['id'])]} {r['source']}")

    if args.no_speed:
        print("\n".join(out))
        return
    # Speed: the scan's own cost, from a 10 KB page of real documentation (the
    # page benches/record_instr.sh counts) against a tiny one. A repeated
    # sentence would open few patterns and understate the cost.
    page = "\n\n".join(r["text"] for r in load("hard_benign.jsonl")[:40])[:10240]
    all_cpu = list(CPU)
    tiny, big, tiny_cpu, big_cpu = [], [], [], []
    for i in range(40):
        tiny.append(record(args.bin, repo, f"t{i}", "ok")[1])
        tiny_cpu.append(CPU[-1])
        big.append(record(args.bin, repo, f"b{i}", page)[1])
        big_cpu.append(CPU[-1])
    med = lambda xs: statistics.median(xs) * 1000
    out.append(f"\n## speed\nrecord per call: wall median {med(times):.2f} ms, "
               f"p95 {sorted(times)[int(len(times)*0.95)]*1000:.2f} ms; CPU median {med(all_cpu):.2f} ms over {len(times)} calls")
    out.append(f"tiny page: wall {med(tiny):.2f} ms, CPU {med(tiny_cpu):.2f} ms; 10 KB page: wall {med(big):.2f} ms, CPU {med(big_cpu):.2f} ms")
    out.append(f"scan of 10 KB (10 KB call - tiny call, CPU): ~{med(big_cpu) - med(tiny_cpu):.2f} ms")
    print("\n".join(out))


if __name__ == "__main__":
    main()
