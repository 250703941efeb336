#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the tests and prints its URL.
# Idempotent: a server already running in the same directory is reused.
set -euo pipefail
port="${MATRIX_PG_PORT:-54329}"
dir="${MATRIX_PG_DIR:-/tmp/matrix-desktop-pg-$port}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[[ -x "$bin/initdb" ]] || { echo "postgres.sh: PostgreSQL is not installed (run scripts/setup.sh --test)" >&2; exit 1; }

as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [[ ! -f "$dir/PG_VERSION" ]]; then
  mkdir -p "$dir"
  [[ "$(id -u)" -eq 0 ]] && chown postgres:postgres "$dir"
  as_owner "$bin/initdb" -D "$dir" -U app --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
fi
echo "postgresql://app@127.0.0.1:$port/postgres"
