#!/usr/bin/env bash
# wrun's benchmarks: startup against a minimal binary built with the same
# release profile, and `wrun batch` throughput and peak memory (NDJSON and
# CSV, in and out) against `jq -c .` over the same generated input, and
# against an earlier wrun when BASELINE_REV names a commit. Not part of
# `cargo test`.
#
# Needs hyperfine and jq (Debian: apt-get install hyperfine jq time) and GNU
# time (/usr/bin/time). Usage: [BASELINE_REV=<commit>] [ROUNDS=<n>] bench/run.sh [LINES]
# (default 1000000).
set -euo pipefail
cd "$(dirname "$0")/.."

lines=${1:-1000000}
for tool in hyperfine jq /usr/bin/time awk; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is missing (apt-get install hyperfine jq time)" >&2; exit 1; }
done

cargo build --release --quiet --bin wrun --example baseline
wrun=target/release/wrun
baseline=target/release/examples/baseline
work=$(mktemp -d)
trap 'rm -rf "$work"; git worktree remove --force "$work/old" 2>/dev/null || true' EXIT

old=""
if [ -n "${BASELINE_REV:-}" ]; then
  git worktree add --quiet --detach "$work/old" "$BASELINE_REV"
  (cd "$work/old" && cargo build --release --quiet --bin wrun --target-dir "$PWD/../old-target")
  old="$work/old-target/release/wrun"
fi

# Requests that vary like a real queue: weights in both units, every type,
# level and condition, steps, and a run described on a third of the lines.
generate() {
  awk -v n="$1" 'BEGIN {
    split("vest hand-wrist ankle hand vest", types, " ");
    split("beginner intermediate experienced", levels, " ");
    split("knee-pain back-pain overweight", conditions, " ");
    srand(1);
    for (i = 0; i < n; i++) {
      if (i % 2) weight = sprintf("\"%.1fkg\"", 45 + rand() * 80);
      else weight = sprintf("%.1f", 100 + rand() * 180);
      line = sprintf("{\"weight\": %s, \"type\": \"%s\", \"level\": \"%s\"", weight, types[i % 5 + 1], levels[i % 3 + 1]);
      if (i % 7 == 0) line = line sprintf(", \"conditions\": [\"%s\"]", conditions[i % 3 + 1]);
      if (i % 5 == 0) line = line ", \"increment\": \"2.5lb\"";
      if (i % 3 == 0) line = line ", \"pace\": \"9:30/mi\", \"duration\": \"45m\", \"hr\": 150";
      print line "}";
    }
  }'
}

# The same requests as a CSV roster with an id and a name column.
generate_csv() {
  awk -v n="$1" 'BEGIN {
    split("vest hand-wrist ankle hand vest", types, " ");
    split("beginner intermediate experienced", levels, " ");
    split("knee-pain back-pain overweight", conditions, " ");
    srand(1);
    print "id,name,weight,type,level,conditions,increment,pace,duration,hr";
    for (i = 0; i < n; i++) {
      if (i % 2) weight = sprintf("%.1fkg", 45 + rand() * 80);
      else weight = sprintf("%.1f", 100 + rand() * 180);
      condition = (i % 7 == 0) ? conditions[i % 3 + 1] : "";
      step = (i % 5 == 0) ? "2.5lb" : "";
      run = (i % 3 == 0) ? "9:30/mi,45m,150" : ",,";
      printf "%d,\"Runner %d\",%s,%s,%s,%s,%s,%s\n", i, i, weight, types[i % 5 + 1], levels[i % 3 + 1], condition, step, run;
    }
  }'
}

echo "## Machine"
echo
echo "- $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -srm)"
echo "- $(rustc --version); $(hyperfine --version); $(jq --version)"
[ -n "$old" ] && echo "- baseline wrun: $(git rev-parse --short "$BASELINE_REV")"
echo

echo "## Startup"
echo
hyperfine -N --warmup 100 --runs 1000 --export-markdown "$work/startup.md" \
  "$wrun recommend --weight 150 --type vest --json" "$baseline" >/dev/null
cat "$work/startup.md"
echo

# The release build: static, dist profile, against a default `cargo new`
# hello-world (default release profile) and the same-profile minimal binary.
echo "## Startup of the static dist build"
echo
target=x86_64-unknown-linux-gnu
RUSTFLAGS='-C target-feature=+crt-static' cargo build --quiet --locked \
  --profile dist --target "$target" --bin wrun --example baseline
static=target/$target/dist/wrun
static_baseline=target/$target/dist/examples/baseline
(cd "$work" && cargo new --quiet hello && cd hello && cargo build --release --quiet)
hello=$work/hello/target/release/hello
hyperfine -N --warmup 100 --runs 1000 --export-markdown "$work/static.md" \
  "$static recommend --weight 150 --type vest --json" "$hello" "$static_baseline" >/dev/null
sed -e "s|$work/hello/target/release/hello|hello-world (cargo new, release)|" "$work/static.md"
echo

echo "## Batch: $lines records"
echo
generate "$lines" > "$work/requests.ndjson"
generate_csv "$lines" > "$work/roster.csv"
commands=(
  "$wrun batch $work/requests.ndjson > /dev/null"
  "$wrun batch $work/roster.csv > /dev/null"
  "$wrun batch $work/requests.ndjson --output csv > /dev/null"
  "$wrun batch $work/roster.csv --output csv > /dev/null"
  "jq -c . $work/requests.ndjson > /dev/null"
)
[ -n "$old" ] && commands+=("$old batch $work/requests.ndjson > /dev/null")
hyperfine --warmup 1 --runs 5 --export-markdown "$work/batch.md" "${commands[@]}" >/dev/null
sed -e "s|$work/old-target/release/wrun|baseline wrun|g" -e "s|$work/||g" "$work/batch.md"
echo

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
generate $((lines * 4)) > "$work/requests4.ndjson"
generate_csv $((lines * 4)) > "$work/roster4.csv"
echo "## Peak memory (maximum resident set)"
echo
echo "| input | NDJSON out | CSV out |"
echo "|---|---|---|"
for input in requests.ndjson requests4.ndjson roster.csv roster4.csv; do
  echo "| $input ($(wc -l < "$work/$input") lines) | $(peak "$wrun" batch "$work/$input") KiB | $(peak "$wrun" batch "$work/$input" --output csv) KiB |"
done

# One hyperfine run after another lets the machine's drift land on one side:
# the two wrun builds are also timed in turn, round by round.
if [ -n "$old" ]; then
  rounds=${ROUNDS:-10}
  echo
  echo "## Batch against the baseline, in turn ($rounds rounds, $lines records, NDJSON in and out)"
  echo
  elapsed() { /usr/bin/time -f %e "$@" batch "$work/requests.ndjson" 2>&1 >/dev/null | tail -n 1; }
  : > "$work/new.times"
  : > "$work/old.times"
  for _ in $(seq "$rounds"); do
    elapsed "$wrun" >> "$work/new.times"
    elapsed "$old" >> "$work/old.times"
  done
  median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
  minimum() { sort -n "$1" | head -n 1; }
  echo "| wrun | median [s] | min [s] |"
  echo "|---|---:|---:|"
  echo "| this build | $(median "$work/new.times") | $(minimum "$work/new.times") |"
  echo "| baseline $(git rev-parse --short "$BASELINE_REV") | $(median "$work/old.times") | $(minimum "$work/old.times") |"
  echo
  awk -v new="$(median "$work/new.times")" -v old="$(median "$work/old.times")" \
    'BEGIN { printf "Median time against the baseline: %.2f× (below 1: faster).\n", new / old }'
fi
