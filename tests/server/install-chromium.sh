#!/usr/bin/env bash
# The chromium fixture of tst_publicbrowser: makes sure Debian's chromium is installed, as
# packaging/dev/install-deps.sh does for everything else (skipped when already there). Fails
# when it cannot be installed, so that the browser test fails rather than being skipped.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
echo "Installing chromium (Debian's package) for the public page's browser test"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium >/dev/null 2>&1 || { echo "chromium is still not on PATH" >&2; exit 1; }
