#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the desktop client on a local demo venue.
# The database is kept between runs; the demo is seeded into it on the first start.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
build_parkett -DPARKETT_BUILD_TESTS=OFF -DPARKETT_BUILD_BENCH=OFF

db="${PARKETT_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/Parkett/demo.sqlite}"
mkdir -p "$(dirname "$db")"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "parkett: no display found (DISPLAY/WAYLAND_DISPLAY unset); starting under Xvfb" >&2
  install_packages xvfb xauth
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$PARKETT_BUILD/app/parkett" --db "$db" --seed-demo "$@"
fi
exec "$PARKETT_BUILD/app/parkett" --db "$db" --seed-demo "$@"
