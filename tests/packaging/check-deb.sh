#!/usr/bin/env bash
# packaging_deb: makes the Debian packages from this build tree, checks their contents and
# dependencies, installs them on this machine with apt-get, runs the installed programs
# (--version, --help in French and Dutch, the server as its system user), removes and purges
# them, and leaves the machine as it was. Needs root; no system service is started.
#   check-deb.sh CPACK BUILD_DIR OUTPUT_DIR PROJECT_VERSION
set -euo pipefail
# shellcheck source=tests/packaging/lib.sh
source "$(dirname "$0")/lib.sh"
cpack=$1 build=$2 out=$3 version=$4
packages=(ehealthbugs ehealthbugs-server)
user=ehealthbugs

[ "$(id -u)" -eq 0 ] || fail "run as root: the test installs and purges the packages"
for package in "${packages[@]}"; do
    if dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qv '^not-installed$'; then
        fail "$package is already on this machine (dpkg -P $package first): the test purges what it installs"
    fi
done
user_existed=0
getent passwd "$user" >/dev/null && user_existed=1

# --- Make the packages.
rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
desktop_deb=$(echo "$out"/ehealthbugs_"$version"-1_*.deb)
server_deb=$(echo "$out"/ehealthbugs-server_"$version"-1_*.deb)
if [ ! -f "$desktop_deb" ] || [ ! -f "$server_deb" ]; then
    fail "cpack made: $(ls "$out")"
fi

# --- Contents.
desktop_files=$(dpkg-deb -c "$desktop_deb" | awk '{print $6}')
expect_in "$desktop_files" "$(basename "$desktop_deb")" ./usr/bin/ehealthbugs \
    ./usr/share/applications/ehealthbugs.desktop ./usr/share/metainfo/be.gbo.ehealthbugs.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/ehealthbugs.svg ./usr/share/doc/ehealthbugs/copyright
for size in 16 22 24 32 48 64 128 256 512; do
    expect_in "$desktop_files" "$(basename "$desktop_deb")" \
        "./usr/share/icons/hicolor/${size}x${size}/apps/ehealthbugs.png"
done
expect_not_in "$desktop_files" "$(basename "$desktop_deb")" ehealthbugs-server /usr/local
server_files=$(dpkg-deb -c "$server_deb" | awk '{print $6}')
expect_in "$server_files" "$(basename "$server_deb")" ./usr/bin/ehealthbugs-server \
    ./usr/lib/systemd/system/ehealthbugs-server.service \
    ./usr/lib/systemd/system/ehealthbugs-server@.service \
    ./usr/lib/systemd/system/ehealthbugs-server.target ./usr/lib/sysusers.d/ehealthbugs-server.conf \
    ./etc/default/ehealthbugs-server ./usr/share/doc/ehealthbugs-server/README.md \
    ./usr/share/doc/ehealthbugs-server/copyright \
    ./usr/share/doc/ehealthbugs-server/examples/nginx/ehealthbugs.conf
expect_not_in "$server_files" "$(basename "$server_deb")" sites-enabled /usr/local
if grep -qx ./usr/bin/ehealthbugs <<<"$server_files"; then
    fail "the server package holds the desktop program"
fi
# Stripped: no debug sections in the programs.
work=$(mktemp -d)
dpkg-deb -x "$desktop_deb" "$work/desktop"
dpkg-deb -x "$server_deb" "$work/server"
for program in "$work/desktop/usr/bin/ehealthbugs" "$work/server/usr/bin/ehealthbugs-server"; do
    if readelf -S "$program" | grep -q '\.debug_info'; then fail "$program is not stripped"; fi
done
desktop-file-validate "$work/desktop/usr/share/applications/ehealthbugs.desktop" ||
    fail "desktop-file-validate refuses the packaged desktop entry"
appstreamcli validate --no-net "$work/desktop/usr/share/metainfo/be.gbo.ehealthbugs.metainfo.xml" ||
    fail "appstreamcli refuses the packaged metainfo"

# --- Control data: dependencies, conffiles, maintainer scripts.
desktop_depends=$(dpkg-deb -f "$desktop_deb" Depends)
server_depends=$(dpkg-deb -f "$server_deb" Depends)
echo "ehealthbugs Depends: $desktop_depends"
echo "ehealthbugs-server Depends: $server_depends"
expect_in "$desktop_depends" "ehealthbugs's Depends" libc6 libqt6core6 libqt6gui6 libqt6widgets6 \
    libqt6network6 libqt6sql6 qt6-qpa-plugins libqt6sql6-sqlite qt6-translations-l10n
expect_not_in "$desktop_depends" "ehealthbugs's Depends" libqt6httpserver6 libqt6sql6-psql
expect_in "$server_depends" "ehealthbugs-server's Depends" libc6 libqt6core6 libqt6httpserver6 \
    libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql adduser
