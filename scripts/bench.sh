#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Palmarès in Release and runs the benchmark (docs/PERFORMANCE.md). Arguments are
# passed to palmares-bench (--runs N, --only realistic|large|import|packages|reports).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/bench --target palmares-bench
build/bench/tests/palmares-bench "$@"
