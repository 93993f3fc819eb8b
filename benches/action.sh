#!/usr/bin/env bash
# Measures `remit action` end to end on a pull_request event: a PR whose agent
# commit touches N files outside its scope (N scope-drift findings), with the
# API unreachable (no network time in the figure) — so this is the cost of
# the gate, the renderers (text, github, markdown, JSON, SARIF) and the files.
#
#   bash benches/action.sh [N] [RUNS]      (default 2000 files, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
runs="${2:-5}"
cargo build --release --locked --bin remit >/dev/null 2>&1
bin="$PWD/target/release/remit"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
git init -q -b main "$repo"
cd "$repo"
git config user.name "Dana" && git config user.email "dana@example.com"
mkdir -p src && echo "a" > src/lib.rs && git add -A && git commit -qm base
base="$(git rev-parse HEAD)"
git checkout -qb work
mkdir -p .remit && printf 'version: 1\ntask: "bench"\nscope:\n  paths: ["src/**"]\ngrants: []\n' > .remit/task.yml
git add -A && git commit -qm manifest
mkdir -p docs
for i in $(seq 1 "$n"); do echo "$i" > "docs/page$i.md"; done
git add -A && git commit -qm $'agent work\n\nCo-Authored-By: Claude <noreply@anthropic.com>'
head="$(git rev-parse HEAD)"
cat > "$work/event.json" <<JSON
{"pull_request": {"number": 1, "user": {"login": "octocat"},
  "base": {"sha": "$base", "repo": {"full_name": "o/r"}},
  "head": {"sha": "$head", "repo": {"full_name": "o/r"}}}}
JSON

total=0
for r in $(seq 1 "$runs"); do
  : > "$work/out"; : > "$work/summary"
  start=$(date +%s%N)
  env -i PATH="$PATH" HOME="$work" GITHUB_EVENT_NAME=pull_request \
    GITHUB_EVENT_PATH="$work/event.json" GITHUB_WORKSPACE="$repo" \
    GITHUB_REPOSITORY=o/r GITHUB_API_URL=http://127.0.0.1:9 INPUT_TOKEN=x \
    GITHUB_OUTPUT="$work/out" GITHUB_STEP_SUMMARY="$work/summary" \
    "$bin" action >/dev/null 2>&1 || true
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  total=$(( total + ms ))
  echo "run $r: ${ms} ms"
done
echo "remit action, $n findings: mean $(( total / runs )) ms over $runs runs"
grep -A1 '^findings<<' "$work/out" | tail -1 | sed 's/^/findings output: /'
