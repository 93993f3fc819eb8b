#!/usr/bin/env python3
"""Benchmark: `remit check` on a generated 10,000-file, 50-commit agent branch
(with renames) next to `git log -M --name-status base..head` on the same range.

Runs the two commands alternately, reports medians and the peak RSS of each.
Target (issue 17): remit within 1.5x of git, peak memory under 100 MB.
benches/check_history.py measures the other shape: thousands of small commits.

Usage: python3 benches/check_vs_git.py [--runs N] [--keep DIR] [--remit BIN]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, cwd):
    """Wall time and CPU time (user + sys) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def peak_rss_mb(cmd, cwd):
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--keep", help="generate into (or reuse) this directory")
    ap.add_argument("--remit", help="a remit binary to measure (default: build the release one)")
    args = ap.parse_args()

    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    build = ["cargo", "build", "--release", "--quiet", "--example", "gen_perf_repo"]
    if args.remit is None:
        build += ["--bin", "remit"]
    subprocess.run(build, cwd=ROOT, check=True)
    remit = args.remit or os.path.join(target, "release", "remit")
    tmp = None
    repo = args.keep
    if repo is None:
        tmp = tempfile.mkdtemp(prefix="remit-bench-")
        repo = os.path.join(tmp, "repo")
    if not os.path.exists(repo):
        subprocess.run([os.path.join(target, "release", "examples", "gen_perf_repo"), repo],
                       check=True, stdout=subprocess.DEVNULL)

    remit_cmd = [remit, "check", "--base", "main", "--head", "agent", "--format", "json"]
    git_cmd = ["git", "log", "-M", "--name-status", "--format=%H", "main..agent"]
    code = subprocess.run(remit_cmd, cwd=repo, stdout=subprocess.DEVNULL).returncode
    if code not in (0, 1):
        sys.exit(f"remit check failed with exit {code}")
    for _ in range(2):  # warm the page cache
        run(remit_cmd, repo)
        run(git_cmd, repo)
    remit_t, git_t = [], []
    for _ in range(args.runs):
        remit_t.append(run(remit_cmd, repo))
        git_t.append(run(git_cmd, repo))
    med = lambda xs, k: statistics.median(x[k] for x in xs)
    rm, gm = med(remit_t, 0), med(git_t, 0)
    rc, gc = med(remit_t, 1), med(git_t, 1)
    rss, git_rss = peak_rss_mb(remit_cmd, repo), peak_rss_mb(git_cmd, repo)
    print(f"range main..agent: 50 agent commits over a 10,000-file tree, {args.runs} alternating runs")
    print(f"remit check   median wall {rm * 1000:8.1f} ms   cpu {rc * 1000:8.1f} ms")
    print(f"git log -M    median wall {gm * 1000:8.1f} ms   cpu {gc * 1000:8.1f} ms")
    print(f"ratio remit/git: wall {rm / gm:.2f}x, cpu {rc / gc:.2f}x   (target <= 1.5x)")
    print(f"peak RSS: remit {rss:.1f} MB, git {git_rss:.1f} MB   (target < 100 MB)")
    if tmp:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
