#!/usr/bin/env bash
# Second simulator: replays C-model vectors against the generated Verilog under
# Icarus Verilog, for each configuration given.
#
#   scripts/iverilog-replay.sh CFG...
#
# Per configuration (sim/configs/CFG.cfg):
#   1. build/cfg/CFG/vitrap-vectors (the C model on random stimulus, gcc only;
#      built through make with mk/replay.mk unless REPLAY_NO_BUILD=1, as
#      `make iverilog-replay` sets after building it itself);
#   2. writes the vectors of seed REPLAY_SEED (1) for REPLAY_CYCLES (20000)
#      cycles to build/cfg/CFG/replay/vectors.txt;
#   3. compiles tb/replay_tb.v + build/cfg/CFG/rtl/vitrap_csr.v with
#      iverilog -g2005, the port widths from vitrap_cfg.h as -D defines;
#   4. runs it with vvp.
# Prints exactly one result line per configuration, first on its line:
#   iverilog-replay/CFG: pass (N cycles, T s)
#   iverilog-replay/CFG: FAIL <why>      followed by indented detail lines
# Logs: build/cfg/CFG/replay/{build,vectors,iverilog,vvp}.log.
# Exit status: 0 when every configuration passed, 1 otherwise, 2 bad usage.
set -u
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: scripts/iverilog-replay.sh CFG..." >&2; exit 2; }
seed=${REPLAY_SEED:-1}
cycles=${REPLAY_CYCLES:-20000}

# The value of '#define NAME value' in a vitrap_cfg.h (digits only).
cfg_define() {
    sed -n "s/^#define $2[[:space:]]\{1,\}\([0-9]\{1,\}\)u\{0,1\}[[:space:]]*\$/\1/p" "$1"
}

# Name of debug slot K, from the "/* slot K */" comments of vitrap_cfg.h.
slot_name() {
    sed -n "s/^ *{ *0x\([0-9a-f]*\)u, *\"\([^\"]*\)\" *}, *\/\* slot $2 \*\/.*/\2 (0x\1)/p" "$1"
}

# Prints the result line of one configuration; returns 0 on pass.
replay_one() {
    local cfg=$1 d=build/cfg/$1 out hdr nslots geilen h defs start secs line
    out=$d/replay
    hdr=$d/rtl/vitrap_cfg.h
    mkdir -p "$out" || { echo "iverilog-replay/$cfg: FAIL cannot create $out"; return 1; }
    rm -f "$out"/*.log "$out/vectors.txt" "$out/replay.vvp"
    start=$(date +%s.%N)

    if [ -z "${REPLAY_NO_BUILD:-}" ] &&
        ! make --no-print-directory -f Makefile -f mk/replay.mk "$d/vitrap-vectors" \
            >"$out/build.log" 2>&1; then
        echo "iverilog-replay/$cfg: FAIL building $d/vitrap-vectors (see $out/build.log)"
        tail -5 "$out/build.log" | sed 's/^/    /'
        return 1
    fi
    if [ ! -x "$d/vitrap-vectors" ] || [ ! -f "$hdr" ]; then
        echo "iverilog-replay/$cfg: FAIL no $d/vitrap-vectors or $hdr (make $d/vitrap-vectors)"
        return 1
    fi

    nslots=$(cfg_define "$hdr" VT_DBG_NSLOTS)
    geilen=$(cfg_define "$hdr" VT_CFG_GEILEN)
    h=$(cfg_define "$hdr" VT_CFG_H)
    if [ -z "$nslots" ] || [ -z "$geilen" ] || [ -z "$h" ]; then
        echo "iverilog-replay/$cfg: FAIL cannot read VT_DBG_NSLOTS/VT_CFG_GEILEN/VT_CFG_H from $hdr"
        return 1
    fi
    defs=(-DDBG_NSLOTS="$nslots" -DGEILEN="$geilen")
    [ "$h" != 0 ] && [ "$geilen" -gt 0 ] && defs+=(-DHAS_SGEIP)

    if ! "$d/vitrap-vectors" --seed "$seed" --cycles "$cycles" --out "$out/vectors.txt" \
        >"$out/vectors.log" 2>&1; then
        echo "iverilog-replay/$cfg: FAIL vitrap-vectors (see $out/vectors.log)"
        sed 's/^/    /' "$out/vectors.log" | head -5
        return 1
    fi
    if ! iverilog -g2005 "${defs[@]}" -s replay_tb -o "$out/replay.vvp" \
        tb/replay_tb.v "$d/rtl/vitrap_csr.v" >"$out/iverilog.log" 2>&1; then
        echo "iverilog-replay/$cfg: FAIL iverilog (see $out/iverilog.log)"
        head -5 "$out/iverilog.log" | sed 's/^/    /'
        return 1
    fi
    vvp -n "$out/replay.vvp" +vectors="$out/vectors.txt" >"$out/vvp.log" 2>&1
    secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

    line=$(grep -m1 '^FAIL replay' "$out/vvp.log")
    if [ -n "$line" ]; then
        echo "iverilog-replay/$cfg: FAIL mismatch (seed $seed, see $out/vvp.log)"
        echo "    ${line#FAIL }"
        if [[ $line =~ dbg_csrs\ slot\ ([0-9]+) ]]; then
            echo "    slot ${BASH_REMATCH[1]} is $(slot_name "$hdr" "${BASH_REMATCH[1]}")"
        fi
        echo "    reproduce: $d/vitrap-vectors --seed $seed --cycles $cycles --out $out/vectors.txt" \
             "&& vvp -n $out/replay.vvp +vectors=$out/vectors.txt"
        return 1
    fi
    if ! grep -q "^replay: $cycles cycles, 0 mismatches\$" "$out/vvp.log"; then
        echo "iverilog-replay/$cfg: FAIL vvp did not finish the replay (see $out/vvp.log)"
        tail -5 "$out/vvp.log" | sed 's/^/    /'
        return 1
    fi
    rm -f "$out/vectors.txt" # large; written again in seconds
    echo "iverilog-replay/$cfg: pass ($cycles cycles, $secs s)"
}

status=0
for cfg in "$@"; do
    if [ ! -f "sim/configs/$cfg.cfg" ]; then
        echo "iverilog-replay/$cfg: FAIL no sim/configs/$cfg.cfg"
        status=1
        continue
    fi
    replay_one "$cfg" || status=1
done
exit $status
