/* vitrap-fwpack: packs the self-test firmware's test images (sim/firmware,
 * mk/firmware.mk) so that they fit the OrangeCrab's 48 KiB of RAM.
 *
 *   vitrap-fwpack --dict DICT.bin --out IMAGES.S NAME=IMAGE.bin...
 *
 * Each image is compressed on its own (LZ77 family, byte-aligned tokens)
 * against a shared dictionary DICT (stored once in the firmware): a match
 * may reach into the dictionary as if it preceded the image. The decoder
 * is fw_unpack in sim/firmware/loader.c. Token stream:
 *   T = 0x00..0x7F   T + 1 literal bytes follow
 *   T = 0x80..0xFF   a match of (T & 0x7F) + MIN_MATCH bytes; two bytes
 *                    follow, the distance back (1..65535, little-endian) in
 *                    the virtual stream DICT ++ output
 * The image ends when its length (in the table) is reached.
 * IMAGES.S (generated, never committed) holds the dictionary, the packed
 * images and the table fw_tests: { name, packed data, image length }.
 * Bad input: one line on stderr, exit 2, no output file. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIN_MATCH 4
#define MAX_MATCH (0x7F + MIN_MATCH)
#define MAX_DIST 65535
#define MAX_LIT 128
#define HASH_BITS 15
#define CHAIN_LIMIT 1024

struct buf {
    uint8_t *p;
    size_t n, cap;
};

static int buf_put(struct buf *b, uint8_t c)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 4096;
        uint8_t *q = realloc(b->p, cap);
        if (!q)
            return -1;
        b->p = q;
        b->cap = cap;
    }
    b->p[b->n++] = c;
    return 0;
}

static int read_file(const char *path, struct buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "vitrap-fwpack: cannot open '%s': %s\n", path, strerror(errno));
        return -1;
    }
    int c;
    while ((c = getc(f)) != EOF)
        if (buf_put(b, (uint8_t)c) != 0) {
            fclose(f);
            fprintf(stderr, "vitrap-fwpack: out of memory reading '%s'\n", path);
            return -1;
        }
    fclose(f);
    return 0;
}

static unsigned hash4(const uint8_t *p)
{
    uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

/* The longest match for position i of s (len n), among earlier positions
 * within MAX_DIST; prev/head are the hash chains. */
static size_t longest(const uint8_t *s, size_t n, size_t i, const int32_t *prev,
                      const int32_t *head, size_t *dist)
{
    size_t best = 0;
    if (i + MIN_MATCH > n)
        return 0;
    int32_t j = head[hash4(s + i)];
    for (int k = 0; j >= 0 && k < CHAIN_LIMIT; k++, j = prev[j]) {
        if (i - (size_t)j > MAX_DIST)
            break;
        size_t l = 0;
        while (l < MAX_MATCH && i + l < n && s[(size_t)j + l] == s[i + l])
            l++;
        if (l > best) {
            best = l;
            *dist = i - (size_t)j;
            if (l == MAX_MATCH)
                break;
        }
    }
    return best >= MIN_MATCH ? best : 0;
}

