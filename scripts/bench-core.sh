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

# callgrind: host instructions per simulated cycle, first program, each mode
p=${progs[0]}
declare -A ipc
for mode in model rtl lockstep; do
    valgrind --tool=callgrind --callgrind-out-file="$tmp/$mode.cg" --toggle-collect=core_sim_step \
        "$run" --quiet --mode "$mode" --max-cycles "$cg_cycles" "$p" >"$tmp/$mode.log" 2>&1
    total=$(sed -n 's/^totals: *//p' "$tmp/$mode.cg")
    [ -n "$total" ] && [ "$total" -gt 0 ] || { echo "bench-core: no callgrind total for $mode"; tail -3 "$tmp/$mode.log"; exit 1; }
    ipc[$mode]=$((total / cg_cycles))
done
echo
echo "host instructions per simulated cycle (callgrind, $(basename "$p" .elf), first $cg_cycles cycles):"
printf '  C model alone    %8d\n  Verilated core   %8d\n  lock-step pair   %8d\n' \
    "${ipc[model]}" "${ipc[rtl]}" "${ipc[lockstep]}"
ratio_ls=$(awk -v a="${ipc[lockstep]}" -v b="${ipc[rtl]}" 'BEGIN { printf "%.2f", a / b }')
ratio_m=$(awk -v a="${ipc[rtl]}" -v b="${ipc[model]}" 'BEGIN { printf "%.1f", a / b }')
goal() { if awk "BEGIN { exit !($2) }"; then echo "  goal met:    $1"; else echo "  goal MISSED: $1"; fi; }
goal "lock-step / Verilated core = ${ratio_ls}x (at most 1.3x)" "$ratio_ls <= 1.3"
goal "Verilated core / C model = ${ratio_m}x (at least 10x)" "$ratio_m >= 10"
goal "CPI at most 1.3 on every benchmark ($cpi_bad above)" "$cpi_bad == 0"
exit $fail
