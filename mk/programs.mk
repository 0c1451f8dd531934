# Self-checking test programs of the vitrap core (sim/programs/*.S, *.c),
# built for the runner (build/vitrap-run PROG.elf) and for QEMU
# (scripts/programs-qemu.sh). Included by the Makefile (mk/*.mk).
#
#   make programs        every ELF in PROGRAMS_ELF
#
# Each program is one file in sim/programs/ linked with sim/programs/common/
# (crt0.S start-up and exits, console.S, monitor.S) by common/link.ld.
# Expected console text: sim/programs/expected/NAME.out (exit code 0 for all).

ifndef VT_PROGRAMS_MK
VT_PROGRAMS_MK := 1

BUILD        ?= build
PROG_DIR     := sim/programs
PROG_BUILD   := $(BUILD)/programs
PROG_CC      := riscv64-unknown-elf-gcc
PROG_FLAGS   := -march=rv64ima_zicsr_zifencei -mabi=lp64 -nostdlib -static \
                -mcmodel=medany -g -I$(PROG_DIR)/common \
                -Wl,--no-warn-rwx-segments
PROG_CFLAGS  := -std=c11 -O2 -Wall -Wextra -Werror -ffreestanding \
                -fno-builtin -fno-pic
PROG_LD      := $(PROG_DIR)/common/link.ld
PROG_COMMON  := $(PROG_DIR)/common/crt0.S $(PROG_DIR)/common/console.S \
                $(PROG_DIR)/common/monitor.S
PROG_HDR     := $(wildcard $(PROG_DIR)/common/*.h)

PROGRAMS     := $(sort $(basename $(notdir $(wildcard $(PROG_DIR)/*.S $(PROG_DIR)/*.c))))
PROGRAMS_ELF := $(addprefix $(PROG_BUILD)/,$(addsuffix .elf,$(PROGRAMS)))

.PHONY: programs
programs: $(PROGRAMS_ELF)

$(PROG_BUILD)/%.elf: $(PROG_DIR)/%.S $(PROG_COMMON) $(PROG_HDR) $(PROG_LD)
	@mkdir -p $(@D)
	$(PROG_CC) $(PROG_FLAGS) -T $(PROG_LD) -o $@ $< $(PROG_COMMON)

$(PROG_BUILD)/%.elf: $(PROG_DIR)/%.c $(PROG_COMMON) $(PROG_HDR) $(PROG_LD)
	@mkdir -p $(@D)
	$(PROG_CC) $(PROG_FLAGS) $(PROG_CFLAGS) -T $(PROG_LD) -o $@ $< $(PROG_COMMON)

# QEMU builds (scripts/programs-qemu.sh): ON_QEMU skips the checks where
# QEMU 7.2 is known to differ from the spec or from gen/INTERFACE.md (each
# such place says why) and the checks of devices QEMU's spike machine lacks.
$(PROG_BUILD)-qemu/%.elf: $(PROG_DIR)/%.S $(PROG_COMMON) $(PROG_HDR) $(PROG_LD)
	@mkdir -p $(@D)
	$(PROG_CC) $(PROG_FLAGS) -DON_QEMU -T $(PROG_LD) -o $@ $< $(PROG_COMMON)

endif
