#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, reachable only by a unix socket in DIR and, with
# --tcp, on 127.0.0.1 at a free port.
#
#   pgcluster.sh start DIR [--durable] [--tcp] [--watch-pid PID|--watch-parent]
#                          [--database NAME]... [--databases-file FILE]
#   pgcluster.sh stop DIR
#
# DIR holds the socket, the server log and what `stop` needs; the data folder is a fresh temporary
# folder. The cluster has a superuser ehb_admin and a login role ehb (CREATEDB) owning the
# database ehb_test and every --database. Written to DIR:
#   url      postgresql://ehb@/ehb_test?host=DIR[&port=P]   (unix socket, no password needed)
#   tcp-url  postgresql://ehb:PASSWORD@127.0.0.1:P/ehb_test (--tcp only; mode 600)
#   port     the port (names the socket file; the TCP port with --tcp)
# Without --durable the cluster runs with fsync, synchronous_commit and full_page_writes off:
# fast, and fine for tests that never crash the machine. --durable keeps PostgreSQL's durable
# defaults, for the crash test and the benchmarks.
# --watch-pid stops the cluster when that process is gone without having called `stop` (a test
# killed half-way, ctest interrupted); --watch-parent watches the caller (ctest for a fixture).
# Run as root, the cluster runs as the `postgres` system user (initdb refuses root).
set -euo pipefail

die() {
    echo "pgcluster: $*" >&2
    exit 1
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

find_bindir() {
    if [ -n "${EHB_PG_BINDIR:-}" ]; then
        echo "$EHB_PG_BINDIR"
        return
    fi
    local dir
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
            return
        fi
    fi
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
        return
    fi
    dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
    [ -x "$dir/initdb" ] || die "PostgreSQL's initdb not found: install the Debian package" \
        "postgresql (packaging/dev/install-deps.sh) or set EHB_PG_BINDIR"
    echo "$dir"
}

# The unprivileged user the cluster runs as: ourselves, or `postgres` when we are root.
cluster_user() {
    if [ "$(id -u)" -ne 0 ]; then
        id -un
    elif id -u postgres >/dev/null 2>&1; then
        echo postgres
    else
        die "running as root, but there is no 'postgres' user to run the cluster as" \
            "(install the Debian package postgresql)"
    fi
}

# Runs a command as the cluster user.
as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

# Stops the cluster whose temporary folder is $1 (data in $1/pg), by signal if pg_ctl cannot,
# and deletes the folder.
stop_data() {
    local data=$1 pgdata=$1/pg
    if [ -f "$pgdata/postmaster.pid" ]; then
        # Immediate: no shutdown checkpoint, the data is deleted right after anyway.
        as_user "$bindir/pg_ctl" -D "$pgdata" -m immediate -w -t 20 stop >/dev/null 2>&1 || true
        if [ -f "$pgdata/postmaster.pid" ]; then
            local pid
            pid=$(head -n 1 "$pgdata/postmaster.pid" 2>/dev/null || true)
            if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
                kill -KILL "$pid" 2>/dev/null || true
                echo "pgcluster: had to kill the postmaster $pid" >&2
            fi
        fi
    fi
    # Only ever delete a folder this script made.
    case "$data" in
    */ehb-pgdata.*) rm -rf "$data" ;;
    esac
}

cmd_stop() {
    local started
    started=$(now)
    if [ -f "$dir/datadir" ]; then
        stop_data "$(cat "$dir/datadir")"
        rm -f "$dir/datadir" "$dir/instance" "$dir/url" "$dir/tcp-url" "$dir/port"
        echo "pgcluster: stopped the cluster in $dir in $(elapsed "$started") s"
    else
        echo "pgcluster: no cluster in $dir"
    fi
    # The test fixtures' short folders under /tmp (tests/support/pgcluster/CMakeLists.txt) go
    # too, logs and all: a test run leaves nothing behind. A folder in the build tree keeps its
    # logs for a look after a failure.
    case "$dir" in
    /tmp/ehb-pg-*) rm -rf "$dir" ;;
    esac
}

quote_sql() { printf "'%s'" "${1//\'/\'\'}"; }

