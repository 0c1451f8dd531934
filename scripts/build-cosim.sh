#!/usr/bin/env bash
# Builds one lock-step co-simulator: the C model and the C harness compiled
# with gcc, the generated RTL and the one C++ shim (tb/rtl_shim.cpp) built and
# linked by Verilator. The one copy of the recipe, used by the Makefile rule
# $(BUILD)/cfg/%/vitrap-cosim and by scripts/mutate.sh.
#
#   scripts/build-cosim.sh DIR C_SOURCE...
#       compile the C sources into DIR/cobj (listed in DIR/cobj/objs.list),
#       then build DIR/vitrap-cosim from DIR/rtl/vitrap_csr.v
#   scripts/build-cosim.sh --reuse OBJDIR DIR
#       link the objects of OBJDIR/objs.list instead of compiling: they depend
#       only on the configuration header, so the objects of a configuration
#       serve every RTL generated with that configuration (mutants). The
#       Verilator run-time objects (verilated*.o, which depend only on
#       Verilator's own headers and the flags below) are taken from the
#       configuration's obj folder too, so only the RTL itself is compiled.
#
# DIR/rtl holds vitrap_csr.v and vitrap_cfg.h (vitrap-gen --out DIR/rtl).
# Environment: CC, CFLAGS (as the Makefile's), JOBS (Verilator's make -j).
# The Verilator log goes to DIR/verilator.log (printed on failure).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
CC=${CC:-gcc}
CFLAGS=${CFLAGS:--std=c11 -O2 -g -Wall -Wextra -Werror}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
MAKEVARS=(OPT_FAST=-O2 OPT_GLOBAL=-O2)   # for the make that builds the Verilated C++
# VITRAP_NO_DBG_PORT (gen/INTERFACE.md section 2): the harness reads the debug
# slots from the unit's public array dbg_slots (tb/rtl_shim.cpp), so the wide
# dbg_csrs port, which Verilator would assemble on every evaluation, is left
# out of this build.
VFLAGS=(--cc --exe -j "$JOBS" --trace -O3 --x-assign fast --x-initial fast
        --noassert --top-module vitrap_csr -Wno-fatal -MAKEFLAGS "${MAKEVARS[*]}"
        +define+VITRAP_NO_DBG_PORT)

die() { echo "build-cosim: $*" >&2; exit 2; }

reuse=
if [ "${1:-}" = --reuse ]; then
    [ $# -eq 3 ] || die "usage: build-cosim.sh --reuse OBJDIR DIR"
    reuse=$(realpath "$2") || die "no object folder $2"
    shift 2
fi
[ $# -ge 1 ] || die "usage: build-cosim.sh DIR C_SOURCE... | --reuse OBJDIR DIR"
mkdir -p "$1" || exit 1
d=$(realpath "$1")
shift
[ -f "$d/rtl/vitrap_csr.v" ] || die "no $d/rtl/vitrap_csr.v"

objs=()
if [ -n "$reuse" ]; then
    [ $# -eq 0 ] || die "--reuse takes no C sources"
    [ -f "$reuse/objs.list" ] || die "no $reuse/objs.list (build that configuration first)"
    mapfile -t objs <"$reuse/objs.list"
else
    [ $# -ge 1 ] || die "no C sources given"
    mkdir -p "$d/cobj"
    for f in "$@"; do
        o=$d/cobj/$(basename "${f%.c}").o  # f: relative to the caller's folder
        objs+=("$o")
        # shellcheck disable=SC2086  # CFLAGS is a list of flags
        $CC $CFLAGS -I"$root/cmodel" -I"$root/tb" -I"$root/gen" -I"$d/rtl" \
            -DVITRAP_ROOT="\"$root\"" -c "$f" -o "$o" || exit 1
    done
    printf '%s\n' "${objs[@]}" >"$d/cobj/objs.list"
fi

rm -f "$d/vitrap-cosim"
# LDFLAGS (environment, optional): extra link flags, also given to the C++
# compiles (e.g. -fsanitize=address,undefined for make test-asan)
LDFLAGS=${LDFLAGS:-}
vargs=(--Mdir "$d/obj" -o "$d/vitrap-cosim" -CFLAGS "-O2 -I$root/tb -I$root/cmodel -I$d/rtl $LDFLAGS"
       "$d/rtl/vitrap_csr.v" "$root/tb/rtl_shim.cpp" "${objs[@]}")
[ -n "$LDFLAGS" ] && vargs+=(-LDFLAGS "$LDFLAGS")
base_obj=${reuse:+$(dirname "$reuse")/obj}
if [ -n "$base_obj" ] && compgen -G "$base_obj/verilated*.o" >/dev/null; then
    # Verilate, then take the run-time objects of the configuration's build
    # (copied after the generated makefile, so make sees them up to date),
    # then run the build Verilator's --build would run.
    { verilator "${VFLAGS[@]}" "${vargs[@]}" &&
      cp "$base_obj"/verilated*.o "$base_obj"/verilated*.d "$d/obj/" &&
      make -C "$d/obj" -f Vvitrap_csr.mk -j "$JOBS" "${MAKEVARS[@]}"; } >"$d/verilator.log" 2>&1 \
        || { cat "$d/verilator.log"; exit 1; }
else
    verilator --build "${VFLAGS[@]}" "${vargs[@]}" >"$d/verilator.log" 2>&1 \
        || { cat "$d/verilator.log"; exit 1; }
fi
