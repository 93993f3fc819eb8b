#!/usr/bin/env python3
"""Generates a repository with the shape of a real project's history: a
tree of a few thousand files and thousands of commits on one line, each
touching a few files (edits mostly, some new and deleted files, exact and
edited renames), by people and by agents (a `Co-Authored-By: Claude` trailer).
Deterministic: the same arguments give the same repository.

Folders (`--shape real`, the default) have the measured shape of real
repositories: the 20 of the shared repo-paths benchmark hold 0.04-0.31
folders a file (median 0.16); new files mostly join folders that have files,
busier ones more often. `--shape deep` gives nearly every file a fresh chain
of folders (2.4 folders a file): a stress case for whole-tree listings.

Usage: python3 benches/gen_history.py DIR [--commits N] [--files N] [--seed S]
                                          [--shape real|deep]

The root commit is tagged `start`; `main` is the last commit, so
`remit check --base start --head main` gates the whole history.
"""
import argparse
import os
import random
import subprocess
import sys

WORDS = ["core", "api", "cli", "net", "cache", "resolver", "index", "build",
         "python", "workspace", "lock", "install", "client", "types", "fs",
         "git", "toml", "metadata", "dist", "auth", "tests", "fixtures", "src"]
EXTS = [".rs"] * 6 + [".py", ".md", ".toml", ".json", ".snap", ".txt"]


def body(rng, lines):
    return [f"fn f{rng.randrange(10**6)}() -> u64 {{ {rng.randrange(10**9)} }}\n" for _ in range(lines)]


def new_path(rng, taken, folders):
    """A new file's path. `folders` (a list with one entry per file placed in
    it, so busy folders are picked more often) is None for the `deep` shape:
    every level a fresh random name, about 2.4 folders a file."""
    while True:
        if folders is None:
            depth = rng.choice([2, 3, 3, 4, 4, 5, 6, 7])
            parts = ["crates"] + [f"{rng.choice(WORDS)}{rng.randrange(40)}" for _ in range(depth - 1)]
            folder = "/".join(parts)
        else:
            folder = rng.choice(folders)
            # Most new files join a folder that has files; some open a
            # subfolder of it, or of its parent.
            if rng.random() < 0.12:
                if "/" in folder and rng.random() < 0.3:
                    folder = folder.rsplit("/", 1)[0]
                if folder.count("/") < 11:
                    folder = f"{folder}/{rng.choice(WORDS)}{rng.randrange(40)}"
        path = f"{folder}/{rng.choice(WORDS)}_{rng.randrange(10**5)}{rng.choice(EXTS)}"
        if path not in taken:
            if folders is not None:
                folders.append(folder)
            return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--commits", type=int, default=10_000)
    ap.add_argument("--files", type=int, default=4_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--shape", choices=["real", "deep"], default="real",
                    help="real: folders of the measured shape of real repositories (about "
                         "0.2 folders a file); deep: a fresh folder chain for nearly every file")
    args = ap.parse_args()
    if os.path.exists(args.dir):
        sys.exit(f"{args.dir} already exists")
    rng = random.Random(args.seed)
    subprocess.run(["git", "init", "-q", "-b", "main", args.dir], check=True)
    files = {}  # path -> list of lines
    folders = None if args.shape == "deep" else ["crates/core", "crates/cli", "docs", "tests"]
    out = []

    def data(b):
        out.append(f"data {len(b)}\n".encode())
        out.append(b)
        out.append(b"\n")

    when = 1_600_000_000
    people = [("Ada Maintainer", "ada@example.com"), ("Bo Contributor", "bo@example.com"),
              ("Cy Reviewer", "cy@example.com"), ("renovate[bot]", "bot@renovateapp.com")]
    for c in range(args.commits):
        ops = []  # (kind, path, lines or old path)
        if c == 0:
            for _ in range(args.files):
                p = new_path(rng, files, folders)
                files[p] = body(rng, rng.randrange(5, 120))
                ops.append(("M", p))
        else:
            n = rng.choice([1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 12])
            paths = list(files)
            for _ in range(n):
                r = rng.random()
                if r < 0.80 or len(files) < 100:
                    p = rng.choice(paths)
                    if p not in files:
                        continue
                    lines = files[p]
                    for _ in range(rng.randrange(1, 4)):
                        i = rng.randrange(len(lines) + 1)
                        if rng.random() < 0.5 and i < len(lines):
                            lines[i] = body(rng, 1)[0]
                        else:
                            lines.insert(i, body(rng, 1)[0])
                    ops.append(("M", p))
                elif r < 0.90:
                    p = new_path(rng, files, folders)
                    files[p] = body(rng, rng.randrange(5, 80))
                    ops.append(("M", p))
                elif r < 0.95:
                    p = rng.choice(paths)
                    if p in files and len(files) > 100:
                        del files[p]
                        ops.append(("D", p))
                else:
                    p = rng.choice(paths)
                    if p not in files:
                        continue
                    q = new_path(rng, files, folders)
                    lines = files.pop(p)
                    if rng.random() < 0.5 and lines:
                        lines[0] = body(rng, 1)[0]  # an edited rename
                    files[q] = lines
                    ops.append(("D", p))
                    ops.append(("M", q))
        who = rng.choice(people)
        agent = rng.random() < 0.3
        msg = f"Change {c}: {rng.choice(WORDS)} {rng.choice(WORDS)}\n"
        if agent:
            msg += "\nCo-Authored-By: Claude <noreply@anthropic.com>\n"
        out.append(b"commit refs/heads/main\n")
        out.append(f"mark :{c + 1}\n".encode())
        out.append(f"author {who[0]} <{who[1]}> {when} +0000\n".encode())
        out.append(f"committer {who[0]} <{who[1]}> {when} +0000\n".encode())
        data(msg.encode())
        if c > 0:
            out.append(f"from :{c}\n".encode())
        for op in ops:
            if op[0] == "D":
                out.append(f"D {op[1]}\n".encode())
            elif op[1] in files:
                out.append(f"M 100644 inline {op[1]}\n".encode())
                data("".join(files[op[1]]).encode())
        out.append(b"\n")
        when += 600
    out.append(b"reset refs/tags/start\nfrom :1\n\n")
    subprocess.run(["git", "fast-import", "--quiet"], cwd=args.dir, input=b"".join(out), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=args.dir, check=True)
    subprocess.run(["git", "gc", "-q"], cwd=args.dir, check=True)
    print(args.dir)


if __name__ == "__main__":
    main()
