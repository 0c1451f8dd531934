/* A RAM image that costs nothing until it is touched: 4 KiB pages allocated
 * on first write, untouched pages read 0. The runner keeps one for the RTL
 * and one for the C model (rtl/core/PIPELINE.md section 8.3 for the timing,
 * which the users of this storage implement, not this file). */
#ifndef TB_CORE_SPARSE_MEM_H
#define TB_CORE_SPARSE_MEM_H

#include <stddef.h>
#include <stdint.h>

#define SMEM_PAGE_BITS 12

struct sparse_mem {
    uint64_t base, size;      /* [base, base + size) */
    uint8_t **pages;          /* size >> SMEM_PAGE_BITS entries, NULL = zeros */
    size_t npages;
    size_t touched;           /* pages allocated */
};

/* 0 on success, -1 out of memory. size must be a multiple of 8. */
int smem_init(struct sparse_mem *m, uint64_t base, uint64_t size);
void smem_free(struct sparse_mem *m);
/* An independent copy of m (same contents). 0 on success. */
int smem_clone(struct sparse_mem *dst, const struct sparse_mem *src);

static inline int smem_contains(const struct sparse_mem *m, uint64_t addr, uint64_t len)
{
    return addr >= m->base && len <= m->size && addr - m->base <= m->size - len;
}

/* Aligned accesses inside the RAM (the caller checks smem_contains). */
uint32_t smem_read32(const struct sparse_mem *m, uint64_t addr);
uint64_t smem_read64(const struct sparse_mem *m, uint64_t addr);
/* Writes the bytes of data whose bit in mask (bit k = byte k) is set;
 * 0 on success, -1 out of memory. */
int smem_write64(struct sparse_mem *m, uint64_t addr, uint64_t data, unsigned mask);

/* Byte-granular copies (ELF loading, the HTIF host). */
int smem_write_bytes(struct sparse_mem *m, uint64_t addr, const void *src, size_t len);
void smem_read_bytes(const struct sparse_mem *m, uint64_t addr, void *dst, size_t len);

#endif
