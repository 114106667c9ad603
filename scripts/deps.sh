#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages Palmarès needs to build, run and test on Debian 12
# (bookworm) or Debian 13 (trixie) — only the missing ones, so a second run does
# nothing. As root, or through sudo. Package lists: ../shared/TOOLCHAIN.md.
# Extra packages a script needs (e.g. xvfb for the screenshots) are given as arguments.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev fonts-dejavu-core breeze-icon-theme
    libxlsxwriter-dev libzip-dev libsodium-dev
    desktop-file-utils appstream libxml2-utils shared-mime-info dpkg-dev file
    poppler-utils
)
# What differs. Qt Charts needs Qt's OpenGL headers: their own package in Debian 12,
# part of qt6-base-dev in Debian 13 (where the name is only provided, never installed,
# and so would be asked for at every run). libxlsxwriter's pkg-config file names -lz in
# Debian 12, and requires zlib, minizip and libcrypto in Debian 13.
trixie=(zlib1g-dev libminizip-dev libssl-dev)
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
case "$codename" in
bookworm) packages+=(libqt6opengl6-dev zlib1g-dev) ;;
trixie) packages+=("${trixie[@]}") ;;
*)
    echo "deps.sh: tested on Debian 12 (bookworm) and 13 (trixie), not on '${codename:-this system}'; trying Debian 13's list." >&2
    packages+=("${trixie[@]}")
    ;;
esac
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Missing packages (${missing[*]}) and no sudo: install them as root." >&2; exit 1; }
    sudo=sudo
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
