#!/usr/bin/env bash
# Pack a built bundle into a .deb in the UOS (统信) application layout, offline, with dpkg-deb:
#   make-deb.sh BUNDLE_DIR OUT_DIR VERSION      (prints the .deb's path)
# Inside the package, everything under /opt/apps/<appid>/:
#   info                              the store's JSON description (appid, name, version, arch, permissions)
#   files/                            the PyInstaller bundle (files/ogi-report is the program)
#   entries/applications/<appid>.desktop, entries/icons/hicolor/…, entries/mime/packages/<appid>.xml
# UOS links entries/ into the system folders itself; the package name is the app id, as UOS requires.
set -euo pipefail
bundle=$(cd "${1:?bundle folder}" && pwd)
out=$(mkdir -p "${2:?output folder}" && cd "$2" && pwd)
version=${3:?version}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_ID=cn.ogireport.nianbao   # the reverse-domain id; to be confirmed with the publisher (docs/packaging.md)
arch=$(dpkg --print-architecture)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/root"
app="$root/opt/apps/$APP_ID"
mkdir -p "$app/files" "$app/entries/applications" "$app/entries/mime/packages" "$root/DEBIAN"
cp -a "$bundle/." "$app/files/"
mkdir -p "$app/entries/icons"
cp -r "$HERE/../icons/hicolor" "$app/entries/icons/hicolor"
cp "$HERE/$APP_ID.mime.xml" "$app/entries/mime/packages/$APP_ID.xml"
# the menu entry starts the program where the package puts it
sed "s|^Exec=.*|Exec=\"/opt/apps/$APP_ID/files/ogi-report\" %f|" "$HERE/$APP_ID.desktop" \
  >"$app/entries/applications/$APP_ID.desktop"
cat >"$app/info" <<JSON
{
  "appid": "$APP_ID",
  "name": "年报助手",
  "version": "$version",
  "arch": ["$arch"],
  "permissions": {
    "autostart": false,
    "notification": false,
    "trayicon": false,
    "clipboard": false,
    "account": false,
    "bluetooth": false,
    "camera": false,
    "audio_record": false,
    "installed_apps": false
  }
}
JSON
cat >"$root/DEBIAN/control" <<CONTROL
Package: $APP_ID
Version: $version
Architecture: $arch
Maintainer: 年报助手 <ogireport@users.noreply.github.com>
Installed-Size: $(du -sk "$root/opt" | cut -f1)
Section: office
Priority: optional
Homepage: https://github.com/ogireport/ogi-report
Description: 年报助手 — annual open-government-information report assistant
 Drafts, checks and exports the 政府信息公开工作年度报告 in the GB/T 9704 layout.
 Works offline; drafts stay in the user's data folder.
CONTROL
chmod -R u+rwX,go+rX,go-w "$root"
deb="$out/${APP_ID}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
echo "$deb"
