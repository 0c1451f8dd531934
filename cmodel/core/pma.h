/* The SoC memory map (PIPELINE.md 7.1) and the access rules of 7.1/7.2
 * (inline: they run for every memory instruction). */
#ifndef VITRAP_CORE_PMA_H
#define VITRAP_CORE_PMA_H

#include <stdint.h>

enum core_region { RG_NONE, RG_RAM, RG_CLINT, RG_PLIC, RG_UART, RG_TEST };

#define CLINT_BASE 0x02000000ULL
#define CLINT_SIZE 0x10000ULL
#define PLIC_BASE  0x0C000000ULL
#define PLIC_SIZE  0x4000000ULL
#define UART_BASE  0x10000000ULL
#define UART_SIZE  0x100ULL
#define TEST_BASE  0x00101000ULL
#define TEST_SIZE  0x1000ULL

struct core_pma {
    uint64_t ram_base, ram_size;
};

static inline int pma_in_ram(const struct core_pma *p, uint64_t a)
{
    return a - p->ram_base < p->ram_size;
}

/* the region holding addr */
static inline unsigned pma_region(const struct core_pma *p, uint64_t a)
{
    if (pma_in_ram(p, a))             return RG_RAM;
    if (a - CLINT_BASE < CLINT_SIZE)  return RG_CLINT;
    if (a - PLIC_BASE < PLIC_SIZE)    return RG_PLIC;
    if (a - UART_BASE < UART_SIZE)    return RG_UART;
    if (a - TEST_BASE < TEST_SIZE)    return RG_TEST;
    return RG_NONE;
}

/* 7.1: is an aligned data access of 1 << size bytes to that region allowed;
 * amo = LR/SC/AMO. 7.1 table: RAM every width and LR/SC/AMO; CLINT 4/8
 * bytes; PLIC 4; UART 1; test device 4/8; LR/SC/AMOs outside RAM fault */
static inline int pma_allowed(unsigned region, unsigned size, int amo)
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

/* the device's base address */
static inline uint64_t pma_base(const struct core_pma *p, unsigned region)
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

#endif
