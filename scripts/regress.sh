#!/usr/bin/env bash
# Lock-step regression: constrained-random runs of the C model against the RTL
# on a set of configurations, with coverage checked per configuration.
#
#   scripts/regress.sh [--cycles N] [--runs K] [--seed S] [--config-seed R] [--random-configs K]
#
# Each configuration runs K seeds (S, S+1, ...) of N cycles in one
# vitrap-cosim process, which merges their coverage and fails if a bin the
# configuration can reach was never hit. The fixed configurations span H on
# and off, WFI bounds 0/1/7/1000, 0/3/29 HPM counters, GEILEN 0/1/7 and
# mtval_insn on/off; K more are drawn at random from the config seed R (printed,
# so a failing one can be rebuilt). Prints one line per configuration
# ("PASS regress/<name> ..." or "FAIL regress/<name> ...") and, last,
# "regress: C cycles on N configurations, F failed". Exit 1 if any failed.
set -u
cd "$(dirname "$0")/.."
cycles=350000
runs=4
seed=1
config_seed=$(( $(date +%s) % 100000 ))
random_configs=2
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
while [ $# -gt 0 ]; do
    case $1 in
        --cycles) cycles=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --config-seed) config_seed=$2; shift 2 ;;
        --random-configs) random_configs=$2; shift 2 ;;
        *) echo "regress: unknown option '$1'" >&2; exit 2 ;;
    esac
done
cosim=build/vitrap-cosim
[ -x $cosim ] || { echo "regress: $cosim is missing (run make first)" >&2; exit 2; }
logs=build/regress-logs
rm -rf "$logs"; mkdir -p "$logs"

# name|configuration flags; the test configurations of sim/configs use the
# co-simulators the Makefile built for them (no flags)
configs=()
for f in sim/configs/*.cfg; do
    n=$(basename "$f" .cfg)
    [ -x "build/cfg/$n/vitrap-cosim" ] || { echo "regress: build/cfg/$n/vitrap-cosim is missing (make cosim-all)" >&2; exit 2; }
    configs+=("$n|")
done
configs+=("hpm0-geilen0|--hpm-counters 0 --geilen 0 --wfi-timeout 7")
# Random configurations, reproducible from the config seed.
RANDOM=$config_seed
bounds=(0 1 2 3 7 50 1000)
for ((i = 0; i < random_configs; i++)); do
    h=$([ $((RANDOM % 4)) -eq 0 ] && echo off || echo on)
    geilen=0
    [ $h = on ] && geilen=$((RANDOM % 64))
    ext=""
    [ $((RANDOM % 2)) -eq 0 ] && ext+=A
    [ $((RANDOM % 2)) -eq 0 ] && ext+=M
    [ $((RANDOM % 2)) -eq 0 ] && ext+=C
    flags="--h $h --geilen $geilen --wfi-timeout ${bounds[$((RANDOM % 7))]}"
    flags+=" --hpm-counters $((RANDOM % 30)) --mtval-insn $([ $((RANDOM % 2)) -eq 0 ] && echo on || echo off)"
    flags+=" --mhartid $RANDOM"
    [ -n "$ext" ] && flags+=" --ext $ext"
    configs+=("random-$config_seed-$i|$flags")
done
echo "regress: ${#configs[@]} configurations x $runs seeds from $seed x $cycles cycles" \
     "(random configurations from config seed $config_seed)"

# Build every configuration's co-simulator first, one at a time (each build
# uses all cores), so the runs below measure only simulation; the extra
# configurations also get the zero-warning Verilator lint of sim/configs.
pre=""
for c in "${configs[@]}"; do
    name=${c%%|*}; flags=${c#*|}
    [ -z "$flags" ] && continue
    # shellcheck disable=SC2086
    if ! rtl=$($cosim $flags --rtl-dir 2>"$logs/$name.build.log"); then
        pre+="FAIL regress/$name: cannot build ($flags), see $logs/$name.build.log"$'\n'
        continue
    fi
    if verilator --lint-only -Wall "$rtl/vitrap_csr.v" >"$logs/$name.lint.log" 2>&1 && [ ! -s "$logs/$name.lint.log" ]; then
        pre+="PASS lint/verilator/$name"$'\n'
    else
        pre+="FAIL lint/verilator/$name: see $logs/$name.lint.log"$'\n'
    fi
done

run_one() {
    local name=${1%%|*} flags=${1#*|} log bin=$cosim
    log=$logs/$name.log
    [ -z "$flags" ] && bin=build/cfg/$name/vitrap-cosim
    # shellcheck disable=SC2086
    if $bin $flags --seed "$seed" --runs "$runs" --cycles "$cycles" --coverage --quiet >"$log" 2>&1; then
        echo "PASS regress/$name: $((runs * cycles)) cycles, coverage complete ${flags:+($flags)}"
    else
        echo "FAIL regress/$name ($flags): see $log"
        grep -E 'MISMATCH|MISSING|UNEXPECTED|reproduce|waveform' "$log" | head -12 | sed 's/^/    /'
    fi
}
export -f run_one
export logs seed runs cycles cosim
out=$pre$(printf '%s\n' "${configs[@]}" | xargs -d '\n' -P "$jobs" -I{} bash -c 'run_one "$1"' _ {})
echo "$out"
failed=$(grep -c '^FAIL' <<<"$out")
echo "regress: $((${#configs[@]} * runs * cycles)) cycles on ${#configs[@]} configurations, $failed failed"
[ "$failed" -eq 0 ]
