#!/usr/bin/env bash
# The report of one make bitstream run, in Markdown, from its folder:
#   fpga/scripts/board-report.sh build/boards/BOARD
# (reads BOARD/result, stat.txt and nextpnr.log; prints on stdout).
set -u
out=${1:?usage: board-report.sh build/boards/BOARD}
[ -f "$out/result" ] || { echo "vitrap-fpga: $out/result missing (run make bitstream first)" >&2; exit 2; }
get() { sed -n "s/^$1=//p" "$out/result" | tail -1; }
util() { local u; u=$(get "util_$1"); echo "${u:--}"; }
board=$(get board)
echo "# vitrap core SoC on $board"
echo
echo "| item | value |"
echo "|---|---|"
echo "| program | \`$(get prog)\` ($(get needs_bytes) of $(get ram_bytes) RAM bytes) |"
echo "| core clock | $(get freq) MHz (PLL CLKI_DIV/CLKFB_DIV/CLKOP_DIV $(get pll); 0 = no PLL) |"
echo "| Fmax (nextpnr) | $(get fmax) MHz for \`$(get clock_net)\` (target $(get target) MHz) |"
echo "| yosys: LUT4 / TRELLIS_FF / CCU2C | $(get lut) / $(get ff) / $(get carry) |"
echo "| yosys: DP16KD (block RAM) | $(get bram) |"
echo "| yosys: MULT18X18D / ALU54B (DSP) | $(get dsp) / $(get alu54) |"
echo "| placed: TRELLIS_COMB (LUT4 + carry halves) | $(util TRELLIS_COMB) |"
echo "| placed: TRELLIS_FF | $(util TRELLIS_FF) |"
echo "| placed: DP16KD | $(util DP16KD) |"
echo "| placed: MULT18X18D | $(util MULT18X18D) |"
echo "| placed: EHXPLLL | $(util EHXPLLL) |"
echo "| yosys / nextpnr time | $(get synth_secs) s / $(get pnr_secs) s |"
echo "| bitstream | \`$(get bitstream)\` |"
