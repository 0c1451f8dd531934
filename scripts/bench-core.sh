#!/usr/bin/env bash
# make bench, the core part: the C model of the core alone, the Verilated core
# alone and the lock-step pair on the same programs in one run, and the CPI
# of each program.
#
#   scripts/bench-core.sh [RUNNER]      (default build/vitrap-run)
#   BENCH_CORE_PROGS: the programs (default the integer benchmarks
#                     build/programs/bench_*.elf)
#   BENCH_CORE_CG_CYCLES (60000): cycles of each callgrind run
#
# Cycles/s are measured side by side on the whole programs (a shared machine:
# read them as ratios). The goals are judged on host instructions per
# simulated cycle from `valgrind --tool=callgrind --toggle-collect=core_sim_step`,
# which counts one cycle of the chosen mode (tb/core/core_sim.c) and nothing
# else, the same on every run: lock-step at most 1.3x the Verilated core
# alone, the C model at least 10x cheaper than the Verilated core, CPI at
# most 1.3 on each benchmark. Prints every figure and the goals met or
# missed; exit 1 when a run fails, 2 when a tool is missing.
set -u
cd "$(dirname "$0")/.."
run=${1:-build/vitrap-run}
cg_cycles=${BENCH_CORE_CG_CYCLES:-60000}
[ -x "$run" ] || { echo "bench-core: $run is missing (run make first)" >&2; exit 2; }
command -v valgrind >/dev/null 2>&1 || { echo "bench-core: valgrind is missing" >&2; exit 2; }
read -r -a progs <<<"${BENCH_CORE_PROGS:-$(ls build/programs/bench_*.elf 2>/dev/null | tr '\n' ' ')}"
[ ${#progs[@]} -gt 0 ] || { echo "bench-core: no programs (make programs)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== the core: speed of the C model, the Verilated core and lock-step, CPI =="
printf '%-14s %10s %6s | %12s %12s %12s\n' program cycles CPI "model c/s" "RTL c/s" "lockstep c/s"
fail=0 cpi_bad=0
for p in "${progs[@]}"; do
    name=$(basename "$p" .elf)
    declare -A cps=()
    cyc= cpi=
    for mode in model rtl lockstep; do
        if ! "$run" --mode "$mode" "$p" >"$tmp/out" 2>"$tmp/err"; then
            echo "bench-core: $name in $mode mode failed:"; tail -3 "$tmp/out" "$tmp/err"; fail=1; continue
        fi
        line=$(tail -1 "$tmp/err")
        cps[$mode]=$(sed -n 's/.* \([0-9]*\) cycles\/s$/\1/p' <<<"$line")
        cyc=$(sed -n 's/.* after \([0-9]*\) cycles.*/\1/p' <<<"$line")
        cpi=$(sed -n 's/.*CPI \([0-9.]*\),.*/\1/p' <<<"$line")
    done
    printf '%-14s %10s %6s | %12s %12s %12s\n' "$name" "$cyc" "$cpi" "${cps[model]:-}" \
        "${cps[rtl]:-}" "${cps[lockstep]:-}"
    awk -v c="$cpi" 'BEGIN { exit !(c > 1.3) }' && cpi_bad=$((cpi_bad + 1))
done

# callgrind: host instructions per simulated cycle. Each side's own per-cycle
# calls (the model: core_model_eval + core_model_clock; the Verilated core:
# core_rtl_eval + core_rtl_edge, the shim included) on every benchmark, as
# the unit's bench counts them; and the whole cycle of the runner
# (core_sim_step: RAM, HTIF, compare) in RTL and lock-step mode.
cg() { # mode program toggles... -> instructions per cycle
    local mode=$1 prog=$2 out=$tmp/cg.$$
    shift 2
    local t=()
    for f in "$@"; do t+=(--toggle-collect="$f"); done
    valgrind --tool=callgrind --callgrind-out-file="$out" "${t[@]}" \
        "$run" --quiet --mode "$mode" --max-cycles "$cg_cycles" "$prog" >"$tmp/cg.log" 2>&1
    local total
    total=$(sed -n 's/^totals: *//p' "$out")
    [ -n "$total" ] && [ "$total" -gt 0 ] || { echo "bench-core: no callgrind total ($mode)" >&2; tail -3 "$tmp/cg.log" >&2; exit 1; }
    echo $((total / cg_cycles))
}
echo
echo "host instructions per simulated cycle (callgrind, the first $cg_cycles cycles of each program):"
printf '  %-14s %10s %10s %7s\n' program "C model" "Verilated" ratio
worst=
for p in "${progs[@]}"; do
    m=$(cg model "$p" core_model_eval core_model_clock) || exit 1
    r=$(cg rtl "$p" core_rtl_eval core_rtl_edge) || exit 1
    ratio=$(awk -v a="$r" -v b="$m" 'BEGIN { printf "%.1f", a / b }')
    printf '  %-14s %10d %10d %6sx\n' "$(basename "$p" .elf)" "$m" "$r" "$ratio"
    if [ -z "$worst" ] || awk -v a="$ratio" -v b="$worst" 'BEGIN { exit !(a < b) }'; then worst=$ratio; fi
done
p=${progs[0]}
rs=$(cg rtl "$p" core_sim_step) || exit 1
ls=$(cg lockstep "$p" core_sim_step) || exit 1
ratio_ls=$(awk -v a="$ls" -v b="$rs" 'BEGIN { printf "%.2f", a / b }')
printf '  whole runner cycle (%s): Verilated core alone %d, lock-step pair %d\n' \
    "$(basename "$p" .elf)" "$rs" "$ls"
goal() { if awk "BEGIN { exit !($2) }"; then echo "  goal met:    $1"; else echo "  goal MISSED: $1"; fi; }
goal "lock-step / Verilated core alone = ${ratio_ls}x (at most 1.3x)" "$ratio_ls <= 1.3"
goal "Verilated core / C model = ${worst}x on the worst benchmark (at least 10x)" "$worst >= 10"
goal "CPI at most 1.3 on every benchmark ($cpi_bad above)" "$cpi_bad == 0"
exit $fail
