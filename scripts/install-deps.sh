#!/usr/bin/env bash
# Installs the Debian packages vitrap needs, if any is missing.
# As root it runs apt-get itself; otherwise it prints the exact command and
# fails. Usage: scripts/install-deps.sh [command:package ...]
# A pair "dpkg:package" checks for the package itself (a library with no
# command, e.g. dpkg:libclang-rt-14-dev for libFuzzer).
set -u
needed=("$@")
if [ ${#needed[@]} -eq 0 ]; then
    needed=(gcc:gcc g++:g++ make:make verilator:verilator iverilog:iverilog yosys:yosys)
fi
missing=()
for pair in "${needed[@]}"; do
    cmd=${pair%%:*}
    pkg=${pair#*:}
    if [ "$cmd" = dpkg ]; then
        dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$pkg")
    else
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" != 0 ]; then
    echo "vitrap: missing tools; run as root: apt-get update && $line" >&2
    exit 2
fi
echo "vitrap: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && $line; } >/tmp/vitrap-apt.log 2>&1; then
    echo "vitrap: '$line' failed; see /tmp/vitrap-apt.log" >&2
    exit 2
fi
for pair in "${needed[@]}"; do
    cmd=${pair%%:*}
    [ "$cmd" = dpkg ] && continue
    if ! command -v "$cmd" >/dev/null 2>&1; then
        echo "vitrap: '$cmd' still missing after installing its package" >&2
        exit 2
    fi
done
