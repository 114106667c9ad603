#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop integration files with the freedesktop tools; fails on any
# error or warning (hints and pedantic notes are printed only).
# Usage: validate.sh APP.desktop APP.metainfo.xml APP-mime.xml
# The CTest entry packaging_validate passes the sources in packaging/; scripts/package.sh
# passes the files the .deb ships.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 DESKTOP METAINFO MIMEXML" >&2; exit 2; }
desktop=$1 metainfo=$2 mime=$3
for tool in desktop-file-validate appstreamcli xmllint update-mime-database; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/deps.sh" >&2; exit 1; }
done

echo "== desktop-file-validate $desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || { echo "$out"; exit 1; }
[ -z "$out" ] || echo "$out"
if grep -qE ': (error|warning): ' <<<"$out"; then exit 1; fi

echo "== appstreamcli validate --no-net --pedantic $metainfo"
out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) || { echo "$out"; exit 1; }
echo "$out"
if grep -qE '^[EW]: ' <<<"$out"; then exit 1; fi

echo "== xmllint --noout $mime"
xmllint --noout "$mime"

# The database that update-mime-database builds from the file alone must hold the glob
# and the magic of campaign files and of juror packages.
echo "== update-mime-database"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$mime" "$tmp/mime/packages/palmares.xml"
out=$(XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>&1) || { echo "$out"; exit 1; }
[ -z "$out" ] || { echo "$out"; exit 1; }
{ grep -qx 'application/x-palmares-campaign' "$tmp/mime/types" &&
  grep -qE '^[0-9]+:application/x-palmares-campaign:\*\.ami$' "$tmp/mime/globs2" &&
  grep -qa '^\[[0-9]*:application/x-palmares-campaign\]$' "$tmp/mime/magic" &&
  grep -qx 'application/x-palmares-campaign application/vnd.sqlite3' "$tmp/mime/subclasses"
} || { echo "The MIME database lacks the type, glob, magic or parent of campaign files." >&2; exit 1; }
{ grep -qx 'application/x-palmares-jury' "$tmp/mime/types" &&
  grep -qE '^[0-9]+:application/x-palmares-jury:\*\.palmjury$' "$tmp/mime/globs2" &&
  grep -qa '^\[[0-9]*:application/x-palmares-jury\]$' "$tmp/mime/magic"
} || { echo "The MIME database lacks the type, glob or magic of juror packages." >&2; exit 1; }
grep -v "^#" "$tmp/mime/globs2"
echo "packaging files valid"
