#!/usr/bin/env bash
# The board-level simulation (make board-sim, make test's boards/sim): the
# exact board top of the bitstream, with the same parameters and RAM image
# (fpga/scripts/boards.sh board_top_params, as make bitstream computes them)
# and the behavioural PLL (sim/boards/EHXPLLL.v), Verilated with --timing and
# run by tb/board/boardsim.c: the UART TX pin decoded as 8N1 at 115200 baud
# and compared with EXPECTED, and the LEDs checked.
#
#   scripts/board-sim.sh BOARD ELF EXPECTED [FREQ] [-- HARNESS-FLAGS...]
#   scripts/board-sim.sh --check-args BOARD [FREQ]
#
# Builds build/boards/BOARD/sim/vitrap-boardsim (again only when the sources
# or the top's parameters changed: the image is read at run time), runs it,
# and leaves the received text in build/boards/BOARD/sim/console.txt.
# HARNESS-FLAGS go to vitrap-boardsim (e.g. --vcd FILE, --baud N, --max-ms N).
# Exit: the harness's (0 pass, 1 a difference); 2 bad input or a missing tool.
set -u
cd "$(dirname "$0")/.."
. fpga/scripts/common.sh
. fpga/scripts/boards.sh
die() { echo "board-sim: $1" >&2; exit "${2:-2}"; }
# --check-args BOARD [FREQ]: validate them and exit (make board-sim, before it builds)
if [ "${1:-}" = --check-args ]; then
    board_info "${2:-}"
    board_freq "${3:-}"
    exit 0
fi
[ $# -ge 3 ] || die "usage: board-sim.sh BOARD ELF EXPECTED [FREQ] [-- HARNESS-FLAGS...]"
board=$1 elf=$2 expect=$3; shift 3
freq=
if [ $# -gt 0 ] && [ "$1" != -- ]; then freq=$1; shift; fi
[ $# -eq 0 ] || { [ "$1" = -- ] || die "unexpected argument '$1'"; shift; }
board_info "$board"
board_freq "$freq"
[ -f "$elf" ] && [ -r "$elf" ] || die "ELF '$elf' is not a readable file (an RV64 ELF executable)"
[ -f "$expect" ] && [ -r "$expect" ] || die "EXPECTED '$expect' is not a readable file (the expected console text)"
need_tool verilator "Debian package verilator"
[ -x build/vitrap-elf2mem ] || die "build/vitrap-elf2mem missing (make board-sim builds it)"
[ -x "$VT_GEN" ] || die "$VT_GEN missing (make builds it)"

out=build/boards/$board/sim
mkdir -p "$out/cobj"
rm -f "$out/console.txt"
"$VT_GEN" --config sim/core/configs/default.cfg --out "$out/rtl" >/dev/null || die "vitrap-gen failed"
board_top_params "$elf" "$out"
root=$PWD
bin=$out/vitrap-boardsim
# shellcheck disable=SC2046
vsrcs=($(board_sources "$out/rtl") sim/boards/EHXPLLL.v)
csrcs=(tb/board/boardsim.c tb/board/uart8n1.c tb/board/console_check.c)
stamp=$( { cat "$out/top.params"; md5sum "${vsrcs[@]}" "${csrcs[@]}" tb/board/*.h tb/board/board_shim.cpp "$0"; } | md5sum)
if [ ! -x "$bin" ] || [ "$(cat "$out/build.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "board-sim $board: building $bin (Verilator --timing, $top) ..."
    rm -f "$bin" "$out/build.stamp"
    CC=${CC:-gcc}
    CFLAGS=${CFLAGS:--std=c11 -O2 -g -Wall -Wextra -Werror}
    objs=()
    for f in "${csrcs[@]}"; do
        o=$root/$out/cobj/$(basename "${f%.c}").o
        # shellcheck disable=SC2086  # CFLAGS is a list of flags
        $CC $CFLAGS -c "$f" -o "$o" || exit 2
        objs+=("$o")
    done
    define=BOARD_$(echo "$board" | tr a-z A-Z)
    mapfile -t gparams < <(board_param_args verilator "$out/top.params")
    verilator --cc --exe --build -j "${JOBS:-2}" --timing --timescale 1ps/1ps --trace \
        -O3 --x-assign fast --x-initial fast --noassert -Wno-fatal +define+VITRAP_NO_DBG_PORT \
        -I"$out/rtl" -Irtl/core -Irtl/soc -Irtl/boards \
        --top-module "$top" --prefix Vboard "${gparams[@]}" \
        --Mdir "$root/$out/obj" -o "$root/$bin" -MAKEFLAGS "OPT_FAST=-O2 OPT_GLOBAL=-O2" \
        -CFLAGS "-O2 -D$define -I$root/tb/board" \
        "${vsrcs[@]}" "$root/tb/board/board_shim.cpp" "${objs[@]}" >"$out/verilator.log" 2>&1 ||
        { tail -20 "$out/verilator.log"; die "the Verilator build failed; see $out/verilator.log" 1; }
    echo "$stamp" >"$out/build.stamp"
fi

echo "board-sim $board: $elf at $core_mhz MHz (PLL $clki/$clkfb/$clkop from $osc_mhz MHz), expecting $expect"
osc_hz=$(awk -v f="$osc_mhz" 'BEGIN { printf "%d", f * 1000000 + 0.5 }')
"$bin" --osc-hz "$osc_hz" --core-hz "$core_hz" --expect "$expect" --out "$out/console.txt" "$@"
