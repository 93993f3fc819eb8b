#!/usr/bin/env python3
"""Benchmark: what a newcomer's cold `cargo test` costs, and which
dependencies cost what.

Builds the test targets from nothing in a scratch target directory
(`cargo test --locked --no-run --timings`), then optionally runs the tests,
and reports wall time and CPU time (user + sys, the figure that survives a
shared machine) of each phase, plus the units that took longest and the
share of named crate groups (e.g. the HTTP stack).

Target (issue 17): cold `cargo test` within 8 minutes wall and `.ci/run`
within 12 on a 2-core machine. Wall time depends on the machine's load: the
script prints the load average before and after, and the CPU time, which
divided by the cores is the wall time of an idle machine.

Usage:
  python3 benches/build_time.py [--target-dir DIR] [--run-tests] [--top N]
                                [--group NAME=crate,crate...]
  python3 benches/build_time.py --report DIR   # re-read a build's timings

The scratch directory is deleted first: never point it at a target
directory you want to keep.
"""
import argparse
import glob
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The crates only octocrab's async stack (hyper, tower, tokio, its build
# script's cargo_metadata) brought in, and the five the blocking client
# brings instead (`cargo tree` of the two Cargo.lock files, compared); TLS,
# http and url are shared (git2 needs url too).
DEFAULT_GROUPS = {
    "async-http": [
        "arc-swap", "atomic-waker", "autocfg", "camino", "cargo-platform", "cargo_metadata",
        "chrono", "futures", "futures-channel", "futures-core", "futures-executor",
        "futures-io", "futures-macro", "futures-sink", "futures-task", "futures-util", "hex",
        "hmac", "http-body", "http-body-util", "http-serde", "hyper", "hyper-rustls",
        "hyper-timeout", "hyper-util", "iana-time-zone", "mio", "num-traits", "octocrab",
        "pin-project", "pin-project-internal", "pin-project-lite", "secrecy", "semver",
        "serde_path_to_error", "serde_urlencoded", "slab", "snafu", "snafu-derive", "socket2",
        "sync_wrapper", "tokio", "tokio-rustls", "tokio-util", "tower", "tower-http",
        "tower-layer", "tower-service", "tracing", "tracing-core", "try-lock", "want",
        "web-time",
    ],
    "blocking-http": ["ureq", "ureq-proto", "utf8-zero", "webpki-roots",
                      "rustls-platform-verifier"],
    "tls": ["rustls", "rustls-webpki", "ring", "rustls-pki-types", "rustls-native-certs",
            "untrusted", "openssl-probe", "subtle", "zeroize"],
    "git": ["git2", "libgit2-sys", "libz-sys", "cc", "pkg-config", "jobserver", "shlex",
            "find-msvc-tools"],
    "proc-macros": ["syn", "quote", "proc-macro2", "serde_derive", "clap_derive",
                    "thiserror-impl", "schemars_derive", "serde_derive_internals"],
}


def cpu_now():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd, cwd, env):
    """Runs cmd; returns (wall, cpu) seconds. CPU counts every process the
    command waited for (rustc, cc, the test binaries, remit)."""
    load = os.getloadavg()[0]
    before, start = cpu_now(), time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, check=False)
    wall, cpu = time.perf_counter() - start, cpu_now() - before
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed with exit {result.returncode}")
    print(f"  {' '.join(cmd)}: wall {wall:.0f} s, CPU {cpu:.0f} s "
          f"(load {load:.1f} → {os.getloadavg()[0]:.1f})", flush=True)
    return wall, cpu


def unit_data(target_dir):
    """The per-unit timings of the newest `--timings` report."""
    reports = sorted(glob.glob(os.path.join(target_dir, "cargo-timings", "cargo-timing-*.html")))
    if not reports:
        sys.exit(f"no cargo-timings report under {target_dir}")
    text = open(reports[-1], encoding="utf-8").read()
    match = re.search(r"const UNIT_DATA = (\[.*?\]);\n", text, re.S)
    if not match:
        sys.exit(f"{reports[-1]}: no UNIT_DATA (a newer cargo changed its report format)")
    return json.loads(match.group(1))


def frontend_time(unit):
    """Seconds until the unit's metadata was ready (cargo's `frontend`
    section); the whole unit when cargo reports no sections (build scripts)."""
    for name, span in unit.get("sections") or []:
        if name == "frontend":
            return span["end"] - span["start"]
    return unit["duration"]


def report(target_dir, top, groups):
    units = unit_data(target_dir)
    total = sum(u["duration"] for u in units)
    crates = {u["name"] for u in units}
    print(f"\n{len(units)} units of {len(crates)} crates, {total:.0f} s of compile "
          f"time summed over units (each unit's wall time while others ran)")
    # A unit's metadata is ready before its code generation starts: the sum
    # is about what `cargo check`/`clippy` spends on the same units, work a
    # check build cannot share with a test build (only build scripts and
    # proc macros are shared).
    frontend = sum(frontend_time(u) for u in units)
    print(f"  of which up to metadata (about a check build's share): {frontend:.0f} s")
    print(f"\nlongest {top} units:")
    for u in sorted(units, key=lambda u: -u["duration"])[:top]:
        what = u.get("target", "").strip() or "lib"
        print(f"  {u['duration']:7.1f} s  {u['name']} {u['version']} {what} {u.get('mode', '')}")
    print("\ngroups (share of the summed unit time):")
    for name, members in groups.items():
        spent = sum(u["duration"] for u in units if u["name"] in members)
        present = sorted({u["name"] for u in units if u["name"] in members})
        print(f"  {name:14} {spent:7.1f} s  {100 * spent / max(total, 1e-9):5.1f}%  "
              f"({len(present)} crates)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target-dir", default=os.path.join(ROOT, "target-cold"))
    parser.add_argument("--run-tests", action="store_true",
                        help="also run the whole suite after the cold build")
    parser.add_argument("--report", metavar="DIR",
                        help="only print the report of an earlier build in DIR")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--group", action="append", default=[],
                        help="NAME=crate,crate: a group of crates to total")
    args = parser.parse_args()
    groups = dict(DEFAULT_GROUPS)
    for g in args.group:
        name, _, members = g.partition("=")
        groups[name] = members.split(",")

    if args.report:
        report(args.report, args.top, groups)
        return
    target = os.path.abspath(args.target_dir)
    if os.path.realpath(target) == os.path.realpath(os.path.join(ROOT, "target")):
        sys.exit("refusing to delete the working target directory; pass a scratch one")
    shutil.rmtree(target, ignore_errors=True)
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    print(f"cold build in {target} ({os.cpu_count()} cores)")
    build = timed(["cargo", "test", "--locked", "--no-run", "--timings"], ROOT, env)
    if args.run_tests:
        run = timed(["cargo", "test", "--locked", "-q"], ROOT, env)
        print(f"  cold `cargo test` in all: wall {build[0] + run[0]:.0f} s, "
              f"CPU {build[1] + run[1]:.0f} s")
    report(target, args.top, groups)


if __name__ == "__main__":
    main()
