#!/usr/bin/env bash
# Builds the one-folder Linux application into build/dist/matrix-desktop/ and a tarball beside it:
#   build/build.sh            build (installs PyInstaller into .venv first)
# Then build/smoke.sh checks the result in a fresh directory, without this checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/python -m pip install -q 'pyinstaller>=6.10' 2>&1 | grep -v "^WARNING: Location" || true
version="$(.venv/bin/python -c 'import matrix_desktop; print(matrix_desktop.__version__)')"
rm -rf build/work build/dist
.venv/bin/pyinstaller --noconfirm --log-level WARN --workpath build/work --distpath build/dist \
  build/matrix-desktop.spec
app="build/dist/matrix-desktop"
# The desktop entry and icon, with an installer for them (per user, or system-wide as root).
mkdir -p "$app/share/applications" "$app/share/icons/hicolor/256x256/apps" "$app/share/icons/hicolor/scalable/apps"
cp build/matrix-desktop.desktop "$app/share/applications/"
cp build/matrix-desktop.png "$app/share/icons/hicolor/256x256/apps/"
cp build/matrix-desktop.svg "$app/share/icons/hicolor/scalable/apps/"
cp build/install.sh "$app/install.sh"
echo "$version" > "$app/VERSION"
tar -C build/dist -czf "build/dist/matrix-desktop-$version-linux-$(uname -m).tar.gz" matrix-desktop
echo "built $app ($(du -sh "$app" | cut -f1)) and build/dist/matrix-desktop-$version-linux-$(uname -m).tar.gz"
