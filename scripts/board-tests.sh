#!/usr/bin/env bash
# The board tops' tests (make test runs them through scripts/run-tests.sh):
#   scripts/board-tests.sh --results FILE [PHASE...]
# Phases (default all): lint, synth, badinput, sim, ramcollide.
#   lint      Verilator -Wall (--timing, the PLL model) and iverilog of each
#             board top, with its defaults and with the parameters of the
#             bitstream and the board simulation (board_top_params)
#   synth     yosys synth_ecp5 of each board top with the hypervisor demo's image
#             (fpga/scripts/bitstream.sh --synth-only): block RAM, DSP and
#             PLL counts as the board needs them
#   badinput  make bitstream / make program / vitrap-elf2mem on bad input
#             (exit 2, one line, no output file), and make program with no
#             board attached (exit 1, a clear line)
#   sim       the board-level simulation of each top (scripts/board-sim.sh):
#             the self-test firmware's console on the UART pin and the LEDs,
#             the heartbeat (sim/boards/blink.S), the RX pin (echo.S), the
#             8N1 decoder's self-check, and runs that must fail
#   ramcollide  the post-synthesis collision test of board_ram
#             (scripts/ramcollide.sh, PIPELINE.md 8.3): its yosys netlist on
#             a DP16KD model whose cross-port read of a bit being written is
#             corrupted, against its RTL, at each board's RAM size (ULX3S
#             131072: 16K x 1 blocks, OrangeCrab 49152: 2K x 9); must pass on
#             rtl/boards/board_ram.v and fail on copies without the collision
#             mux and with its compare inverted
# Every verdict is one line "PASS name" / "FAIL name" appended to FILE.
# Logs: build/test-logs/boards/.
set -u
cd "$(dirname "$0")/.."
. fpga/scripts/common.sh
. fpga/scripts/boards.sh
results=
if [ "${1:-}" = --results ]; then results=$2; shift 2; fi
[ -n "$results" ] || { echo "usage: board-tests.sh --results FILE [PHASE...]" >&2; exit 2; }
phases=("$@")
[ ${#phases[@]} -gt 0 ] || phases=(lint synth badinput sim ramcollide)
logs=build/test-logs/boards
mkdir -p "$logs"
ok()  { echo "PASS $1" >>"$results"; }
bad() { echo "FAIL $1" >>"$results"; echo "FAIL $1${2:+: $2}"; }
BOARDS="ulx3s orangecrab"
unit=$logs/rtl
build/vitrap-gen --config sim/core/configs/default.cfg --out "$unit" >/dev/null ||
    { bad "boards/gen" "vitrap-gen failed"; exit 0; }

lint() {
    local b log
    for b in $BOARDS; do
        board_info "$b"
        log=$logs/lint-verilator-$b.log
        # shellcheck disable=SC2046
        if verilator --lint-only -Wall --timing --timescale 1ps/1ps -I"$unit" -Irtl/core -Irtl/soc -Irtl/boards \
               --top-module "$top" +define+VITRAP_NO_DBG_PORT $(board_sources "$unit") sim/boards/EHXPLLL.v \
               >"$log" 2>&1 && [ ! -s "$log" ]; then ok "boards/lint-verilator/$b"
        else bad "boards/lint-verilator/$b" "see $log"; head -5 "$log"; fi
        log=$logs/lint-iverilog-$b.log
        # shellcheck disable=SC2046
        if iverilog -g2005 -Wall -I"$unit" -Irtl/core -Irtl/soc -Irtl/boards -s "$top" -o /dev/null \
               $(board_sources "$unit") sim/boards/EHXPLLL.v >"$log" 2>&1 && [ ! -s "$log" ]; then
            ok "boards/lint-iverilog/$b"
        else bad "boards/lint-iverilog/$b" "see $log"; head -5 "$log"; fi
        # and with the parameters of the bitstream and the board simulation
        # (board_top_params: Verilator -G, iverilog -P)
        local pd=$logs/params-$b prog expect gp
        mkdir -p "$pd"
        sim_program "$b"
        ( board_freq ""; board_top_params "$prog" "$pd" ) >"$pd/log" 2>&1 ||
            { bad "boards/lint-params/$b" "see $pd/log"; continue; }
        mapfile -t gp < <(board_param_args verilator "$pd/top.params")
        log=$logs/lint-verilator-params-$b.log
        # shellcheck disable=SC2046
        if verilator --lint-only -Wall --timing --timescale 1ps/1ps -I"$unit" -Irtl/core -Irtl/soc -Irtl/boards \
               --top-module "$top" +define+VITRAP_NO_DBG_PORT "${gp[@]}" $(board_sources "$unit") sim/boards/EHXPLLL.v \
               >"$log" 2>&1 && [ ! -s "$log" ]; then ok "boards/lint-verilator-params/$b"
        else bad "boards/lint-verilator-params/$b" "see $log"; head -5 "$log"; fi
        log=$logs/lint-iverilog-params-$b.log
        # shellcheck disable=SC2046
        if iverilog -g2005 -Wall -I"$unit" -Irtl/core -Irtl/soc -Irtl/boards -s "$top" -o /dev/null \
               $(sed "s/^/-P$top./" "$pd/top.params") $(board_sources "$unit") sim/boards/EHXPLLL.v >"$log" 2>&1 &&
               [ ! -s "$log" ]; then ok "boards/lint-iverilog-params/$b"
        else bad "boards/lint-iverilog-params/$b" "see $log"; head -5 "$log"; fi
    done
}

# yosys on the exact top of the bitstream: it must keep the PLL where the
# board has one, put the RAM in block RAM within the device, and put the
# multiplier on the DSP blocks (fpga/README.md "Boards").
synth() {
    local b log res dev_ebr dev_dsp
    for b in $BOARDS; do
        board_info "$b"
        log=$logs/synth-$b.log
        res=build/boards/$b/result
        case $b in ulx3s) dev_ebr=208 dev_dsp=156 ;; orangecrab) dev_ebr=56 dev_dsp=28 ;; esac
        # yosys' default ECP5 mapping, not the bitstream's -abc9: ABC9 aborted
        # once (exit 134) on a loaded CI machine, and the check is the mapping
        # onto the device's resources, not the LUT count
        if SYNTH_FLAGS= fpga/scripts/bitstream.sh --board "$b" --prog build/programs/hvdemo.elf --synth-only >"$log" 2>&1; then
            local bram dsp lut pll
            bram=$(sed -n 's/^bram=//p' "$res"); dsp=$(sed -n 's/^dsp=//p' "$res"); lut=$(sed -n 's/^lut=//p' "$res")
            pll=$(grep -c 'EHXPLLL' "build/boards/$b/stat.txt")
            # a PLL exactly when the default core clock is not the oscillator's
            local pll_ok=0
            if [ "$def_mhz" = "$osc_mhz" ]; then [ "$pll" -eq 0 ] && pll_ok=1
            else [ "$pll" -ge 1 ] && pll_ok=1; fi
            if [ "$bram" -gt 0 ] && [ "$bram" -le $dev_ebr ] && [ "$dsp" -gt 0 ] && [ "$dsp" -le $dev_dsp ] &&
               [ $pll_ok = 1 ]; then
                ok "boards/synth-yosys/$b"; echo "synth $b: LUT4 $lut, DP16KD $bram, MULT18X18D $dsp"
            else bad "boards/synth-yosys/$b" "DP16KD $bram (device $dev_ebr), MULT18X18D $dsp (device $dev_dsp), EHXPLLL $pll"; fi
        else bad "boards/synth-yosys/$b" "see $log"; tail -3 "$log"; fi
    done
}

