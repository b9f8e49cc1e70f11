#!/bin/sh
# Runs fuzz targets for a given time each, in the fuzz preset's build (build/fuzz), building what is
# missing. Findings (crash-*, leak-*, timeout-*, oom-*) land in build/fuzz/findings/<target>/, the
# growing corpus in build/fuzz/corpus/<target>/, the log in build/fuzz/logs/<target>.log.
#
# usage: fuzz/run.sh TARGET|all SECONDS
#   TARGET: fuzz_csvreader fuzz_billingimport fuzz_gzip fuzz_manifest fuzz_projectfile fuzz_pricefile
#   FUZZ_JOBS=2 runs that many targets at a time when TARGET is "all" (default 1).
#   Extra libFuzzer flags may be given in FUZZ_FLAGS, e.g. FUZZ_FLAGS=-only_ascii=1.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$root/build/fuzz
all="fuzz_csvreader fuzz_billingimport fuzz_gzip fuzz_manifest fuzz_projectfile fuzz_pricefile"

[ $# -eq 2 ] || { sed -n '6,9p' "$0" | cut -c3-; exit 2; }
which=$1
seconds=$2
[ "$which" = all ] && targets=$all || targets=$which

[ -f "$build/build.ninja" ] || (cd "$root" && cmake --preset fuzz)
cmake --build "$build" --target fuzz_targets
"$here/make-seeds.sh" "$build/seeds" > /dev/null

run_one() {
    t=$1
    [ -x "$build/bin/$t" ] || { echo "no fuzz target $t" >&2; return 2; }
    mkdir -p "$build/corpus/$t" "$build/findings/$t" "$build/logs"
    # The per-input timeout catches hangs; a reader must never need seconds for a few kilobytes.
    status=0
    # shellcheck disable=SC2086
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1} \
    nice "$build/bin/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$t/" ${FUZZ_FLAGS:-} \
        "$build/corpus/$t" "$build/seeds/$t" > "$build/logs/$t.log" 2>&1 || status=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$t.log" | grep -o '[0-9]*$' || true)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$build/logs/$t.log" | grep -o '[0-9]*$' || true)
    corpus=$(find "$build/corpus/$t" -type f | wc -l)
    echo "$t: exit $status, ${execs:-?} runs, ${speed:-?} exec/s, corpus $corpus files, $seconds s"
    return $status
}

failed=0
if [ "$which" = all ] && [ "${FUZZ_JOBS:-1}" -gt 1 ]; then
    # Batches of FUZZ_JOBS targets, each batch running side by side.
    set -- $targets
    while [ $# -gt 0 ]; do
        pids=""
        i=0
        while [ $# -gt 0 ] && [ $i -lt "$FUZZ_JOBS" ]; do
            run_one "$1" &
            pids="$pids $!"
            shift
            i=$((i + 1))
        done
        for p in $pids; do wait "$p" || failed=1; done
    done
else
    for t in $targets; do run_one "$t" || failed=1; done
fi
[ $failed -eq 0 ] || echo "findings: see $build/findings and $build/logs" >&2
exit $failed
