/* A small assembler for the instructions a CSR/trap unit cares about:
 * Zicsr, the privileged SYSTEM instructions and the H extension's
 * HLV/HLVX/HSV/HFENCE, plus `nop` and `.word`. */
#ifndef TB_ASM_H
#define TB_ASM_H

#include <stddef.h>
#include <stdint.h>

/* privileged.adoc "Wait for Interrupt": the one WFI encoding (the harness checks
 * stalls and counts WFI outcomes against it). */
#define ASM_WFI 0x10500073u

struct asm_result {
    uint32_t bits;
    int rd;      /* destination register written with csr_rdata, 0 if none */
    int rs1;     /* register field bits 19:15 (its value is the rs1 operand) */
    int is_csr;  /* a Zicsr instruction */
};

/* Assemble one instruction. Returns 0 on success; on error returns -1 and
 * writes a one-line reason into err. */
int asm_parse(const char *text, struct asm_result *out, char *err, size_t errlen);

/* Parse a number: decimal or 0x hex, underscores allowed. 0 on success. */
int asm_number(const char *s, uint64_t *val);

#endif
