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
# Each test that ran a sandbox appends the faults it injected (one JSON line) here; summed at the end.
MATRIX_LONGRUN_REPORT="$(mktemp)"
export MATRIX_LONGRUN_REPORT
trap 'rm -f "$MATRIX_LONGRUN_REPORT"' EXIT
status=0
scripts/test.sh -m slow --durations=0 \
  tests/integration/test_sync.py tests/integration/test_forwarding_sandbox.py tests/integration/test_reply_kills.py \
  || status=$?
# The hostile-input properties (hypothesis), with how many examples each tried.
scripts/test.sh --quick --hypothesis-show-statistics tests/integration/test_hostile_input.py \
  tests/unit/test_forwarding_planner.py tests/unit/test_forwarding_voice.py || status=$?
.venv/bin/python - "$MATRIX_LONGRUN_REPORT" <<'PY'
import collections, json, sys
total, tests = collections.Counter(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    entry = json.loads(line)
    tests += 1
    total.update(entry["faults"])
kinds = ", ".join(f"{k} {n}" for k, n in sorted(total.items())) or "none"
print(f"longrun: {sum(total.values())} faults injected over {tests} sandbox tests ({kinds})", file=sys.stderr)
PY
exit "$status"
