#!/usr/bin/env bash
# `make synth`: yosys synthesis of the unit alone (dbg_csrs dropped, see
# synth.sh) for every family and configuration, JOBS at a time, then a table.
#   fpga/scripts/synth-table.sh [--families "ice40 ecp5 gowin"] [CONFIG...]
# CONFIG: names in sim/configs/ or fpga/configs/ (default: default hoff).
# Writes the table to build/fpga/synth-table.md too.
set -u
cd "$(dirname "$0")/../.."
. fpga/scripts/common.sh

families=$VT_FAMILIES
if [ "${1:-}" = --families ]; then
    [ $# -ge 2 ] || die "synth-table.sh: --families needs a value"
    families=$2; shift 2
fi
configs=("$@")
[ ${#configs[@]} -gt 0 ] || configs=(default hoff)
for f in $families; do check_family "$f"; done
for c in "${configs[@]}"; do config_file "$c" >/dev/null || exit 2; gen_rtl "$c" >/dev/null || exit 2; done
need_tool yosys "make synth installs it"

jobs=()
for c in "${configs[@]}"; do for f in $families; do jobs+=("$f $c"); done; done
start=$(date +%s)
# shellcheck disable=SC2016
printf '%s\n' "${jobs[@]}" |
    xargs -P "${JOBS:-2}" -L 1 sh -c 'fpga/scripts/synth.sh --family "$0" --config "$1" >/dev/null || echo "FAILED $0 $1" >&2' ||
    die "synthesis failed" 1

table=$VT_FPGA_BUILD/synth-table.md
{
    echo "| family | config | LUT | FF | carry | BRAM | wide mux | cells |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    for c in "${configs[@]}"; do
        name=$(config_name "$(config_file "$c")")
        for f in $families; do
            counts=$VT_FPGA_BUILD/synth/$f-$name-unit/counts
            [ -f "$counts" ] || die "no result for $f $name (see $VT_FPGA_BUILD/synth/$f-$name-unit/yosys.log)" 1
            . <(sed 's/ /\n/g' "$counts")
            echo "| $f | $name | $lut | $ff | $carry | $bram | $mux | $cells |"
        done
    done
} >"$table"
cat "$table"
cat <<EOF

The unit alone (vitrap_csr, dbg_csrs dropped), $(tool_version yosys); $(( $(date +%s) - start )) s.
LUT: SB_LUT4 / LUT4 / LUT1-4. FF: SB_DFF* / TRELLIS_FF / DFF*. carry: SB_CARRY (1 bit) /
CCU2C (2 bits) / ALU (1 bit). wide mux: ECP5 PFUMX+L6MUX21, Gowin MUX2_LUT5-8 (slice muxes
that build 5-7 input functions from LUT4s). cells: every cell, I/O buffers included.
Logs: $VT_FPGA_BUILD/synth/FAMILY-CONFIG-unit/yosys.log
EOF
