/* CSR names for the script assembler and for reports: the harness's own
 * table (standard RISC-V names, including CSRs this unit does not implement,
 * so that scripts can test that they trap). */
#ifndef TB_CSR_NAMES_H
#define TB_CSR_NAMES_H

/* Address of a CSR name, or -1 if the name is unknown. */
int csr_addr_of(const char *name);

/* Name of a CSR address into buf (a hex number if it has no name). */
const char *csr_name_of(unsigned addr, char *buf, unsigned size);

#endif
