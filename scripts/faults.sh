#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fault trials of docs/reliability.md at full length: palmares-cli killed at 100 seeded
# random moments during a large import and during `demo --force` (CI runs 20 of each).
# Usage: scripts/faults.sh [TRIALS [SEED]]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build/test -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/test --target tst_faults palmares-cli
PALMARES_FAULT_TRIALS="${1:-100}" PALMARES_FAULT_SEED="${2:-2026}" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
    LANGUAGE=en build/test/tests/tst_faults
