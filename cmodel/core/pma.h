/* The SoC memory map (PIPELINE.md 7.1) and the access rules of 7.1/7.2. */
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
unsigned pma_region(const struct core_pma *p, uint64_t addr);
/* 7.1: is an aligned data access of 1 << size bytes to that region allowed;
 * amo = LR/SC/AMO (RAM only) */
int pma_allowed(unsigned region, unsigned size, int amo);
/* the device's base address */
uint64_t pma_base(const struct core_pma *p, unsigned region);

#endif
