#!/usr/bin/env bash
# One `wrun batch` kept running beside a script and asked one question at
# a time, each answer read before the next question is sent, as a
# script's queue or a chat bot would ask: --line-buffered has wrun answer
# each record as soon as it is read, not once the input ends.
# Run from the repository root after `cargo build`: bash examples/coprocess.sh
set -euo pipefail
command -v wrun >/dev/null || PATH="$PWD/target/debug:$PATH"

coproc WRUN { wrun batch --line-buffered; }
pid=$WRUN_PID # bash unsets WRUN_PID once wrun has ended
for weight in 150lb 68kg; do
  echo "{\"weight\": \"$weight\", \"type\": \"vest\"}" >&"${WRUN[1]}"
  read -r answer <&"${WRUN[0]}"
  [[ $answer =~ \"verdict\":\"([a-z-]+)\".*\"start_lb\":([0-9.]+) ]]
  echo "$weight: ${BASH_REMATCH[1]}, start the vest at ${BASH_REMATCH[2]} lb"
done
exec {WRUN[1]}>&-
wait "$pid"
