#!/usr/bin/env bash
# Runs Matrix Desktop on the built-in sandbox with the demo company (extra arguments go to `demo`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "run: no display found. On a desktop, run this from its terminal; on a server, render the demo" >&2
  echo "     to a picture: .venv/bin/matrix-desktop demo --screenshot demo.png" >&2
  exit 1
fi
if [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
  exec .venv/bin/matrix-desktop demo "$@"   # the desktop's own keyring keeps the sandbox's tokens
fi
# No session bus (a bare X server): a private one with a GNOME Keyring of the demo's own, unlocked.
export XDG_DATA_HOME="$PWD/.cache/demo-keyring"
mkdir -p "$XDG_DATA_HOME"
exec dbus-run-session -- sh -c \
  'printf matrix | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec .venv/bin/matrix-desktop demo "$@"' \
  sh "$@"
