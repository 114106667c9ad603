#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# forbidden.sh BUILD_DIR SOURCE_DIR PROBE...: each probe (tests/layers/CMakeLists.txt)
# includes a header its layer may not use; building it must fail because that file is not
# found. Then no source may climb out of its folder with a relative include.
set -uo pipefail
build=$1 source=$2
shift 2
status=0
for probe in "$@"; do
    header=$(sed -n 's/^#include //p' "$build/tests/layers/$probe.cpp")
    if output=$(cmake --build "$build" --target "$probe" 2>&1); then
        echo "FAIL $probe: $header was found and built; the layer reaches what it may not use"
        status=1
    elif grep -qE "No such file or directory|file not found" <<<"$output"; then
        echo "ok   $probe: $header not found"
    else
        echo "FAIL $probe: failed to build, but not for want of $header:"
        tail -20 <<<"$output"
        status=1
    fi
done
if relative=$(grep -rnE '^#include "\.\.?/' "$source/core" "$source/ui" "$source/app"); then
    echo "FAIL relative includes reach around the layers:"
    echo "$relative"
    status=1
fi
exit $status
