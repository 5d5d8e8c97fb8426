#!/usr/bin/env bash
# A private PostgreSQL for the benchmarks: Debian's PostgreSQL (apt-get install -y postgresql) as a throw-away cluster
# under /tmp, run as the user postgres, on 127.0.0.1 only, trusting local connections (nothing but loopback reaches it).
#
#   bench/postgres.sh start [database]   # initdb on first use, start, create the database (default: guidelines)
#   bench/postgres.sh stop               # stop the cluster (its folder stays for the next start)
#
# Tunables: PG_PORT (5433), PG_BIN (/usr/lib/postgresql/15/bin), PG_DIR (/tmp/sg-bench-pg-$PG_PORT).
# The JDBC URL is then jdbc:postgresql://127.0.0.1:$PG_PORT/<database>, user postgres, no password.
set -euo pipefail

PG_PORT=${PG_PORT:-5433}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DIR=${PG_DIR:-/tmp/sg-bench-pg-$PG_PORT}
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    DATABASE=${2:-guidelines}
    [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql" >&2; exit 1; }
    if [ ! -f "$PG_DIR/PG_VERSION" ]; then
      mkdir -p "$PG_DIR"
      [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
      as_postgres "$PG_BIN/initdb" -D "$PG_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then
      as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
          -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=100" start >/dev/null
    fi
    # A fresh database each time: the API migrates it on start.
    PGOPTIONS="-c client_min_messages=warning" as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "drop database if exists $DATABASE with (force)" postgres
    as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create database $DATABASE" postgres
    echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$DATABASE"
    ;;
  stop)
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start [database] | stop" >&2
    exit 2
    ;;
esac
