#!/usr/bin/env bash
# Runs vitrap's tests and ends with the line "N passed, N failed".
#   scripts/run-tests.sh [--lint-only] CONFIG...
# For each configuration (sim/configs/CONFIG.cfg, already generated and built
# under build/cfg/CONFIG by the Makefile): Verilator -Wall lint, iverilog,
# yosys synth, and every directed script of sim/tests whose `requires` hold.
# Then the generator's bad-input tests. Logs go to build/test-logs/.
set -u
cd "$(dirname "$0")/.."
lint_only=0
if [ "${1:-}" = --lint-only ]; then lint_only=1; shift; fi
configs=("$@")
logs=build/test-logs
rm -rf "$logs"; mkdir -p "$logs"
skip=0
# Every verdict is one line in a results file: the foreground's, or that of a
# phase running in the background (start_bg); the summary counts them all.
results=$logs/results.main
ok()   { echo "PASS $1" >>"$results"; [ -n "${VERBOSE:-}" ] && echo "PASS $1"; return 0; }
bad()  { echo "FAIL $1" >>"$results"; echo "FAIL $1${2:+: $2}"; }

# The long single-threaded phases (FPGA place and route, the formal proofs) run
# in the background while the foreground tests run, so the two cores stay
# busy; their output is printed when they end.
bg_pids=(); bg_names=()
start_bg() {
    local name=$1
    shift
    ( results=$logs/results.$name; "$@" ) >"$logs/phase-$name.out" 2>&1 &
    bg_pids+=($!); bg_names+=("$name")
}
finish_bg() {
    local i
    for i in "${!bg_pids[@]}"; do
        wait "${bg_pids[$i]}"
        echo "-- ${bg_names[$i]} (ran in the background) --"
        cat "$logs/phase-${bg_names[$i]}.out"
        [ -s "$logs/results.${bg_names[$i]}" ] || bad "${bg_names[$i]}" "no result, see $logs/phase-${bg_names[$i]}.out"
    done
}

lint_config() {
    local cfg=$1 rtl=build/cfg/$1/rtl/vitrap_csr.v log
    log=$logs/lint-verilator-$cfg.log
    if verilator --lint-only -Wall "$rtl" >"$log" 2>&1 && [ ! -s "$log" ]; then ok "lint/verilator/$cfg"
    else bad "lint/verilator/$cfg" "see $log"; head -5 "$log"; fi
    # the variant the lock-step build compiles (INTERFACE section 2 "dbg_csrs")
    log=$logs/lint-verilator-nodbgport-$cfg.log
    if verilator --lint-only -Wall +define+VITRAP_NO_DBG_PORT "$rtl" >"$log" 2>&1 && [ ! -s "$log" ]; then
        ok "lint/verilator-no-dbg-port/$cfg"
    else bad "lint/verilator-no-dbg-port/$cfg" "see $log"; head -5 "$log"; fi
    log=$logs/lint-iverilog-$cfg.log
    if iverilog -g2005 -Wall -o /dev/null "$rtl" >"$log" 2>&1 && [ ! -s "$log" ]; then ok "lint/iverilog/$cfg"
    else bad "lint/iverilog/$cfg" "see $log"; head -5 "$log"; fi
    log=$logs/synth-yosys-$cfg.log
    if yosys -q -l "$log" -p "read_verilog $rtl; synth -top vitrap_csr; stat" >/dev/null 2>&1 \
        && ! grep -qi 'warning' "$log"; then
        cells=$(grep -E '^ +Number of cells:' "$log" | tail -1 | awk '{print $4}')
        echo "yosys synth $cfg: $cells cells"
        ok "synth/yosys/$cfg"
    else bad "synth/yosys/$cfg" "see $log"; grep -i -m5 -E 'warning|error' "$log"; fi
}