# expect_bad NAME STATUS PATTERN CMD...: CMD exits STATUS with one line
# matching PATTERN on stderr/stdout
expect_bad() {
    local name=$1 want=$2 pat=$3; shift 3
    local log=$logs/bad-$name.log
    "$@" >"$log" 2>&1
    local rc=$?
    if [ $rc -eq "$want" ] && grep -qE -- "$pat" "$log"; then ok "boards/badinput/$name"
    else bad "boards/badinput/$name" "exit $rc (want $want), see $log"; head -3 "$log"; fi
}

badinput() {
    local t=$logs/bad-tmp
    rm -rf "$t"; mkdir -p "$t"
    expect_bad board-unknown 2 "unknown BOARD 'nexys'" make -s --no-print-directory bitstream BOARD=nexys
    expect_bad board-missing 2 "BOARD missing" make -s --no-print-directory bitstream
    expect_bad freq-text 2 "FREQ 'fast' is not a core clock" make -s --no-print-directory bitstream BOARD=ulx3s FREQ=fast
    expect_bad freq-range 2 "FREQ '500' is not a core clock" make -s --no-print-directory bitstream BOARD=ulx3s FREQ=500
    expect_bad freq-pll 2 "no PLL setting gives 50 MHz from 48 MHz" make -s --no-print-directory bitstream BOARD=orangecrab FREQ=50
    expect_bad prog-missing 2 "PROG '$t/none.elf' is not a readable file" make -s --no-print-directory bitstream BOARD=ulx3s PROG=$t/none.elf
    # an ELF that is not RV64, and one too big for the board: elf2mem's own line, no image written
    expect_bad elf-not-rv64 2 "not a RISC-V ELF" build/vitrap-elf2mem --ram-bytes 49152 --hex "$t/a.hex" --params "$t/a.params" /bin/true
    printf 'not an elf' >"$t/text.elf"
    expect_bad elf-text 2 "not an ELF file" build/vitrap-elf2mem --ram-bytes 49152 --hex "$t/a.hex" --params "$t/a.params" "$t/text.elf"
    expect_bad elf-too-big 2 "outside RAM|needs RAM up to _end" build/vitrap-elf2mem --ram-bytes 8192 --hex "$t/a.hex" --params "$t/a.params" build/programs/hvdemo.elf
    expect_bad elf-ram-size 2 "--ram-bytes '100' is not a multiple of 8" build/vitrap-elf2mem --ram-bytes 100 --hex "$t/a.hex" --params "$t/a.params" build/programs/hvdemo.elf
    if ls "$t"/a.* >/dev/null 2>&1; then bad "boards/badinput/no-output" "$(ls "$t")"; else ok "boards/badinput/no-output"; fi
    expect_bad program-unknown 2 "unknown BOARD 'de10'" make -s --no-print-directory program BOARD=de10
    expect_bad program-nobit 2 "no bitstream $t/none.bit" fpga/scripts/program.sh --board ulx3s --bit "$t/none.bit"
    # no board is attached to this machine: openFPGALoader must fail, and the
    # script says so in one line (exit 1)
    if scripts/install-deps.sh openFPGALoader:openfpgaloader >"$logs/install-openfpgaloader.log" 2>&1; then
        printf 'not a bitstream' >"$t/fake.bit"
        expect_bad program-noboard-ulx3s 1 "openFPGALoader failed .*is the board plugged in" fpga/scripts/program.sh --board ulx3s --bit "$t/fake.bit"
        expect_bad program-noboard-orangecrab 1 "openFPGALoader failed .*DFU bootloader" fpga/scripts/program.sh --board orangecrab --bit "$t/fake.bit"
    else bad "boards/badinput/program-install" "see $logs/install-openfpgaloader.log"; fi
}

