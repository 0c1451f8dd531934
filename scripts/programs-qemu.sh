#!/bin/bash
# Developer tool: run the ISA test programs (sim/programs) on QEMU's spike
# machine (HTIF exit and console; the programs print through HTIF there
# because that machine has no UART at 0x1000_0000) and compare the exit code
# (0) and the console with sim/programs/expected/NAME.out.
#
#   scripts/programs-qemu.sh              the ISA programs (must pass)
#   scripts/programs-qemu.sh --priv       the privileged programs and hvdemo,
#                                         built with -DON_QEMU (informative)
#   scripts/programs-qemu.sh NAME...      these programs
#
# Not part of make test: QEMU is a reference for the unprivileged ISA only;
# its H extension (7.2) differs from the spec in places. The ON_QEMU builds
# (build/programs-qemu/) skip what QEMU's spike machine lacks (PLIC, UART,
# test device, the time CSR) and QEMU's known differences (each marked in
# the source), and print "qemu differs: check N" for the others instead of
# stopping at the first.
set -u
cd "$(dirname "$0")/.."
QEMU=${QEMU:-qemu-system-riscv64}
command -v "$QEMU" >/dev/null || { echo "programs-qemu: $QEMU not found (apt-get install qemu-system-misc)"; exit 2; }
ISA="alu shift compare branch loadstore muldiv amo fencei loaduse"
PRIV="deleg xret_v vi_cases wfi irq counters hlsv faults mprv hvdemo"
DIR=build/programs
if [ "${1:-}" = "--priv" ]; then
    shift; DIR=build/programs-qemu; PROGS=${*:-$PRIV}
else
    PROGS=${*:-$ISA}
fi
make -s -f mk/programs.mk $(for p in $PROGS; do echo $DIR/$p.elf; done) || exit 2
fails=0
for p in $PROGS; do
    out=$(mktemp)
    timeout 60 "$QEMU" -machine spike -cpu rv64,h=true,c=false -bios none -nographic \
        -kernel $DIR/$p.elf >"$out" 2>&1 </dev/null
    rc=$?
    tr -d '\r' <"$out" >"$out.n"
    if [ $rc -ne 0 ]; then
        echo "programs-qemu/$p: FAIL (exit $rc)"; sed 's/^/  | /' "$out.n"; fails=$((fails + 1))
    elif [ -f sim/programs/expected/$p.out ] && ! diff -q sim/programs/expected/$p.out "$out.n" >/dev/null; then
        echo "programs-qemu/$p: FAIL (console differs)"; diff sim/programs/expected/$p.out "$out.n" | sed 's/^/  | /'
        fails=$((fails + 1))
    else
        echo "programs-qemu/$p: pass"
    fi
    rm -f "$out" "$out.n"
done
[ $fails -eq 0 ]
