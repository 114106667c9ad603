#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Saves a picture of each page of Palmarès, in French, on the demo campaign, into
# docs/screenshots/ (or the folder given): builds the app (Release), generates the demo
# in French, and runs the screenshot tour (tools/tour, palmares-tour) under a virtual
# display (Xvfb, 1280×800).
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
"$bin/palmares-cli" demo "$tmp/Courcy.ami" >/dev/null
rm -f "$out"/*.png
xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb \
    "$bin/palmares-tour" "$out" "$tmp/Courcy.ami"
