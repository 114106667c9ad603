#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command as a newcomer would, on a fresh minimal Debian machine (needs root):
#
#   scripts/fresh-root.sh [-q] [--keep] SUITE 'COMMAND'      SUITE: bookworm, trixie…
#
# A minimal root of SUITE (debootstrap --variant=minbase, with the suite's updates and
# security sources, as an installed machine has) is made once and cached as a tarball in
# $PALMARES_ROOT_CACHE (default /var/cache/palmares-ci; made again when 30 days old). Each
# run unpacks a fresh copy, clones this project's committed HEAD into /root/palmares with
# ../shared beside it, and runs COMMAND there with bash as root, with no variable of the
# host's environment, in its own mount and process namespaces (nothing it starts outlives
# it). Everything it prints goes to a log ($PALMARES_ROOT_LOG, default under the cache's
# logs/), and to the terminal unless -q. The root is removed afterwards unless --keep.
# The exit status is COMMAND's; with $PALMARES_ROOT_TIMEOUT (seconds), a command that
# runs longer is stopped, with all it started, and the status is 124.
set -euo pipefail

quiet=0 keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    -q) quiet=1 ;;
    --keep) keep=1 ;;
    -*) echo "fresh-root.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
    esac
    shift
done
[ $# -eq 2 ] || { echo "usage: scripts/fresh-root.sh [-q] [--keep] SUITE 'COMMAND'" >&2; exit 2; }
suite=$1 command=$2
[ "$(id -u)" -eq 0 ] || { echo "fresh-root.sh: run it as root (debootstrap, chroot and mounts need it)" >&2; exit 2; }

project=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
cache=${PALMARES_ROOT_CACHE:-/var/cache/palmares-ci}
mirror=${PALMARES_ROOT_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$cache/logs"
log=${PALMARES_ROOT_LOG:-$cache/logs/$suite-$(date +%Y%m%d-%H%M%S).log}
mkdir -p "$(dirname "$log")"
: >"$log"

say() {
    echo "fresh-root.sh ($suite): $*" >>"$log"
    [ "$quiet" -eq 1 ] || echo "fresh-root.sh ($suite): $*"
}

# The cached minimal root, made under a lock so that two runs never build it at once.
tarball=$cache/$suite-minbase.tar.gz
exec 9>"$cache/$suite.lock"
flock 9
if [ ! -s "$tarball" ] || [ -n "$(find "$tarball" -mtime +30)" ]; then
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap"
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap; } >>"$log" 2>&1
    fi
    say "making a minimal $suite root with debootstrap (once; cached in $tarball)"
    build=$(mktemp -d "$cache/.build-$suite.XXXXXX")
    if ! debootstrap --variant=minbase "$suite" "$build/root" "$mirror" >>"$log" 2>&1; then
        rm -rf --one-file-system "$build"
        say "debootstrap failed; see $log"
        exit 1
    fi
    security=${mirror%/debian}/debian-security
    cat >"$build/root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
    # As after an installation: no downloaded packages, and a package index to fetch.
    rm -rf "$build/root/var/cache/apt/archives/"*.deb "$build/root/var/lib/apt/lists/"*
    tar -C "$build/root" -czf "$build/root.tar.gz" .
    mv "$build/root.tar.gz" "$tarball"
    rm -rf --one-file-system "$build"
fi
exec 9>&- # released, and not handed down to the command

root=$(mktemp -d "${TMPDIR:-/var/tmp}/palmares-$suite.XXXXXX")
cleanup() {
    if [ "$keep" -eq 1 ]; then
        say "root kept in $root"
    elif ! findmnt -rn -o TARGET | grep -q "^$root"; then
        rm -rf --one-file-system "$root"
    else
        say "something is still mounted under $root; not removed"
    fi
}
trap cleanup EXIT
tar -C "$root" -xzf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf"
git clone -q "$project" "$root/root/palmares"
[ -d "$project/../shared" ] && cp -r "$project/../shared" "$root/root/shared"
say "$(git -C "$root/root/palmares" log -1 --format='commit %h: %s')"
say "running: $command"

# Inside new mount and PID namespaces: /proc, /sys and a /dev of its own, then the
# command in a chroot with a newcomer's environment.
inner='
set -e
root=$1 command=$2
mount -t proc proc "$root/proc"
mount -t sysfs -o ro sysfs "$root/sys"
mount -t tmpfs -o mode=755,nosuid tmpfs "$root/dev"
for node in "null 1 3" "zero 1 5" "full 1 7" "random 1 8" "urandom 1 9" "tty 5 0"; do
    set -- $node
    mknod -m 666 "$root/dev/$1" c "$2" "$3"
done
mkdir "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
ln -s pts/ptmx "$root/dev/ptmx"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$root/dev/shm"
ln -s /proc/self/fd "$root/dev/fd"
exec chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    /bin/bash -c "cd /root/palmares && $command"
'
run=(timeout --kill-after=10 "${PALMARES_ROOT_TIMEOUT:-0}"
    unshare --mount --propagation private --pid --fork --kill-child bash -c "$inner" inner "$root" "$command")
start=$(date +%s)
set +e
if [ "$quiet" -eq 1 ]; then
    "${run[@]}" </dev/null >>"$log" 2>&1
else
    "${run[@]}" </dev/null 2>&1 | tee -a "$log"
fi
status=${PIPESTATUS[0]}
[ "$status" -eq 124 ] && say "stopped after ${PALMARES_ROOT_TIMEOUT} s"
set -e
say "exit status $status after $(($(date +%s) - start)) s; log: $log"
exit "$status"
