#!/usr/bin/env bash
# The post-synthesis collision test of board_ram (PIPELINE.md 8.3: a fetch
# and a data write of the same word in one cycle: the fetch gets the old
# word); the ramcollide phase of scripts/board-tests.sh runs it on
# rtl/boards/board_ram.v and on mutated copies.
#   scripts/ramcollide.sh SRC OUT [BYTES [CYCLES]]
# SRC: a board_ram.v; OUT: a folder for its build (created); BYTES: the
# RAM's size, a multiple of 128 (default 131072, the ULX3S's; the
# OrangeCrab's is 49152: fpga/scripts/boards.sh ram_bytes).
#   1. OUT/init.hex: a RAM image of BYTES/8 pseudo-random words (fixed seed)
#   2. OUT/net.v: yosys synth_ecp5 of SRC's board_ram at BYTES with that
#      image, renamed board_ram_syn, write_verilog -noattr (splitnets first:
#      one net per bit, the simulation faster, the cells unchanged); it must
#      hold DP16KD (board_ram.v as committed: 64 of 16K x 1 at 131072, 24 of
#      2K x 9 at 49152), in a width the model knows (it stops on any other)
#   3. OUT/cells.v: yosys' cells_sim.v models of its other cells
#   4. iverilog -g2005 -Wall of sim/boards/ramcollide_tb.v, SRC (the RTL),
#      sim/boards/DP16KD_collide.v (the block RAM whose cross-port read of a
#      bit being written is corrupted) and the netlist; vvp, CYCLES cycles
#      (default 4000)
# Exit: 0 the bench passed; 1 it found a mismatch (its "ramcollide: FAIL
# cycle ..." line); 2 anything else (a missing tool, yosys or iverilog
# failed, no collision checked, the bench did not finish), in one line on
# stdout. Logs: OUT/yosys.log, OUT/iverilog.log, OUT/vvp.log.
set -u
cd "$(dirname "$0")/.."
die() { echo "ramcollide: $1"; exit 2; }
[ $# -ge 2 ] && [ $# -le 4 ] || die "usage: ramcollide.sh SRC OUT [BYTES [CYCLES]]"
src=$1 out=$2 bytes=${3:-131072} cycles=${4:-4000}
[ -r "$src" ] || die "SRC '$src' is not a readable file"
[[ $bytes =~ ^[1-9][0-9]*$ ]] && [ $((bytes % 128)) -eq 0 ] || die "BYTES '$bytes' is not a positive multiple of 128"
[[ $cycles =~ ^[1-9][0-9]*$ ]] || die "CYCLES '$cycles' is not a positive number"
command -v yosys >/dev/null 2>&1 || die "'yosys' not found (make bitstream installs it: Debian package yosys)"
for t in iverilog vvp; do
    command -v "$t" >/dev/null 2>&1 || die "'$t' not found (Debian package iverilog)"
done
cells_sim=$(dirname "$(command -v yosys)")/../share/yosys/ecp5/cells_sim.v
[ -r "$cells_sim" ] || die "yosys' ECP5 cell models not found at $cells_sim"
SECONDS=0   # the run time printed with the verdict (no effect on it)
rm -rf "$out"; mkdir -p "$out"

# 1. the image: BYTES/8 words, 4 x 16 bits each from an LCG (the top half of
# its state; the arithmetic stays exact in awk's doubles)
awk -v words=$((bytes / 8)) 'BEGIN { x = 12345
    for (k = 0; k < words; k++) { s = ""
        for (j = 0; j < 4; j++) { x = (x * 1664525 + 1013904223) % 4294967296; s = s sprintf("%04x", int(x / 65536)) }
        print s } }' >"$out/init.hex"

# 2. the netlist
yosys -q -l "$out/yosys.log" -p "read_verilog $src; chparam -set BYTES $bytes -set INIT_FILE \"$out/init.hex\" board_ram;
    synth_ecp5 -top board_ram; rename board_ram board_ram_syn; splitnets; write_verilog -noattr $out/net.v" \
    >"$out/yosys.stderr" 2>&1 ||
    die "yosys failed: $(grep -m1 -i error "$out/yosys.log" "$out/yosys.stderr" | cut -d: -f2- | head -1); see $out/yosys.log"
nbram=$(grep -c '^  DP16KD ' "$out/net.v")
[ "$nbram" -gt 0 ] || die "the netlist holds no DP16KD (the RAM is not in block RAM); see $out/yosys.log"
widths=$(sed -n "s/^    \.DATA_WIDTH_[AB](32'd\([0-9]*\)),$/x\1/p" "$out/net.v" | sort -u | tr '\n' ' ' | sed 's/ $//; s/ /, /g')

# 3. the models of the other cell types of the netlist
types=" $(grep -oE '^  [A-Z][A-Z0-9_]* ' "$out/net.v" | tr -d ' ' | sort -u | grep -vx DP16KD | tr '\n' ' ')"
awk -v want="$types" 'match($0, /^module [A-Za-z0-9_]+/) { keep = index(want, " " substr($0, 8, RLENGTH - 7) " ") > 0 }
    keep { print } /^endmodule/ { keep = 0 }' "$cells_sim" >"$out/cells.v"

# 4. compile (warnings fail the run, except yosys' TRELLIS_FF instances,
# which leave CE and M unconnected) and run
iverilog -g2005 -Wall -P"ramcollide_tb.INIT_FILE=\"$out/init.hex\"" -Pramcollide_tb.BYTES="$bytes" -s ramcollide_tb \
    -o "$out/tb.vvp" sim/boards/ramcollide_tb.v "$src" sim/boards/DP16KD_collide.v "$out/net.v" "$out/cells.v" \
    >"$out/iverilog.log" 2>&1 || die "iverilog failed: $(head -1 "$out/iverilog.log"); see $out/iverilog.log"
warn=$(grep -vE "^$out/net.v:[0-9]+: warning: Instantiating module TRELLIS_FF with dangling input port [0-9]+ \((CE|M)\) floating\.$" \
    "$out/iverilog.log" | head -1)
[ -z "$warn" ] || die "iverilog warning: $warn; see $out/iverilog.log"
vvp -n "$out/tb.vvp" +cycles="$cycles" >"$out/vvp.log" 2>&1
secs=$SECONDS
if grep -qx 'ramcollide: PASS' "$out/vvp.log"; then
    sum=$(sed -n 's/^ramcollide: \([0-9]* cycles.*\)/\1/p' "$out/vvp.log")
    echo "ramcollide: PASS ($nbram DP16KD $widths; $sum; $secs s)"
    exit 0
fi
line=$(grep -m1 '^ramcollide: FAIL cycle' "$out/vvp.log") && { echo "$line"; exit 1; }
die "the bench did not pass: $(grep -m1 -E 'FAIL|error' "$out/vvp.log" || tail -1 "$out/vvp.log"); see $out/vvp.log"
