#!/usr/bin/env bash
# Loads a board's bitstream with openFPGALoader (make program):
#   fpga/scripts/program.sh --board ulx3s|orangecrab [--bit FILE] [--check-args]
# ULX3S: into the FPGA's SRAM over the on-board FTDI (JTAG); lost at power-off.
# OrangeCrab: through its DFU bootloader (hold the button while plugging the
# board in, so that it waits in the bootloader), into its flash.
# Prints the exact command first. Exit 2: bad input or no bitstream; 1: the
# loader failed (no board found, most often).
set -u
cd "$(dirname "$0")/../.."
. fpga/scripts/common.sh
. fpga/scripts/boards.sh

board= bit= check_only=0
while [ $# -gt 0 ]; do
    case $1 in --board|--bit) [ $# -ge 2 ] || die "program.sh: $1 needs a value" ;; esac
    case $1 in
        --board) board=$2; shift 2 ;;
        --bit)   bit=$2; shift 2 ;;
        --check-args) check_only=1; shift ;;
        *) die "program.sh: unknown argument '$1'" ;;
    esac
done
board_info "$board"
[ -n "$bit" ] || bit=build/boards/$board/vitrap-$board.bit
[ -f "$bit" ] || die "no bitstream $bit (make bitstream BOARD=$board first)"
[ $check_only = 1 ] && exit 0
need_tool openFPGALoader "make program installs it: Debian package openfpgaloader"

cmd=(openFPGALoader -b "$loader_b" "$bit")
echo "program $board: ${cmd[*]}"
log=build/boards/$board/program.log
mkdir -p "$(dirname "$log")"
"${cmd[@]}" >"$log" 2>&1
rc=$?
cat "$log"
if [ $rc -ne 0 ]; then
    why=$(grep -m1 -iE 'error|fail|not found|unable|no device|cannot' "$log")
    hint="is the board plugged in over USB?"
    [ "$board" = orangecrab ] && hint="is the board plugged in and in its DFU bootloader (button held while plugging in)?"
    die "openFPGALoader failed (exit $rc)${why:+: $why}; $hint" 1
fi
echo "program $board: loaded $bit"