expect_not_in "$server_depends" "ehealthbugs-server's Depends" libqt6widgets6 libqt6gui6 \
    qt6-qpa-plugins
dpkg-deb -e "$server_deb" "$work/control"
[ "$(cat "$work/control/conffiles")" = /etc/default/ehealthbugs-server ] ||
    fail "conffiles: $(cat "$work/control/conffiles")"
for script in postinst prerm postrm; do
    [ -x "$work/control/$script" ] || fail "the server package's $script is missing or not executable"
    sh -n "$work/control/$script" || fail "$script is not valid sh"
done
rm -rf "$work"

# --- Install. Services must not start here: a policy-rc.d says no while the test runs (as
# Debian's build chroots do); everything is purged on exit.
policy=/usr/sbin/policy-rc.d
own_policy=0
home=$(mktemp -d)
cleanup() {
    status=$?
    DEBIAN_FRONTEND=noninteractive apt-get purge -o DPkg::Lock::Timeout=120 -y -qq "${packages[@]}" >/dev/null 2>&1 || true
    if [ "$user_existed" -eq 0 ] && getent passwd "$user" >/dev/null; then
        deluser --quiet --system "$user" >/dev/null 2>&1 || userdel "$user" || true
    fi
    if [ "$user_existed" -eq 0 ] && getent group "$user" >/dev/null; then
        delgroup --quiet --system "$user" >/dev/null 2>&1 || groupdel "$user" || true
    fi
    [ "$own_policy" -eq 1 ] && rm -f "$policy"
    rm -rf "$home"
    exit "$status"
}
trap cleanup EXIT
trap "exit 143" TERM INT
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
    own_policy=1
fi
# Nothing else is installed: the dependencies are already here (packaging/dev/install-deps.sh),
# so purging our two packages leaves the machine as it was.
apt_install=(apt-get install -o DPkg::Lock::Timeout=120 -y -qq --no-install-recommends
    "$desktop_deb" "$server_deb")
others=$("${apt_install[@]}" --simulate 2>&1 | awk '$1 == "Inst" && $2 !~ /^ehealthbugs(-server)?$/ {print $2}')
[ -z "$others" ] || fail "installing the packages would also install: $others (run packaging/dev/install-deps.sh)"
if ! DEBIAN_FRONTEND=noninteractive "${apt_install[@]}" >"$out/install.log" 2>&1; then
    cat "$out/install.log" >&2
    fail "apt-get install of the packages failed"
fi
for package in "${packages[@]}"; do
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$package")" = installed ] || fail "$package is not installed"
done

# --- The installed programs, in a clean environment with an empty home.
run() { # LANG program arguments...
    local lang=$1
    shift
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home" LANG="$lang" \
        QT_QPA_PLATFORM=offscreen "$@" 2>&1
}
output=$(run C.UTF-8 /usr/bin/ehealthbugs --version) || fail "ehealthbugs --version failed: $output"
[ "$output" = "ehealthbugs $version" ] || fail "ehealthbugs --version says: $output"
output=$(run C.UTF-8 /usr/bin/ehealthbugs-server --version) ||
    fail "ehealthbugs-server --version failed: $output"
expect_in "$output" "ehealthbugs-server --version" "$version"

# --help in French and Dutch: our strings and Qt's own (qt6-translations-l10n).
output=$(run fr_BE.UTF-8 /usr/bin/ehealthbugs --help) || fail "ehealthbugs --help (fr) failed: $output"
expect_in "$output" "ehealthbugs --help in French" "pannes" "Utilisation :" \
    "Afficher les informations de version."
expect_not_in "$output" "ehealthbugs --help in French" "Report failures" "Usage:"
output=$(run nl_BE.UTF-8 /usr/bin/ehealthbugs --help) || fail "ehealthbugs --help (nl) failed: $output"
expect_in "$output" "ehealthbugs --help in Dutch" "storingen" "Gebruik:" "Toont versie-informatie."
expect_not_in "$output" "ehealthbugs --help in Dutch" "Report failures" "Usage:"
output=$(run fr_BE.UTF-8 /usr/bin/ehealthbugs-server --help) ||
    fail "ehealthbugs-server --help (fr) failed: $output"
expect_in "$output" "ehealthbugs-server --help in French" "Utilisation : ehealthbugs-server" "signalements"
expect_not_in "$output" "ehealthbugs-server --help in French" "Usage:"
output=$(run nl_BE.UTF-8 /usr/bin/ehealthbugs-server --help) ||
    fail "ehealthbugs-server --help (nl) failed: $output"
expect_in "$output" "ehealthbugs-server --help in Dutch" "Gebruik: ehealthbugs-server" "meldingen"
expect_not_in "$output" "ehealthbugs-server --help in Dutch" "Usage:"

