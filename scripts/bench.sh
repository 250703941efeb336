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
trap 'rm -rf "$MATRIX_HOME"' EXIT
exec .venv/bin/python benchmarks/suite.py "$@"