script_tests() {
    local cfg=$1 cosim=build/cfg/$1/vitrap-cosim t name log out rc
    # the directed tests, and the generated sweep of reserved SYSTEM encodings
    # (mk/sweep.mk; make test generates it into build/sweep)
    for t in sim/tests/*.vts build/sweep/*.vts; do
        [ -f "$t" ] || continue
        name=$(basename "$t" .vts)
        [[ $t == build/sweep/* ]] && name=sweep-$name
        log=$logs/$cfg-$name.log
        out=$("$cosim" --quiet --wave "$logs/$cfg-$name.vcd" --script "$t" 2>"$log")
        rc=$?
        echo "$out" >>"$log"
        if [ $rc -eq 0 ] && grep -q '^skipped:' <<<"$out"; then skip=$((skip + 1))
        elif [ $rc -eq 0 ]; then ok "$cfg/$name"
        else bad "$cfg/$name" "exit $rc, see $log"; head -12 "$log" | sed 's/^/    /'; fi
    done
}

# Second simulator: C-model vectors replayed under iverilog (scripts/iverilog-replay.sh,
# which builds build/cfg/CFG/vitrap-vectors through mk/replay.mk if needed).
replay_config() {
    local cfg=$1 log=$logs/iverilog-replay-$1.log
    scripts/iverilog-replay.sh "$cfg" >"$log" 2>&1
    if grep -q "^iverilog-replay/$cfg: pass" "$log"; then ok "iverilog-replay/$cfg"
    else bad "iverilog-replay/$cfg" "see $log"; head -6 "$log" | sed "s/^/    /"; fi
}

# Coverage closure without chance: the directed top-up of every bin the
# configuration can reach, each from reset in lock-step, must reach its bin,
# and no bin the rules call unreachable may be hit (tb/cov_topup.c).
topup_config() {
    local cfg=$1 log=$logs/topup-all-$1.log
    if build/cfg/$cfg/vitrap-cosim --topup all --quiet --wave "$logs/topup-$cfg.vcd" >"$log" 2>&1 &&
       grep -q '^coverage: 0 reachable bins not hit' "$log"; then
        ok "topup-all/$cfg"; grep '^coverage top-up' "$log" | cut -c1-40
    else bad "topup-all/$cfg" "see $log"; grep -E 'MISSING|MISMATCH|CHECK FAILED|reproduce' "$log" | head -6 | sed 's/^/    /'; fi
}

# Lock-step random regression (scripts/regress.sh): one test per configuration.
regress_tests() {
    local log=$logs/regress.log line
    JOBS=${JOBS:-} scripts/regress.sh --cycles "${REGRESS_CYCLES:-350000}" >"$log" 2>&1
    grep -E '^regress:' "$log"
    while IFS= read -r line; do
        case $line in
            PASS*) ok "${line#PASS }" ;;
            FAIL*) bad "${line#FAIL }"; grep -A12 -F "$line" "$log" | tail -n +2 | grep '^    ' ;;
        esac
    done <"$log"
    grep -qE '^(PASS|FAIL) ' "$log" || { bad "regress" "no result, see $log"; tail -5 "$log"; }
}

# The harness on bad usage and on a run that makes no progress, and the
# generator's parser on the fuzzing corpus under ASan + UBSan.
harness_tests() {
    local cosim=build/vitrap-cosim log=$logs/harness.log rc
    for args in "--seed" "--seed x" "--cycles 5" "--frobnicate" "--script /nonexistent.vts" \
                "--seed 1 --geilen 99" "--seed 1 --runs 0"; do
        # shellcheck disable=SC2086
        $cosim $args >"$log" 2>&1; rc=$?
        if [ $rc -eq 2 ] && [ "$(wc -l <"$log")" -eq 1 ]; then ok "harness/usage: $args"
        else bad "harness/usage: $args" "exit $rc, want 2 and one line"; cat "$log"; fi
    done
    $cosim --seed 4 --cycles 100000 --quiet --watchdog 20 >"$log" 2>&1; rc=$?
    if [ $rc -eq 1 ] && grep -q 'watchdog: no instruction retired or trapped' "$log" \
        && grep -q 'reproduce:' "$log"; then ok "harness/watchdog"
    else bad "harness/watchdog" "exit $rc"; head -5 "$log"; fi
    $cosim --seed 4 --cycles 100000000 --quiet >"$log" 2>&1 & local pid=$!
    sleep 2; kill -INT $pid; wait $pid; rc=$?
    if [ $rc -eq 1 ] && grep -q '^interrupted at cycle' "$log" && grep -q '^coverage over' "$log"; then
        ok "harness/ctrl-c-summary"
    else bad "harness/ctrl-c-summary" "exit $rc"; head -5 "$log"; fi
    if make -s --no-print-directory fuzz-replay >"$log" 2>&1 && grep -q 'no crash' "$log"; then
        ok "fuzz-corpus/asan-ubsan"
    else bad "fuzz-corpus/asan-ubsan" "see $log"; tail -5 "$log"; fi
}

# The core (scripts/core-tests.sh): lint of rtl/, every program of
# sim/programs in lock-step, the runner's bad input, the iverilog smoke run,
# the random-program regression, the invariants of make trap-bench and make
# wfi-plot; then
# every core mutant must be killed
# (scripts/core-mutate.sh).
core_tests() {
    scripts/core-tests.sh --results "$results" lint programs badinput iverilog random trapbench wfipolicy
    echo "-- core mutants --"
    JOBS=${JOBS:-2} scripts/core-mutate.sh --results "$results" | tail -1
}

core_synth() { scripts/core-tests.sh --results "$results" synth; }

# The board tops (scripts/board-tests.sh): lint, yosys synth_ecp5 of the exact
# tops, make bitstream / make program / vitrap-elf2mem on bad input, the
# board-level simulation of each top (the self-test firmware once
# mk/firmware.mk is there, built by the phase through make firmware), the
# post-synthesis fetch/data collision test of board_ram (scripts/ramcollide.sh).
board_tests() { scripts/board-tests.sh --results "$results" lint synth badinput sim ramcollide; }

# The FuseSoC cores (scripts/fusesoc-lint.sh, make fusesoc-lint): fusesoc from
# the project venv runs the lint target (Verilator -Wall of the core SoC with
# the unit from the generator), the sim target (smoke programs under iverilog)
# and --setup of the board targets; a copy of the cores with a file left out,
# with a lint warning and with a failing generator must fail the lint target.
# About 20 s. The Makefile installed fusesoc into the venv before this run.
fusesoc_tests() {
    local rc
    scripts/fusesoc-lint.sh --results "$results"; rc=$?
    [ $rc -eq 0 ] || bad "fusesoc" "scripts/fusesoc-lint.sh exit $rc"
}

# Mutation score (scripts/mutate.sh): every mutant must be killed.
mutate_test() {
    local log=$logs/mutate.log
    if JOBS=${JOBS:-} scripts/mutate.sh >"$log" 2>&1 && grep -qE '^killed ([0-9]+) of \1 mutants$' "$log"; then
        ok "mutate"; grep -E '^killed' "$log"
    else bad "mutate" "see $log"; grep -E 'SURVIVED|^killed|rror' "$log" | head; fi
}

# Formal proofs (scripts/formal.sh, `make formal`): one test per row of its
# table (each property on the real unit, BMC to 20 cycles plus k-induction or
# IC3/PDR, and the cover runs). The expected-FAIL rows (a mutant per property
# that must break it) are left to `make formal`: with them the run takes
# 3.5-5 minutes on this 2-core machine, this subset 2.5-5 (the longer figures
# with the cores shared by another job).
formal_tests() {
    local log=$logs/formal.log sum=build/formal/summary row verdict detail
    rm -f "$sum"
    JOBS=${JOBS:-} scripts/formal.sh --no-expect-fail >"$log" 2>&1
    grep -E '^formal: [0-9]+ rows' "$log"
    if [ ! -s "$sum" ]; then bad "formal" "no result, see $log"; tail -5 "$log"; return; fi
    while IFS='|' read -r row verdict detail; do
        if [ "$verdict" = PASS ]; then ok "formal/$row"
        else bad "formal/$row" "$detail"; fi
    done <"$sum"
}

# Generator bad input: one line on stderr naming the problem, exit 2, no file.
gen_error_tests() {
    local gen=build/vitrap-gen dir=build/gen-err case args want n=0
    local -a cases=(
        "unknown flag|--frobnicate|frobnicate"
        "missing value|--wfi-timeout|wfi-timeout"
        "non-numeric value|--geilen seven|seven"
        "out-of-range value|--hpm-counters 30|hpm-counters"
        "GEILEN with H off|--h off --geilen 2|geilen"
        "bad ext letter|--ext AMX|ext"
        "unreadable config|--config /nonexistent/vitrap.cfg|nonexistent"
        "unknown config key|--config sim/gen-errors/unknown-key.cfg|wfi_timout"
        "duplicate config key|--config sim/gen-errors/duplicate-key.cfg|duplicate"
        "malformed config line|--config sim/gen-errors/malformed.cfg|line"
        "out-of-range config value|--config sim/gen-errors/range.cfg|wfi_timeout"
        "unwritable output folder|--out /proc/vitrap-out|/proc/vitrap-out"
        "unknown mutant|--mutant bogus|bogus"
    )
    for case in "${cases[@]}"; do
        n=$((n + 1))
        IFS='|' read -r name args want <<<"$case"
        rm -rf "$dir"
        local errf=$logs/gen-error-$n.log rc
        # shellcheck disable=SC2086
        case " $args " in
            *" --out "*) $gen $args >/dev/null 2>"$errf" ;;
            *) $gen --out "$dir" $args >/dev/null 2>"$errf" ;;
        esac
        rc=$?
        if [ $rc -ne 2 ]; then bad "gen-error/$name" "exit $rc, want 2"
        elif [ "$(wc -l <"$errf")" -ne 1 ]; then bad "gen-error/$name" "stderr is not one line"; cat "$errf"
        elif ! grep -qi -- "$want" "$errf"; then bad "gen-error/$name" "message does not name '$want'"; cat "$errf"
        elif [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then bad "gen-error/$name" "left files in $dir"
        else ok "gen-error/$name"; fi
    done
    rm -rf "$dir"
}

# FPGA flows (fpga/, mk/fpga.mk): the board wrapper lint-clean around every
# configuration, yosys synth_ice40 and synth_ecp5 of the default unit, make pnr's
# bad input, a nextpnr-ice40 run that must miss 500 MHz, one that must pass with
# its bitstream and keep every flip-flop of the unit (the H-off unit: about a
# minute; the default one routes for ~5 minutes), and one nextpnr-ecp5 run from
# the project venv (PyPI) with its bitstream. About 4 minutes on a 2-core machine.
fpga_tests() {
    local f log alone wrapped cfg
    for cfg in "${configs[@]}"; do  # the wrapper around every configuration, lint-clean
        log=$logs/fpga-lint-wrapper-$cfg.log
        if fpga/scripts/lint-wrapper.sh "build/cfg/$cfg/rtl/vitrap_csr.v" >"$log" 2>&1; then ok "fpga/lint-wrapper/$cfg"
        else bad "fpga/lint-wrapper/$cfg" "see $log"; head -5 "$log"; fi
    done
    log=$logs/fpga-deps.log
    if ! scripts/install-deps.sh nextpnr-ice40:nextpnr-ice40 icepack:fpga-icestorm >"$log" 2>&1; then
        bad "fpga/deps" "see $log"; return
    fi
    for f in ice40 ecp5; do
        log=$logs/fpga-synth-$f-default.log
        if fpga/scripts/synth.sh --family "$f" --config default >"$log" 2>&1; then ok "fpga/synth-$f/default"; cat "$log"
        else bad "fpga/synth-$f/default" "see $log"; tail -3 "$log"; fi
    done
    # bad input: one line naming the problem, exit 2, nothing installed or run
    local args rc run=build/fpga/pnr/ice40-hx8k-hoff
    for args in "--family" "--family xilinx" "--family ecp5 --device 99k" "--family ice40 --device 25k" \
                "--family ice40 --config nosuch" "--family ecp5 --freq fast" "--family ice40 --freq 0" \
                "--family gowin"; do
        # shellcheck disable=SC2086
        fpga/scripts/pnr.sh --check-args $args >"$log" 2>&1; rc=$?
        if [ $rc -eq 2 ] && [ "$(wc -l <"$log")" -eq 1 ]; then ok "fpga/usage: pnr $args"
        else bad "fpga/usage: pnr $args" "exit $rc, want 2 and one line"; cat "$log"; fi
    done
    # a target the design cannot meet fails the run: exit 3, one line, no bitstream
    log=$logs/fpga-pnr-ice40-hoff-500.log
    fpga/scripts/pnr.sh --family ice40 --device hx8k --config hoff --freq 500 >"$log" 2>&1; rc=$?
    if [ $rc -eq 3 ] && grep -q 'below the target 500 MHz' "$log" && [ ! -e "$run/vitrap.bin" ] &&
       grep -q '^status=slow$' "$run/result"; then ok "fpga/pnr-ice40/hoff-misses-500MHz"
    else bad "fpga/pnr-ice40/hoff-misses-500MHz" "exit $rc, want 3 and no bitstream"; tail -3 "$log"; fi
    log=$logs/fpga-pnr-ice40-hoff.log
    if fpga/scripts/synth.sh --family ice40 --config hoff >"$log" 2>&1 &&
       fpga/scripts/pnr.sh --family ice40 --device hx8k --config hoff >>"$log" 2>&1 &&
       grep -q '^status=ok$' build/fpga/pnr/ice40-hx8k-hoff/result; then
        alone=$(sed -n 's/.* ff=\([0-9]*\) .*/\1/p' build/fpga/synth/ice40-hoff-unit/counts)
        wrapped=$(sed -n 's/^unit_ff=//p' build/fpga/pnr/ice40-hx8k-hoff/result)
        if [ -n "$alone" ] && [ "$alone" = "$wrapped" ]; then ok "fpga/pnr-ice40/hoff"; grep -E '^(pnr|  icetime)' "$log"
        else bad "fpga/pnr-ice40/hoff" "unit flip-flops: $alone alone, $wrapped in the wrapper"; fi
    else bad "fpga/pnr-ice40/hoff" "see $log"; tail -3 "$log"; fi
    # ECP5 with the PyPI tools in the project venv (OrangeCrab 25F, H off: under a minute)
    log=$logs/fpga-pnr-ecp5-25k-hoff.log
    run=build/fpga/pnr/ecp5-25k-hoff
    if make -s --no-print-directory fpga-venv >"$log" 2>&1 &&
       fpga/scripts/pnr.sh --family ecp5 --device 25k --config hoff >>"$log" 2>&1 &&
       grep -q '^status=ok$' "$run/result" && [ -s "$run/vitrap.bit" ]; then
        ok "fpga/pnr-ecp5/25k-hoff"; grep '^pnr' "$log"
    else bad "fpga/pnr-ecp5/25k-hoff" "see $log"; tail -3 "$log"; fi
}