# The program of the board simulation: the board's self-test firmware
# (BOARD_FW_ELF / BOARD_FW_EXPECT override its paths) once make has its
# (mk/firmware.mk; make test builds it first). Sets prog, expect.
sim_program() {
    prog=${BOARD_FW_ELF:-build/firmware/selftest-$1.elf}
    expect=${BOARD_FW_EXPECT:-sim/firmware/expected/selftest-$1.out}
}

# expect_sim NAME STATUS PATTERN ARGS...: scripts/board-sim.sh ARGS exits
# STATUS with a line matching PATTERN (the checks that make the board
# simulation able to fail)
expect_sim() {
    local name=$1 want=$2 pat=$3; shift 3
    local log=$logs/sim-$name.log
    scripts/board-sim.sh "$@" >"$log" 2>&1
    local rc=$?
    if [ $rc -eq "$want" ] && grep -qE -- "$pat" "$log"; then ok "boards/sim/$name"
    else bad "boards/sim/$name" "exit $rc (want $want), see $log"; tail -3 "$log"; fi
}

sim() {
    local b log prog expect t=$logs/sim-tmp
    rm -rf "$t"; mkdir -p "$t"
    # the decoder and the console comparison on synthesised lines
    log=$logs/sim-uart8n1-check.log
    if make -s --no-print-directory build/vitrap-uart8n1-check >"$log" 2>&1 && build/vitrap-uart8n1-check >>"$log" 2>&1; then
        ok "boards/sim/uart8n1-check"
    else bad "boards/sim/uart8n1-check" "see $log"; grep FAIL "$log" | head -5; fi
    if [ -f mk/firmware.mk ]; then
        make -s --no-print-directory firmware >"$logs/sim-firmware.log" 2>&1 ||
            bad "boards/sim/firmware" "make firmware failed, see $logs/sim-firmware.log"
    fi
    for b in $BOARDS; do
        sim_program "$b"
        log=$logs/sim-$b.log
        if scripts/board-sim.sh "$b" "$prog" "$expect" >"$log" 2>&1; then
            ok "boards/sim/$b"; grep -E '^(speed|boardsim)' "$log" | tail -2
        else bad "boards/sim/$b" "see $log"; tail -5 "$log"; fi
    done
    # the check can fail (on the ULX3S's model, built above): the decoder at
    # the wrong baud rate, one byte of the expected console changed, the
    # other verdict expected
    sim_program ulx3s
    expect_sim wrong-baud 1 "framing errors" ulx3s "$prog" "$expect" -- --baud 100000
    sed '2s/./#/3' "$expect" >"$t/changed.out"
    expect_sim changed-console 1 "console differs at line 2, column 3" ulx3s "$prog" "$t/changed.out"
    expect_sim wrong-verdict 1 "pass LED lit, fail expected" ulx3s "$prog" "$expect" -- --expect-fail
    # the button held for 3 ms: the reset LED lit all along, the program runs after it
    sim_program orangecrab
    expect_sim held-reset 0 "reset lit until 3\.0[0-9]* ms \(button held 3000 us\)" orangecrab "$prog" "$expect" -- --hold-reset-us 3000
    # the heartbeat (blink: 9 M cycles, past 2^23) and the receive path (echo:
    # a line sent into RX comes back on TX), and that both checks can fail
    local bp=build/boards/programs
    if make -s --no-print-directory board-sim-programs >"$logs/sim-programs.log" 2>&1; then
        expect_sim heartbeat 0 "heartbeat 2 changes" ulx3s $bp/blink.elf sim/boards/expected/blink.out
        expect_sim heartbeat-wrong 1 "heartbeat LED first lit away" ulx3s $bp/blink.elf sim/boards/expected/blink.out \
            -- --blink-cycles 4000000 --max-ms 300
        expect_sim uart-rx 0 "boardsim orangecrab: PASS" orangecrab $bp/echo.elf sim/boards/expected/echo.out \
            -- --rx-text 'vitrap on the board: 0123456789 ~!\n'
        expect_sim uart-rx-none 1 "console differs at line 2, column 1" orangecrab $bp/echo.elf sim/boards/expected/echo.out \
            -- --max-ms 10
    else bad "boards/sim/programs" "see $logs/sim-programs.log"; fi
    expect_sim bad-board 2 "unknown BOARD 'nexys'" nexys "$prog" "$expect"
    expect_sim bad-freq 2 "no PLL setting gives 50 MHz from 48 MHz" orangecrab "$prog" "$expect" 50
    expect_sim bad-expect 2 "EXPECTED '$t/none.out' is not a readable file" ulx3s "$prog" "$t/none.out"
    expect_sim bad-flag 2 "unknown argument '--bogus'" ulx3s "$prog" "$expect" -- --bogus
}

