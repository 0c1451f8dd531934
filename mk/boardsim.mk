# The board-level simulation (scripts/board-sim.sh, tb/board/): the exact
# board top of make bitstream, Verilated with the PLL model, its UART TX pin
# decoded and compared with the expected console, its LEDs checked.
# Included by the Makefile. README "Boards" and fpga/README.md tell the details.
#
#   make board-sim BOARD=ulx3s|orangecrab [PROG=file.elf] [EXPECT=file.out]
#                  [FREQ=MHz] [VCD=file.vcd]
#        PROG defaults to the board's self-test firmware
#        (build/firmware/selftest-BOARD.elf, mk/firmware.mk); EXPECT to its
#        expected console (sim/firmware/expected/selftest-BOARD.out, or
#        sim/programs/expected/NAME.out for a program of sim/programs).
#        Exit 0 pass, 1 a difference, 2 bad input.
#   build/vitrap-uart8n1-check   the decoder's self-check (make test runs it)
#   make board-sim-programs      sim/boards/blink.S, echo.S (make test runs them)

ifndef VT_BOARDSIM_MK
VT_BOARDSIM_MK := 1
include mk/programs.mk

BOARDSIM_PROG    = $(or $(PROG),$(BUILD)/firmware/selftest-$(BOARD).elf)
BOARDSIM_EXPECT  = $(or $(EXPECT),$(if $(PROG),sim/programs/expected/$(basename $(notdir $(PROG))).out,sim/firmware/expected/selftest-$(BOARD).out))
UART8N1_CHECK   := $(BUILD)/vitrap-uart8n1-check

BOARDSIM_PROGS  := $(addprefix $(BUILD)/boards/programs/,blink.elf echo.elf)

.PHONY: board-sim board-sim-programs

# The board simulation's own programs (sim/boards/*.S, with the test
# programs' start-up and console): blink (the heartbeat LED), echo (RX).
board-sim-programs: $(BOARDSIM_PROGS)
$(BUILD)/boards/programs/%.elf: sim/boards/%.S $(PROG_COMMON) $(PROG_HDR) $(PROG_LD)
	@mkdir -p $(@D)
	$(PROG_CC) $(PROG_FLAGS) -T $(PROG_LD) -o $@ $< $(PROG_COMMON)

$(UART8N1_CHECK): tb/board/uart8n1_check.c tb/board/uart8n1.c tb/board/uart8n1.h tb/board/console_check.c tb/board/console_check.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(filter %.c,$^) -o $@

board-sim:
	@scripts/board-sim.sh --check-args '$(BOARD)' $(if $(FREQ),'$(FREQ)')
	@scripts/install-deps.sh verilator:verilator riscv64-unknown-elf-gcc:gcc-riscv64-unknown-elf
	@$(MAKE) --no-print-directory -s $(GEN) $(BUILD)/vitrap-elf2mem $(if $(PROG),,firmware)
	@scripts/board-sim.sh '$(BOARD)' '$(BOARDSIM_PROG)' '$(BOARDSIM_EXPECT)' $(if $(FREQ),'$(FREQ)') $(if $(VCD),-- --vcd '$(VCD)')

endif
