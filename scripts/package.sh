#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package (Release, without tests) in build/pkg, validates the desktop
# integration files it ships and prints the path of the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake -S . -B build/pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DPALMARES_BUILD_TESTS=OFF >/dev/null
cmake --build build/pkg
rm -f build/pkg/palmares_*.deb
(cd build/pkg && cpack -G DEB)
deb=$(ls "$PWD"/build/pkg/palmares_*.deb)

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
id=org.palmares.Palmares
tests/packaging/validate.sh "$root/usr/share/applications/$id.desktop" \
    "$root/usr/share/metainfo/$id.metainfo.xml" "$root/usr/share/mime/packages/$id.xml"
for f in usr/bin/palmares usr/bin/palmares-cli usr/share/icons/hicolor/scalable/apps/$id.svg; do
    [ -f "$root/$f" ] || { echo "$deb lacks /$f" >&2; exit 1; }
done
echo "$deb"
