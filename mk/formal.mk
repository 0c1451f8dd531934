# Formal proofs of the unit's security properties (included by the Makefile
# with `-include mk/*.mk`; uses its BUILD, GEN and JOBS).
#
#   make formal                     every row: proofs, covers, expected-FAIL rows
#   make formal FORMAL_ARGS=--quick BMC and covers only, no unbounded proofs
#   make formal FORMAL_ARGS='reset_m_v0 covers'   some rows only
#
# scripts/formal.sh generates the proof configurations (H on, GEILEN 1, no
# HPM counters, WFI bound 3 and 0, and one mutant per expected-FAIL row) into
# build/formal/cfg/, checks sim/formal/vitrap_props.v on each with yosys and
# yosys-abc (scripts/formal-job.sh) and prints the table; it exits non-zero
# if a property fails, a cover target is unreachable or a mutant survives.

ifndef VT_FORMAL_MK
VT_FORMAL_MK := 1

FORMAL_ARGS ?=

.PHONY: formal

formal: deps $(GEN)
	@JOBS='$(JOBS)' scripts/formal.sh $(FORMAL_ARGS)

endif
