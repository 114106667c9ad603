#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes with libFuzzer and AddressSanitizer (docs/reliability.md) for SECONDS (600 by
# default) one of two targets:
#   sheets   the spreadsheet readers, from a corpus seeded with the test sheets;
#   package  the reading of juror packages (file, seal, contents, the return planned),
#            from a corpus seeded with the demo's packages, written by the target itself.
# The corpus (build/fuzz/corpus for sheets, build/fuzz/corpus-package) is kept between runs;
# crashes and hangs are written to build/fuzz/findings/.
# Usage: scripts/fuzz.sh [sheets|package] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
target=sheets
case "${1:-}" in
sheets | package) target=$1; shift ;;
esac
seconds=${1:-600}
scripts/deps.sh
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y -qq --no-install-recommends clang
fi
CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPALMARES_FUZZ=ON >/dev/null
mkdir -p build/fuzz/findings
if [ "$target" = sheets ]; then
    cmake --build build/fuzz --target fuzz_sheetreader
    corpus=build/fuzz/corpus
    mkdir -p "$corpus"
    # Seeds: each test sheet, behind the byte that picks its reader (0 CSV, 1 XLSX, 2 ODS).
    for f in tests/data/import/*.csv; do { printf '\0'; cat "$f"; } > "$corpus/seed-$(basename "$f")"; done
    for f in tests/data/import/*.xlsx; do { printf '\1'; cat "$f"; } > "$corpus/seed-$(basename "$f")"; done
    for f in tests/data/import/*.ods; do { printf '\2'; cat "$f"; } > "$corpus/seed-$(basename "$f")"; done
    binary=build/fuzz/tests/fuzz_sheetreader
else
    cmake --build build/fuzz --target fuzz_package
    corpus=build/fuzz/corpus-package
    mkdir -p "$corpus"
    export PALMARES_FUZZ_SEEDS="$PWD/$corpus"
    binary=build/fuzz/tests/fuzz_package
fi
ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen "$binary" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=1048576 \
    -artifact_prefix=build/fuzz/findings/ "$corpus"
