#!/bin/bash
# The trap round trips of sim/programs/trapbench.S on the ratified unit
# (build/core/default) and the pre-proposal one (build/core/vioff, cause 2
# forwarded by the firmware), each in lock-step with --events, compared by
# build/vitrap-trapstat. Writes build/trap-bench/table.md and prints it.
#   scripts/trap-bench.sh [--check]   --check: the invariants only (make test)
set -u
cd "$(dirname "$0")/.."
check=()
[ "${1:-}" = --check ] && check=(--check)
out=build/trap-bench
prog=build/programs/trapbench.elf
mkdir -p "$out"
for u in default vioff; do
    if ! build/core/$u/vitrap-run --quiet --max-cycles 5000000 --events "$out/$u.events" \
            "$prog" >"$out/$u.out" 2>&1; then
        echo "trap-bench: trapbench.elf failed on the $u unit (see $out/$u.out):"
        head -20 "$out/$u.out"
        exit 1
    fi
done
build/vitrap-trapstat "${check[@]}" "$out/default.events" "$out/vioff.events" >"$out/table.md"
rc=$?
cat "$out/table.md"
echo
echo "(make trap-bench; both runs in lock-step; events in $out/*.events)"
exit $rc