# The window-less command (QCoreApplication, the packaged SQLite driver) saves a report.
output=$(run C.UTF-8 /usr/bin/ehealthbugs report --service recip-e --symptom timeout \
    --data-dir "$home/app" --server http://127.0.0.1:9) && status=0 || status=$?
if [ "$status" -ne 0 ] || [ ! -s "$home/app/reports.sqlite" ]; then
    fail "ehealthbugs report (exit $status) did not save the report: $output"
fi

# --- The system user, its state directory and the service's set-up.
IFS=: read -r _ _ uid gid _ user_home shell < <(getent passwd "$user") || fail "no user $user"
[ "$uid" -lt 1000 ] || fail "$user is not a system user (uid $uid)"
[ "$user_home" = /var/lib/ehealthbugs-server ] || fail "$user's home is $user_home"
case "$shell" in */nologin | */false) ;; *) fail "$user may log in (shell $shell)" ;; esac
[ "$(getent group "$user" | cut -d: -f3)" = "$gid" ] || fail "$user's group is not $user"
[ "$(stat -c '%U:%G %a' /var/lib/ehealthbugs-server)" = "$user:$user 700" ] ||
    fail "/var/lib/ehealthbugs-server is $(stat -c '%U:%G %a' /var/lib/ehealthbugs-server)"
# The user can run the server on the packaged default database (the SQLite driver loads).
# shellcheck disable=SC1091 # installed by the package
database=$(. /etc/default/ehealthbugs-server && echo "$EHB_DATABASE")
[ "$database" = sqlite:/var/lib/ehealthbugs-server/server.sqlite ] || fail "default database: $database"
output=$(cd / && runuser -u "$user" -- env -i LANG=C.UTF-8 /usr/bin/ehealthbugs-server migrate \
    --database "$database" 2>&1) || fail "ehealthbugs-server migrate as $user failed: $output"
[ "$(stat -c %U /var/lib/ehealthbugs-server/server.sqlite)" = "$user" ] ||
    fail "the database does not belong to $user"
[ -L /etc/systemd/system/multi-user.target.wants/ehealthbugs-server.service ] ||
    fail "ehealthbugs-server.service is not enabled"
if command -v systemd-analyze >/dev/null; then
    for unit in ehealthbugs-server.service ehealthbugs-server@8081.service ehealthbugs-server.target; do
        if ! output=$(systemd-analyze verify "$unit" 2>&1) || [ -n "$output" ]; then
            fail "systemd-analyze verify $unit complains: $output"
        fi
    done
fi

# --- Upgrade (the same version again): the operator's options and the data stay.
echo "# changed by the operator" >>/etc/default/ehealthbugs-server
if ! dpkg -i "$server_deb" >"$out/upgrade.log" 2>&1; then
    cat "$out/upgrade.log" >&2
    fail "reinstalling the server package failed"
fi
grep -q "changed by the operator" /etc/default/ehealthbugs-server || fail "upgrade lost the options"
[ -f /var/lib/ehealthbugs-server/server.sqlite ] || fail "upgrade deleted the database"
[ "$(stat -c '%U %a' /var/lib/ehealthbugs-server)" = "$user 700" ] || fail "upgrade changed the state directory"

# --- Remove keeps the configuration and the data; purge removes them, not the user.
DEBIAN_FRONTEND=noninteractive apt-get remove -o DPkg::Lock::Timeout=120 -y -qq ehealthbugs-server >/dev/null
[ ! -e /usr/bin/ehealthbugs-server ] || fail "remove left the program"
[ -f /etc/default/ehealthbugs-server ] || fail "remove deleted the configuration (a conffile)"
[ -f /var/lib/ehealthbugs-server/server.sqlite ] || fail "remove deleted the database"
DEBIAN_FRONTEND=noninteractive apt-get purge -o DPkg::Lock::Timeout=120 -y -qq "${packages[@]}" >/dev/null
for path in /usr/bin/ehealthbugs /etc/default/ehealthbugs-server /var/lib/ehealthbugs-server \
    /usr/lib/systemd/system/ehealthbugs-server.service \
    /etc/systemd/system/multi-user.target.wants/ehealthbugs-server.service \
    /etc/systemd/system/ehealthbugs-server.service \
    /usr/share/applications/ehealthbugs.desktop; do
    if [ -e "$path" ] || [ -L "$path" ]; then fail "purge left $path"; fi
done
for package in "${packages[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qv '^not-installed$' &&
        fail "$package is still known to dpkg after purge"
done
getent passwd "$user" >/dev/null || fail "purge deleted the system user (Debian keeps it)"
echo "Debian packages OK: $(basename "$desktop_deb"), $(basename "$server_deb")"
