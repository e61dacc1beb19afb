#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private PostgreSQL cluster for development: initdb into a project folder, listening on
# loopback (and a socket inside the folder) only, trust authentication for the local user.
#   scripts/pg-cluster.sh start [DIR] [PORT]   prints the libpq connection string
#   scripts/pg-cluster.sh stop  [DIR]
# As root the cluster runs as the postgres system user (PostgreSQL refuses to run as root).
set -euo pipefail

cmd="${1:-start}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${2:-$ROOT/.pgdata}"
PORT="${3:-55432}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$BIN/initdb" ] || { echo "pg-cluster: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  mkdir -p "$DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
  if [ ! -f "$DIR/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$DIR" -U parkett --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200" start >/dev/null
  fi
  as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U parkett -d postgres -tAq \
    -c "SELECT 1 FROM pg_database WHERE datname = 'parkett'" | grep -q 1 ||
    as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U parkett parkett
  echo "host=127.0.0.1 port=$PORT user=parkett dbname=parkett"
  ;;
stop)
  as_owner "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
  ;;
*)
  echo "usage: $0 start|stop [DIR] [PORT]" >&2; exit 2 ;;
esac
