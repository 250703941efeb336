#!/usr/bin/env bash
# The benchmark suite (issue 16): every row beside its baseline, at three sizes; see benchmarks/suite.py.
#   scripts/bench.sh [--quick] [--json PATH] [--only sync,inbox,...]
# The PostgreSQL row uses the test server (scripts/postgres.sh) unless --pg URL says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${MATRIX_TEST_PG_URL:-}" ]] && MATRIX_TEST_PG_URL="$(scripts/postgres.sh 2>/dev/null)"; then
  export MATRIX_TEST_PG_URL
fi
export QT_QPA_PLATFORM=offscreen PYTHONHASHSEED=0
MATRIX_HOME="$(mktemp -d)"
export MATRIX_HOME
trap 'rm -rf "$MATRIX_HOME" "${run_dir:-}"' EXIT
# The plan rows read a post's repost timeline with an account's token, so the run needs a keyring: one of
# its own, as scripts/test.sh makes it (a plain-text login collection that opens without a prompt, a
# runtime dir of its own so it never meets the desktop's daemon). Without D-Bus there the rows printed a
# keyring error per call and timed an error path.
run_dir="$(mktemp -d)"
export XDG_DATA_HOME="$run_dir/xdg-data" XDG_RUNTIME_DIR="$run_dir/runtime"
mkdir -p "$XDG_DATA_HOME/keyrings"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
printf '[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n' \
  > "$XDG_DATA_HOME/keyrings/login.keyring"
printf 'login' > "$XDG_DATA_HOME/keyrings/default"
dbus-run-session -- sh -c \
  'gnome-keyring-daemon --start --components=secrets >/dev/null && exec .venv/bin/python benchmarks/suite.py "$@"' \
  sh "$@"
