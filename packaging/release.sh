#!/usr/bin/env bash
# Builds eHealth Bugs in Release and makes the packages of the platform it runs on:
#   Debian/Ubuntu  ehealthbugs_<version>-1_<arch>.deb (desktop program)
#                  ehealthbugs-server_<version>-1_<arch>.deb (collection server)
#   Windows        ehealthbugs-<version>-win64.exe (NSIS installer, run from Git Bash in a
#                  "x64 Native Tools" prompt, with Qt's bin in PATH and NSIS installed)
#   macOS          ehealthbugs-<version>-macos.dmg (disk image, Qt's bin in PATH)
# with a .sha256 beside each, in build-release/packages/.
#
#   packaging/release.sh [extra cmake arguments, e.g. -DCMAKE_PREFIX_PATH=C:/Qt/6.4.2/msvc2019_64]
#
# Environment: EHB_RELEASE_DIR (default build-release), EHB_JOBS (default 2),
# EHB_DEFAULT_SERVER_URL (the collection server built into the desktop program, https://; the
# GBO's installers are built with its address; unset: none, the app sends nothing until an
# administrator or the GP sets one).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${EHB_RELEASE_DIR:-build-release}
jobs=${EHB_JOBS:-2}
# The Windows and macOS packages hold the desktop program only: no Qt HttpServer needed there.
server=OFF
case "$(uname -s)" in
Linux) generator=DEB server=ON ;;
Darwin) generator=DragNDrop ;;
MINGW* | MSYS* | CYGWIN*) generator=NSIS ;;
*)
    echo "release.sh: no package format for $(uname -s)" >&2
    exit 1
    ;;
esac

cmake_args=(-S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DEHB_BUILD_TESTS=OFF
    -DEHB_BUILD_SERVER="$server")
# Always given, so that a build directory used before does not keep an older address.
cmake_args+=(-DEHB_DEFAULT_SERVER_URL="${EHB_DEFAULT_SERVER_URL:-}")
command -v ninja >/dev/null && cmake_args+=(-G Ninja)
command -v ccache >/dev/null && cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake "${cmake_args[@]}" "$@"
cmake --build "$build" --config Release -j "$jobs"
server_url=$(sed -n 's/^EHB_DEFAULT_SERVER_URL:STRING=//p' "$build/CMakeCache.txt")
echo "Collection server built in: ${server_url:-none (set EHB_DEFAULT_SERVER_URL)}"

rm -rf "$build/packages"
cpack --config "$build/CPackConfig.cmake" -G "$generator" -C Release -B "$build/packages"
rm -rf "$build/packages/_CPack_Packages"
echo
echo "Packages in $build/packages:"
ls -l "$build/packages"
