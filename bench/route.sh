#!/usr/bin/env bash
# `wrun route` on a 24-hour recording at one fix a second (86,400 points,
# with elevation, time and heart rate), against a binary that only parses
# the same file with the same crate (examples/route_parse.rs): wall time
# (median of ROUNDS runs) and peak memory (GNU time). Not part of `cargo test`.
#
# Usage: [ROUNDS=<n>] bench/route.sh [POINTS] (default 86400).
set -euo pipefail
cd "$(dirname "$0")/.."

points=${1:-86400}
rounds=${ROUNDS:-7}
command -v /usr/bin/time >/dev/null || { echo "bench/route.sh: GNU time is missing (apt-get install time)" >&2; exit 1; }
cargo build --release --quiet --bin wrun --example route_parse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A 24-hour walk-run loop: 2.5 m/s, a 40 m hill every 2 km with ±3 m of
# GPS noise, heart rate following the effort.
awk -v n="$points" 'BEGIN {
  srand(1);
  print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  print "<gpx version=\"1.1\" creator=\"wrun bench\" xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">";
  print "<trk><name>24 hours</name><trkseg>";
  pi = atan2(0, -1); deg = 180 / (6371008.8 * pi);
  for (i = 0; i < n; i++) {
    d = i * 2.5; lap = d % 40000;
    lat = 45 + deg * (lap < 20000 ? lap : 40000 - lap);
    ele = 100 + 20 * (1 - cos(d / 2000 * 2 * pi)) + (rand() * 6 - 3);
    t = i; h = int(t / 3600); m = int(t / 60) % 60; s = t % 60; day = 1 + int(h / 24); h = h % 24;
    printf "<trkpt lat=\"%.7f\" lon=\"7.0000000\"><ele>%.1f</ele><time>2026-06-%02dT%02d:%02d:%02dZ</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>\n", lat, ele, day, h, m, s, 130 + 10 * sin(d / 2000 * 2 * pi);
  }
  print "</trkseg></trk></gpx>";
}' > "$work/day.gpx"
size=$(stat -c %s "$work/day.gpx")
echo "file: $points points, $size bytes"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() { # label, command...
  local label=$1; shift
  local times=() peak=0
  for _ in $(seq "$rounds"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null
    read -r secs kib < "$work/t"
    times+=("$secs"); [ "$kib" -gt "$peak" ] && peak=$kib
  done
  printf '%s: median %s s, peak %s KiB\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "$peak"
}
measure "parse only (quick-xml)" target/release/examples/route_parse "$work/day.gpx"
measure "wrun route --json" target/release/wrun route "$work/day.gpx" -w 70kg --load 7kg --json --no-config
measure "wrun route (text)" target/release/wrun route "$work/day.gpx" -w 70kg --load 7kg --no-config
