/* Sparse RAM image (sparse_mem.h). */
#include "sparse_mem.h"

#include <stdlib.h>
#include <string.h>

#define PAGE_SIZE ((uint64_t)1 << SMEM_PAGE_BITS)

int smem_init(struct sparse_mem *m, uint64_t base, uint64_t size)
{
    m->base = base;
    m->size = size;
    m->npages = (size_t)((size + PAGE_SIZE - 1) >> SMEM_PAGE_BITS);
    m->touched = 0;
    m->pages = calloc(m->npages ? m->npages : 1, sizeof *m->pages);
    return m->pages ? 0 : -1;
}

void smem_free(struct sparse_mem *m)
{
    if (!m->pages)
        return;
    for (size_t i = 0; i < m->npages; i++)
        free(m->pages[i]);
    free(m->pages);
    m->pages = NULL;
}

int smem_clone(struct sparse_mem *dst, const struct sparse_mem *src)
{
    if (smem_init(dst, src->base, src->size) != 0)
        return -1;
    for (size_t i = 0; i < src->npages; i++) {
        if (!src->pages[i])
            continue;
        dst->pages[i] = malloc(PAGE_SIZE);
        if (!dst->pages[i]) {
            smem_free(dst);
            return -1;
        }
        memcpy(dst->pages[i], src->pages[i], PAGE_SIZE);
        dst->touched++;
    }
    return 0;
}

static uint8_t *page_for_write(struct sparse_mem *m, uint64_t off)
{
    size_t i = (size_t)(off >> SMEM_PAGE_BITS);
    if (!m->pages[i]) {
        m->pages[i] = calloc(1, PAGE_SIZE);
        if (!m->pages[i])
            return NULL;
        m->touched++;
    }
    return m->pages[i];
}

uint32_t smem_read32(const struct sparse_mem *m, uint64_t addr)
{
    uint64_t off = addr - m->base;
    const uint8_t *p = m->pages[off >> SMEM_PAGE_BITS];
    uint32_t v = 0;
    if (p)
        memcpy(&v, p + (off & (PAGE_SIZE - 1)), 4); /* little-endian host */
    return v;
}

uint64_t smem_read64(const struct sparse_mem *m, uint64_t addr)
{
    uint64_t off = addr - m->base;
    const uint8_t *p = m->pages[off >> SMEM_PAGE_BITS];
    uint64_t v = 0;
    if (p)
        memcpy(&v, p + (off & (PAGE_SIZE - 1)), 8);
    return v;
}

int smem_write64(struct sparse_mem *m, uint64_t addr, uint64_t data, unsigned mask)
{
    uint64_t off = addr - m->base;
    if (!mask)
        return 0;
    uint8_t *p = page_for_write(m, off);
    if (!p)
        return -1;
    p += off & (PAGE_SIZE - 1);
    if (mask == 0xff) {
        memcpy(p, &data, 8);
        return 0;
    }
    for (unsigned k = 0; k < 8; k++)
        if (mask >> k & 1)
            p[k] = (uint8_t)(data >> (8 * k));
    return 0;
}

int smem_write_bytes(struct sparse_mem *m, uint64_t addr, const void *src, size_t len)
{
    const uint8_t *s = src;
    while (len) {
        uint64_t off = addr - m->base;
        size_t in_page = (size_t)(PAGE_SIZE - (off & (PAGE_SIZE - 1)));
        size_t n = len < in_page ? len : in_page;
        uint8_t *p = page_for_write(m, off);
        if (!p)
            return -1;
        memcpy(p + (off & (PAGE_SIZE - 1)), s, n);
        s += n;
        addr += n;
        len -= n;
    }
    return 0;
}

void smem_read_bytes(const struct sparse_mem *m, uint64_t addr, void *dst, size_t len)
{
    uint8_t *d = dst;
    while (len) {
        uint64_t off = addr - m->base;
        size_t in_page = (size_t)(PAGE_SIZE - (off & (PAGE_SIZE - 1)));
        size_t n = len < in_page ? len : in_page;
        const uint8_t *p = m->pages[off >> SMEM_PAGE_BITS];
        if (p)
            memcpy(d, p + (off & (PAGE_SIZE - 1)), n);
        else
            memset(d, 0, n);
        d += n;
        addr += n;
        len -= n;
    }
}
