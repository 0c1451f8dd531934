#!/usr/bin/env bash
# One row of `make formal`: the bit-level model of one property group of
# sim/formal/vitrap_props.v around one generated unit, checked by ABC.
#
#   scripts/formal-job.sh ROW RTLDIR GROUP EXPECT OUTDIR [DEFINE...]
#
#   RTLDIR  a vitrap-gen output folder holding vitrap_csr.v and slots.vh
#   GROUP   the wrapper define that selects the property group (P_..., COVERS)
#   EXPECT  prove  BMC to FORMAL_DEPTH cycles after the reset cycle, then
#                  k-induction (k = 1..FORMAL_IND_K), else IC3/PDR (unbounded)
#           fail   the property must fail within FORMAL_DEPTH (a mutant or a
#                  test-only wrapper switch breaks it): PASS when it does
#           cover  every cover target of the group must be reached
#
# Flow: yosys (read_verilog -formal, flatten, techmap, abc -g AND, write_aiger
# -zinit) -> yosys-abc (fold; bmc3 / ind / pdr) -> on a counterexample,
# write_cex and `yosys sim` replays it on the same netlist into OUTDIR/trace.vcd.
# Writes OUTDIR/result, one line "ROW|EXPECT|DEPTH|VERDICT|DETAIL|SECONDS",
# and for covers OUTDIR/covers, one line "NAME|STEP" or "NAME|unreached".
set -u
row=$1 rtl=$2 group=$3 expect=$4 out=$5
shift 5
defs=("-D$group" "$@")
depth=${FORMAL_DEPTH:-20}
indk=${FORMAL_IND_K:-4}
pdr_time=${FORMAL_PDR_TIME:-120}
wrapper=sim/formal/vitrap_props.v
frames=$((depth + 1))          # frame 0 is the reset cycle
start=$(date +%s.%N)
rm -rf "$out"; mkdir -p "$out"

result() {   # VERDICT DETAIL
    local secs
    secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')
    echo "$row|$expect|$depth|$1|$2|$secs" >"$out/result"
}

# ---- 1. the model ---------------------------------------------------------
miter=""; save_il="write_rtlil $out/design.il"
if [ "$expect" = cover ]; then
    miter="-miter"; save_il=""; defs+=(-DINIT_RST_FORCED)
fi
cat >"$out/model.ys" <<EOF
read_verilog -formal ${defs[*]} -I $rtl $rtl/vitrap_csr.v $wrapper
hierarchy -check -top vitrap_props
proc
flatten
chformal -cover -remove
opt_clean
$save_il
opt_expr
opt_clean
wreduce
opt_clean
async2sync
techmap
opt_expr
opt_clean
dffunmap
abc -g AND -fast
opt_clean
stat
write_aiger -zinit $miter -map $out/model.aim $out/model.aig
EOF
if ! yosys -q -l "$out/yosys.log" "$out/model.ys" >/dev/null 2>&1; then
    result FAIL "yosys failed: $(grep -m1 ERROR "$out/yosys.log")"
    exit 0
fi

abc() { yosys-abc -c "read_aiger $out/model.aig; $1" 2>&1; }
# "Output K of miter ... was asserted in frame F" -> "K F"
asserted() { sed -n 's/.*Output \([0-9]*\) of miter .* asserted in frame \([0-9]*\).*/\1 \2/p' | head -1; }

# Replays the counterexample in $out/trace.aiw on the netlist before techmap;
# prints the source line of the assertion that failed.
replay() {
    yosys -q -l "$out/sim.log" -p "read_rtlil $out/design.il; sim -clock clk -r $out/trace.aiw -map $out/model.aim -vcd $out/trace.vcd" \
        >/dev/null 2>&1
    sed -n 's/.*Assert .*(\([^ ]*vitrap_props\.v:[0-9]*\)\..*failed.*/\1/p' "$out/sim.log" | head -1 | sed 's#.*/##'
}

