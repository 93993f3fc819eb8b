#!/bin/bash
# Checks that a speed change leaves remit's reports byte-identical.
#
#   benches/same_reports.sh save    BIN DIR REPO BASE..HEAD...   # before the change
#   benches/same_reports.sh compare BIN DIR REPO BASE..HEAD...   # after it
#
# `save` writes `remit check --format json` for every range into DIR with
# BIN (a build of the unchanged code); `compare` reruns them with BIN (the
# changed build) and names every range whose report differs. Exit 1 on any
# difference, 2 on bad usage.
set -u
[ $# -ge 5 ] || { echo "usage: $0 save|compare BIN DIR REPO BASE..HEAD..." >&2; exit 2; }
mode=$1 bin=$2 dir=$3 repo=$4; shift 4
case $mode in save|compare) ;; *) echo "$0: mode must be save or compare, not $mode" >&2; exit 2 ;; esac
mkdir -p "$dir"
status=0
for range in "$@"; do
  base=${range%%..*} head=${range#*..}
  name=$(basename "$repo")-$(echo "$range" | tr -c 'A-Za-z0-9_.\n-' '_').json
  out="$dir/$name"; [ "$mode" = compare ] && out="$dir/$name.new"
  "$bin" check --repo "$repo" --base "$base" --head "$head" --format json > "$out"
  if [ "$mode" = compare ]; then
    if cmp -s "$dir/$name" "$out"; then echo "same  $range"; else echo "DIFF  $range"; status=1; fi
  else
    echo "saved $range -> $out"
  fi
done
exit $status
