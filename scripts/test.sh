#!/usr/bin/env bash
# The test command: static checks (ruff, mypy, import contracts), then the whole suite against a real
# PostgreSQL server and a real Secret Service in a private D-Bus session. Extra arguments go to pytest.
#   scripts/test.sh           everything (what CI runs)
#   scripts/test.sh --quick   the quick loop while working: ruff, the contracts, and every test that
#                             needs neither PostgreSQL nor a long kill or fault run (under a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""
if [[ "${1:-}" == "--quick" ]]; then
  quick=1
  shift
fi
scripts/setup.sh --test
if [[ -z "$quick" ]]; then
  MATRIX_TEST_PG_URL="$(scripts/postgres.sh)"
  export MATRIX_TEST_PG_URL
fi
export QT_QPA_PLATFORM=offscreen MATRIX_REQUIRE_REAL_SERVICES=1 PYTHONHASHSEED=0
# Tests must never touch a user's real data or settings.
run_dir="$(mktemp -d)"
trap 'rm -rf "$run_dir"' EXIT
export MATRIX_HOME="$run_dir/home"
mkdir -p "$MATRIX_HOME"
# A keyring of the run's own: a login collection kept in gnome-keyring's plain-text format, so it is
# open without a password. A daemon that exits mid-run is started again by D-Bus and opens the same
# collection at once; with a password-protected one it would wait forever for a prompt no one can
# answer, and every test after it would hang. (The tokens in it are the sandbox's, and it is deleted
# with the run.)
export XDG_DATA_HOME="$run_dir/xdg-data"
mkdir -p "$XDG_DATA_HOME/keyrings"
printf '[keyring]\ndisplay-name=login\nctime=0\nmtime=0\nlock-on-idle=false\nlock-after=false\n' \
  > "$XDG_DATA_HOME/keyrings/login.keyring"
printf 'login' > "$XDG_DATA_HOME/keyrings/default"
# And a runtime dir of its own: gnome-keyring-daemon finds a running daemon by its control socket there,
# so two test runs side by side would share (and, when one ends, lose) one keyring.
export XDG_RUNTIME_DIR="$run_dir/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

echo "== ruff"; .venv/bin/ruff check .
[[ -z "$quick" ]] && { echo "== mypy"; .venv/bin/mypy; }
echo "== import contracts"; .venv/bin/lint-imports --no-cache | tail -n 3
echo "== pytest"
if [[ -n "$quick" ]]; then
  set -- -m "not slow and not postgres" -x "$@"
fi
# Most tests wait (on subprocesses, the sandbox, the keyring, PostgreSQL) rather than compute, so four
# workers on two cores finish in well under half the time. MATRIX_TEST_WORKERS=0 runs them in one process.
# Each worker starts a D-Bus session and keyring of its own (tests/conftest.py): one gnome-keyring serving
# four workers at once crashes now and then.
export MATRIX_TEST_KEYRING_PER_WORKER=1
set -- -n "${MATRIX_TEST_WORKERS:-4}" "$@"
exec dbus-run-session -- sh -c \
  'gnome-keyring-daemon --start --components=secrets >/dev/null && exec .venv/bin/pytest -q -p no:cacheprovider "$@"' \
  sh "$@"
