#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the spreadsheet readers with libFuzzer (docs/reliability.md) for SECONDS (600 by
# default), from a corpus seeded with the test sheets (build/fuzz/corpus, kept between runs).
# Crashes and hangs are written to build/fuzz/findings/. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y -qq --no-install-recommends clang
fi
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPALMARES_FUZZ=ON >/dev/null
cmake --build build/fuzz --target fuzz_sheetreader
mkdir -p build/fuzz/corpus build/fuzz/findings
# Seeds: each test sheet, behind the byte that picks its reader (0 CSV, 1 XLSX, 2 ODS).
for f in tests/data/import/*.csv; do { printf '\0'; cat "$f"; } > "build/fuzz/corpus/seed-$(basename "$f")"; done
for f in tests/data/import/*.xlsx; do { printf '\1'; cat "$f"; } > "build/fuzz/corpus/seed-$(basename "$f")"; done
for f in tests/data/import/*.ods; do { printf '\2'; cat "$f"; } > "build/fuzz/corpus/seed-$(basename "$f")"; done
ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen build/fuzz/tests/fuzz_sheetreader \
    -max_total_time="${1:-600}" -timeout=10 -rss_limit_mb=4096 -max_len=1048576 \
    -artifact_prefix=build/fuzz/findings/ build/fuzz/corpus
