#!/usr/bin/env bash
# Lock-step regression: constrained-random runs of the C model against the RTL
# on a set of configurations, with coverage closed and checked per
# configuration.
#
#   scripts/regress.sh [--cycles N] [--runs K] [--seed S]
#                      [--no-fixed] [--config-seed R --configs K]
#
# The fixed set (what `make test` runs; deterministic: nothing is drawn from
# the clock) is every test configuration of sim/configs plus every line of
# sim/regress/config-seeds.txt. With --config-seed R --configs K, K more
# configurations are drawn from config seeds R..R+K-1 (`vitrap-cosim
# --draw-config`, the same on every machine); --no-fixed leaves the fixed set
# out (make soak). Each configuration runs K seeds (S, S+1, ...) of N cycles in
# one vitrap-cosim process with --coverage: after the random runs every bin the
# configuration can reach that is still empty gets its directed top-up, and a
# bin still empty after it fails. Prints one line per configuration ("PASS
# regress/<name> ..." or "FAIL regress/<name> ..." with the command that
# reproduces it) and, last, "regress: C cycles on N configurations, F failed".
# Exit 1 if any failed, 2 on bad usage.
set -u
cd "$(dirname "$0")/.."
cycles=350000
runs=4
seed=1
config_seed=
nconfigs=0
fixed=1
list=sim/regress/config-seeds.txt
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
die() { echo "regress: $*" >&2; exit 2; }
number() { [[ $2 =~ ^[0-9]+$ ]] || die "$1 needs a number, not '$2'"; }
while [ $# -gt 0 ]; do
    case $1 in
        --cycles|--runs|--seed|--config-seed|--configs)
            [ $# -ge 2 ] || die "$1 needs a value"
            number "$1" "$2"
            case $1 in
                --cycles) cycles=$2 ;;
                --runs) runs=$2 ;;
                --seed) seed=$2 ;;
                --config-seed) config_seed=$2 ;;
                --configs) nconfigs=$2 ;;
            esac
            shift 2 ;;
        --no-fixed) fixed=0; shift ;;
        *) die "unknown option '$1'" ;;
    esac
done
[ "$runs" -ge 1 ] || die "--runs needs at least 1"
[ "$cycles" -ge 2 ] || die "--cycles needs at least 2"
[ "$nconfigs" -eq 0 ] || [ -n "$config_seed" ] || die "--configs needs --config-seed"
[ $fixed = 1 ] || [ "$nconfigs" -gt 0 ] || die "--no-fixed leaves no configuration"
cosim=build/vitrap-cosim
[ -x $cosim ] || die "$cosim is missing (run make first)"
logs=build/regress-logs
rm -rf "$logs"; mkdir -p "$logs"

# name|configuration flags; the test configurations of sim/configs use the
# co-simulators the Makefile built for them (no flags)
configs=()
pre=""
if [ $fixed = 1 ]; then
    for f in sim/configs/*.cfg; do
        n=$(basename "$f" .cfg)
        [ -x "build/cfg/$n/vitrap-cosim" ] || die "build/cfg/$n/vitrap-cosim is missing (make cosim-all)"
        configs+=("$n|")
    done
    [ -f "$list" ] || die "no $list"
    while read -r s rest; do
        case $s in ''|'#'*) continue ;; esac
        number "$list: config seed" "$s"
        if [[ $rest == pinned\ * ]]; then
            flags=${rest#pinned }
        else
            flags=$rest
            # the list must say what the drawer draws: a changed drawer would
            # otherwise change what make test runs without anybody choosing it
            drawn=$($cosim --draw-config "$s")
            [ "$drawn" = "$flags" ] ||
                pre+="FAIL regress/config-list-$s: $list says '$flags' but --draw-config $s gives '$drawn'"$'\n'
        fi
        configs+=("list-$s|$flags")
    done <"$list"
fi
for ((i = 0; i < nconfigs; i++)); do
    s=$((config_seed + i))
    configs+=("seed-$s|$($cosim --draw-config "$s")")
done
echo "regress: ${#configs[@]} configurations x $runs seeds from $seed x $cycles cycles" \
     "${config_seed:+(drawn configurations from config seed $config_seed)}"

# Build every configuration's co-simulator first, one at a time (each build
# uses all cores), so the runs below measure only simulation; the extra
# configurations also get the zero-warning Verilator lint of sim/configs.
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
    local name=${1%%|*} flags=${1#*|} log bin=$cosim cmd
    log=$logs/$name.log
    [ -z "$flags" ] && bin=build/cfg/$name/vitrap-cosim
    cmd="$bin${flags:+ $flags} --seed $seed --runs $runs --cycles $cycles --coverage --quiet"
    # shellcheck disable=SC2086
    if $cmd >"$log" 2>&1; then
        echo "PASS regress/$name: $((runs * cycles)) cycles, coverage closed$(grep -o 'top-up: [0-9]* bins* topped up' "$log" | head -1 | sed 's/^top-up: /, /')${flags:+ ($flags)}"
    else
        echo "FAIL regress/$name${flags:+ ($flags)}: see $log"
        grep -E 'MISMATCH|MISSING|UNEXPECTED|CHECK FAILED|reproduce|waveform' "$log" | head -12 | sed 's/^/    /'
        echo "    rerun: $cmd"
        [[ $name == seed-* ]] && echo "    rerun as a regression: make regress CONFIG_SEED=${name#seed-} CONFIGS=1"
    fi
}
export -f run_one
export logs seed runs cycles cosim
out=$pre$(printf '%s\n' "${configs[@]}" | xargs -d '\n' -P "$jobs" -I{} bash -c 'run_one "$1"' _ {})
echo "$out"
failed=$(grep -c '^FAIL' <<<"$out")
echo "regress: $((${#configs[@]} * runs * cycles)) cycles on ${#configs[@]} configurations, $failed failed"
[ "$failed" -eq 0 ]
