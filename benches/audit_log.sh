#!/usr/bin/env bash
# Benchmark: a 1,000,000-event audit log verified (`remit verify-log`) and
# evaluated (`remit check --audit`), with wall time and peak memory (max RSS)
# from /usr/bin/time -v. Target: under 2 s and under 200 MB each.
#
#   benches/audit_log.sh [EVENTS] [distinct]   (builds the release binary first;
#   `distinct` makes every command unique, defeating the per-command cache)
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-1000000}"
cargo build --release --quiet
bin="$PWD/target/release/remit"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 benches/gen_log.py "$events" "${2:-}" > "$work/big.jsonl"
echo "log: $events events, $(du -m "$work/big.jsonl" | cut -f1) MB"

# A repository with one agent commit for `check` to gate.
repo="$work/repo"
git init -q -b main "$repo"
git -C "$repo" -c user.name=Dana -c user.email=dana@example.com commit -q --allow-empty -m init
git -C "$repo" checkout -q -b work
mkdir -p "$repo/src/module_1" "$repo/.remit"
printf 'version: 1\ntask: "bench"\nscope:\n  paths: ["src/**"]\nhosts: ["docs.rs"]\n' > "$repo/.remit/task.yml"
git -C "$repo" add .remit && git -C "$repo" -c user.name=Dana -c user.email=dana@example.com commit -q -m task
echo 'fn x() {}' > "$repo/src/module_1/file_1.rs"
git -C "$repo" add src
git -C "$repo" -c user.name=Dana -c user.email=dana@example.com commit -q \
  -m "$(printf 'work\n\nRemit-Session: bench-6f1c9a0e\nCo-Authored-By: Claude <noreply@anthropic.com>')"

measure() {
  local label="$1"; shift
  /usr/bin/time -v "$@" > "$work/out" 2> "$work/time" || true
  local wall user rss
  wall=$(grep "Elapsed (wall clock)" "$work/time" | awk '{print $NF}')
  user=$(grep "User time (seconds)" "$work/time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/time" | awk '{print $NF}')
  printf '%-16s wall %s  user %ss  max RSS %d MB\n' "$label" "$wall" "$user" $((rss / 1024))
}

measure "verify-log" "$bin" verify-log "$work/big.jsonl"
head -3 "$work/out" | sed 's/^/    /'
measure "check --audit" "$bin" check --repo "$repo" --base main --audit "$work/big.jsonl" --format json
grep -o '"verdict": "[a-z]*"' "$work/out" | head -1 | sed 's/^/    /'
