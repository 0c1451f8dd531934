#!/usr/bin/env bash
# Lints the core and SoC RTL (rtl/core, rtl/soc) around the generated unit:
# Verilator -Wall (with and without VITRAP_NO_DBG_PORT), iverilog -g2005
# -Wall and yosys synth -top vitrap_soc, for --ext AM and --ext AM --h off.
# Zero warnings expected. `--no-yosys` skips the (slow) synthesis.
set -u
cd "$(dirname "$0")/.."
out=build/core-lint
mkdir -p "$out"
make -s build/vitrap-gen || exit 1
RTL="rtl/core/core_decode.v rtl/core/core_regfile.v rtl/core/core_alu.v rtl/core/core_branch.v
     rtl/core/core_mul.v rtl/core/core_div.v rtl/core/core_hazard.v rtl/core/core_pma.v
     rtl/core/core_lsu.v rtl/core/core_fwd.v rtl/core/vitrap_core.v
     rtl/soc/clint.v rtl/soc/plic.v rtl/soc/uart16550.v rtl/soc/irq_testdev.v rtl/soc/vitrap_soc.v"
yosys=1
[ "${1:-}" = --no-yosys ] && yosys=0
bad=0
for cfg in "--ext AM" "--ext AM --h off"; do
    name=$(echo "$cfg" | tr -d ' -')
    g="$out/gen-$name"
    build/vitrap-gen $cfg --out "$g" >/dev/null || exit 1
    for def in "" "+define+VITRAP_NO_DBG_PORT"; do
        # shellcheck disable=SC2086
        o=$(verilator --lint-only -Wall $def -Irtl/core -I"$g" $RTL "$g/vitrap_csr.v" --top-module vitrap_soc 2>&1)
        [ -n "$o" ] && { echo "verilator [$cfg $def]:"; echo "$o"; bad=1; }
    done
    # shellcheck disable=SC2086
    o=$(iverilog -g2005 -Wall -Irtl/core -I"$g" -s vitrap_soc -o /dev/null $RTL "$g/vitrap_csr.v" 2>&1)
    [ -n "$o" ] && { echo "iverilog [$cfg]:"; echo "$o"; bad=1; }
    if [ $yosys = 1 ]; then
        yosys -q -l "$out/yosys-$name.log" -p "read_verilog -Irtl/core -I$g $(echo $RTL) $g/vitrap_csr.v; synth -top vitrap_soc; stat" >/dev/null 2>&1 ||
            { echo "yosys [$cfg] failed"; bad=1; }
        # only warnings that name our files count (the generated unit is not ours)
        o=$(grep -i warning "$out/yosys-$name.log" | grep -E 'rtl/(core|soc)/' )
        [ -n "$o" ] && { echo "yosys [$cfg]:"; echo "$o"; bad=1; }
        grep -iE 'warning' "$out/yosys-$name.log" | grep -vE 'rtl/(core|soc)/' | sed "s/^/  (unit) /"
    fi
done
[ $bad = 0 ] && echo "core lint: clean" && exit 0
exit 1
