#!/usr/bin/env bash
# Times `remit check` (release build) on generated repositories:
#   1. an agent branch that changes 200 GitHub workflows (each ~60 lines; every
#      change parsed at base and head, a risky edit in every tenth);
#   2. an agent commit that edits CODEOWNERS in a repository of 20,000 files
#      (effective ownership of every path at base and head).
# Prints the median of RUNS runs (default 7) for each. Target: under 1 s.
#
#   benches/workflows.sh            # build, generate, time
#   RUNS=15 benches/workflows.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"

cargo build --release --quiet
REMIT="$PWD/target/release/remit"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

export GIT_AUTHOR_NAME="Dana Maintainer" GIT_AUTHOR_EMAIL="dana@example.com"
export GIT_COMMITTER_NAME="Dana Maintainer" GIT_COMMITTER_EMAIL="dana@example.com"
export GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"
TRAILER=$'\n\nCo-Authored-By: Claude <noreply@anthropic.com>'

workflow() { # $1 = index, $2 = checkout sha, $3 = extra job lines
  cat <<YAML
name: ci-$1
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@$2 # v4
        with:
          persist-credentials: false
      - uses: Swatinem/rust-cache@779680da715d629ac1d338a641029a2f4372abb5 # v2.8.2
      - name: Format
        run: cargo fmt --check
      - name: Lint
        run: cargo clippy -- --deny warnings
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest, windows-latest]
        toolchain: [stable, beta]
    steps:
      - uses: actions/checkout@$2 # v4
        with:
          persist-credentials: false
      - name: Test
        run: |
          cargo test --workspace --all-features
          cargo test --doc
        env:
          RUST_BACKTRACE: "1"
$3
  release:
    needs: [lint, test]
    environment: production
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@$2 # v4
        with:
          persist-credentials: false
      - name: Package
        run: |
          cargo build --release
          tar czf dist.tgz target/release/app
      - name: Publish
        run: gh release upload "\$TAG" dist.tgz
        env:
          GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          TAG: \${{ github.ref_name }}
YAML
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_check() { # $1 = repo
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$REMIT" check --repo "$1" --base main --format json >/dev/null || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | median
}

# 1. 200 changed workflows.
R1="$WORK/workflows"
git init -q -b main "$R1"
mkdir -p "$R1/.github/workflows" "$R1/.remit"
for i in $(seq 1 200); do
  workflow "$i" 11bd71901bbe5b1630ceea73d27597364c9af683 "" >"$R1/.github/workflows/ci-$i.yml"
done
git -C "$R1" add -A && git -C "$R1" commit -qm "200 workflows"
git -C "$R1" checkout -qb agent
printf 'version: 1\ntask: "CI upkeep"\nscope:\n  paths: [".github/**"]\ngrants: [pipeline]\n' >"$R1/.remit/task.yml"
git -C "$R1" add -A && git -C "$R1" commit -qm "Declare the task"
for i in $(seq 1 200); do
  extra="      - name: Coverage
        run: cargo llvm-cov --lcov --output-path lcov.info"
  if (( i % 10 == 0 )); then
    extra="$extra
      - name: Report
        run: echo \"\${{ github.event.pull_request.title }}\""
  fi
  workflow "$i" 08c6903cd8c0fde910a37f88322edcfb5dd907a8 "$extra" >"$R1/.github/workflows/ci-$i.yml"
done
git -C "$R1" add -A && git -C "$R1" commit -qm "Bump checkout, add coverage$TRAILER"
findings=$("$REMIT" check --repo "$R1" --base main --format json | grep -c '"rule": "workflow-risk"' || true)
echo "200 changed workflows: median $(time_check "$R1") ms over $RUNS runs ($findings workflow-risk findings)"

# 2. CODEOWNERS change over 20,000 files.
R2="$WORK/codeowners"
git init -q -b main "$R2"
mkdir -p "$R2/.github" "$R2/.remit"
for d in $(seq 1 200); do
  mkdir -p "$R2/src/mod$d"
  for f in $(seq 1 100); do echo "x" >"$R2/src/mod$d/f$f.rs"; done
done
{
  echo "* @acme/eng"
  for d in $(seq 1 200); do echo "/src/mod$d/ @acme/team$d"; done
} >"$R2/.github/CODEOWNERS"
git -C "$R2" add -A && git -C "$R2" commit -qm "20000 files"
git -C "$R2" checkout -qb agent
printf 'version: 1\ntask: "Owners"\nscope:\n  paths: [".github/CODEOWNERS"]\ngrants: [review-gate]\n' >"$R2/.remit/task.yml"
git -C "$R2" add -A && git -C "$R2" commit -qm "Declare the task"
echo "/src/ @acme/eng" >>"$R2/.github/CODEOWNERS"
git -C "$R2" add -A && git -C "$R2" commit -qm "Simplify owners$TRAILER"
findings=$("$REMIT" check --repo "$R2" --base main --format json | grep -c '"rule": "codeowners-weakened"' || true)
echo "CODEOWNERS over 20,000 files: median $(time_check "$R2") ms over $RUNS runs ($findings codeowners-weakened findings)"
