#!/usr/bin/env bash
# A/B benchmark: two remit binaries gate the same large audit log
# (`remit check --audit`) alternately, so both see the same machine load.
# Prints each run's CPU time (user+sys) and max RSS, then the medians and
# their ratio, and checks that both reports are identical.
#
#   benches/audit_log_ab.sh BASE_BIN NEW_BIN [EVENTS] [RUNS] [distinct]
#
# Timings on a shared machine are noisy: compare CPU time, not wall time,
# and read the ratio of medians.
set -euo pipefail
cd "$(dirname "$0")/.."
base_bin="$(realpath "$1")"
new_bin="$(realpath "$2")"
events="${3:-1000000}"
runs="${4:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 benches/gen_log.py "$events" "${5:-}" > "$work/big.jsonl"
echo "log: $events events, $(du -m "$work/big.jsonl" | cut -f1) MB; $runs runs each"

# A repository with one agent commit for `check` to gate (as benches/audit_log.sh).
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

# Runs one binary once; appends "cpu_seconds rss_mb" to $work/<label>.times.
run() {
  local label="$1" bin="$2"
  /usr/bin/time -f '%U %S %M' -o "$work/time" \
    "$bin" check --repo "$repo" --base main --audit "$work/big.jsonl" --format json \
    > "$work/$label.json" || true
  read -r user sys rss < "$work/time"
  echo "$user $sys $rss" | awk '{printf "%.2f %d\n", $1 + $2, $3 / 1024}' >> "$work/$label.times"
}

for i in $(seq "$runs"); do
  run base "$base_bin"
  run new "$new_bin"
done

median() { sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for label in base new; do
  printf '%-5s cpu (user+sys) s: %s  median %s  max RSS MB: %s\n' "$label" \
    "$(cut -d' ' -f1 "$work/$label.times" | tr '\n' ' ')" \
    "$(cut -d' ' -f1 "$work/$label.times" | median)" \
    "$(cut -d' ' -f2 "$work/$label.times" | sort -n | tail -1)"
done
b=$(cut -d' ' -f1 "$work/base.times" | median)
n=$(cut -d' ' -f1 "$work/new.times" | median)
awk -v b="$b" -v n="$n" 'BEGIN {printf "new/base CPU median ratio: %.3f\n", n / b}'
if cmp -s "$work/base.json" "$work/new.json"; then
  echo "reports: identical"
else
  echo "reports: DIFFER"
  diff "$work/base.json" "$work/new.json" | head -20
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
