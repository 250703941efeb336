#!/usr/bin/env bash
# Installs the unpacked Matrix Desktop folder: a `matrix-desktop` command, the desktop entry and the icon.
# Run from the unpacked folder; as root it installs for everyone (/opt, /usr/local), else for this user.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ "$(id -u)" -eq 0 ]]; then
  dest=/opt/matrix-desktop; bin=/usr/local/bin; share=/usr/local/share
else
  dest="$HOME/.local/opt/matrix-desktop"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
if [[ "$here" != "$dest" ]]; then
  mkdir -p "$(dirname "$dest")"; rm -rf "$dest"; cp -a "$here" "$dest"
fi
mkdir -p "$bin" "$share/applications" "$share/icons/hicolor/256x256/apps" "$share/icons/hicolor/scalable/apps"
ln -sf "$dest/matrix-desktop" "$bin/matrix-desktop"
sed "s#^Exec=matrix-desktop#Exec=$dest/matrix-desktop#" "$dest/share/applications/matrix-desktop.desktop" \
  > "$share/applications/matrix-desktop.desktop"
cp "$dest/share/icons/hicolor/256x256/apps/matrix-desktop.png" "$share/icons/hicolor/256x256/apps/"
cp "$dest/share/icons/hicolor/scalable/apps/matrix-desktop.svg" "$share/icons/hicolor/scalable/apps/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
echo "installed Matrix Desktop $(cat "$dest/VERSION") in $dest; run: matrix-desktop"
