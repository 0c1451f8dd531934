#!/usr/bin/env bash
# Builds the hand-made smoke programs of sim/core/smoke/ and runs each on
# vitrap_soc under iverilog (sim/core/soc_tb.v + sim/core/sim_ram.v), for the
# default unit configuration (--ext AM) and for --ext AM --h off. A program
# passes when it stores 1 to tohost (exit code 0).
#   scripts/core-smoke-iverilog.sh [test ...]     (default: every *.S)
set -u
cd "$(dirname "$0")/.."
out=build/core-smoke
mkdir -p "$out"
make -s build/vitrap-gen || exit 1

CC=riscv64-unknown-elf-gcc
CFLAGS="-march=rv64ima_zicsr_zifencei -mabi=lp64 -nostdlib -nostartfiles -static -Wl,--no-warn-rwx-segments -Isim/core/smoke -T sim/core/smoke/link.ld"
RTL="rtl/core/core_decode.v rtl/core/core_regfile.v rtl/core/core_alu.v rtl/core/core_branch.v
     rtl/core/core_mul.v rtl/core/core_div.v rtl/core/core_hazard.v rtl/core/core_pma.v
     rtl/core/core_fetch.v rtl/core/core_lsu.v rtl/core/core_fwd.v rtl/core/vitrap_core.v
     rtl/soc/clint.v rtl/soc/plic_pick.v rtl/soc/plic.v rtl/soc/uart16550.v rtl/soc/irq_testdev.v rtl/soc/vitrap_soc.v
     sim/core/sim_ram.v sim/core/soc_tb.v"

tests=("$@")
if [ ${#tests[@]} -eq 0 ]; then
    for f in sim/core/smoke/*.S; do tests+=("$(basename "$f" .S)"); done
fi

# The programs
for t in "${tests[@]}"; do
    $CC $CFLAGS -o "$out/$t.elf" "sim/core/smoke/$t.S" || { echo "FAIL $t (build)"; exit 1; }
    riscv64-unknown-elf-objcopy -O binary "$out/$t.elf" "$out/$t.bin"
    python3 -c '
import sys
b = open(sys.argv[1], "rb").read()
b += bytes((-len(b)) % 8)
with open(sys.argv[2], "w") as f:
    for i in range(0, len(b), 8):
        f.write("%016x\n" % int.from_bytes(b[i:i+8], "little"))
    f.write("@%x\n%016x\n" % (int(sys.argv[3]) - 1, 0))   # the last word: a full image
' "$out/$t.bin" "$out/$t.hex" 131072
done

fails=0
for cfg in "--ext AM" "--ext AM --h off"; do
    name=$(echo "$cfg" | tr -d ' -')
    gdir="$out/gen-$name"
    build/vitrap-gen $cfg --out "$gdir" >/dev/null || exit 1
    # shellcheck disable=SC2086
    iverilog -g2005 -Wall -Irtl/core -I"$gdir" -s soc_tb -o "$out/tb-$name.vvp" $RTL "$gdir/vitrap_csr.v" || exit 1
    for t in "${tests[@]}"; do
        tohost=$(riscv64-unknown-elf-nm "$out/$t.elf" | awk '$3 == "tohost" { print $1 }')
        log="$out/$t-$name.log"
        vvp -n "$out/tb-$name.vvp" +hex="$out/$t.hex" +tohost="$tohost" +maxcycles=200000 > "$log" 2>&1
        if grep -q '^EXIT 0 ' "$log"; then
            echo "PASS $t [$cfg] $(grep '^EXIT' "$log")"
        else
            echo "FAIL $t [$cfg] $(grep -E '^(EXIT|TIMEOUT)' "$log")"
            fails=$((fails + 1))
        fi
    done
done
[ $fails -eq 0 ] && echo "core smoke: all passed" && exit 0
echo "core smoke: $fails failed"
exit 1
