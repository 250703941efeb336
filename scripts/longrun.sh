#!/usr/bin/env bash
# The long robustness run (issue 15): kill trials for sync, the forwarding worker and reply sending, and the
# sync fault matrix at 5, 20 and 50% injected faults. Each test asserts nothing is lost or doubled.
#   scripts/longrun.sh            50 kills each, faults at 5/20/50 %   (about an hour on 2 cores)
#   scripts/longrun.sh 10 0.2     a shorter run: 10 kills, one fault level
# CI runs the same tests in their short form (scripts/test.sh: 4–10 kills, 20 % faults).
set -euo pipefail
cd "$(dirname "$0")/.."
export MATRIX_KILL_TRIALS="${1:-50}" MATRIX_FAULT_LEVELS="${2:-0.05,0.2,0.5}"
echo "longrun: ${MATRIX_KILL_TRIALS} kills per scenario, fault levels ${MATRIX_FAULT_LEVELS}" >&2
exec scripts/test.sh -m slow --durations=0 \
  tests/integration/test_sync.py tests/integration/test_forwarding_sandbox.py tests/integration/test_reply_kills.py
