#!/bin/sh
# remit: gate agent commits before they leave this machine.
# Written by `remit init --hooks`. A pre-push hook that was here before is
# kept as pre-push.remit-chained and runs first, with the same input.
# `git push --no-verify` skips both; the required check on the PR still runs.
input=$(cat)
feed() { if [ -n "$input" ]; then printf '%s\n' "$input"; fi; }
chained="$(dirname "$0")/pre-push.remit-chained"
if [ -x "$chained" ]; then
  feed | "$chained" "$@" || exit $?
fi
if ! command -v remit >/dev/null 2>&1; then
  echo "remit pre-push: remit is not on PATH; install it (cargo install remit-gate) or push with --no-verify" >&2
  exit 1
fi
feed | remit pre-push "$@"
