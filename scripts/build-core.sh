#!/usr/bin/env bash
# Builds the core runner build/core/NAME/vitrap-run (README "The runner"):
# the unit generated for DIR/config.cfg, the hand-written core and SoC
# (rtl/core, rtl/soc) and the one C++ shim (tb/core/core_rtl_shim.cpp)
# built by Verilator; the runner (tb/core), the core's C model (cmodel/core)
# and the unit's C model (cmodel) compiled with gcc; linked by g++.
#
#   scripts/build-core.sh [--reuse DIR0] DIR
#
# --reuse DIR0: DIR has the configuration and parameters of DIR0 (a mutant
# of the RTL, scripts/core-mutate.sh): link DIR0's C objects and Verilator
# run-time objects instead of compiling them again.
#
# DIR/config.cfg: the unit's configuration. DIR/params (optional): the RTL
# parameters RAM_SIZE=N and MTIME_DIV=N, one per line (vitrap-run writes it
# for --ram-size / --mtime-div). The Verilated model and the Verilator
# run-time objects come from DIR/obj, the C objects from DIR/cobj.
# Environment: CC, CFLAGS (as the Makefile's), JOBS, OPT_FAST (default -O2),
# RTL_DIR (default the repository's rtl/: mutants give a mutated copy),
# GEN (default build/vitrap-gen).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
CC=${CC:-gcc}
CFLAGS=${CFLAGS:--std=c11 -O2 -g -Wall -Wextra -Werror}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
RTL_DIR=${RTL_DIR:-$root/rtl}
GEN=${GEN:-$root/build/vitrap-gen}
die() { echo "build-core: $*" >&2; exit 2; }
reuse=
if [ "${1:-}" = --reuse ]; then
    reuse=$(realpath "$2") || die "no folder $2"
    [ -f "$reuse/cobj/objs.list" ] || die "no $reuse/cobj/objs.list (build $2 first)"
    shift 2
fi
[ $# -eq 1 ] || die "usage: build-core.sh [--reuse DIR0] DIR"
d=$(realpath "$1") || die "no folder $1"
[ -f "$d/config.cfg" ] || die "no $d/config.cfg"
[ -x "$GEN" ] || die "no generator $GEN (make build/vitrap-gen)"

ram_size=268435456
mtime_div=1
if [ -f "$d/params" ]; then
    while IFS='=' read -r k v; do
        case $k in
            RAM_SIZE) ram_size=$v ;;
            MTIME_DIV) mtime_div=$v ;;
            '') ;;
            *) die "$d/params: unknown parameter '$k'" ;;
        esac
    done <"$d/params"
fi

"$GEN" --config "$d/config.cfg" --out "$d/rtl" >/dev/null || exit 1

mkdir -p "$d/cobj"
if [ -n "$reuse" ]; then
    mapfile -t objs <"$reuse/cobj/objs.list"
else
c_srcs=("$root"/tb/core/*.c "$root"/cmodel/*.c "$root"/cmodel/core/*.c
        "$root"/tb/cfg_select.c "$root"/tb/csr_names.c "$root"/gen/config.c "$root"/gen/mutants.c)
objs=()
defs=(-DVITRAP_ROOT="\"$root\"" -DCORE_RAM_SIZE="${ram_size}ull" -DCORE_MTIME_DIV="${mtime_div}u")
pids=()
for f in "${c_srcs[@]}"; do
    o=$d/cobj/$(basename "$(dirname "$f")")_$(basename "${f%.c}").o
    objs+=("$o")
    # shellcheck disable=SC2086  # CFLAGS is a list of flags
    $CC $CFLAGS -I"$root/cmodel" -I"$root/cmodel/core" -I"$root/tb" -I"$root/tb/core" \
        -I"$root/gen" -I"$d/rtl" "${defs[@]}" -c "$f" -o "$o" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$JOBS" ]; then wait "${pids[0]}" || exit 1; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p" || exit 1; done
printf '%s\n' "${objs[@]}" >"$d/cobj/objs.list"
fi

MAKEVARS=(OPT_FAST="${OPT_FAST:--O2}" OPT_GLOBAL=-O2)
vsrcs=("$RTL_DIR"/core/*.v "$RTL_DIR"/soc/*.v "$d/rtl/vitrap_csr.v")
rm -f "$d/vitrap-run"
VRT_OBJS=(verilated.o verilated_dpi.o verilated_vcd_c.o verilated_threads.o)
{ verilator --cc --exe -j "$JOBS" --trace -O3 --x-assign fast --x-initial fast --noassert \
      -Wno-fatal -MAKEFLAGS "${MAKEVARS[*]}" +define+VITRAP_NO_DBG_PORT \
      -I"$d/rtl" -I"$RTL_DIR/core" -I"$RTL_DIR/soc" \
      -GRAM_SIZE="64'd$ram_size" -GMTIME_DIV="64'd$mtime_div" \
      --top-module vitrap_soc --Mdir "$d/obj" -o "$d/vitrap-run" \
      -CFLAGS "-O2 -I$root/tb/core -I$root/cmodel/core -I$root/cmodel" \
      "${vsrcs[@]}" "$root/tb/core/core_rtl_shim.cpp" "${objs[@]}" &&
  { [ -z "$reuse" ] || for o in "${VRT_OBJS[@]}"; do
        cp "$reuse/obj/$o" "$reuse/obj/${o%.o}.d" "$d/obj/" || exit 1; done; } &&
  make -C "$d/obj" -f Vvitrap_soc.mk -j "$JOBS" "${MAKEVARS[@]}"; } >"$d/verilator.log" 2>&1 \
    || { cat "$d/verilator.log"; exit 1; }
