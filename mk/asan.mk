# The C model and the harness under AddressSanitizer and UndefinedBehaviorSanitizer.
#
#   make test-asan   builds the default configuration's co-simulator and vector
#                    writer with -fsanitize=address,undefined (errors fatal, leaks
#                    reported) and runs every directed script, a random run, the
#                    benchmark path and the vector writer on them

SAN_FLAGS ?= -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
ASAN_DIR  := $(BUILD)/asan/default

.PHONY: test-asan

ASAN_COMMON := $(BUILD)/asan/cosim-common

$(ASAN_COMMON)/objs.list: $(COMMON_SRC) $(CM_HDR) $(TB_HDR) $(wildcard gen/*.h) scripts/build-cosim.sh
	@CC='$(CC)' CFLAGS='$(CFLAGS) -O1 $(SAN_FLAGS)' LDFLAGS='$(SAN_FLAGS)' JOBS='$(JOBS)' \
	  scripts/build-cosim.sh --common $(ASAN_COMMON) $(COMMON_SRC)

$(ASAN_DIR)/vitrap-cosim: $(BUILD)/cfg/default/rtl/vitrap_csr.v $(ASAN_COMMON)/objs.list $(CFG_DEP_SRC) $(CM_HDR) $(TB_HDR) tb/rtl_shim.cpp scripts/build-cosim.sh
	@mkdir -p $(ASAN_DIR)/rtl && cp $(BUILD)/cfg/default/rtl/vitrap_csr.v $(BUILD)/cfg/default/rtl/vitrap_cfg.h $(ASAN_DIR)/rtl/
	@CC='$(CC)' CFLAGS='$(CFLAGS) -O1 $(SAN_FLAGS)' LDFLAGS='$(SAN_FLAGS)' JOBS='$(JOBS)' \
	  scripts/build-cosim.sh $(ASAN_DIR) $(ASAN_COMMON) $(CFG_DEP_SRC)

$(ASAN_DIR)/vitrap-vectors: $(ASAN_DIR)/vitrap-cosim $(CM_SRC) $(CM_HDR) $(VEC_SRC) $(VEC_HDR)
	$(CC) $(CFLAGS) -O1 $(SAN_FLAGS) -Icmodel -Itb -I$(ASAN_DIR)/rtl $(CM_SRC) $(VEC_SRC) -o $@

test-asan: $(ASAN_DIR)/vitrap-cosim $(ASAN_DIR)/vitrap-vectors
	@scripts/test-asan.sh $(ASAN_DIR)
