/* RAM image and ELF writer of the random program generator (image.h). */
#define _POSIX_C_SOURCE 200809L
#include "image.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "enc.h"

int img_init(struct image *im, uint64_t base, size_t size)
{
    memset(im, 0, sizeof *im);
    im->base = base;
    im->size = size;
    im->pc = base;
    im->bytes = calloc(1, size);
    for (int i = 0; i < IMG_MAX_LABELS; i++)
        im->label[i] = UINT64_MAX;
    return im->bytes ? 0 : -1;
}

void img_free(struct image *im) { free(im->bytes); }
void img_org(struct image *im, uint64_t addr) { im->pc = addr; }

static void put(struct image *im, uint64_t addr, const void *p, size_t n)
{
    if (addr < im->base || addr - im->base + n > im->size) {
        im->overflow = 1;
        return;
    }
    memcpy(im->bytes + (addr - im->base), p, n);
}

void img_word(struct image *im, uint32_t w)
{
    put(im, im->pc, &w, 4); /* little-endian host */
    im->pc += 4;
}

void img_put64(struct image *im, uint64_t addr, uint64_t v) { put(im, addr, &v, 8); }
void img_label(struct image *im, int label) { im->label[label] = im->pc; }

static void add_fix(struct image *im, uint32_t enc, int label, int kind)
{
    if (im->nfix == IMG_MAX_FIXUPS) {
        im->overflow = 1;
        return;
    }
    im->fix[im->nfix].at = im->pc;
    im->fix[im->nfix].label = label;
    im->fix[im->nfix].kind = kind;
    im->nfix++;
    img_word(im, enc);
}

void img_branch_to(struct image *im, uint32_t enc, int label) { add_fix(im, enc, label, FIX_B); }
void img_jal_to(struct image *im, unsigned rd, int label) { add_fix(im, enc_j(rd, 0), label, FIX_J); }

int img_resolve(struct image *im)
{
    for (int i = 0; i < im->nfix; i++) {
        uint64_t at = im->fix[i].at, to = im->label[im->fix[i].label];
        if (to == UINT64_MAX)
            return -1;
        int64_t off = (int64_t)(to - at);
        uint32_t w;
        memcpy(&w, im->bytes + (at - im->base), 4);
        if (im->fix[i].kind == FIX_B) {
            if (off < -4096 || off > 4094)
                return -1;
            w = enc_b(w >> 12 & 7, w >> 15 & 31, w >> 20 & 31, (int32_t)off);
        } else {
            if (off < -(1 << 20) || off >= (1 << 20))
                return -1;
            w = enc_j(w >> 7 & 31, (int32_t)off);
        }
        memcpy(im->bytes + (at - im->base), &w, 4);
    }
    return im->overflow ? -1 : 0;
}

static void w16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static void w32(uint8_t *p, uint32_t v) { w16(p, (uint16_t)v); w16(p + 2, (uint16_t)(v >> 16)); }
static void w64(uint8_t *p, uint64_t v) { w32(p, (uint32_t)v); w32(p + 4, (uint32_t)(v >> 32)); }

/* Layout: ELF header, one program header, the image, .symtab, .strtab,
 * .shstrtab, the section headers. */
int img_write_elf(const struct image *im, const char *path, uint64_t entry, uint64_t tohost,
                  uint64_t fromhost)
{
    static const char strtab[] = "\0tohost\0fromhost\0";
    static const char shstr[] = "\0.symtab\0.strtab\0.shstrtab\0.text\0";
    const size_t eh = 64, ph = 56, img_off = 4096;
    size_t sym_off = img_off + im->size, nsym = 3, sym_size = 24 * nsym;
    size_t str_off = sym_off + sym_size, shs_off = str_off + sizeof strtab;
    size_t sh_off = (shs_off + sizeof shstr + 7) & ~(size_t)7, nsh = 5;
    size_t total = sh_off + 64 * nsh;
    uint8_t *f = calloc(1, total);
    if (!f)
        return -1;
    memcpy(f, "\x7f" "ELF", 4);
    f[4] = 2; /* ELFCLASS64 */
    f[5] = 1; /* little-endian */
    f[6] = 1;
    w16(f + 0x10, 2);   /* ET_EXEC */
    w16(f + 0x12, 243); /* EM_RISCV */
    w32(f + 0x14, 1);
    w64(f + 0x18, entry);
    w64(f + 0x20, eh);
    w64(f + 0x28, sh_off);
    w16(f + 0x34, (uint16_t)eh);
    w16(f + 0x36, (uint16_t)ph);
    w16(f + 0x38, 1);
    w16(f + 0x3a, 64);
    w16(f + 0x3c, (uint16_t)nsh);
    w16(f + 0x3e, 3);
    uint8_t *p = f + eh; /* PT_LOAD, RWX */
    w32(p, 1);
    w32(p + 4, 7);
    w64(p + 8, img_off);
    w64(p + 0x10, im->base);
    w64(p + 0x18, im->base);
    w64(p + 0x20, im->size);
    w64(p + 0x28, im->size);
    w64(p + 0x30, 4096);
    memcpy(f + img_off, im->bytes, im->size);
    uint8_t *s = f + sym_off + 24; /* symbol 1: tohost, 2: fromhost (global objects, ABS) */
    w32(s, 1);
    s[4] = 0x11;
    w16(s + 6, 4); /* in .text */
    w64(s + 8, tohost);
    w64(s + 16, 8);
    s += 24;
    w32(s, 8);
    s[4] = 0x11;
    w16(s + 6, 4); /* in .text */
    w64(s + 8, fromhost);
    w64(s + 16, 8);
    memcpy(f + str_off, strtab, sizeof strtab);
    memcpy(f + shs_off, shstr, sizeof shstr);
    uint8_t *sh = f + sh_off + 64; /* 1: .symtab */
    w32(sh, 1);
    w32(sh + 4, 2);
    w64(sh + 0x18, sym_off);
    w64(sh + 0x20, sym_size);
    w32(sh + 0x28, 2);
    w32(sh + 0x2c, 1);
    w64(sh + 0x30, 8);
    w64(sh + 0x38, 24);
    sh += 64; /* 2: .strtab */
    w32(sh, 9);
    w32(sh + 4, 3);
    w64(sh + 0x18, str_off);
    w64(sh + 0x20, sizeof strtab);
    w64(sh + 0x30, 1);
    sh += 64; /* 3: .shstrtab */
    w32(sh, 17);
    w32(sh + 4, 3);
    w64(sh + 0x18, shs_off);
    w64(sh + 0x20, sizeof shstr);
    w64(sh + 0x30, 1);
    sh += 64; /* 4: .text, the whole image (code and data) */
    w32(sh, 27);
    w32(sh + 4, 1);   /* SHT_PROGBITS */
    w64(sh + 8, 7);   /* write, alloc, exec */
    w64(sh + 0x10, im->base);
    w64(sh + 0x18, img_off);
    w64(sh + 0x20, im->size);
    w64(sh + 0x30, 4);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *out = fopen(tmp, "wb");
    int ok = out && fwrite(f, 1, total, out) == total;
    if (out && fclose(out) != 0)
        ok = 0;
    free(f);
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}