# ramcollide_run NAME SRC BYTES CYCLES WANT: scripts/ramcollide.sh on SRC
# at BYTES exits WANT (0 the bench passed, 1 it found a mismatch); 2 (a
# missing tool, yosys, iverilog, a bench that did not finish) is a FAIL
# whatever WANT
ramcollide_run() {
    local name=$1 src=$2 bytes=$3 cycles=$4 want=$5 log=$logs/ramcollide-${1//\//-}.log rc line
    scripts/ramcollide.sh "$src" "build/boards/ramcollide/$name" "$bytes" "$cycles" >"$log" 2>&1
    rc=$?
    line=$(tail -1 "$log")
    if [ $rc -eq "$want" ]; then
        ok "boards/ramcollide/$name"
        if [ "$want" = 1 ]; then echo "ramcollide $name: killed (${line#ramcollide: })"
        else echo "ramcollide $name: ${line#ramcollide: }"; fi
    elif [ $rc -eq 1 ]; then bad "boards/ramcollide/$name" "${line#ramcollide: }, see $log"
    elif [ $rc -eq 0 ]; then bad "boards/ramcollide/$name" "the mutant survived (the bench passed), see $log"
    else bad "boards/ramcollide/$name" "${line#ramcollide: }"; fi
}

# The collision of PIPELINE.md 8.3 after synthesis: the RTL returns the old
# word on the fetch port whatever board_ram does, so only its netlist on a
# block RAM that corrupts the cross-port read shows the collision mux. Each
# board's RAM size (board_info ram_bytes), as yosys maps it differently (the
# ULX3S's in 16K x 1 blocks, the OrangeCrab's in 2K x 9); 4000 cycles each
# (about 1400 collisions). The mutants are copies of board_ram.v (sed, under
# build/): each must fail at each size.
ramcollide() {
    local d=build/boards/ramcollide/src b m
    mkdir -p "$d"
    # (i) no collision mux: a colliding fetch keeps the fetch port's word
    sed 's/^\(  wire \[63:0\] i_word = \).*;$/\1i_word_q;/' rtl/boards/board_ram.v >"$d/board_ram-nomux.v"
    # (ii) the collision compare wrong: the mux taken when the words differ
    sed 's/(d_idx == i_idx)/(d_idx != i_idx)/' rtl/boards/board_ram.v >"$d/board_ram-compare.v"
    for b in $BOARDS; do
        board_info "$b"
        ramcollide_run "$b/rtl" rtl/boards/board_ram.v "$ram_bytes" 4000 0
        for m in nomux compare; do
            if cmp -s rtl/boards/board_ram.v "$d/board_ram-$m.v"; then
                bad "boards/ramcollide/$b/mutant-$m" "the sed of the mutant matched nothing in rtl/boards/board_ram.v"
            else ramcollide_run "$b/mutant-$m" "$d/board_ram-$m.v" "$ram_bytes" 4000 1; fi
        done
    done
}

for p in "${phases[@]}"; do
    case $p in
        lint) lint ;;
        synth) synth ;;
        badinput) badinput ;;
        sim) sim ;;
        ramcollide) ramcollide ;;
        *) echo "board-tests.sh: unknown phase '$p'" >&2; exit 2 ;;
    esac
done
