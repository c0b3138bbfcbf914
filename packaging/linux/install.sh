#!/usr/bin/env bash
# Install 年报助手 for the current user from the unpacked tarball (no root needed):
#   ./install.sh                 the app into ~/.local/lib/ogi-report, a menu entry, icons,
#                                the .ogireport file type, and ~/.local/bin/ogi-report
#   ./install.sh --uninstall     removes exactly those; drafts in ~/.local/share/ogi-report stay
#   --prefix DIR                 instead of ~/.local (e.g. /usr/local, run as root)
set -euo pipefail

APP_ID=cn.ogireport.nianbao
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PREFIX="$HOME/.local"
ACTION=install

while [[ $# -gt 0 ]]; do
  case $1 in
    --uninstall) ACTION=uninstall ;;
    --prefix) PREFIX=${2:?--prefix needs a folder}; shift ;;
    -h|--help) sed -n '2,6p' "${BASH_SOURCE[0]}" | cut -c3-; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

# The app lives in lib/, never in share/ogi-report: that folder holds the user's drafts.
APP_DIR="$PREFIX/lib/ogi-report"
BIN="$PREFIX/bin/ogi-report"
SHARE="$PREFIX/share"
DESKTOP="$SHARE/applications/$APP_ID.desktop"
METAINFO="$SHARE/metainfo/$APP_ID.metainfo.xml"
MIME="$SHARE/mime/packages/$APP_ID.xml"
ICON_SIZES=(16 22 24 32 48 64 128 256 512)

refresh_caches() {
  # each tool is optional: a desktop without it simply picks the files up at next login
  command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" >/dev/null 2>&1 || true
}

uninstall() {
  rm -rf -- "$APP_DIR"
  rm -f -- "$DESKTOP" "$METAINFO" "$MIME"
  [[ -L $BIN ]] && rm -f -- "$BIN"
  for size in "${ICON_SIZES[@]}"; do
    rm -f -- "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
  rm -f -- "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  refresh_caches
  echo "removed 年报助手 from $PREFIX (drafts and settings in your data folder are kept)"
}

install() {
  [[ -x "$HERE/ogi-report/ogi-report" ]] || { echo "install.sh: ogi-report/ not found beside this script" >&2; exit 1; }
  mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
  # copy beside, then swap in: a failed copy leaves the installed version as it was
  rm -rf -- "$APP_DIR.new"
  cp -a "$HERE/ogi-report" "$APP_DIR.new"
  rm -rf -- "$APP_DIR"
  mv -- "$APP_DIR.new" "$APP_DIR"
  ln -sfn "$APP_DIR/ogi-report" "$BIN"
  # an absolute Exec= works whether or not ~/.local/bin is on PATH
  sed "s|^Exec=ogi-report|Exec=\"$APP_DIR/ogi-report\"|" "$HERE/share/applications/$APP_ID.desktop" >"$DESKTOP"
  cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
  cp "$HERE/share/mime/packages/$APP_ID.xml" "$MIME"
  cp -r "$HERE/share/icons" "$SHARE/"
  refresh_caches
  echo "installed 年报助手 in $APP_DIR; start it from the applications menu or with $BIN"
}

"$ACTION"
