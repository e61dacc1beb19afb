#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the set-up scripts: install missing Debian packages, configure and build.
set -euo pipefail

PARKETT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PARKETT_BUILD="${PARKETT_BUILD:-$PARKETT_ROOT/build}"

# Everything the client, the CLI and the tests need, by Debian package name.
PARKETT_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  qt6-qpa-plugins libgl-dev libsqlite3-dev fonts-dejavu-core
  libzxing-dev libcups2-dev cups-daemon cups-client
  qtkeychain-qt6-dev gnome-keyring dbus dbus-bin libsecret-1-0
  libboost1.81-dev libpq-dev postgresql libsodium-dev
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "parkett: run this as root (or install sudo) to install packages" >&2; return 1; fi
}

install_packages() {
  local missing=()
  for p in "${PARKETT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "parkett: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build_parkett() {
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  export CCACHE_DIR="${CCACHE_DIR:-$PARKETT_ROOT/.cache/ccache}"
  cmake -S "$PARKETT_ROOT" -B "$PARKETT_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$PARKETT_BUILD" --parallel "$jobs"
}
