#!/usr/bin/env bash
# The core's tests (make test runs them through scripts/run-tests.sh):
#   scripts/core-tests.sh --results FILE [PHASE...]
# Phases (default all): lint, synth, programs, badinput, iverilog, random,
# trapbench, wfipolicy.
# Every verdict is one line "PASS name" / "FAIL name" appended to FILE; a
# failure also prints a line (with its log) on stdout. Logs: build/test-logs/core/.
set -u
cd "$(dirname "$0")/.."
results=
if [ "${1:-}" = --results ]; then results=$2; shift 2; fi
[ -n "$results" ] || { echo "usage: core-tests.sh --results FILE [PHASE...]" >&2; exit 2; }
phases=("$@")
[ ${#phases[@]} -gt 0 ] || phases=(lint synth programs badinput iverilog random trapbench wfipolicy)
logs=build/test-logs/core
mkdir -p "$logs"
ok()  { echo "PASS $1" >>"$results"; }
bad() { echo "FAIL $1" >>"$results"; echo "FAIL $1${2:+: $2}"; }
RUN=build/vitrap-run
CORE_CONFIGS=$(cd sim/core/configs && ls *.cfg | sed 's/\.cfg$//')

# ---- lint: Verilator -Wall (zero warnings), iverilog, yosys synth ----
lint() {
    local cfg d srcs log
    # every core configuration, and the unit without H (no irq_sgeip port)
    for cfg in $CORE_CONFIGS; do
        build/vitrap-gen --config "sim/core/configs/$cfg.cfg" --out "$logs/$cfg-rtl" >/dev/null ||
            bad "core/lint/gen-$cfg"
    done
    build/vitrap-gen --config sim/core/configs/default.cfg --h off --geilen 0 \
        --out "$logs/hoff-rtl" >/dev/null || bad "core/lint/gen-hoff"
    for cfg in $CORE_CONFIGS hoff; do
        d=$logs/$cfg-rtl
        srcs=(rtl/core/*.v rtl/soc/*.v "$d/vitrap_csr.v")
        log=$logs/lint-verilator-$cfg.log
        if verilator --lint-only -Wall -I"$d" -Irtl/core -Irtl/soc --top-module vitrap_soc \
               "${srcs[@]}" >"$log" 2>&1 &&
           verilator --lint-only -Wall -I"$d" -Irtl/core -Irtl/soc --top-module vitrap_soc \
               +define+VITRAP_NO_DBG_PORT "${srcs[@]}" >>"$log" 2>&1 && [ ! -s "$log" ]; then
            ok "core/lint-verilator/$cfg"
        else bad "core/lint-verilator/$cfg" "see $log"; head -5 "$log"; fi
        log=$logs/lint-iverilog-$cfg.log
        if iverilog -g2005 -Wall -I"$d" -Irtl/core -Irtl/soc -s vitrap_soc -o /dev/null \
               "${srcs[@]}" >"$log" 2>&1 && [ ! -s "$log" ]; then
            ok "core/lint-iverilog/$cfg"
        else bad "core/lint-iverilog/$cfg" "see $log"; head -5 "$log"; fi
    done
}

# ---- yosys synth of the default core (about a minute: make test runs it in
# the background) ----
synth() {
    local d=build/core/default/rtl log=$logs/synth-yosys-default.log
    local srcs=(rtl/core/*.v rtl/soc/*.v "$d/vitrap_csr.v")
    if yosys -q -p "read_verilog -I$d -Irtl/core -Irtl/soc ${srcs[*]}; synth -top vitrap_soc; tee -o $logs/synth-stat.txt stat" \
           >"$log" 2>&1 && ! grep -qi 'warning' "$log"; then
        ok "core/synth-yosys/default"
        grep 'Number of cells' "$logs/synth-stat.txt" | tail -1
    else bad "core/synth-yosys/default" "see $log"; grep -i -m3 'warning\|error' "$log"; fi
}

# ---- every program of sim/programs in lock-step: exit 0, console as expected ----
programs() {
    local elf name out exp
    for elf in build/programs/*.elf; do
        [ -e "$elf" ] || { bad "core/programs" "no programs built"; return; }
        name=$(basename "$elf" .elf)
        out=$logs/prog-$name.out
        exp=sim/programs/expected/$name.out
        # a program for another core configuration names it in NAME.runner
        local run=$RUN
        [ -f "sim/programs/expected/$name.runner" ] &&
            run=build/core/$(cat "sim/programs/expected/$name.runner")/vitrap-run
        "$run" --quiet --max-cycles 20000000 "$elf" >"$out" 2>"$logs/prog-$name.err"
        local rc=$?
        if [ $rc -ne 0 ]; then
            bad "core/program/$name" "exit $rc, see $out"; tail -30 "$out"
        elif [ -f "$exp" ] && ! diff -q "$exp" "$out" >/dev/null; then
            bad "core/program/$name" "console differs from $exp"; diff "$exp" "$out" | head -10
        else ok "core/program/$name"; fi
    done
}

# ---- bad input: one line on stderr naming the problem, exit 2, no output file ----
expect_bad() { # name pattern command...
    local name=$1 pat=$2
    shift 2
    rm -f "$logs/bad.log"
    "$@" >"$logs/bad-$name.out" 2>"$logs/bad-$name.err"
    local rc=$?
    local lines
    lines=$(wc -l <"$logs/bad-$name.err")
    if [ $rc -eq 2 ] && [ "$lines" -eq 1 ] && grep -q -- "$pat" "$logs/bad-$name.err" &&
       [ ! -e "$logs/bad.log" ] && [ ! -s "$logs/bad-$name.out" ]; then
        ok "core/badinput/$name"
    else
        bad "core/badinput/$name" "exit $rc, $lines stderr lines, expected /$pat/"
        cat "$logs/bad-$name.err"
    fi
}
badinput() {
    local t=$logs/elf
    mkdir -p "$t"
    printf '.globl _start\n_start: j _start\n' >"$t/loop.S"
    local cc=(riscv64-unknown-elf-gcc -nostdlib -static -Wl,-N -Wl,--no-warn-rwx-segments)  # -N: headers not loaded
    "${cc[@]}" -march=rv64i -mabi=lp64 -Ttext=0x80000000 "$t/loop.S" -o "$t/ok.elf" &&
    "${cc[@]}" -march=rv32i -mabi=ilp32 -Ttext=0x80000000 "$t/loop.S" -o "$t/rv32.elf" &&
    "${cc[@]}" -march=rv64i -mabi=lp64 -Ttext=0x1000 "$t/loop.S" -o "$t/low.elf" &&
    "${cc[@]}" -march=rv64i -mabi=lp64 -Ttext=0x80001000 "$t/loop.S" -o "$t/entry.elf" || {
        bad "core/badinput/build" "cannot build the test ELFs"; return; }
    cp "$t/ok.elf" "$t/be.elf" && printf '\x02' | dd of="$t/be.elf" bs=1 seek=5 conv=notrunc 2>/dev/null
    echo "not an elf" >"$t/text.elf"
    head -c 40 "$t/ok.elf" >"$t/short.elf"
    local L=(--log-commits "$logs/bad.log")
    expect_bad not-elf "not an ELF" "$RUN" "${L[@]}" "$t/text.elf"
    expect_bad truncated "truncated" "$RUN" "${L[@]}" "$t/short.elf"
    expect_bad rv32 "not a 64-bit ELF" "$RUN" "${L[@]}" "$t/rv32.elf"
    expect_bad big-endian "not a little-endian" "$RUN" "${L[@]}" "$t/be.elf"
    expect_bad not-riscv "not a RISC-V ELF" "$RUN" "${L[@]}" "$(type -P true)"
    expect_bad outside-ram "outside RAM" "$RUN" "${L[@]}" "$t/low.elf"
    expect_bad entry "is not the reset PC" "$RUN" "${L[@]}" "$t/entry.elf"
    expect_bad missing "cannot open" "$RUN" "${L[@]}" "$t/nothing.elf"
    expect_bad bad-mode "--mode must be" "$RUN" --mode fast "$t/ok.elf"
    expect_bad bad-cycles "--max-cycles needs a number" "$RUN" --max-cycles 1x "$t/ok.elf"
    expect_bad bad-ram "--ram-size needs" "$RUN" --ram-size 12 "$t/ok.elf"
    expect_bad bad-option "unknown option" "$RUN" --frobnicate 1 "$t/ok.elf"
    expect_bad no-program "no program given" "$RUN" --mode rtl
    expect_bad ext-c "needs a unit generated with ext A and M" "$RUN" --ext AMC "$t/ok.elf"
    expect_bad bad-flag "wfi" "$RUN" --wfi-timeout x "$t/ok.elf"
    expect_bad events-bad-elf "not an ELF" "$RUN" --events "$logs/bad.log" "$t/text.elf"
    expect_bad events-unwritable "cannot write the event log" "$RUN" --events "$logs/no/such/dir" "$t/ok.elf"
    # the event-log reader (make trap-bench)
    expect_bad trapstat-missing "cannot read the event log" build/vitrap-trapstat "$t/none.ev" "$t/none.ev"
    expect_bad trapstat-not-events "not an event line" build/vitrap-trapstat "$t/text.elf" "$t/text.elf"
    expect_bad trapstat-usage "usage" build/vitrap-trapstat "$t/text.elf"
    expect_bad wfistat-missing "cannot read the event log" build/vitrap-wfistat "0=$t/none.ev"
    expect_bad wfistat-not-bound "is not BOUND=EVENTS" build/vitrap-wfistat "$t/text.elf"
    expect_bad wfistat-not-events "not an event line" build/vitrap-wfistat "0=$t/text.elf"
    # the random program generator's bad input (no ELF written)
    expect_bad progen-seed "--seed needs a number" build/vitrap-progen --seed x --out "$logs/bad.log"
    expect_bad progen-no-out "no --out given" build/vitrap-progen --seed 1
    expect_bad progen-body "--body needs a number" build/vitrap-progen --seed 1 --body 0 --out "$logs/bad.log"
    # and the good case: the loop runs to --max-cycles (124), lock-step holds
    "$RUN" --quiet --max-cycles 2000 "$t/ok.elf" >"$logs/timeout.out" 2>&1
    local rc=$?
    if [ $rc -eq 124 ]; then ok "core/badinput/timeout-124"
    else bad "core/badinput/timeout-124" "exit $rc"; cat "$logs/timeout.out"; fi
}

# ---- iverilog: the same RTL under the second simulator ----
iverilog_smoke() {
    if scripts/core-smoke-iverilog.sh >"$logs/iverilog.log" 2>&1; then ok "core/iverilog-smoke"
    else bad "core/iverilog-smoke" "see $logs/iverilog.log"; tail -5 "$logs/iverilog.log"; fi
}

# ---- random programs in lock-step (fixed seeds, sim/core/random-seeds.txt) ----
random() {
    local progen=build/vitrap-progen seed n=0 total=0 d=$logs/random
    mkdir -p "$d"
    while read -r seed _; do
        case $seed in ''|'#'*) continue ;; esac
        "$progen" --seed "$seed" --out "$d/r$seed.elf" || { bad "core/random/$seed" "progen failed"; continue; }
        "$RUN" --max-cycles 2000000 "$d/r$seed.elf" >"$d/r$seed.out" 2>"$d/r$seed.err"
        local rc=$? cyc
        cyc=$(sed -n 's/.* after \([0-9]*\) cycles.*/\1/p' "$d/r$seed.err" | tail -1)
        total=$((total + ${cyc:-0}))
        n=$((n + 1))
        if [ $rc -eq 0 ]; then ok "core/random/$seed"
        else bad "core/random/$seed" "exit $rc (reproduce: $progen --seed $seed --out r.elf && $RUN r.elf)"
             head -40 "$d/r$seed.out"; fi
    done <sim/core/random-seeds.txt
    echo "random programs: $n seeds, $total lock-step cycles"
    if [ "$total" -ge 10000000 ]; then ok "core/random/10M-cycles"
    else bad "core/random/10M-cycles" "only $total cycles"; fi
}

# ---- what cause 22 buys: the invariants of make trap-bench ----
# sim/programs/trapbench.S in lock-step on the ratified unit and on the
# pre-proposal one (sim/core/configs/vioff.cfg); every operation's cause-22
# round trip stays out of M and is never slower than the forwarded one.
trapbench() {
    local log=$logs/trap-bench.log
    if scripts/trap-bench.sh --check >"$log" 2>&1; then ok "core/trap-bench/invariants"
    else bad "core/trap-bench/invariants" "see $log"; grep -E 'CHECK FAILED|failed|mismatch' "$log" | head -8; fi
}

# ---- the WFI policies: the invariants of make wfi-plot on bounds 0 and 200 ----
# a host interrupt always reaches the hypervisor; a VTW=0 WFI never traps; a
# VTW=1 WFI retires in the guest exactly when the interrupt comes within the
# bound (gen/INTERFACE.md 7).
wfipolicy() {
    local log=$logs/wfi-policy.log
    if scripts/wfi-plot.sh --check >"$log" 2>&1; then ok "core/wfi-policy/invariants"
    else bad "core/wfi-policy/invariants" "see $log"; grep -E 'CHECK FAILED|failed|mismatch' "$log" | head -8; fi
}

for p in "${phases[@]}"; do
    case $p in
        lint) lint ;;
        synth) synth ;;
        programs) programs ;;
        badinput) badinput ;;
        iverilog) iverilog_smoke ;;
        random) random ;;
        trapbench) trapbench ;;
        wfipolicy) wfipolicy ;;
        *) echo "core-tests.sh: unknown phase '$p'" >&2; exit 2 ;;
    esac
done
