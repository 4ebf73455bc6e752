#!/usr/bin/env bash
# Installs what is needed, builds, starts a local collection server on an SQLite file and opens
# the desktop app pointed at it. Data stays under build/local/. Stop with Ctrl+C or by closing
# the app (the server stops with it).
set -euo pipefail
cd "$(dirname "$0")/../.."

packaging/dev/install-deps.sh
build=${EHB_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j2 --target ehealthbugs ehealthbugs-server

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found. On a machine without a screen, run it under a virtual one:" >&2
    echo "    xvfb-run -a $0" >&2
    exit 1
fi

data="$PWD/$build/local"
mkdir -p "$data/app"
log="$data/server.log"
"$build/app/server/ehealthbugs-server" serve --listen 127.0.0.1:0 \
    --database "sqlite:$data/server.sqlite" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    grep -q "Listening on" "$log" && break
    kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*' "$log" | head -n 1)
echo "Collection server: $url (database $data/server.sqlite)"
echo "Try: curl $url/api/v1/services"
"$build/app/desktop/ehealthbugs" --data-dir "$data/app" --server "$url"
