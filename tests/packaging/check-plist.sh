#!/usr/bin/env bash
# packaging_macos_plist: the bundle's Info.plist, configured here from packaging/macos as CMake
# does on macOS, is well-formed and declares the program's languages.
#   check-plist.sh INFO_PLIST
# shellcheck disable=SC2016 # looking for unreplaced CMake variables
set -euo pipefail
# shellcheck source=tests/packaging/lib.sh
source "$(dirname "$0")/lib.sh"
plist=$1

xmllint --noout "$plist" || fail "$plist is not well-formed XML"
expect_not_in "$(cat "$plist")" "$plist" '${' '@'
value() { xmllint --xpath "string(/plist/dict/key[.='$1']/following-sibling::*[1])" "$plist"; }
languages=$(xmllint --xpath "/plist/dict/key[.='CFBundleLocalizations']/following-sibling::array[1]/string/text()" "$plist" | xargs)
[ "$languages" = "en fr nl de" ] || fail "CFBundleLocalizations is \"$languages\""
[ "$(value CFBundleExecutable)" = ehealthbugs ] || fail "CFBundleExecutable is $(value CFBundleExecutable)"
[ "$(value CFBundleIdentifier)" = be.gbo.ehealthbugs ] || fail "CFBundleIdentifier is $(value CFBundleIdentifier)"
[ "$(value CFBundleIconFile)" = ehealthbugs.icns ] || fail "CFBundleIconFile is $(value CFBundleIconFile)"
[ "$(value CFBundlePackageType)" = APPL ] || fail "CFBundlePackageType is $(value CFBundlePackageType)"
[ -n "$(value CFBundleShortVersionString)" ] || fail "no CFBundleShortVersionString"
echo "Info.plist OK: languages $languages, version $(value CFBundleShortVersionString)"
