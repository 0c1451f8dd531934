#!/usr/bin/env bash
# Builds the lock-step co-simulators: the C model and the C harness compiled
# with gcc, the generated RTL and the one C++ shim (tb/rtl_shim.cpp) built and
# linked by Verilator. The one copy of the recipe, used by the Makefile rules
# $(BUILD)/cosim-common/objs.list and $(BUILD)/cfg/%/vitrap-cosim and by
# scripts/mutate.sh.
#
#   scripts/build-cosim.sh --common COMMON C_SOURCE...
#       compile the sources that do not depend on a configuration (the C
#       model, most of the harness) into COMMON (listed in COMMON/objs.list),
#       and the Verilator run-time objects (verilated*.o, which depend only on
#       Verilator's own headers and the flags below) into COMMON/vrt: built
#       once, shared by every configuration
#   scripts/build-cosim.sh DIR COMMON C_SOURCE...
#       compile the sources that include the configuration's vitrap_cfg.h into
#       DIR/cobj (DIR/cobj/objs.list lists them and COMMON's), then build
#       DIR/vitrap-cosim from DIR/rtl/vitrap_csr.v
#   scripts/build-cosim.sh --reuse OBJDIR DIR
#       link the objects of OBJDIR/objs.list instead of compiling: they depend
#       only on the configuration header, so the objects of a configuration
#       serve every RTL generated with that configuration (mutants)
#
# Only the RTL, the shim and the few configuration-dependent C files are
# compiled per configuration (about a third of a full build).
# DIR/rtl holds vitrap_csr.v and vitrap_cfg.h (vitrap-gen --out DIR/rtl).
# Environment: CC, CFLAGS (as the Makefile's), JOBS (Verilator's make -j),
# OPT_FAST (the Verilated model's optimisation, default -O2),
# LDFLAGS (optional: extra link flags, also given to the C++ compiles, e.g.
# -fsanitize=address,undefined for make test-asan).
# The Verilator log goes to DIR/verilator.log (printed on failure).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
CC=${CC:-gcc}
CFLAGS=${CFLAGS:--std=c11 -O2 -g -Wall -Wextra -Werror}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
LDFLAGS=${LDFLAGS:-}
# for the make that builds the Verilated C++; OPT_FAST (environment) may lower
# the optimisation of the model's code, e.g. -O0 for the short runs of mutants
MAKEVARS=(OPT_FAST="${OPT_FAST:--O2}" OPT_GLOBAL=-O2)
# VITRAP_NO_DBG_PORT (gen/INTERFACE.md section 2): the harness reads the debug
# slots from the unit's public array dbg_slots (tb/rtl_shim.cpp), so the wide
# dbg_csrs port, which Verilator would assemble on every evaluation, is left
# out of this build.
VFLAGS=(--cc --exe -j "$JOBS" --trace -O3 --x-assign fast --x-initial fast
        --noassert -Wno-fatal -MAKEFLAGS "${MAKEVARS[*]}"
        +define+VITRAP_NO_DBG_PORT)
VRT_OBJS=(verilated.o verilated_dpi.o verilated_vcd_c.o verilated_threads.o)

die() { echo "build-cosim: $*" >&2; exit 2; }

# compile_c OUTDIR SOURCE...: one object per source, their paths appended to objs
compile_c() {
    local out=$1 f o
    shift
    for f in "$@"; do
        o=$out/$(basename "${f%.c}").o  # f: relative to the caller's folder
        objs+=("$o")
        # shellcheck disable=SC2086  # CFLAGS is a list of flags
        $CC $CFLAGS -I"$root/cmodel" -I"$root/tb" -I"$root/gen" ${rtl_inc:+-I"$rtl_inc"} \
            -DVITRAP_ROOT="\"$root\"" -c "$f" -o "$o" || exit 1
    done
}

if [ "${1:-}" = --common ]; then
    [ $# -ge 3 ] || die "usage: build-cosim.sh --common COMMON C_SOURCE..."
    mkdir -p "$2/vrt" || exit 1
    common=$(realpath "$2")
    shift 2
    objs=()
    rtl_inc=
    compile_c "$common" "$@"
    printf '%s\n' "${objs[@]}" >"$common/objs.list"
    # The run-time objects, from a trivial top with the same flags.
    printf 'module vrt_top(input wire clk);\nendmodule\n' >"$common/vrt/vrt_top.v"
    { verilator "${VFLAGS[@]}" --top-module vrt_top --Mdir "$common/vrt" \
          -CFLAGS "-O2 $LDFLAGS" "$common/vrt/vrt_top.v" &&
      make -C "$common/vrt" -f Vvrt_top.mk -j "$JOBS" "${MAKEVARS[@]}" "${VRT_OBJS[@]}"; } \
        >"$common/vrt/verilator.log" 2>&1 || { cat "$common/vrt/verilator.log"; exit 1; }
    exit 0
fi

reuse=
common=
if [ "${1:-}" = --reuse ]; then
    [ $# -eq 3 ] || die "usage: build-cosim.sh --reuse OBJDIR DIR"
    reuse=$(realpath "$2") || die "no object folder $2"
    shift 2
fi
[ $# -ge 1 ] || die "usage: build-cosim.sh DIR COMMON C_SOURCE... | --reuse OBJDIR DIR | --common COMMON C_SOURCE..."
mkdir -p "$1" || exit 1
d=$(realpath "$1")
shift
[ -f "$d/rtl/vitrap_csr.v" ] || die "no $d/rtl/vitrap_csr.v"

objs=()
if [ -n "$reuse" ]; then
    [ $# -eq 0 ] || die "--reuse takes no C sources"
    [ -f "$reuse/objs.list" ] || die "no $reuse/objs.list (build that configuration first)"
    mapfile -t objs <"$reuse/objs.list"
    vrt=$(dirname "$reuse")/obj
else
    [ $# -ge 1 ] || die "no common object folder given"
    common=$(realpath "$1") || die "no common object folder $1"
    shift
    [ -f "$common/objs.list" ] || die "no $common/objs.list (build-cosim.sh --common first)"
    mkdir -p "$d/cobj"
    rtl_inc=$d/rtl
    mapfile -t objs <"$common/objs.list"
    compile_c "$d/cobj" "$@"
    printf '%s\n' "${objs[@]}" >"$d/cobj/objs.list"
    vrt=$common/vrt
fi
for o in "${VRT_OBJS[@]}"; do [ -f "$vrt/$o" ] || die "no $vrt/$o"; done

rm -f "$d/vitrap-cosim"
vargs=(--top-module vitrap_csr --Mdir "$d/obj" -o "$d/vitrap-cosim"
       -CFLAGS "-O2 -I$root/tb -I$root/cmodel -I$d/rtl $LDFLAGS"
       "$d/rtl/vitrap_csr.v" "$root/tb/rtl_shim.cpp" "${objs[@]}")
[ -n "$LDFLAGS" ] && vargs+=(-LDFLAGS "$LDFLAGS")
# Verilate, then take the shared run-time objects (copied after the generated
# makefile, so make sees them up to date), then run the build Verilator's
# --build would run.
{ verilator "${VFLAGS[@]}" "${vargs[@]}" &&
  for o in "${VRT_OBJS[@]}"; do cp "$vrt/$o" "$vrt/${o%.o}.d" "$d/obj/" || exit 1; done &&
  make -C "$d/obj" -f Vvitrap_csr.mk -j "$JOBS" "${MAKEVARS[@]}"; } >"$d/verilator.log" 2>&1 \
    || { cat "$d/verilator.log"; exit 1; }