/* Pack img against dict into out (greedy with one step of lazy matching). */
static int pack(const struct buf *dict, const struct buf *img, struct buf *out)
{
    size_t d = dict->n, n = d + img->n;
    uint8_t *s = malloc(n + 1);
    int32_t *prev = malloc((n + 1) * sizeof *prev);
    int32_t *head = malloc(((size_t)1 << HASH_BITS) * sizeof *head);
    int rc = -1;
    if (!s || !prev || !head)
        goto done;
    memcpy(s, dict->p, d);
    memcpy(s + d, img->p, img->n);
    for (size_t h = 0; h < ((size_t)1 << HASH_BITS); h++)
        head[h] = -1;
    size_t inserted = 0;
#define INSERT_UPTO(lim)                                                                      \
    for (; inserted < (lim) && inserted + MIN_MATCH <= n; inserted++) {                       \
        unsigned h_ = hash4(s + inserted);                                                    \
        prev[inserted] = head[h_];                                                            \
        head[h_] = (int32_t)inserted;                                                         \
    }
    INSERT_UPTO(d);
    size_t i = d, lit_start = d;
    while (i <= n) {
        size_t dist = 0, len = 0;
        if (i < n) {
            INSERT_UPTO(i);
            len = longest(s, n, i, prev, head, &dist);
            if (len && len < MAX_MATCH && i + 1 < n) {
                size_t dist2 = 0;
                INSERT_UPTO(i + 1);
                size_t len2 = longest(s, n, i + 1, prev, head, &dist2);
                if (len2 > len + 1)
                    len = 0; /* a literal here, the longer match next */
            }
        }
        if (len == 0 && i < n) {
            i++;
            if (i - lit_start < MAX_LIT)
                continue;
        }
        /* flush the literals before i */
        while (lit_start < i && (len || i == n || i - lit_start >= MAX_LIT)) {
            size_t k = i - lit_start > MAX_LIT ? MAX_LIT : i - lit_start;
            if (buf_put(out, (uint8_t)(k - 1)) != 0)
                goto done;
            for (size_t m = 0; m < k; m++)
                if (buf_put(out, s[lit_start + m]) != 0)
                    goto done;
            lit_start += k;
        }
        if (i == n)
            break;
        if (len) {
            if (buf_put(out, (uint8_t)(0x80 | (len - MIN_MATCH))) != 0 ||
                buf_put(out, (uint8_t)(dist & 0xFF)) != 0 ||
                buf_put(out, (uint8_t)(dist >> 8)) != 0)
                goto done;
            i += len;
            lit_start = i;
        }
    }
    rc = 0;
done:
    free(s);
    free(prev);
    free(head);
    return rc;
}

/* The decoder's rule, run here on the result: the firmware must get back
 * exactly the image. */
static int unpack_check(const struct buf *dict, const struct buf *img, const struct buf *pk)
{
    size_t d = dict->n, n = img->n, o = 0, p = 0;
    uint8_t *out = malloc(n + 1);
    if (!out)
        return -1;
    while (o < n && p < pk->n) {
        uint8_t t = pk->p[p++];
        if (t < 0x80) {
            for (size_t k = 0; k <= t && o < n && p < pk->n; k++)
                out[o++] = pk->p[p++];
        } else {
            size_t len = (size_t)(t & 0x7F) + MIN_MATCH;
            if (p + 2 > pk->n)
                break;
            size_t dist = (size_t)pk->p[p] | (size_t)pk->p[p + 1] << 8;
            p += 2;
            for (size_t k = 0; k < len && o < n; k++, o++) {
                size_t v = d + o - dist;
                out[o] = v < d ? dict->p[v] : out[v - d];
            }
        }
    }
    int ok = o == n && p == pk->n && memcmp(out, img->p, n) == 0;
    free(out);
    return ok ? 0 : -1;
}

static int emit_bytes(FILE *f, const char *label, const struct buf *b)
{
    fprintf(f, "  .balign 8\n%s:\n", label);
    for (size_t i = 0; i < b->n; i++)
        fprintf(f, "%s%u%s", i % 16 == 0 ? "  .byte " : "", b->p[i],
                i % 16 == 15 || i + 1 == b->n ? "\n" : ",");
    return ferror(f) ? -1 : 0;
}

