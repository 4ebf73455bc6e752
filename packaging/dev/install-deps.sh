#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test eHealth Bugs.
# Skips apt-get entirely when everything is already installed. Run as root (or with sudo).
set -euo pipefail

packages=(
    cmake ninja-build g++ clang-format
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev libxkbcommon-dev
    qtkeychain-qt6-dev
    xvfb xauth curl poppler-utils
    # The server's tests: a throwaway PostgreSQL cluster, nginx with TLS in front, the fuzzer.
    postgresql nginx openssl clang libclang-rt-14-dev
    chromium # the public status page in a real browser (tests/server/tst_publicbrowser)
    dpkg-dev desktop-file-utils appstream libxml2-utils librsvg2-bin nsis # packaging and its tests
    nodejs # openapi_lint installs Redocly's linter with npm (tests/openapi)
)
# A nodejs from outside Debian (NodeSource's) brings npm and conflicts with Debian's npm package.
command -v npm >/dev/null 2>&1 || packages+=(npm)
packages+=("$@")

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# The tests start PostgreSQL and nginx themselves, on loopback, and stop them after: keep the
# packages from starting system services or creating a default cluster while they install.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    $sudo mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
fi
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod +x "$policy"
    own_policy=1
fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if [ "$own_policy" -eq 1 ]; then
    $sudo rm -f "$policy"
fi
