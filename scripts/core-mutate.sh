#!/usr/bin/env bash
# Mutation testing of the core RTL: every mutant of sim/core/mutants.txt (one
# deliberate bug each, as a literal text edit of one line of rtl/) is built
# into its own runner and must be killed: some program of sim/programs or a
# random program fails in lock-step against the (unmutated) C model.
#   scripts/core-mutate.sh [--results FILE] [--list] [NAME...]
# Ends with "killed K of N core mutants". Builds and logs: build/core-mut/NAME/.
set -u
cd "$(dirname "$0")/.."
results=
list=0
while [ $# -gt 0 ]; do
    case $1 in
        --results) results=$2; shift 2 ;;
        --list) list=1; shift ;;
        *) break ;;
    esac
done
want=("$@")
table=sim/core/mutants.txt
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
ok()  { [ -n "$results" ] && echo "PASS $1" >>"$results"; return 0; }
bad() { [ -n "$results" ] && echo "FAIL $1" >>"$results"; echo "FAIL $1${2:+: $2}"; }

# The table: blocks of "mutant NAME", "file PATH", "why TEXT", "from TEXT",
# "to TEXT" (from/to: one literal line fragment each; from must occur exactly
# once in the file).
names=() files=() froms=() tos=()
while IFS= read -r line; do
    case $line in
        'mutant '*) names+=("${line#mutant }") ;;
        'file '*) files+=("${line#file }") ;;
        'from '*) froms+=("${line#from }") ;;
        'to '*) tos+=("${line#to }") ;;
    esac
done <"$table"
n=${#names[@]}
if [ ${#files[@]} -ne "$n" ] || [ ${#froms[@]} -ne "$n" ] || [ ${#tos[@]} -ne "$n" ]; then
    echo "core-mutate: $table: every mutant needs file, from and to" >&2; exit 2
fi
if [ $list = 1 ]; then printf '%s\n' "${names[@]}"; exit 0; fi

# apply I DIR: copy rtl/ to DIR/rtl with mutant I's edit; 0 if applied once
apply() {
    local i=$1 dir=$2 f count
    rm -rf "$dir/rtl"; mkdir -p "$dir"; cp -r rtl "$dir/rtl"
    f=$dir/${files[$i]}
    [ -f "$f" ] || { echo "no file ${files[$i]}"; return 1; }
    count=$(FROM="${froms[$i]}" awk 'BEGIN{c=0} {s=$0; while ((p=index(s, ENVIRON["FROM"])) > 0) {c++; s=substr(s, p+1)}} END{print c}' "$f")
    [ "$count" -eq 1 ] || { echo "'${froms[$i]}' occurs $count times in ${files[$i]}"; return 1; }
    FROM="${froms[$i]}" TO="${tos[$i]}" awk '{p=index($0, ENVIRON["FROM"]); if (p>0) $0=substr($0,1,p-1) ENVIRON["TO"] substr($0,p+length(ENVIRON["FROM"])); print}' "$f" >"$f.new" && mv "$f.new" "$f"
}

# kill_run DIR: 0 when some test fails against the mutant (it is killed)
kill_run() {
    local dir=$1 run=$1/core/vitrap-run elf seed
    # the short programs first, the benchmarks (a million cycles each) last
    for elf in $(ls build/programs/*.elf | grep -v /bench_) build/programs/bench_*.elf; do
        # programs for another configuration (NAME.runner) need their own build
        [ -f "sim/programs/expected/$(basename "$elf" .elf).runner" ] && continue
        timeout 120 "$run" --quiet --max-cycles 3000000 "$elf" >"$dir/last.out" 2>&1 || {
            echo "killed by $(basename "$elf")" >"$dir/verdict"; return 0; }
    done
    while read -r seed _; do
        case $seed in ''|'#'*) continue ;; esac
        build/vitrap-progen --seed "$seed" --out "$dir/r.elf" &&
        timeout 120 "$run" --quiet --max-cycles 300000 "$dir/r.elf" >"$dir/last.out" 2>&1
        case $? in 0|124) ;; *) echo "killed by random seed $seed" >"$dir/verdict"; return 0 ;; esac
    done < <(head -4 sim/core/random-seeds.txt)
    return 1
}

one() {
    local i=$1 name=${names[$1]} dir=build/core-mut/${names[$1]}
    if ! msg=$(apply "$i" "$dir"); then bad "core/mutant/$name" "cannot apply: $msg"; return; fi
    mkdir -p "$dir/core"
    rm -f "$dir/verdict"
    cp sim/core/configs/default.cfg "$dir/core/config.cfg"
    if ! RTL_DIR=$(realpath "$dir/rtl") OPT_FAST=-O0 JOBS=1 scripts/build-core.sh --reuse build/core/default "$dir/core" >"$dir/build.log" 2>&1; then
        bad "core/mutant/$name" "does not build (a mutant must be a working design), see $dir/build.log"; return
    elif ! kill_run "$dir"; then
        bad "core/mutant/$name" "survived every program and random run"; return
    fi
    ok "core/mutant/$name"
    echo "$name: $(cat "$dir/verdict")"
}

sel=()
for i in "${!names[@]}"; do
    if [ ${#want[@]} -eq 0 ] || printf '%s\n' "${want[@]}" | grep -qx "${names[$i]}"; then sel+=("$i"); fi
done
pids=()
for i in "${sel[@]}"; do
    one "$i" >"build/core-mut-$i.log" 2>&1 &
    pids+=($!)
    if [ ${#pids[@]} -ge "$JOBS" ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
wait
killed=0
for i in "${sel[@]}"; do
    cat "build/core-mut-$i.log"; rm -f "build/core-mut-$i.log"
    grep -q 'killed' "build/core-mut/${names[$i]}/verdict" 2>/dev/null && killed=$((killed + 1))
done
echo "killed $killed of ${#sel[@]} core mutants"
[ "$killed" -eq ${#sel[@]} ]
