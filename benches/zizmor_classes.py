#!/usr/bin/env python3
"""remit's workflow-risk against zizmor on zizmor's fixtures, with every class remit now claims.

The shared scorer (`score.py` next to the fixtures, see its SOURCES.md) only scores the classes
remit's docs claimed when the benchmark was made. This wrapper reuses it unchanged and adds the
classes `workflow-risk` covers since (docs/rules/workflow-risk.md): a fixture whose zizmor
high/medium findings include one of them moves from "uncovered" to "risky", and the class is
detected when a workflow-risk message of that class is reported. Nothing else changes: same
fixtures, same repository layout, same thresholds.

usage: python3 benches/zizmor_classes.py REMIT_BIN [--data DIR] [score.py's other flags]
(DIR defaults to $REMIT_ZIZMOR_DATA or ../shared/benchmarks/zizmor-workflows)
"""
import importlib.util, os, sys

NEW_CLASSES = {
    "artipacked": r"checks out with the token persisted",
    "cache-poisoning": r"restores a cache \(",
    "bot-conditions": r"a spoofable bot check",
    "github-env": r"writes shell-expanded text to `GITHUB_(ENV|PATH)`",
    "insecure-commands": r"sets `ACTIONS_ALLOW_UNSECURE_COMMANDS`",
    "unpinned-images": r"image `[^`]*`, not pinned|action `docker://[^`:@]*(?::latest)?` is added, not pinned",
}


def main(argv):
    data = os.environ.get("REMIT_ZIZMOR_DATA", os.path.join("..", "shared", "benchmarks", "zizmor-workflows"))
    if "--data" in argv:
        data = argv[argv.index("--data") + 1]
    else:
        argv = argv + ["--data", data]
    spec = importlib.util.spec_from_file_location("score", os.path.join(data, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    score.CLASSES.update(NEW_CLASSES)
    score.KINDS[:0] = [(k, rx) for k, rx in NEW_CLASSES.items()]
    load = score.load

    def load_claiming(d):
        cases = load(d)
        for c in cases:
            moved = [k for k in c["uncovered"] if k in NEW_CLASSES]
            if moved:
                c["covered"] = sorted(set(c["covered"]) | set(moved))
                c["uncovered"] = [k for k in c["uncovered"] if k not in NEW_CLASSES]
                c["group"] = "risky"
        return cases

    score.load = load_claiming
    return score.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
