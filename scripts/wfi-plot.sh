#!/bin/bash
# The WFI policies of the proposal thread on the core (README "What cause 22
# buys"): sim/programs/wfipolicy.S in lock-step with --events on units with
# WFI bounds 0, 16, 256 and 4096, read by build/vitrap-wfistat, drawn by
# gnuplot into build/wfi-plot/wfi-policies.png (+ table.md, *.dat).
#   scripts/wfi-plot.sh [--check]   --check: bounds 0 and 200 only (the core
#   configurations make test builds), the invariants, no plot (make test)
set -u
cd "$(dirname "$0")/.."
out=build/wfi-plot
prog=build/programs/wfipolicy.elf
mkdir -p "$out"
if [ "${1:-}" = --check ]; then
    runs=("0:build/core/default/vitrap-run" "200:build/core/wfi200/vitrap-run")
    check=(--check)
else
    runs=("0:build/core/default/vitrap-run" "16:build/vitrap-run --wfi-timeout 16"
          "256:build/vitrap-run --wfi-timeout 256" "4096:build/vitrap-run --wfi-timeout 4096")
    check=()
fi
args=()
for r in "${runs[@]}"; do
    b=${r%%:*}
    # shellcheck disable=SC2086
    if ! ${r#*:} --quiet --max-cycles 20000000 --events "$out/bound$b.events" "$prog" \
            >"$out/bound$b.out" 2>&1; then
        echo "wfi-plot: wfipolicy.elf failed with WFI bound $b (see $out/bound$b.out):"
        head -20 "$out/bound$b.out"
        exit 1
    fi
    args+=("$b=$out/bound$b.events")
done
build/vitrap-wfistat "${check[@]}" --data "$out" "${args[@]}" >"$out/table.md"
rc=$?
cat "$out/table.md"
[ ${#check[@]} -gt 0 ] && exit $rc
[ $rc -eq 0 ] || exit $rc
gnuplot -e "dir='$out'" scripts/wfi-plot.gp || { echo "wfi-plot: gnuplot failed"; exit 1; }
echo
echo "wrote $out/wfi-policies.png and $out/table.md (make wfi-plot; every run in lock-step)"
