# The board self-test firmware (sim/firmware/): one program for the FPGA
# boards that runs the ISA self-tests, the privileged tests that need no host
# and the hypervisor demo of sim/programs, prints "PASS name" / "FAIL name
# (code N)" per test and a summary line on the UART, and stores the verdict
# to tohost (the board's pass / fail LED, rtl/boards/board_soc.v).
# Included by the Makefile (mk/*.mk).
#
#   make firmware   build/firmware/selftest-ulx3s.elf, selftest-orangecrab.elf
#                   (make bitstream BOARD=b PROG=build/firmware/selftest-b.elf)
#
# How: each test is built from its own sources with VITRAP_FIRMWARE defined
# (crt0.S then returns its exit word to the loader instead of storing it to
# tohost) and linked by sim/firmware/test.ld to run in the test area at the
# top of the board's RAM (FW_TEST_SIZE bytes, a FW_TEST_STACK stack). The
# images are packed by build/vitrap-fwpack (sim/firmware/fwpack.c, LZ77
# against a shared dictionary, the first test's image) into the loader
# (sim/firmware/start.S, loader.c, loader.ld) at RAM_BASE, which for each
# test resets the CSRs and devices, unpacks the image, enters it and reports.
# The RAM sizes come from fpga/scripts/boards.sh (ram_bytes).
#
# Not on the boards (FW_EXCLUDE):
#   devices    check 1 expects THRE = 1 two cycles after a THR write, true in
#              simulation only (PIPELINE.md 9.3.1: on a board the serialiser
#              holds the transmitter busy for a character time)
#   wfi_bound  needs a unit with WFI_TIMEOUT = 200 (runner wfi200); the
#              boards have the default unit (WFI bound 0)
#   bench_sort its 47 KiB array does not fit the test area (nor the
#              OrangeCrab's RAM)
# Not on the OrangeCrab (FW_SKIP_orangecrab): the tests whose packed images
# do not fit its 48 KiB next to the test area (they run on the ULX3S).
# Not on the OrangeCrab either: irqlat (PIPELINE.md revision 4's interrupt
# latency), whose image does not fit next to the others in its 48 KiB; it
# runs on the ULX3S (its checks do not depend on MTIME_DIV or the UART's
# board side).
# Expected console: sim/firmware/expected/selftest-BOARD.out (make test:
# scripts/board-tests.sh phase sim, the board-level simulation of each top).

ifndef VT_FIRMWARE_MK
VT_FIRMWARE_MK := 1

include mk/programs.mk

FW_DIR        := sim/firmware
FW_BUILD      := $(BUILD)/firmware
FW_PACK       := $(BUILD)/vitrap-fwpack
FW_BOARDS     := ulx3s orangecrab
FW_EXCLUDE    := devices wfi_bound bench_sort
FW_SKIP_ulx3s :=
FW_SKIP_orangecrab := vi_cases timing faults trapbench bench_matmul irqlat
FW_TEST_SIZE_ulx3s      := 0x5400
FW_TEST_SIZE_orangecrab := 0x3800
FW_TEST_STACK := 0x1000
FW_TESTS      := $(filter-out $(FW_EXCLUDE),$(PROGRAMS))
FW_LOADER     := $(FW_DIR)/start.S $(FW_DIR)/loader.c
FW_FLAGS      := $(PROG_FLAGS) -DVITRAP_FIRMWARE -Wl,--defsym=FW_TEST_STACK=$(FW_TEST_STACK)
FW_ELFS       := $(foreach b,$(FW_BOARDS),$(FW_BUILD)/selftest-$(b).elf)

fw_ram  = $(shell bash -c '. fpga/scripts/boards.sh && board_info $(1) && echo $$ram_bytes')
fw_base = $(shell printf '0x%x' $$(( 0x80000000 + $(call fw_ram,$(1)) - $(FW_TEST_SIZE_$(1)) )))

.PHONY: firmware
firmware: $(FW_ELFS)

$(FW_PACK): $(FW_DIR)/fwpack.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $< -o $@

# One board: its tests linked at its test area, packed, and the loader.
define FW_BOARD_RULES
FW_BASE_$(1) := $$(call fw_base,$(1))
FW_LIST_$(1) := $$(filter-out $$(FW_SKIP_$(1)),$$(FW_TESTS))
FW_BINS_$(1) := $$(addprefix $(FW_BUILD)/$(1)/,$$(addsuffix .bin,$$(FW_LIST_$(1))))
FW_AREA_$(1) := -Wl,--defsym=FW_TEST_BASE=$$(FW_BASE_$(1)) -Wl,--defsym=FW_TEST_SIZE=$$(FW_TEST_SIZE_$(1)) \
                -DFW_RAM_SIZE=$$(call fw_ram,$(1))

$(FW_BUILD)/$(1)/%.elf: $(PROG_DIR)/%.S $(PROG_COMMON) $(PROG_HDR) $(FW_DIR)/test.ld mk/firmware.mk
	@mkdir -p $$(@D)
	$(PROG_CC) $(FW_FLAGS) $$(FW_AREA_$(1)) -T $(FW_DIR)/test.ld \
	  -o $$@ $(PROG_COMMON) $$<

$(FW_BUILD)/$(1)/%.elf: $(PROG_DIR)/%.c $(PROG_COMMON) $(PROG_HDR) $(FW_DIR)/test.ld mk/firmware.mk
	@mkdir -p $$(@D)
	$(PROG_CC) $(FW_FLAGS) $(PROG_CFLAGS) $$(FW_AREA_$(1)) \
	  -T $(FW_DIR)/test.ld -o $$@ $(PROG_COMMON) $$<

$(FW_BUILD)/$(1)/%.bin: $(FW_BUILD)/$(1)/%.elf
	riscv64-unknown-elf-objcopy -O binary -j .text.init -j .text -j .tohost -j .rodata \
	  -j .data $$< $$@

$(FW_BUILD)/$(1)/images.S: $(FW_PACK) $$(FW_BINS_$(1))
	$(FW_PACK) --dict $$(firstword $$(FW_BINS_$(1))) --out $$@ \
	  $$(foreach t,$$(FW_LIST_$(1)),$$(t)=$(FW_BUILD)/$(1)/$$(t).bin)

$(FW_BUILD)/selftest-$(1).elf: $(FW_LOADER) $(FW_DIR)/loader.ld $(PROG_HDR) $(FW_BUILD)/$(1)/images.S mk/firmware.mk
	$(PROG_CC) $(FW_FLAGS) $(PROG_CFLAGS) -Os -fno-tree-loop-distribute-patterns \
	  -DFW_BOARD='"$(1)"' $$(FW_AREA_$(1)) -T $(FW_DIR)/loader.ld \
	  -o $$@ $(FW_LOADER) $(FW_BUILD)/$(1)/images.S
endef
$(foreach b,$(FW_BOARDS),$(eval $(call FW_BOARD_RULES,$(b))))

endif
