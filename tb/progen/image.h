/* A flat RAM image under construction (code and data at fixed addresses),
 * with labels and branch fixups, written out as an ELF64 RISC-V executable
 * with the HTIF symbols tohost / fromhost. */
#ifndef PROGEN_IMAGE_H
#define PROGEN_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#define IMG_MAX_LABELS 128
#define IMG_MAX_FIXUPS 256

struct image {
    uint64_t base;
    uint8_t *bytes;
    size_t size;          /* bytes, fixed at creation */
    uint64_t pc;          /* where the next word goes */
    uint64_t label[IMG_MAX_LABELS];
    struct { uint64_t at; int label; int kind; } fix[IMG_MAX_FIXUPS];
    int nfix;
    int overflow;         /* a write outside the image, or too many fixups */
};

enum { FIX_B, FIX_J };

int img_init(struct image *im, uint64_t base, size_t size);
void img_free(struct image *im);
void img_org(struct image *im, uint64_t addr);
void img_word(struct image *im, uint32_t w);
void img_put64(struct image *im, uint64_t addr, uint64_t v);
void img_label(struct image *im, int label);  /* label := pc */
/* A branch / JAL word whose offset is the distance to a label, resolved by
 * img_resolve (enc: the word with a zero offset). */
void img_branch_to(struct image *im, uint32_t enc, int label);
void img_jal_to(struct image *im, unsigned rd, int label);
int img_resolve(struct image *im);
/* 0 on success; -1 with errno-style failure. */
int img_write_elf(const struct image *im, const char *path, uint64_t entry, uint64_t tohost,
                  uint64_t fromhost);

#endif
