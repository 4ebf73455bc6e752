#!/usr/bin/env bash
# Builds and runs every benchmark (tests/bench) and prints a summary: the local store, the
# server's durable ingest on SQLite and on PostgreSQL (a throwaway durable cluster started and
# stopped here), the statistics and the outage episodes over a year of reports, and the desktop
# start-up and memory.
# Run it on a quiet machine: the figures are only as good as the machine is idle.
#
#   packaging/dev/bench-all.sh [--quick]
#
# --quick: fewer and shorter runs (a check that everything works, not figures to publish).
# Environment: EHB_BENCH_BUILD_DIR (default build-bench), EHB_BENCH_DESKTOP=OFF to skip the
# desktop program and bench_startup, EHB_BENCH_POSTGRES=OFF to skip PostgreSQL,
# EHB_BENCH_PG_STATS=ON to also fill PostgreSQL with the statistics year (slow).
# Logs go to $EHB_BENCH_BUILD_DIR/bench-results/<time>/.
set -euo pipefail
cd "$(dirname "$0")/../.."

quick=0
for arg in "$@"; do
    case "$arg" in
    --quick) quick=1 ;;
    *)
        echo "usage: $0 [--quick]" >&2
        exit 2
        ;;
    esac
done

build=${EHB_BENCH_BUILD_DIR:-build-bench}
desktop=${EHB_BENCH_DESKTOP:-ON}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEHB_BUILD_DESKTOP="$desktop" \
    -DEHB_TEST_DIRS="bench" >/dev/null
targets=(ehealthbugs-server bench_store bench_ingest bench_stats bench_episodes bench_analysisapi
    bench_publicpage)
[ "$desktop" = "ON" ] && targets+=(bench_startup bench_analysisview)
cmake --build "$build" -j2 --target "${targets[@]}"

bench="$PWD/$build/tests/bench"
results="$PWD/$build/bench-results/$(date +%Y%m%dT%H%M%S)"
mkdir -p "$results"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Europe/Brussels

ingest_args=()
stats_args=()
episodes_args=()
analysis_args=()
if [ "$quick" -eq 1 ]; then
    ingest_args=(--threads "1,4" --runs 2 --requests 3000 --warmup 500)
    stats_args=(--reports 100000 --repetitions 10)
    episodes_args=(--reports 100000 --runs 3)
    analysis_args=(--reports 100000 --repetitions 5)
fi

# A durable PostgreSQL cluster (fsync on) for the PostgreSQL figures, stopped on exit.
pg_url=""
pgcluster=tests/support/pgcluster/pgcluster.sh
if [ "${EHB_BENCH_POSTGRES:-ON}" = "ON" ]; then
    if [ -x "$pgcluster" ]; then
        pg_dir=$(mktemp -d /tmp/ehb-bench-pg.XXXXXX)
        trap '"$pgcluster" stop "$pg_dir" >/dev/null || true; rm -rf "$pg_dir"' EXIT
        "$pgcluster" start "$pg_dir" --durable --watch-pid $$
        pg_url=$(cat "$pg_dir/url")
        # The server may not speak PostgreSQL yet: then say so and go on without it.
        if ! migrate=$("$PWD/$build/app/server/ehealthbugs-server" migrate --database "$pg_url" 2>&1); then
            echo "PostgreSQL skipped: $migrate" | tee "$results/postgres-skipped.log"
            pg_url=""
        fi
    else
        echo "PostgreSQL skipped: $pgcluster is missing" | tee "$results/postgres-skipped.log"
    fi
fi

machine() {
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
        "$(grep -m1 '^PRETTY_NAME=' /etc/os-release | cut -d= -f2 | tr -d '"'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

run() {
    local name=$1
    shift
    echo
    echo "== $name"
    # A failed benchmark is reported, and the others still run.
    if ! "$@" 2>&1 | tee "$results/$name.log"; then
        echo "$name FAILED (exit status above)" | tee -a "$results/$name.log"
    fi
}

machine | tee "$results/machine.log"
run bench_store "$bench/bench_store"
if [ -n "$pg_url" ]; then
    run bench_ingest "$bench/bench_ingest" "${ingest_args[@]}" --postgres "$pg_url"
else
    run bench_ingest "$bench/bench_ingest" "${ingest_args[@]}"
fi
run bench_stats "$bench/bench_stats" "${stats_args[@]}"
run bench_episodes "$bench/bench_episodes" "${episodes_args[@]}"
run bench_analysisapi "$bench/bench_analysisapi" "${analysis_args[@]}"
run bench_publicpage "$bench/bench_publicpage"
if [ -n "$pg_url" ] && [ "${EHB_BENCH_PG_STATS:-OFF}" = "ON" ]; then
    run bench_stats_postgres "$bench/bench_stats" "${stats_args[@]}" --postgres "$pg_url"
fi
if [ "$desktop" = "ON" ]; then
    if command -v xvfb-run >/dev/null; then
        run bench_startup xvfb-run -a env QT_QPA_PLATFORM=xcb "$bench/bench_startup"
    else
        run bench_startup "$bench/bench_startup"
    fi
    run bench_analysisview "$bench/bench_analysisview" "${analysis_args[@]}" \
        --screenshot "$results/analysis.png"
fi
end_load=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "==================== summary ($results)"
cat "$results/machine.log"
echo "load average at the end: $end_load"
for log in "$results"/*.log; do
    name=$(basename "$log" .log)
    [ "$name" = machine ] && continue
    echo "-- $name"
    if grep -q '^summary:' "$log"; then
        sed -n '/^summary:/,$p' "$log" | tail -n +2
    else
        grep -v '^$' "$log" | sed 's/^/  /'
    fi
done
