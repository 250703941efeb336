#!/usr/bin/env bash
# Installs what Matrix Desktop needs, idempotently, and fast when it is already done.
#   scripts/setup.sh          what running the app needs (Qt's system libraries, a CJK font, the venv)
#   scripts/setup.sh --test   also what the tests need (PostgreSQL, a Secret Service, curl)
set -euo pipefail
cd "$(dirname "$0")/.."

run_pkgs=(libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-wqy-microhei fonts-noto-color-emoji
          libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
          libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 gnome-keyring dbus)
test_pkgs=(postgresql curl xvfb poppler-utils)
want=("${run_pkgs[@]}")
[[ "${1:-}" == "--test" ]] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  echo "setup: installing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

py="${PYTHON:-python3}"
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Python 3.11 or newer is needed (found $("$py" --version 2>&1))" >&2
  exit 1
fi
[[ -x .venv/bin/python ]] || "$py" -m venv .venv
stamp=".venv/.installed-$(sha1sum pyproject.toml | cut -c1-16)"
if [[ ! -f "$stamp" ]]; then
  echo "setup: installing Python packages into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c 'import matrix_desktop, PySide6, sqlalchemy, keyring' 
  rm -f .venv/.installed-*
  touch "$stamp"
fi
