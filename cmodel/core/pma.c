/* PIPELINE.md 7.1: regions and the accesses each allows. */
#include "pma.h"

unsigned pma_region(const struct core_pma *p, uint64_t a)
{
    if (pma_in_ram(p, a))             return RG_RAM;
    if (a - CLINT_BASE < CLINT_SIZE)  return RG_CLINT;
    if (a - PLIC_BASE < PLIC_SIZE)    return RG_PLIC;
    if (a - UART_BASE < UART_SIZE)    return RG_UART;
    if (a - TEST_BASE < TEST_SIZE)    return RG_TEST;
    return RG_NONE;
}

/* 7.1 table: RAM every width and LR/SC/AMO; CLINT 4/8 bytes; PLIC 4; UART
 * 1; test device 4/8; LR/SC/AMOs outside RAM fault */
int pma_allowed(unsigned region, unsigned size, int amo)
{
    switch (region) {
    case RG_RAM:   return 1;
    case RG_CLINT: return !amo && size >= 2;
    case RG_PLIC:  return !amo && size == 2;
    case RG_UART:  return !amo && size == 0;
    case RG_TEST:  return !amo && size >= 2;
    default:       return 0;
    }
}

uint64_t pma_base(const struct core_pma *p, unsigned region)
{
    switch (region) {
    case RG_RAM:   return p->ram_base;
    case RG_CLINT: return CLINT_BASE;
    case RG_PLIC:  return PLIC_BASE;
    case RG_UART:  return UART_BASE;
    case RG_TEST:  return TEST_BASE;
    default:       return 0;
    }
}
