#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the documentation screenshots from a built client, without a display:
#   scripts/screenshots.sh [path/to/parkett]     (default: build/app/parkett)
# Builds nothing. Seeds a throw-away demo database at a fixed "now" so the pictures are the
# same every time, and writes docs/screenshots/main-window.png, sales-screen.png and
# seatmap-editor.png.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/app/parkett}
out=$root/docs/screenshots

if [ ! -x "$bin" ]; then
    echo "screenshots.sh: $bin is not an executable; build the 'parkett' target first" >&2
    exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

mkdir -p "$out"
# Run inside the temporary folder with a relative database name, so the status bar in the
# pictures shows "demo.sqlite" and no path of the machine that made them.
case "$bin" in /*) ;; *) bin=$(pwd)/$bin ;; esac
cd "$tmp"
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8 XDG_RUNTIME_DIR="$tmp" \
    "$bin" --db demo.sqlite --seed-demo --now 2025-03-03T10:00:00 \
    --screenshot "$tmp/shots" 2>"$tmp/log" || {
    cat "$tmp/log" >&2
    exit 1
}
cp "$tmp/shots/main-window.png" "$tmp/shots/sales-screen.png" "$tmp/shots/seatmap-editor.png" "$out/"
echo "wrote $out/main-window.png, sales-screen.png and seatmap-editor.png"
