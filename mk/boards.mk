# The vitrap core SoC on FPGA boards (rtl/boards/, fpga/boards/*-soc.lpf).
# Included by the Makefile. fpga/README.md "Boards" tells the details.
#
#   make bitstream BOARD=ulx3s|orangecrab [PROG=file.elf] [FREQ=MHz]
#        yosys + nextpnr-ecp5 + ecppack -> build/boards/BOARD/vitrap-BOARD.bit
#        and build/boards/BOARD/report.md; PROG defaults to the board's
#        self-test firmware (build/firmware/selftest-BOARD.elf, mk/firmware.mk), FREQ to 25 MHz (ULX3S, the oscillator) / 32 MHz (OrangeCrab).
#        Exit 2 bad BOARD/PROG/FREQ, 3 timing missed, 4 does not fit.
#   make program BOARD=...   openFPGALoader (Debian package openfpgaloader)
#   make bitstreams          both boards, their defaults

ifndef VT_BOARDS_MK
VT_BOARDS_MK := 1

BOARD ?=
PROG  ?=
BITSTREAM_ARGS = --board '$(BOARD)' $(if $(PROG),--prog '$(PROG)') $(if $(FREQ),--freq '$(FREQ)')
ELF2MEM := $(BUILD)/vitrap-elf2mem

.PHONY: bitstream bitstreams program

$(ELF2MEM): tb/board/elf2mem.c tb/core/elf_load.c tb/core/elf_load.h tb/core/sparse_mem.c tb/core/sparse_mem.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(filter %.c,$^) -o $@

# Arguments first (a bad BOARD/PROG/FREQ installs and builds nothing).
bitstream:
	@fpga/scripts/bitstream.sh --check-args $(BITSTREAM_ARGS)
	@scripts/install-deps.sh $(FPGA_DEPS_SYNTH) $(FPGA_DEPS_ECP5) riscv64-unknown-elf-gcc:gcc-riscv64-unknown-elf
	@$(MAKE) --no-print-directory -s $(GEN) $(ELF2MEM) fpga-venv $(if $(PROG),,$(BUILD)/firmware/selftest-$(BOARD).elf)
	@VT_VENV='$(FPGA_VENV)' fpga/scripts/bitstream.sh $(BITSTREAM_ARGS)

bitstreams:
	@$(MAKE) --no-print-directory bitstream BOARD=ulx3s PROG= FREQ=
	@$(MAKE) --no-print-directory bitstream BOARD=orangecrab PROG= FREQ=

program:
	@fpga/scripts/program.sh --check-args --board '$(BOARD)'
	@scripts/install-deps.sh openFPGALoader:openfpgaloader
	@fpga/scripts/program.sh --board '$(BOARD)'

endif
