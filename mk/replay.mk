# Second simulator: iverilog replay of C-model vectors (included by the
# Makefile with `include mk/*.mk`; uses its BUILD, CC, CFLAGS, CM_SRC, CM_HDR).
#
#   make iverilog-replay                 every configuration in REPLAY_CONFIGS
#   make iverilog-replay REPLAY_CYCLES=N other run length (default: the script's)
#
# Per configuration: build/cfg/<CFG>/vitrap-vectors (gcc only, the C model and
# the random stimulus, configured by that configuration's vitrap_cfg.h) writes
# the vectors of seed 1; tb/replay_tb.v replays them under iverilog/vvp against
# build/cfg/<CFG>/rtl/vitrap_csr.v (scripts/iverilog-replay.sh, which prints
# one line "iverilog-replay/<CFG>: pass" or "... FAIL ..." per configuration).
#
# scripts/iverilog-replay.sh also builds the vectors program through this file
# (make -f Makefile -f mk/replay.mk), so the guard below keeps it from being
# read twice once the Makefile includes it.

ifndef VT_REPLAY_MK
VT_REPLAY_MK := 1

BUILD  ?= build
CC     ?= gcc
CFLAGS ?= -std=c11 -O2 -g -Wall -Wextra -Werror
CM_SRC ?= $(wildcard cmodel/*.c)
CM_HDR ?= $(wildcard cmodel/*.h)

REPLAY_CONFIGS ?= $(basename $(notdir $(wildcard sim/configs/*.cfg)))
VEC_SRC := tb/vectors_main.c tb/stim_random.c tb/csr_names.c
VEC_HDR := tb/cfg_from_header.h tb/stim.h tb/csr_names.h

.PHONY: iverilog-replay

# One configuration: the vector writer (no Verilator).
$(BUILD)/cfg/%/vitrap-vectors: $(BUILD)/cfg/%/rtl/vitrap_csr.v $(CM_SRC) $(CM_HDR) $(VEC_SRC) $(VEC_HDR)
	$(CC) $(CFLAGS) -Icmodel -Itb -I$(BUILD)/cfg/$*/rtl $(CM_SRC) $(VEC_SRC) -o $@

iverilog-replay: $(foreach c,$(REPLAY_CONFIGS),$(BUILD)/cfg/$(c)/vitrap-vectors)
	@REPLAY_NO_BUILD=1 $(if $(REPLAY_CYCLES),REPLAY_CYCLES='$(REPLAY_CYCLES)') \
	  scripts/iverilog-replay.sh $(REPLAY_CONFIGS)

endif
