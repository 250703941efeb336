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
MATRIX_HOME="$(mktemp -d)"
export MATRIX_HOME
# A keyring of the run's own (its login keyring is created with the password piped below), so a
# keyring left on the machine with another password can never make the daemon prompt.
export XDG_DATA_HOME="$MATRIX_HOME/xdg-data"
mkdir -p "$XDG_DATA_HOME"
# And a runtime dir of its own: gnome-keyring-daemon finds a running daemon by its control socket there,
# so two test runs side by side would share (and, when one ends, lose) one keyring.
export XDG_RUNTIME_DIR="$MATRIX_HOME/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
trap 'rm -rf "$MATRIX_HOME"' EXIT

echo "== ruff"; .venv/bin/ruff check .
[[ -z "$quick" ]] && { echo "== mypy"; .venv/bin/mypy; }
echo "== import contracts"; .venv/bin/lint-imports --no-cache | tail -n 3
echo "== pytest"
if [[ -n "$quick" ]]; then
  set -- -m "not slow and not postgres" -x "$@"
fi
exec dbus-run-session -- sh -c \
  'printf matrix | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec .venv/bin/pytest -q -p no:cacheprovider "$@"' \
  sh "$@"
