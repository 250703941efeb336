#!/usr/bin/env bash
# Smoke test of the packaged app, in a fresh directory with a fresh home and none of this checkout:
# unpack the tarball, start it, run the demo on its built-in sandbox and render two views to PNGs.
#   build/smoke.sh [TARBALL] [OUT_DIR]     (default: the newest build/dist/*.tar.gz, PNGs into build/smoke/)
set -euo pipefail
cd "$(dirname "$0")/.."
tarball="${1:-$(ls -t build/dist/matrix-desktop-*.tar.gz | head -n 1)}"
out="$(realpath -m "${2:-build/smoke}")"
mkdir -p "$out"
tarball="$(realpath "$tarball")"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
tar -C "$fresh" -xzf "$tarball"
cd "$fresh"
mkdir home
# Nothing from the checkout or the venv: a clean environment and a home of its own.
env -i PATH=/usr/bin:/bin HOME="$fresh/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$fresh/run" MATRIX_HOME="$fresh/home/data" \
    dbus-run-session -- sh -c '
  set -e
  mkdir -m 700 -p "$XDG_RUNTIME_DIR"
  printf matrix | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  app=./matrix-desktop/matrix-desktop
  $app --version
  $app demo --screenshot "'"$out"'/accounts.png" --view accounts
  $app demo --screenshot "'"$out"'/inbox.png" --view inbox
  MATRIX_HOME="$HOME/data/demo" $app --as 小周 accounts list --format csv | head -n 3 || true
'
for png in "$out/accounts.png" "$out/inbox.png"; do
  size="$(stat -c %s "$png")"
  [[ "$size" -gt 20000 ]] || { echo "smoke: $png is only $size bytes" >&2; exit 1; }
done
echo "smoke: the packaged app started, ran the demo and rendered $out/accounts.png and $out/inbox.png"