int main(int argc, char **argv)
{
    const char *dict_path = NULL, *out_path = NULL;
    int first = 1;
    while (first + 1 < argc && argv[first][0] == '-') {
        if (strcmp(argv[first], "--dict") == 0)
            dict_path = argv[first + 1];
        else if (strcmp(argv[first], "--out") == 0)
            out_path = argv[first + 1];
        else
            break;
        first += 2;
    }
    if (first < argc && argv[first][0] == '-') {
        fprintf(stderr, "vitrap-fwpack: unknown option '%s'\n", argv[first]);
        return 2;
    }
    if (!dict_path || !out_path || first >= argc) {
        fprintf(stderr, "usage: vitrap-fwpack --dict DICT.bin --out IMAGES.S NAME=IMAGE.bin...\n");
        return 2;
    }
    struct buf dict = {0};
    if (read_file(dict_path, &dict) != 0)
        return 2;
    int nimg = argc - first;
    struct buf *pk = calloc((size_t)nimg, sizeof *pk);
    size_t *len = calloc((size_t)nimg, sizeof *len);
    if (!pk || !len) {
        fprintf(stderr, "vitrap-fwpack: out of memory\n");
        return 2;
    }
    size_t raw = 0, packed = 0;
    for (int k = 0; k < nimg; k++) {
        const char *arg = argv[first + k], *eq = strchr(arg, '=');
        if (!eq || eq == arg || !eq[1] || strcspn(arg, "\"\\") < (size_t)(eq - arg)) {
            fprintf(stderr, "vitrap-fwpack: '%s' is not NAME=IMAGE.bin\n", arg);
            return 2;
        }
        struct buf img = {0};
        if (read_file(eq + 1, &img) != 0)
            return 2;
        if (img.n == 0) {
            fprintf(stderr, "vitrap-fwpack: '%s' is empty\n", eq + 1);
            return 2;
        }
        if (pack(&dict, &img, &pk[k]) != 0 || unpack_check(&dict, &img, &pk[k]) != 0) {
            fprintf(stderr, "vitrap-fwpack: packing '%s' failed\n", eq + 1);
            return 2;
        }
        len[k] = img.n;
        raw += img.n;
        packed += pk[k].n;
        free(img.p);
    }
    /* written under a temporary name, renamed when complete */
    size_t pl = strlen(out_path) + 5;
    char *tmp = malloc(pl);
    if (!tmp)
        return 2;
    snprintf(tmp, pl, "%s.tmp", out_path);
    FILE *f = fopen(tmp, "w");
    if (!f) {
        fprintf(stderr, "vitrap-fwpack: cannot write '%s': %s\n", tmp, strerror(errno));
        return 2;
    }
    fprintf(f, "/* Generated by vitrap-fwpack (sim/firmware/fwpack.c): do not edit.\n"
               " * %d images, %zu bytes packed to %zu, dictionary %zu bytes. */\n",
            nimg, raw, packed, dict.n);
    fprintf(f, "  .section .rodata\n  .globl fw_dict, fw_dict_len, fw_ntests, fw_tests\n");
    fprintf(f, "  .balign 8\nfw_dict_len: .dword %zu\nfw_ntests: .dword %d\nfw_tests:\n",
            dict.n, nimg);
    for (int k = 0; k < nimg; k++)
        fprintf(f, "  .dword fw_name_%d, fw_data_%d, %zu\n", k, k, len[k]);
    for (int k = 0; k < nimg; k++) {
        const char *arg = argv[first + k];
        fprintf(f, "fw_name_%d: .asciz \"%.*s\"\n", k, (int)(strchr(arg, '=') - arg), arg);
    }
    int bad = emit_bytes(f, "fw_dict", &dict);
    for (int k = 0; k < nimg && !bad; k++) {
        char label[32];
        snprintf(label, sizeof label, "fw_data_%d", k);
        bad = emit_bytes(f, label, &pk[k]);
    }
    if (fclose(f) != 0 || bad || rename(tmp, out_path) != 0) {
        fprintf(stderr, "vitrap-fwpack: cannot write '%s'\n", out_path);
        remove(tmp);
        return 2;
    }
    printf("vitrap-fwpack: %d images, %zu bytes packed to %zu (+ %zu dictionary)\n", nimg, raw,
           packed, dict.n);
    return 0;
}
