#!/usr/bin/env bash
# Builds what a release ships and checks it: the crate's file list, a
# static Linux binary (dist profile), its man pages and completions, and a
# Debian package, whose contents are listed. Not part of CI.
#
# Needs cargo-deb (cargo install cargo-deb) for the package; without it the
# rest still runs. Usage: scripts/release.sh
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-unknown-linux-gnu
assets=target/dist-assets

echo "## The crate's files (cargo package --list)"
files=$(cargo package --list --locked --allow-dirty)
echo "$files"
for needed in Cargo.toml Cargo.lock README.md CHANGELOG.md LICENSE-MIT LICENSE-APACHE src/main.rs src/lib.rs; do
  grep -qx "$needed" <<<"$files" || { echo "release.sh: $needed is missing from the package" >&2; exit 1; }
done
if grep -E '^(bench|\.ci|fuzz|tests|scripts)/' <<<"$files"; then
  echo "release.sh: the package carries files it should not (above)" >&2
  exit 1
fi

echo
echo "## Static build (dist profile)"
RUSTFLAGS='-C target-feature=+crt-static' cargo build --locked --profile dist --target "$target" --bin wrun
binary=target/$target/dist/wrun
file "$binary" 2>/dev/null || true
ls -l "$binary"

echo
echo "## Man pages and completions"
rm -rf "$assets" && mkdir -p "$assets/completions"
"$binary" man --out-dir "$assets/man"
"$binary" completions bash > "$assets/completions/wrun.bash"
"$binary" completions zsh > "$assets/completions/_wrun"
"$binary" completions fish > "$assets/completions/wrun.fish"
if command -v groff >/dev/null; then
  for page in "$assets"/man/*.1; do
    warnings=$(groff -man -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || { echo "release.sh: groff warns on $page: $warnings" >&2; exit 1; }
  done
  echo "every page renders without warnings (groff -man -ww -z)"
fi

echo
echo "## Debian package"
if command -v cargo-deb >/dev/null; then
  RUSTFLAGS='-C target-feature=+crt-static' cargo deb --locked --profile dist --target "$target" --output target/debian/
  deb=$(ls -t target/debian/*.deb | head -n 1)
  echo "$deb"
  dpkg-deb --contents "$deb"
else
  echo "cargo-deb is not installed (cargo install cargo-deb): no package built"
fi
