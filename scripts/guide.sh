#!/usr/bin/env bash
# Regenerates every screenshot of the user guide (docs/guide/img/) from the real app on the demo data:
#   scripts/guide.sh            all of them (a minute or two; the demo syncs with its sandbox first)
# Each picture is the window as a person sees it, rendered offscreen by `demo --screenshot`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
out=docs/guide/img
mkdir -p "$out"
# name of the picture → the view it shows (see `matrix-desktop demo --screenshot x.png --view nope`)
shots=(
  "today:today" "settings:settings" "accounts:accounts" "credentials:credentials" "matrix:matrix" plan "forwarding:forwarding"
  "review:review" "review-tickets:review:tickets" "review-settings:review:settings" "inbox:inbox"
  "keywords:keywords" "calendar:calendar" "analytics:analytics" "team:team" "audit:audit"
  "campaign:calendar:campaigns" "draw:calendar:draws"
)
run() {
  export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false'
  export MATRIX_HOME="$1"
  shift
  for shot in "$@"; do
    if [[ "$shot" == "plan" ]]; then
      # A forwarding plan for the official account's newest post, so the forwarding page shows one.
      db="$MATRIX_HOME/demo/matrix.db"
      mid="$(.venv/bin/python -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
        "SELECT p.mid FROM posts p JOIN accounts a ON a.uid = p.account_uid WHERE a.role = '"'"'official'"'"'
         ORDER BY p.created_at DESC LIMIT 1").fetchone()[0])' "$db")"
      .venv/bin/matrix-desktop --db "sqlite:///$db" --as 小周 forward plan --post "$mid" --replace >/dev/null
      continue
    fi
    name="${shot%%:*}"
    view="${shot#*:}"
    .venv/bin/matrix-desktop demo --screenshot "docs/guide/img/$name.png" --view "$view" >/dev/null
    echo "guide: docs/guide/img/$name.png ($view)"
  done
}
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_RUNTIME_DIR="$home/runtime" XDG_DATA_HOME="$home/xdg-data"
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME"
export -f run
dbus-run-session -- bash -c \
  'printf matrix | gnome-keyring-daemon --unlock --components=secrets >/dev/null && run "$@"' \
  bash "$home/data" "${shots[@]}"
