#!/usr/bin/env bash
# The FuseSoC cores' tests (make test runs them through scripts/run-tests.sh;
# make fusesoc-lint alone):
#   scripts/fusesoc-lint.sh --results FILE [PHASE...]
# Phases (default all): files, lint, sim, setup, selfcheck, badinput.
#   files      vitrap_soc.core lists every rtl/core, rtl/soc and rtl/boards
#              file (a file the core forgets fails here, not on a user)
#   lint       fusesoc run --target=lint of vitrap:vitrap:soc (Verilator
#              --lint-only -Wall of vitrap_soc with the unit from the generator
#              vitrap_csr_gen), with and without VITRAP_NO_DBG_PORT, and of
#              vitrap:vitrap:csr (the unit alone): exit 0 and not one warning
#   sim        fusesoc run --target=sim: the smoke programs uart.S and hyp.S
#              (sim/core/smoke) on sim/core/soc_tb.v under iverilog: EXIT 0
#   setup      fusesoc run --setup of the board targets ulx3s and orangecrab:
#              the trellis flow's Makefile with the board's LPF and device
#   selfcheck  the lint target must fail on a copy of the cores with a file
#              left out of the file list, and with a lint warning added to an
#              RTL file (so a PASS of lint means something)
#   badinput   this script without fusesoc: exit 2 and one line naming it
# Every verdict is one line "PASS name" / "FAIL name" appended to FILE; a
# failure also prints a line on stdout. Every run starts from a clean
# build/fusesoc (the generator runs afresh). Logs: build/test-logs/fusesoc/.
# Needs: fusesoc in the project venv (make fusesoc-venv), build/vitrap-gen,
# build/vitrap-elf2mem, verilator, iverilog, riscv64-unknown-elf-gcc. A missing
# one: one line on stderr, exit 2, no verdicts written.
set -u
cd "$(dirname "$0")/.."
repo=$PWD
me=fusesoc-lint
die() { echo "$me: $1" >&2; exit 2; }
results=
if [ "${1:-}" = --results ]; then [ $# -ge 2 ] || die "--results needs a file"; results=$2; shift 2; fi
[ -n "$results" ] || die "usage: fusesoc-lint.sh --results FILE [PHASE...]"
phases=("$@")
[ ${#phases[@]} -gt 0 ] || phases=(files lint sim setup selfcheck badinput)
for p in "${phases[@]}"; do
    case $p in files|lint|sim|setup|selfcheck|badinput) ;; *) die "unknown phase '$p' (known: files lint sim setup selfcheck badinput)" ;; esac
done

VT_VENV=${VT_VENV:-build/venv}
venv=$(cd "$(dirname "$VT_VENV")" 2>/dev/null && pwd)/$(basename "$VT_VENV")
fusesoc=${VT_FUSESOC:-$venv/bin/fusesoc}
[ -x "$fusesoc" ] || die "fusesoc not found at $fusesoc (make fusesoc-venv installs the pinned fusesoc into $VT_VENV)"
[ -x "$venv/bin/python3" ] || [ -n "${VT_FUSESOC:-}" ] || die "$venv/bin/python3 missing (make fusesoc-venv)"
command -v verilator >/dev/null 2>&1 || die "verilator not found (Debian package verilator)"
command -v iverilog >/dev/null 2>&1 || die "iverilog not found (Debian package iverilog)"
[ -x build/vitrap-gen ] || die "build/vitrap-gen missing (make build/vitrap-gen builds it)"
for p in "${phases[@]}"; do
    if [ "$p" = sim ]; then
        [ -x build/vitrap-elf2mem ] || die "build/vitrap-elf2mem missing (make build/vitrap-elf2mem builds it)"
        command -v riscv64-unknown-elf-gcc >/dev/null 2>&1 ||
            die "riscv64-unknown-elf-gcc not found (Debian package gcc-riscv64-unknown-elf)"
    fi
done

logs=build/test-logs/fusesoc
work=$repo/build/fusesoc
rm -rf "$work" "$logs"
mkdir -p "$work" "$logs"
ok()  { echo "PASS $1" >>"$results"; }
bad() { echo "FAIL $1" >>"$results"; echo "FAIL $1${2:+: $2}"; }
# fusesoc must not find the copies of the cores (selfcheck) nor the generated
# ones under build/ when a user adds the repository as a library
touch build/FUSESOC_IGNORE
# The generator is run by python3 from PATH (the core's `interpreter`): the
# venv's, which has PyYAML with fusesoc.
export PATH=$venv/bin:$PATH

# conf LIBROOT DIR: a fusesoc.conf of its own in DIR (cache and library roots
# inside it, nothing from ~/.config or ~/.cache), the cores of LIBROOT
conf() {
    mkdir -p "$2"
    printf '[main]\ncache_root = %s\nlibrary_root = %s\nignored_dirs = %s\ncores_root = %s\n' \
        "$2/cache" "$2/libraries" "$repo/build" "$1" >"$2/fusesoc.conf"
}
conf "$repo" "$work/conf"
# fs [--conf DIR] ARGS...: fusesoc with the conf of DIR (default the repository's)
fs() {
    local c=$work/conf
    if [ "$1" = --conf ]; then c=$2; shift 2; fi
    (cd "$c" && "$fusesoc" --config "$c/fusesoc.conf" "$@")
}
# lint_run NAME LOG CONFDIR ARGS...: fusesoc run of a lint target: exit 0 and
# no warning of Verilator in the log
lint_run() {
    local log=$1 c=$2; shift 2
    fs --conf "$c" run "$@" >"$log" 2>&1 && ! grep -q '%Warning\|%Error' "$log"
}

files() {
    local f missing=
    for f in rtl/core/*.v rtl/soc/*.v rtl/boards/*.v fpga/boards/ulx3s-85f-soc.lpf fpga/boards/orangecrab-25f-soc.lpf; do
        grep -qE "^ *- $f(:|\$)" vitrap_soc.core || missing="$missing $f"
    done
    if [ -z "$missing" ]; then ok "fusesoc/files"
    else bad "fusesoc/files" "vitrap_soc.core does not list$missing"; fi
}

lint() {
    local log
    log=$logs/lint-soc.log
    if lint_run "$log" "$work/conf" --work-root "$work/lint-soc" --target=lint vitrap:vitrap:soc &&
       grep -q -- '--lint-only' "$work/lint-soc/"*.vc && grep -q -- '-Wall' "$work/lint-soc/"*.vc &&
       grep -q 'vitrap_csr.v$' "$work/lint-soc/"*.vc; then ok "fusesoc/lint/soc"
    else bad "fusesoc/lint/soc" "see $log"; grep -m5 -E '%Warning|%Error|ERROR' "$log"; fi
    log=$logs/lint-soc-nodbg.log
    if lint_run "$log" "$work/conf" --work-root "$work/lint-soc-nodbg" --target=lint vitrap:vitrap:soc \
           --VITRAP_NO_DBG_PORT; then ok "fusesoc/lint/soc-no-dbg-port"
    else bad "fusesoc/lint/soc-no-dbg-port" "see $log"; grep -m5 -E '%Warning|%Error|ERROR' "$log"; fi
    log=$logs/lint-csr.log
    if lint_run "$log" "$work/conf" --work-root "$work/lint-csr" --target=lint vitrap:vitrap:csr; then
        ok "fusesoc/lint/csr"
    else bad "fusesoc/lint/csr" "see $log"; grep -m5 -E '%Warning|%Error|ERROR' "$log"; fi
}

sim() {
    local t log d=$work/programs
    mkdir -p "$d"
    for t in uart hyp; do
        log=$logs/sim-$t.log
        if ! riscv64-unknown-elf-gcc -march=rv64ima_zicsr_zifencei -mabi=lp64 -nostdlib -nostartfiles -static \
               -Wl,--no-warn-rwx-segments -Isim/core/smoke -T sim/core/smoke/link.ld -o "$d/$t.elf" \
               "sim/core/smoke/$t.S" >"$log" 2>&1 ||
           ! build/vitrap-elf2mem --ram-bytes 1048576 --hex "$d/$t.hex" --params "$d/$t.params" "$d/$t.elf" >>"$log" 2>&1; then
            bad "fusesoc/sim/$t" "program build failed, see $log"; continue
        fi
        local tohost
        tohost=$(sed -n 's/^tohost=0x//p' "$d/$t.params")
        if fs run --work-root "$work/sim" --target=sim vitrap:vitrap:soc \
               --hex="$d/$t.hex" --tohost="$tohost" --maxcycles=200000 >>"$log" 2>&1 &&
           grep -q '^EXIT 0 cycles' "$log" && ! grep -qi ': warning:' "$log"; then
            ok "fusesoc/sim/$t"; grep '^EXIT' "$log" | sed "s/^/sim $t: /"
        else bad "fusesoc/sim/$t" "see $log"; grep -m3 -iE '^(EXIT|TIMEOUT)|warning|error' "$log"; fi
    done
}

setup() {
    local b log mk lpf dev
    for b in ulx3s orangecrab; do
        case $b in
            ulx3s) lpf=ulx3s-85f-soc.lpf dev='--85k --package CABGA381 --speed 6' ;;
            orangecrab) lpf=orangecrab-25f-soc.lpf dev='--25k --package CSFBGA285 --speed 8' ;;
        esac
        log=$logs/setup-$b.log
        mk=$work/$b/Makefile
        if fs run --setup --work-root "$work/$b" --target="$b" vitrap:vitrap:soc >"$log" 2>&1 &&
           grep -q "nextpnr-ecp5 .*$dev.*--lpf [^ ]*$lpf" "$mk" && grep -q 'ecppack ' "$mk" &&
           grep -q "synth_ecp5 -abc9 -top" "$work/$b/edalize_yosys_procs.tcl" &&
           grep -q "^set top ${b}_top\$" "$work/$b/edalize_yosys_procs.tcl" &&
           grep -q 'read_verilog {[^}]*vitrap_csr.v}' "$work/$b/edalize_yosys_procs.tcl"; then
            ok "fusesoc/setup/$b"
        else bad "fusesoc/setup/$b" "see $log and $mk"; grep -m3 -E 'ERROR|rror' "$log"; fi
    done
}

# mutant NAME: a copy of the cores and the RTL in $work/mut-NAME (its own
# library; the generator binary by VITRAP_GEN), for selfcheck to break
mutant() {
    local m=$work/mut-$1
    mkdir -p "$m/fpga" "$m/sim"
    cp -r rtl "$m/"; cp -r fpga/fusesoc fpga/boards "$m/fpga/"; cp -r sim/core "$m/sim/"
    cp vitrap_csr.core vitrap_soc.core "$m/"
    conf "$m" "$m/conf"
    echo "$m"
}

# The lint target on a broken copy must fail, with the message that says why.
expect_lint_fail() {
    local name=$1 m=$2 pat=$3 log=$logs/selfcheck-$1.log
    if VITRAP_GEN=$repo/build/vitrap-gen lint_run "$log" "$m/conf" --work-root "$m/work" --target=lint vitrap:vitrap:soc; then
        bad "fusesoc/selfcheck/$name" "the lint target passed on a broken copy ($log)"
    elif grep -qE "$pat" "$log"; then ok "fusesoc/selfcheck/$name"
    else bad "fusesoc/selfcheck/$name" "failed, but not with '$pat' ($log)"; tail -3 "$log"; fi
}

selfcheck() {
    local m
    # a file left out of the core's file list: the PLIC's claim tree
    m=$(mutant drop-file)
    sed -i '\|- rtl/soc/plic_pick.v|d' "$m/vitrap_soc.core"
    expect_lint_fail drop-file "$m" "Cannot find file containing module: 'plic_pick'"
    # a lint warning in the RTL: a wire of the CLINT that nothing reads (not
    # named *unused*: Verilator's -unused-regexp lets those pass)
    m=$(mutant unused-wire)
    sed -i 's/^endmodule/  wire vt_mutant_spare = msip_q;\nendmodule/' "$m/rtl/soc/clint.v"
    expect_lint_fail unused-wire "$m" "%Warning-UNUSED.*vt_mutant_spare"
    # the generator failing (a config that does not exist): fusesoc must stop
    m=$(mutant bad-config)
    sed -i 's|config: sim/core/configs/default.cfg|config: sim/core/configs/nosuch.cfg|' "$m/vitrap_soc.core"
    expect_lint_fail bad-config "$m" "vitrap_csr_gen: config '.*nosuch.cfg' is not a file"
}

badinput() {
    local log=$logs/badinput-no-fusesoc.log rc r=$work/bad-results
    VT_FUSESOC=$work/nosuch/fusesoc scripts/fusesoc-lint.sh --results "$r" lint >"$log" 2>&1
    rc=$?
    if [ $rc -eq 2 ] && [ "$(wc -l <"$log")" -eq 1 ] && grep -q "fusesoc not found at $work/nosuch/fusesoc" "$log" &&
       [ ! -e "$r" ]; then ok "fusesoc/badinput/no-fusesoc"
    else bad "fusesoc/badinput/no-fusesoc" "exit $rc (want 2, one line, no results), see $log"; fi
    log=$logs/badinput-phase.log
    scripts/fusesoc-lint.sh --results "$r" frobnicate >"$log" 2>&1
    rc=$?
    if [ $rc -eq 2 ] && [ "$(wc -l <"$log")" -eq 1 ] && grep -q "unknown phase 'frobnicate'" "$log" && [ ! -e "$r" ]; then
        ok "fusesoc/badinput/phase"
    else bad "fusesoc/badinput/phase" "exit $rc (want 2, one line, no results), see $log"; fi
}

echo "fusesoc: $("$fusesoc" --version 2>&1 | head -1) ($fusesoc)"
for p in "${phases[@]}"; do "$p"; done
exit 0
