/* Fuzz target for the generator's configuration parser (gen/config.c): the
 * command-line flags and the key = value config file, the two ways bad input
 * reaches vitrap-gen. Built with clang's libFuzzer (make fuzz) and, for the
 * regression corpus, with gcc and a replay main under AddressSanitizer and
 * UndefinedBehaviorSanitizer (make test).
 *
 * Input layout: up to the first "\n--\n" separator, one command-line argument
 * per line (the argument "@CFG" stands for the path of a config file); after
 * it, the config file's bytes. The parser must return 0 or -1 with a one-line
 * message, never crash, hang or touch memory it does not own. */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

#define MAX_ARGS 32

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The config file lives at one temporary path per process. */
static const char *config_path(void)
{
    static char path[64];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/vitrap-fuzz-%ld.cfg", (long)getpid());
    }
    return path;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1);
    char *argv[MAX_ARGS + 2];
    int argc = 0;
    if (!buf)
        return 0;
    memcpy(buf, data, size);
    buf[size] = '\0';

    /* split the arguments from the config file */
    char *file = NULL;
    size_t args_len = size;
    char *sep = NULL;
    for (size_t i = 0; i + 4 <= size; i++)
        if (memcmp(buf + i, "\n--\n", 4) == 0) {
            sep = buf + i;
            break;
        }
    if (sep) {
        *sep = '\0';
        file = sep + 4;
        args_len = (size_t)(sep - buf);
    }
    FILE *f = fopen(config_path(), "wb");
    if (f) {
        if (file)
            fwrite(file, 1, size - (size_t)(file - buf), f);
        fclose(f);
    }

    argv[argc++] = (char *)"vitrap-gen";
    char *p = buf;
    while (p < buf + args_len && argc < MAX_ARGS + 1) {
        char *nl = memchr(p, '\n', (size_t)(buf + args_len - p));
        if (nl)
            *nl = '\0';
        argv[argc++] = strcmp(p, "@CFG") == 0 ? (char *)config_path() : p;
        if (!nl)
            break;
        p = nl + 1;
    }
    argv[argc] = NULL;

    struct vt_options opt;
    char err[600];
    memset(err, 0x55, sizeof err);
    if (options_parse(argc, argv, &opt, err, sizeof err) != 0) {
        /* one line, terminated, within the buffer */
        size_t n = strnlen(err, sizeof err);
        if (n == sizeof err || n == 0 || memchr(err, '\n', n))
            abort();
    }
    free(buf);
    return 0;
}
