#!/usr/bin/env bash
# Lints fpga/wrapper/vitrap_fpga_top.v around a generated unit: Verilator -Wall
# and iverilog -g2005 -Wall, zero warnings, with -DVITRAP_GEILEN=N when the
# unit has irq_sgeip (so every configuration is covered, GEILEN 0 included).
#   fpga/scripts/lint-wrapper.sh path/to/vitrap_csr.v
set -u
cd "$(dirname "$0")/../.."
. fpga/scripts/common.sh
rtl=${1:?usage: lint-wrapper.sh path/to/vitrap_csr.v}
[ -f "$rtl" ] || die "no such file: $rtl"
def=$(geilen_define "$rtl")
# shellcheck disable=SC2086
out=$( { verilator --lint-only -Wall $def --top-module vitrap_fpga_top "$rtl" "$VT_WRAPPER" &&
         iverilog -g2005 -Wall $def -s vitrap_fpga_top -o /dev/null "$rtl" "$VT_WRAPPER"; } 2>&1)
rc=$?
[ $rc -eq 0 ] && [ -z "$out" ] && exit 0
echo "$out"
exit 1