# ---- 2a. covers: reach every target, one bmc3 run per target found ---------
if [ "$expect" = cover ]; then
    # "K NAME [bound>0]" per target, from the wrapper's "// cover:" comments
    mapfile -t targets < <(sed -n 's/.*assign cv\[ *\([0-9]*\)\].*\/\/ cover: *\([a-z0-9_]*\)\( *\[bound>0\]\)\{0,1\}.*/\1 \2\3/p' "$wrapper" | sort -n)
    bound=$(sed -n 's/^`define VT_WFI_TIMEOUT *\([0-9]*\).*/\1/p' "$rtl/slots.vh")
    declare -A step
    zero=""; deepest=0
    while :; do
        hit=$(abc "strash; $zero strash; bmc3 -F $frames" | asserted)
        [ -n "$hit" ] || break
        read -r k f <<<"$hit"
        [ -z "${step[$k]:-}" ] || { result FAIL "engine reported target $k twice"; exit 0; }
        step[$k]=$f; zero+="zeropo -N $k; "
        [ "$f" -gt "$deepest" ] && deepest=$f
    done
    missing=(); reached=0; needed=0
    : >"$out/covers"
    for t in "${targets[@]}"; do
        read -r k name tag <<<"$t"
        if [ -n "${step[$k]:-}" ]; then
            echo "$name|${step[$k]}" >>"$out/covers"; reached=$((reached + 1)); needed=$((needed + 1))
        elif [ "$tag" = "[bound>0]" ] && [ "$bound" = 0 ]; then
            echo "$name|n/a" >>"$out/covers"
        else
            echo "$name|unreached" >>"$out/covers"; missing+=("$name"); needed=$((needed + 1))
        fi
    done
    if [ ${#targets[@]} -eq 0 ]; then result FAIL "no cover targets found in $wrapper"
    elif [ ${#missing[@]} -eq 0 ]; then result PASS "$reached/$needed targets reached (deepest at step $deepest)"
    else result FAIL "unreachable within $depth: ${missing[*]}"; fi
    exit 0
fi

# ---- 2b. BMC from reset ------------------------------------------------------
bmc=$(abc "fold; strash; bmc3 -F $frames; write_cex -a $out/trace.aiw")
echo "$bmc" >"$out/bmc.log"
hit=$(asserted <<<"$bmc")
if [ -n "$hit" ]; then
    read -r _ f <<<"$hit"
    where=$(replay)
    if [ "$expect" = fail ]; then result PASS "fails as expected at step $f ($where): $out/trace.vcd"
    else result FAIL "counterexample at step $f ($where): $out/trace.vcd"; fi
    exit 0
fi
if ! grep -q "No output asserted in $frames frames" <<<"$bmc"; then
    result FAIL "bmc3 gave no verdict (see $out/bmc.log)"; exit 0
fi
if [ "$expect" = fail ]; then
    result FAIL "expected a failure, but none within $depth cycles"; exit 0
fi

# ---- 2c. k-induction (all assertions as one output) ------------------------
k=1
while [ $k -le "$indk" ]; do
    if abc "fold; strash; orpos; ind -u -F $((k + 1))" | grep -q 'Networks are equivalent'; then
        result PASS "proven: k-induction, k=$k"; exit 0
    fi
    k=$((k + 1))
done

# ---- 2d. IC3/PDR ------------------------------------------------------------
if [ "$pdr_time" -le 0 ]; then
    result PASS "BMC only (no unbounded proof asked for)"; exit 0
fi
pdr=$(abc "fold; strash; dc2; pdr -T $pdr_time; write_cex -a $out/trace.aiw")
echo "$pdr" >"$out/pdr.log"
if grep -q 'Property proved' <<<"$pdr"; then
    result PASS "proven: IC3/PDR (no k-induction up to k=$indk)"
elif hit=$(asserted <<<"$pdr") && [ -n "$hit" ]; then
    read -r _ f <<<"$hit"
    result FAIL "counterexample at step $f beyond the BMC depth ($(replay)): $out/trace.vcd"
else
    result PASS "BMC only: PDR undecided in ${pdr_time}s, no k-induction up to k=$indk"
fi
