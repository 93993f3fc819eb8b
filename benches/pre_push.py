#!/usr/bin/env python3
"""Benchmark: `remit pre-push` on a typical push — 20 commits (a task manifest
and 19 agent commits) touching 191 files — in the generated 10,000-file perf repo (examples/gen_perf_repo.rs).

The push is a new branch `push` off `main`, with `origin/main` (and
`origin/HEAD`) as remote-tracking refs, so remit computes the range from where
the branch leaves the remote, reads the policy from `origin/HEAD`, and gates
20 commits. Also times the fast-forward form (remote sha given). Reports
median wall time over repeated runs, process start included.
Target (issue 5): under 50 ms, release build.

Usage: python3 benches/pre_push.py [--runs N] [--keep DIR]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMITS = 19  # agent commits; with the manifest commit the push is 20
FILES_PER_COMMIT = 10
ZERO = "0" * 40


def git(repo, *args, stdin=None):
    out = subprocess.run(["git", *args], cwd=repo, input=stdin, capture_output=True, check=True)
    return out.stdout.decode().strip()


def add_push_branch(repo):
    """Adds branch `push`: a person's task manifest, then 19 agent commits of
    10 modified files each (190 distinct files), through git fast-import."""
    main = git(repo, "rev-parse", "main")
    stream = []
    mark = 0
    when = 1_767_300_000

    def commit(message, author, files):
        nonlocal mark, when
        mark += 1
        when += 60
        msg = message.encode()
        stream.append(b"commit refs/heads/push\n")
        stream.append(f"mark :{mark}\n".encode())
        stream.append(f"author {author} {when} +0000\n".encode())
        stream.append(f"committer {author} {when} +0000\n".encode())
        stream.append(f"data {len(msg)}\n".encode() + msg + b"\n")
        stream.append((f"from {main}\n" if mark == 1 else f"from :{mark - 1}\n").encode())
        for path, body in files:
            data = body.encode()
            stream.append(f"M 100644 inline {path}\n".encode())
            stream.append(f"data {len(data)}\n".encode() + data + b"\n")

    person = "Dana Maintainer <dana@example.com>"
    manifest = 'version: 1\ntask: "Tidy the modules"\nscope:\n  paths: ["src/**"]\ngrants: []\n'
    commit("Declare the task", person, [(".remit/task.yml", manifest)])
    for c in range(COMMITS):
        files = []
        for k in range(FILES_PER_COMMIT):
            i = 5000 + c * FILES_PER_COMMIT + k
            path = f"src/mod_{i // 100:03}/file_{i:05}.rs"
            files.append((path, f"pub fn tidy_{i}() -> usize {{ {c} }}\n"))
        commit(f"Tidy step {c}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n", person, files)
    git(repo, "fast-import", "--quiet", stdin=b"".join(stream) + b"done\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--keep", help="generate into (or reuse) this directory")
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "remit", "--example", "gen_perf_repo"],
                   cwd=ROOT, check=True)
    remit = os.path.join(ROOT, "target", "release", "remit")
    tmp = None
    repo = args.keep
    if repo is None:
        tmp = tempfile.mkdtemp(prefix="remit-bench-")
        repo = os.path.join(tmp, "repo")
    if not os.path.exists(repo):
        subprocess.run([os.path.join(ROOT, "target", "release", "examples", "gen_perf_repo"), repo],
                       check=True, stdout=subprocess.DEVNULL)
    if subprocess.run(["git", "rev-parse", "--verify", "-q", "push"], cwd=repo,
                      stdout=subprocess.DEVNULL).returncode != 0:
        add_push_branch(repo)
    # What a clone that fetched `main` has: remote-tracking refs, nothing else.
    git(repo, "update-ref", "refs/remotes/origin/main", "main")
    git(repo, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main")

    head = git(repo, "rev-parse", "push")
    base = git(repo, "rev-parse", "main")
    files = git(repo, "diff", "--name-only", f"{base}..{head}").splitlines()
    commits = git(repo, "rev-list", "--count", f"{base}..{head}")
    cases = {
        "new branch": f"refs/heads/push {head} refs/heads/push {ZERO}\n",
        # The remote had the branch at main already: the same 20 commits.
        "fast-forward": f"refs/heads/push {head} refs/heads/push {base}\n",
    }
    cmd = [remit, "pre-push", "origin", "/nonexistent/remote.git"]
    env = dict(os.environ, NO_COLOR="1")
    for name, stdin in cases.items():
        out = subprocess.run(cmd, cwd=repo, input=stdin.encode(), capture_output=True, env=env)
        if out.returncode not in (0, 1):
            sys.exit(f"remit pre-push failed with exit {out.returncode}: {out.stderr.decode()}")
    print(f"push: {commits} commits, {len(files)} files, over a 10,000-file tree")
    for name, stdin in cases.items():
        times = []
        for i in range(args.runs + 2):
            start = time.perf_counter()
            subprocess.run(cmd, cwd=repo, input=stdin.encode(), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env)
            if i >= 2:  # the first two warm the page cache
                times.append(time.perf_counter() - start)
        med = statistics.median(times)
        print(f"remit pre-push ({name:12}) median {med * 1000:7.1f} ms   "
              f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, {args.runs} runs; target < 50 ms)")
    if tmp:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
