#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds parkett-server, starts a private PostgreSQL cluster in
# .pgdata (loopback only), seeds the demo venue once and runs the server on 127.0.0.1:8080.
# Demo users: admin, supervisor, counter, phone, outlet; password parkett-demo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages
build_parkett -DPARKETT_BUILD_SERVER=ON
CONNINFO="$("$PARKETT_ROOT/scripts/pg-cluster.sh" start)"
echo "parkett: PostgreSQL at $CONNINFO; server on http://127.0.0.1:${PARKETT_PORT:-8080}"
exec "$PARKETT_BUILD/server/parkett-server" --database "$CONNINFO" --seed-demo \
  --port "${PARKETT_PORT:-8080}" "$@"