cmd_start() {
    local started durable=0 tcp=0 watch_pid="" databases=(ehb_test)
    started=$(now)
    while [ $# -gt 0 ]; do
        case "$1" in
        --durable) durable=1 ;;
        --tcp) tcp=1 ;;
        --watch-pid)
            watch_pid=${2:-}
            shift
            ;;
        --watch-parent) watch_pid=$PPID ;;
        --database)
            databases+=("${2:-}")
            shift
            ;;
        --databases-file)
            [ -f "${2:-}" ] || die "no databases file ${2:-}"
            while IFS= read -r name; do
                [ -n "$name" ] && databases+=("$name")
            done <"$2"
            shift
            ;;
        *) die "unknown option $1" ;;
        esac
        shift
    done
    for name in "${databases[@]}"; do
        [[ "$name" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "bad database name '$name'"
    done
    if [ -n "$watch_pid" ] && ! [[ "$watch_pid" =~ ^[0-9]+$ ]]; then
        die "--watch-pid needs a process id"
    fi

    # A cluster left by an interrupted run goes first.
    if [ -f "$dir/datadir" ]; then
        echo "pgcluster: stopping a cluster left in $dir"
        cmd_stop >/dev/null
    fi
    # The folder may be under /tmp: never take over one that someone else made.
    if [ -e "$dir" ]; then
        local owner
        owner=$(stat -c %u "$dir")
        [ "$owner" = "$(id -u)" ] || [ "$owner" = "$(id -u "$user")" ] ||
            die "$dir belongs to someone else"
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    case "$dir" in
    *"'"* | *" "* | *"&"* | *"?"* | *"#"* | *"%"*) die "the folder $dir has characters that the URL or the configuration cannot hold" ;;
    esac
    # A unix socket path holds at most 107 bytes: DIR + /.s.PGSQL.NNNNN.
    [ ${#dir} -le 92 ] || die "$dir is too long for a unix socket path (92 characters at most)"
    chmod 700 "$dir"

    local data
    local tmp=${TMPDIR:-/tmp}
    [ "$(id -u)" -eq 0 ] && tmp=/tmp # where the postgres user surely can go
    data=$(mktemp -d "$tmp/ehb-pgdata.XXXXXXXX")
    echo "$data" >"$dir/datadir"
    local instance
    instance=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
    echo "$instance" >"$dir/instance"
    if [ "$(id -u)" -eq 0 ]; then
        chown "$user:" "$dir" "$data"
        as_user test -w "$dir" -a -x "$dir" ||
            die "the user $user cannot reach $dir: a parent folder is not searchable by others"
    fi
    rm -f "$dir/postgres.log"
    as_user touch "$dir/postgres.log"

    # --no-sync even when durable: a cluster made for one test run need not survive a machine
    # crash during initdb; what --durable keeps is the running server's fsync.
    if ! as_user "$bindir/initdb" -D "$data/pg" -U ehb_admin --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C --no-instructions --no-sync \
        >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        stop_data "$data"
        die "initdb failed"
    fi
    local pgdata="$data/pg"
    # Nothing but the socket (no password) and, with --tcp, loopback (password).
    as_user tee "$pgdata/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all all 127.0.0.1/32 scram-sha-256
EOF
    {
        echo "unix_socket_directories = '$dir'"
        echo "unix_socket_permissions = 0700"
        echo "max_connections = 200"
        echo "shared_buffers = 32MB"
        echo "timezone = 'UTC'"
        echo "log_timezone = 'UTC'"
        echo "log_min_messages = warning"
        echo "log_line_prefix = '%m [%p] '"
        if [ "$durable" -eq 0 ]; then
            # Test cluster only: a machine crash may lose it, which a test never survives anyway.
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
        fi
    } | as_user tee -a "$pgdata/postgresql.conf" >/dev/null

    local port=5432 listen="''" attempt
    [ "$tcp" -eq 1 ] && listen="'127.0.0.1'"
    for attempt in $(seq 1 20); do
        if [ "$tcp" -eq 1 ]; then
            # PostgreSQL itself tells whether the port is free: a busy one fails the start.
            port=$((20000 + (RANDOM * 32768 + RANDOM) % 12000))
        fi
        if as_user "$bindir/pg_ctl" -D "$pgdata" -l "$dir/postgres.log" -w -t 60 \
            -o "-c port=$port -c listen_addresses=$listen" start >/dev/null 2>&1; then
            break
        fi
        if [ "$tcp" -eq 1 ] && grep -q "could not bind\|could not create any TCP/IP" "$dir/postgres.log"; then
            as_user truncate -s 0 "$dir/postgres.log"
            continue
        fi
        cat "$dir/postgres.log" >&2
        stop_data "$data"
        die "the cluster did not start"
    done
    [ -f "$pgdata/postmaster.pid" ] || die "no free port found for the cluster"

    local password
    password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
    {
        echo "CREATE ROLE ehb LOGIN CREATEDB PASSWORD $(quote_sql "$password");"
        for name in "${databases[@]}"; do
            echo "CREATE DATABASE $name OWNER ehb TEMPLATE template0 ENCODING 'UTF8';"
        done
    } | "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U ehb_admin -d postgres \
        >/dev/null || {
        stop_data "$data"
        die "cannot create the role and databases"
    }

    local url="postgresql://ehb@/ehb_test?host=$dir"
    [ "$port" -ne 5432 ] && url="$url&port=$port"
    echo "$url" >"$dir/url"
    echo "$port" >"$dir/port"
    if [ "$tcp" -eq 1 ]; then
        (
            umask 077
            echo "postgresql://ehb:$password@127.0.0.1:$port/ehb_test" >"$dir/tcp-url"
        )
    fi

    if [ -n "$watch_pid" ]; then
        # Detached and silent, so that ctest does not wait for its output.
        setsid bash -c '
            while kill -0 "$1" 2>/dev/null && [ "$(cat "$2/instance" 2>/dev/null)" = "$3" ]; do
                sleep 1
            done
            if [ "$(cat "$2/instance" 2>/dev/null)" = "$3" ]; then
                "$4" stop "$2"
            fi' watchdog "$watch_pid" "$dir" "$instance" "$script" </dev/null >/dev/null 2>&1 &
    fi
    local mode="fast (fsync off)"
    [ "$durable" -eq 1 ] && mode="durable"
    echo "pgcluster: started a $mode cluster in $(elapsed "$started") s: $url"
}

[ $# -ge 2 ] || die "usage: pgcluster.sh start|stop DIR [options]"
action=$1
dir=$2
shift 2
script=$(cd "$(dirname "$0")" && pwd -P)/$(basename "$0")
bindir=$(find_bindir)
user=$(cluster_user)
case "$action" in
start) cmd_start "$@" ;;
stop) cmd_stop ;;
*) die "unknown action $action" ;;
esac
