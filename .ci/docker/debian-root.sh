#!/usr/bin/env bash
# Makes a Debian minbase root in <dir> (debootstrap from Debian's archive), trimmed the way
# Debian's own -slim images are, so packages installed later stay trimmed too. The local
# stand-ins for official images (node, postgres) start from it.
# usage: debian-root.sh <suite> <empty dir>
set -euo pipefail

suite=$1 rootfs=$2
debian_mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

log=$(mktemp)
trap 'rm -f "$log"' EXIT
debootstrap --variant=minbase "$suite" "$rootfs" "$debian_mirror" >"$log" 2>&1 \
  || { tail -n 30 "$log" >&2; exit 1; }

cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
CFG
cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'CFG'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Acquire::Languages "none";
CFG
find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright -delete 2>/dev/null || true
rm -rf "$rootfs"/usr/share/{man,info,locale,lintian}/* "$rootfs"/var/lib/apt/lists/* \
  "$rootfs"/var/cache/apt/* "$rootfs"/var/log/*.log "$rootfs"/var/cache/debconf/*-old