if [ $lint_only = 0 ]; then
    start_bg fpga fpga_tests
    JOBS=1 start_bg formal formal_tests
    start_bg core-synth core_synth
    start_bg boards board_tests
fi
for cfg in "${configs[@]}"; do
    lint_config "$cfg"
    [ $lint_only = 1 ] || script_tests "$cfg"
    [ $lint_only = 1 ] || replay_config "$cfg"
    [ $lint_only = 1 ] || topup_config "$cfg"
done
[ $lint_only = 1 ] && scripts/core-tests.sh --results "$results" lint
[ $lint_only = 1 ] || gen_error_tests
[ $lint_only = 1 ] || fusesoc_tests
[ $lint_only = 1 ] || harness_tests
[ $lint_only = 1 ] || regress_tests
[ $lint_only = 1 ] || core_tests
[ $lint_only = 1 ] || mutate_test
finish_bg

pass=$(cat "$logs"/results.* 2>/dev/null | grep -c '^PASS')
fail=$(cat "$logs"/results.* 2>/dev/null | grep -c '^FAIL')
echo
[ "$fail" -gt 0 ] && cat "$logs"/results.* | sed -n 's/^FAIL /failed: /p'
[ $skip -gt 0 ] && echo "($skip script runs skipped: their 'requires' do not hold for that configuration)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
