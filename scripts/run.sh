#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, first command: installs what is missing, builds (Release) and runs
# Palmarès on a newly generated demo campaign. With a display, the desktop app opens it;
# without one, the CLI generates it and prints its summary, ranking and selection.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALMARES_BUILD_TESTS=OFF >/dev/null
cmake --build build/release

demo="${PALMARES_DEMO:-$PWD/build/demo.ami}"
bin=build/release/app
"$bin/palmares-cli" demo "$demo" --force
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$bin/palmares" ]; then
    exec "$bin/palmares" "$demo"
fi
"$bin/palmares-cli" info "$demo"
echo
"$bin/palmares-cli" rank "$demo"
echo
"$bin/palmares-cli" select "$demo"
