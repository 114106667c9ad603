#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Saves a picture of each page of Palmarès, in French, on the demo campaign, into
# docs/screenshots/ (or the folder given): builds the app (Release), generates the demo
# in French, and runs the screenshot tour (tools/tour, palmares-tour) under a virtual
# display (Xvfb) at the three screen sizes the application is made for, one folder each:
# 1024x768 (a common projector), 1366x768 (a small laptop) and 1920x1080.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-docs/screenshots}")"

scripts/deps.sh xvfb xauth
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALMARES_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target palmares-cli palmares-tour
bin="$PWD/build/release/app"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
# French, whatever this machine's settings; no saved preference (a fresh settings folder).
export LANG=fr_FR.UTF-8 LANGUAGE=fr LC_ALL= XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/runtime"
rm -f "$out"/*.png
for size in 1024x768 1366x768 1920x1080; do
    # A fresh campaign and fresh settings for each size: the same pictures, only larger.
    rm -rf "$tmp/config" "$tmp/Courcy.ami"
    "$bin/palmares-cli" demo "$tmp/Courcy.ami" >/dev/null
    mkdir -p "$out/$size"
    rm -f "$out/$size"/*.png
    xvfb-run -a -s "-screen 0 ${size}x24" env QT_QPA_PLATFORM=xcb \
        "$bin/palmares-tour" "$out/$size" "$tmp/Courcy.ami" >/dev/null
    echo "$out/$size: $(ls "$out/$size" | wc -l) pictures"
done
