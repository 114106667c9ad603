#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start, second command: installs what is missing, builds and runs every test
# (offscreen). In CI (CI set), compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
werror=OFF
[ -n "${CI:-}" ] && werror=ON
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPALMARES_WERROR=$werror >/dev/null
cmake --build build/test
QT_QPA_PLATFORM=offscreen ctest --test-dir build/test --output-on-failure -j2
