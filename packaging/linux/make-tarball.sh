#!/usr/bin/env bash
# Pack a built bundle with its desktop integration into ogi-report-<version>-linux-<arch>.tar.gz:
#   make-tarball.sh BUNDLE_DIR OUT_DIR VERSION      (prints the tarball's path)
# Inside: ogi-report/ (the bundle), install.sh, README.txt and share/ laid out as in a prefix
# (applications, metainfo, mime/packages, icons/hicolor), which install.sh copies into place.
set -euo pipefail
bundle=$(cd "${1:?bundle folder}" && pwd)
out=$(mkdir -p "${2:?output folder}" && cd "$2" && pwd)
version=${3:?version}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_ID=cn.ogireport.nianbao

name="ogi-report-$version-linux-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top="$stage/$name"
mkdir -p "$top/share/applications" "$top/share/metainfo" "$top/share/mime/packages" "$top/share/icons"
cp -a "$bundle" "$top/ogi-report"
cp "$HERE/install.sh" "$HERE/README.txt" "$top/"
cp "$HERE/$APP_ID.desktop" "$top/share/applications/"
cp "$HERE/$APP_ID.metainfo.xml" "$top/share/metainfo/"
cp "$HERE/$APP_ID.mime.xml" "$top/share/mime/packages/$APP_ID.xml"
cp -r "$HERE/../icons/hicolor" "$top/share/icons/"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz"
