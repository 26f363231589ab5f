#!/usr/bin/env bash
# Install the built Linux app (dist/minutesapp from packaging/build_linux.sh) for one user,
# with its launcher entry, icon and AppStream metadata, so it shows in the desktop's menu and
# under "Open with" for PDF files.
#
#     packaging/linux/install.sh [APP_DIR]              # into ~/.local
#     PREFIX=/opt/minutesapp packaging/linux/install.sh  # elsewhere (may need root)
#     packaging/linux/install.sh --uninstall            # remove what it installed
#
# Layout under PREFIX: lib/minutesapp/ (the app folder), bin/minutesapp (a link to its binary),
# share/applications/minutesapp.desktop, share/icons/hicolor/scalable/apps/minutesapp.svg,
# share/metainfo/io.github.minutesapp.metainfo.xml.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_HOME="$PREFIX/lib/minutesapp"
LAUNCHER="$PREFIX/bin/minutesapp"
DESKTOP="$PREFIX/share/applications/minutesapp.desktop"
ICON="$PREFIX/share/icons/hicolor/scalable/apps/minutesapp.svg"
METAINFO="$PREFIX/share/metainfo/io.github.minutesapp.metainfo.xml"

refresh_caches() {
  # Both are optional: without them the menu updates on the next login.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$PREFIX/share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$PREFIX/share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP_HOME"
  rm -f "$LAUNCHER" "$DESKTOP" "$ICON" "$METAINFO"
  refresh_caches
  echo "minutesapp removed from $PREFIX (your notes and settings are kept)"
  exit 0
fi

APP_DIR="$(cd "${1:-$ROOT/dist/minutesapp}" 2>/dev/null && pwd)" || {
  echo "install.sh: no built app folder; run packaging/build_linux.sh first" >&2
  exit 1
}
[ -x "$APP_DIR/minutesapp" ] || { echo "install.sh: $APP_DIR/minutesapp is not an executable" >&2; exit 1; }

mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$APP_HOME.new"
cp -a "$APP_DIR" "$APP_HOME.new"
rm -rf "$APP_HOME"
mv "$APP_HOME.new" "$APP_HOME"
ln -sfn "$APP_HOME/minutesapp" "$LAUNCHER"

# The launcher entry names the installed binary by its full path: ~/.local/bin is not on
# every desktop session's PATH.
mkdir -p "$(dirname "$DESKTOP")"
sed -e "s|^Exec=minutesapp |Exec=$LAUNCHER |" -e "/^Exec=/a TryExec=$LAUNCHER" \
  "$HERE/minutesapp.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
install -D -m 644 "$ROOT/resources/icons/minutesapp.svg" "$ICON"
install -D -m 644 "$HERE/io.github.minutesapp.metainfo.xml" "$METAINFO"
refresh_caches

echo "minutesapp installed in $PREFIX: run $LAUNCHER, or find it in the desktop's menu"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "note: $PREFIX/bin is not on your PATH; add it to run 'minutesapp' from a terminal" ;;
esac
