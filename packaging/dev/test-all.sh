#!/usr/bin/env bash
# Installs what is needed, builds everything with warnings as errors and runs every test.
# Usage: packaging/dev/test-all.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."

packaging/dev/install-deps.sh
build=${EHB_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEHB_WARNINGS_AS_ERRORS=ON \
    -DEHB_TEST_DIRS="core;store;net;client;analysis;server;openapi;ui;export;i18n;nginx;fuzz;bench;packaging"
cmake --build "$build" -j2
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --label-exclude benchmark "$@"
