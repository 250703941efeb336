#!/usr/bin/env bash
# The interface catalogues: lupdate + lrelease, with legacy JSON entries folded in (see scripts/translations.py).
#   scripts/translations.sh            update the .ts from the code and the JSON files, compile the .qm
#   scripts/translations.sh check      exit 1 when something is stale or a Chinese entry unfinished
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/translations.py "$@"
