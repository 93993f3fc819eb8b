#!/usr/bin/env python3
"""Per-category and per-repository figures for the repo-paths benchmark.

usage: repo_paths_breakdown.py FINDINGS.tsv [LABELS.tsv]

FINDINGS.tsv is what `score.py --findings` writes (repo, path, category, why).
Prints precision/recall per category on the labels (a path flagged with a
category it is not labelled with is a false alarm of that category), and per
repository the auth precision on its labelled flagged paths.
"""
import sys
from collections import defaultdict

findings = sys.argv[1]
labels_file = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/benchmarks/repo-paths/labels.tsv"
flags = defaultdict(set)
for line in open(findings, encoding="utf-8"):
    repo, path, cat = line.rstrip("\n").split("\t")[:3]
    flags[(repo, path)].add(cat)
labels = {}
for line in open(labels_file, encoding="utf-8"):
    if line.startswith("#") or line.startswith("repo\t") or not line.strip():
        continue
    repo, path, exp = line.rstrip("\n").split("\t")[:3]
    labels[(repo, path)] = set(exp.split("|"))

cats = ["auth", "pipeline", "review-gate", "agent-config"]
print(f"{'category':<14}{'precision':>18}{'recall':>18}")
for c in cats:
    flagged = [k for k, e in labels.items() if c in flags.get(k, ())]
    right = [k for k in flagged if c in labels[k]]
    want = [k for k, e in labels.items() if c in e]
    got = [k for k in want if c in flags.get(k, ())]
    p = 100 * len(right) / len(flagged) if flagged else 0
    r = 100 * len(got) / len(want) if want else 0
    print(f"{c:<14}{p:>10.1f}% ({len(right)}/{len(flagged)}){r:>10.1f}% ({len(got)}/{len(want)})")
print()
print(f"{'repository':<50}{'auth precision':>22}{'auth recall':>18}")
for repo in sorted({r for r, _ in labels}):
    keys = [k for k in labels if k[0] == repo]
    flagged = [k for k in keys if "auth" in flags.get(k, ())]
    right = [k for k in flagged if "auth" in labels[k]]
    want = [k for k in keys if "auth" in labels[k]]
    got = [k for k in want if "auth" in flags.get(k, ())]
    p = f"{100 * len(right) / len(flagged):.1f}% ({len(right)}/{len(flagged)})" if flagged else "- (0 flagged)"
    r = f"{100 * len(got) / len(want):.1f}% ({len(got)}/{len(want)})" if want else "-"
    print(f"{repo:<50}{p:>22}{r:>18}")
