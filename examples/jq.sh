#!/usr/bin/env bash
# Piping wrun's JSON into jq: the start load for a roster of body weights,
# then every danger-level warning for ankle weights.
# Run from the repository root after `cargo build`: bash examples/jq.sh
set -euo pipefail
command -v wrun >/dev/null || PATH="$PWD/target/debug:$PATH"

for weight in 120 150 68kg 200; do
  wrun recommend --weight "$weight" --type vest --increment 2.5lb --json |
    jq -r '"\(.input.body_weight_lb) lb: start the vest at \(.load.start_lb) lb"'
done

wrun recommend --weight 150 --type ankle --json |
  jq -r '.warnings[] | select(.severity == "danger") | .id'
