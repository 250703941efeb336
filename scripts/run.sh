#!/usr/bin/env bash
# Runs Matrix Desktop on the built-in sandbox with the demo company (extra arguments go to the app).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "run: no display found; starting on a virtual screen is not possible here — set DISPLAY, or use" >&2
  echo "     '.venv/bin/matrix-desktop demo --screenshot demo.png' to render the window to a PNG" >&2
  exit 1
fi
exec dbus-run-session -- sh -c \
  'printf matrix | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec .venv/bin/matrix-desktop demo "$@"' \
  sh "$@"
