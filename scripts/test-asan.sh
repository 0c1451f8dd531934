#!/usr/bin/env bash
# Runs the sanitizer builds of make test-asan (DIR = build/asan/default):
# every directed script, a random run, the benchmark path and
# the vector writer. Any ASan/UBSan report is fatal (the binaries are built
# with -fno-sanitize-recover=all; leaks are reported at exit). Prints one
# "PASS asan/..." or "FAIL asan/..." line per run, then "N passed, N failed".
set -u
d=$1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=87
pass=0; fail=0
run() {
    local name=$1; shift
    local log=$d/$name.log
    if "$@" >"$log" 2>&1 && ! grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; then
        pass=$((pass + 1)); echo "PASS asan/$name"
    else
        fail=$((fail + 1)); echo "FAIL asan/$name: see $log"
        grep -m5 -E 'Sanitizer|runtime error|FAILED|MISMATCH' "$log" | sed 's/^/    /'
    fi
}
for t in sim/tests/*.vts sim/demo.vts; do
    run "script-$(basename "$t" .vts)" "$d/vitrap-cosim" --quiet --script "$t"
done
run random "$d/vitrap-cosim" --seed 5 --cycles 200000 --quiet
run mismatch-free-bench "$d/vitrap-cosim" --bench --cycles 20000
run bad-usage-exit2 bash -c "'$d/vitrap-cosim' --seed x >/dev/null 2>&1; [ \$? -eq 2 ]"
run vectors "$d/vitrap-vectors" --seed 3 --cycles 20000 --out "$d/vectors.txt"
rm -f "$d/vectors.txt"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
