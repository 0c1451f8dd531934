#!/usr/bin/env bash
# make bench: the speed of the C model alone, the Verilated RTL alone and the
# lock-step pair, measured side by side in one run.
#
#   scripts/bench.sh [BINARY]     (default build/vitrap-cosim)
#   BENCH_CYCLES (500000): cycles of the timed run (cycles/s, peak memory)
#   BENCH_CG_CYCLES (20000): cycles of the callgrind runs
#
# Seconds on a shared machine move by tens of percent from run to run, so the
# goals are judged on host instructions per simulated cycle: for each phase,
# `valgrind --tool=callgrind --toggle-collect='bench_loop_<phase>*'` counts
# only the instructions of that phase's loop (tb/bench.c), which are the same
# on every run of the same binary and stimulus. Goals: RTL alone at most
# 10,000 instructions per cycle, lock-step at most 1.3x RTL alone, the C model
# at least 10x cheaper than RTL alone. Exit 1 if a phase fails or a goal is not
# met, 2 if valgrind is missing.
set -u
cd "$(dirname "$0")/.."
bin=${1:-build/vitrap-cosim}
cycles=${BENCH_CYCLES:-500000}
cg_cycles=${BENCH_CG_CYCLES:-20000}
[ -x "$bin" ] || { echo "bench: $bin is missing (run make first)" >&2; exit 2; }
command -v valgrind >/dev/null 2>&1 || { echo "bench: valgrind is missing (scripts/install-deps.sh valgrind:valgrind)" >&2; exit 2; }

"$bin" --bench --cycles "$cycles" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
declare -A ir
for ph in model rtl lockstep; do
    if ! valgrind --tool=callgrind --callgrind-out-file="$tmp/$ph.cg" \
            --toggle-collect="bench_loop_$ph*" "$bin" --bench-phase "$ph" --cycles "$cg_cycles" \
            >"$tmp/$ph.log" 2>&1; then
        echo "bench: callgrind run of phase $ph failed:"; tail -5 "$tmp/$ph.log"; exit 1
    fi
    total=$(sed -n 's/^totals: *//p' "$tmp/$ph.cg")
    [ -n "$total" ] && [ "$total" -gt 0 ] || { echo "bench: no callgrind total for phase $ph"; exit 1; }
    ir[$ph]=$total
done
echo
echo "host instructions per simulated cycle (valgrind --tool=callgrind, $cg_cycles cycles, only the phase's loop):"
awk -v n="$cg_cycles" -v m="${ir[model]}" -v r="${ir[rtl]}" -v l="${ir[lockstep]}" 'BEGIN {
    mc = m / n; rc = r / n; lc = l / n
    printf "  %-24s %10.0f\n", "C model alone", mc
    printf "  %-24s %10.0f\n", "RTL alone (Verilator)", rc
    printf "  %-24s %10.0f\n", "lock-step pair", lc
    ok1 = rc <= 10000; ok2 = lc / rc <= 1.30; ok3 = rc / mc >= 10
    printf "RTL alone:              %.0f instructions/cycle (goal: at most 10,000) %s\n", rc, ok1 ? "met" : "NOT MET"
    printf "lock-step / RTL alone:  %.2fx (goal: at most 1.30x) %s\n", lc / rc, ok2 ? "met" : "NOT MET"
    printf "C model / RTL alone:    %.1fx cheaper (goal: at least 10x) %s\n", rc / mc, ok3 ? "met" : "NOT MET"
    exit !(ok1 && ok2 && ok3)
}'
