#!/usr/bin/env bash
# The OpenAPI document against Redocly's linter, recommended rules: no error allowed.
#   redocly-lint.sh install NODE_DIR VERSION   (test openapi_lint_install, the fixture)
#   redocly-lint.sh lint NODE_DIR VERSION DOCUMENT   (test openapi_lint)
# NODE_DIR is in the build tree: @redocly/cli is installed there with npm, once per pinned
# VERSION, and npm's own cache is kept there too, so nothing is written under $HOME. The only
# host called is the npm registry, while installing: Redocly's telemetry and update check are
# off.
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

[ $# -ge 3 ] || fail "usage: $0 install|lint NODE_DIR VERSION [DOCUMENT]"
mode=$1 node_dir=$2 version=$3
cli=$node_dir/node_modules/@redocly/cli

for tool in node npm; do
    command -v "$tool" >/dev/null 2>&1 ||
        fail "$tool is not installed: run packaging/dev/install-deps.sh (Debian's nodejs and npm)"
done

installed_version() {
    [ -f "$cli/package.json" ] || return 0
    node -e 'process.stdout.write(require(process.argv[1]).version)' "$cli/package.json"
}

export npm_config_cache=$node_dir/npm-cache
export npm_config_update_notifier=false
# Read by @redocly/cli itself (lib/wrapper.js, lib/utils/update-version-notifier.js).
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true
export NO_COLOR=1

case $mode in
install)
    if [ "$(installed_version)" = "$version" ]; then
        echo "@redocly/cli $version is already in $node_dir"
        exit 0
    fi
    mkdir -p "$node_dir"
    rm -rf "$node_dir/node_modules" "$node_dir/package-lock.json"
    echo '{"private": true}' >"$node_dir/package.json"
    echo "Installing @redocly/cli $version into $node_dir"
    npm install --prefix "$node_dir" --no-audit --no-fund --loglevel=error --ignore-scripts \
        --save-exact "@redocly/cli@$version" ||
        fail "npm could not install @redocly/cli@$version (is the npm registry reachable?)"
    [ "$(installed_version)" = "$version" ] ||
        fail "npm installed @redocly/cli '$(installed_version)', not $version"
    ;;
lint)
    [ $# -eq 4 ] || fail "usage: $0 lint NODE_DIR VERSION DOCUMENT"
    document=$4
    [ -f "$document" ] || fail "no document at $document"
    [ "$(installed_version)" = "$version" ] ||
        fail "@redocly/cli $version is not in $node_dir (the test openapi_lint_install puts it there)"
    # From an empty folder, so that no redocly.yaml is picked up: the built-in rules only.
    work=$node_dir/lint
    mkdir -p "$work"
    cd "$work"
    status=0
    node "$cli/bin/cli.js" lint --extends=recommended --format=stylish "$document" || status=$?
    [ "$status" -eq 0 ] ||
        fail "redocly lint found errors in $document (exit code $status)"
    echo "redocly lint $version: no error in $document"
    ;;
*)
    fail "unknown mode $mode: install or lint"
    ;;
esac
