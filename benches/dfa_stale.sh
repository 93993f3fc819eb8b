#!/usr/bin/env bash
# How current the scanner's stored DFAs are (src/scan/stored.rs): prints
# "stored: N of M patterns the corpus asks for", how many of those patterns
# the budget's measurement (src/scan/stored/budget.tsv) has not seen (no
# page of benches/dfa_budget.py asks for them, or they are new or edited
# since; the list after a rule edit shows which), and each of them. A report, not a check: a pattern the
# table lacks is built in the process, as before, correct and only slower.
# When the unmeasured ones are among a page's most used (or after many rule
# edits), run benches/dfa_budget.py (measures and regenerates, ~8 min).
# Same build as the regenerate command's, so the two share it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release -j 2 --features dfa-gen --lib scan::stored::tests::corpus_report \
  -- --ignored --exact --nocapture --test-threads=1 2>/dev/null |
  grep -E '^(test scan::stored::tests::corpus_report \.\.\. )?stored: |^  unmeasured: ' |
  sed 's/^test scan::stored::tests::corpus_report \.\.\. //'
