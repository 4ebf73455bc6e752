#!/usr/bin/env bash
# packaging_nsis: the Windows installer's CPack configuration, built with Debian's makensis over
# this build's staged files (Linux programs, so the installer is only a check of the script:
# pages, languages, shortcuts and uninstaller compile, and only the desktop program is in it).
#   check-nsis.sh CPACK BUILD_DIR OUTPUT_DIR
# shellcheck disable=SC2016 # NSIS text, not shell expansions
set -euo pipefail
# shellcheck source=tests/packaging/lib.sh
source "$(dirname "$0")/lib.sh"
cpack=$1 build=$2 out=$3

command -v makensis >/dev/null || fail "makensis is missing (Debian: nsis)"
rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" -G NSIS --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    tail -n 30 "$out"/_CPack_Packages/*/NSIS/NSISOutput.log >&2 || true
    fail "cpack -G NSIS failed"
fi
installers=("$out"/*.exe)
if [ ${#installers[@]} -ne 1 ] || [ ! -f "${installers[0]}" ]; then fail "no installer in $out"; fi
installer=${installers[0]}
[ "$(head -c 2 "$installer")" = MZ ] || fail "$installer is not a Windows program"
echo "installer: $(basename "$installer"), $(stat -c %s "$installer") bytes"

nsi=$(echo "$out"/_CPack_Packages/*/NSIS/project.nsi)
[ -f "$nsi" ] || fail "no project.nsi"
script=$(cat "$nsi")
# Languages: English first (the fallback), then French, Dutch, German; no language dialog,
# NSIS picks the one of Windows.
languages=$(grep -o 'MUI_LANGUAGE "[A-Za-z]*"' "$nsi" | cut -d'"' -f2 | xargs)
[ "$languages" = "English French Dutch German" ] || fail "the installer's languages are: $languages"
expect_in "$script" "project.nsi" 'MUI_PAGE_LICENSE' 'MUI_PAGE_STARTMENU' 'WriteUninstaller' \
    'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\eHealth Bugs.lnk" "$INSTDIR\bin\ehealthbugs.exe"' \
    'Delete "$INSTDIR\bin\ehealthbugs' \
    'LangString EHB_DESKTOP_SHORTCUT ${LANG_FRENCH} "Créer un raccourci sur le bureau"' \
    'LangString EHB_DESKTOP_SHORTCUT ${LANG_DUTCH}' \
    '${GetOptions} $R0 "/SERVER=" $SERVER_URL' \
    'WriteRegStr HKLM "Software\GBO\ehealthbugs\server" "url" "$SERVER_URL"' \
    'LangString EHB_SERVER_NOT_HTTPS ${LANG_FRENCH}' 'LangString EHB_SERVER_NOT_HTTPS ${LANG_DUTCH}'
# The staged tree: the desktop program only, never the server or its Linux system files.
staged=$(cd "$out"/_CPack_Packages/*/NSIS/ehealthbugs-*/ && find . -type f | sort)
expect_in "$staged" "the installer's files" ./bin/ehealthbugs
expect_not_in "$staged" "the installer's files" ehealthbugs-server systemd /etc/
# makensis warnings are errors (the template says so): a LangString missing in one language
# would have failed above.
grep -q '^!pragma warning error all' "$nsi" || fail "project.nsi does not make warnings errors"
echo "NSIS installer OK"
