/* out_file.c - all-or-nothing output (see out_file.h). */
#define _POSIX_C_SOURCE 200809L

#include "out_file.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define MAX_CREATED 64
#define MAX_ITEMS   8

/* Folders this run created, deepest last, for cleanup on failure. */
struct created_dirs {
    char  *path[MAX_CREATED];
    size_t n;
};

static void remove_created(struct created_dirs *cd)
{
    while (cd->n > 0) {
        cd->n--;
        rmdir(cd->path[cd->n]);
        free(cd->path[cd->n]);
    }
}

static void forget_created(struct created_dirs *cd)
{
    while (cd->n > 0)
        free(cd->path[--cd->n]);
}

/* Creates one folder level if missing. */
static int make_level(const char *path, struct created_dirs *cd,
                      char *err, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) == 0) {
        if (!S_ISDIR(st.st_mode)) {
            snprintf(err, errlen, "cannot create output folder '%s': a file of that name exists",
                     path);
            return -1;
        }
        return 0;
    }
    if (errno != ENOENT) {
        snprintf(err, errlen, "cannot create output folder '%s': %s", path, strerror(errno));
        return -1;
    }
    if (mkdir(path, 0777) != 0) {
        snprintf(err, errlen, "cannot create output folder '%s': %s", path, strerror(errno));
        return -1;
    }
    if (cd->n < MAX_CREATED) {
        cd->path[cd->n] = malloc(strlen(path) + 1);
        if (cd->path[cd->n]) {
            strcpy(cd->path[cd->n], path);
            cd->n++;
        }
    }
    return 0;
}

/* mkdir -p */
static int make_dirs(const char *dir, struct created_dirs *cd, char *err,
                     size_t errlen)
{
    size_t len = strlen(dir);
    char *p = malloc(len + 1);
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    strcpy(p, dir);
    for (size_t i = 1; i <= len; i++) {
        if (p[i] == '/' || p[i] == '\0') {
            if (p[i - 1] == '/')
                continue;   /* "a//b" or a trailing slash */
            char save = p[i];
            p[i] = '\0';
            int rc = make_level(p, cd, err, errlen);
            p[i] = save;
            if (rc != 0) {
                free(p);
                return -1;
            }
        }
    }
    free(p);
    return 0;
}

static char *join(const char *dir, const char *prefix, const char *name,
                  const char *suffix)
{
    size_t n = strlen(dir) + strlen(prefix) + strlen(name) + strlen(suffix) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s/%s%s%s", dir, prefix, name, suffix);
    return s;
}

/* Writes text to a new file at path; *created tells whether the file was
 * made (so that a failure removes only what this run made). */
static int write_file(const char *path, const struct sbuf *text, int *created,
                      char *err, size_t errlen)
{
    FILE *f = fopen(path, "wx");   /* C11: fails if path exists */
    if (!f) {
        snprintf(err, errlen, "cannot write '%s': %s", path, strerror(errno));
        return -1;
    }
    *created = 1;
    size_t len = text->len;
    int ok = len == 0 || fwrite(text->data, 1, len, f) == len;
    if (fflush(f) != 0)
        ok = 0;
    int saved = errno;
    if (fclose(f) != 0)
        ok = 0;
    if (!ok) {
        snprintf(err, errlen, "cannot write '%s': %s", path,
                 strerror(saved ? saved : errno));
        return -1;
    }
    return 0;
}

int out_write_all(const char *dir, const struct out_item *items, size_t n,
                  char *err, size_t errlen)
{
    struct created_dirs cd = { .n = 0 };
    char *tmp[MAX_ITEMS] = { 0 };
    char *fin[MAX_ITEMS] = { 0 };
    size_t written = 0, renamed = 0;
    int rc = -1;

    if (n > MAX_ITEMS) {
        snprintf(err, errlen, "internal error: too many output files");
        return -1;
    }
    if (make_dirs(dir, &cd, err, errlen) != 0)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        char suffix[32];
        snprintf(suffix, sizeof suffix, ".tmp%ld", (long)getpid());
        tmp[i] = join(dir, ".", items[i].name, suffix);
        fin[i] = join(dir, "", items[i].name, "");
        if (!tmp[i] || !fin[i]) {
            snprintf(err, errlen, "out of memory");
            goto fail;
        }
    }
    for (; written < n; written++) {
        int created = 0;
        if (write_file(tmp[written], items[written].text, &created, err, errlen) != 0) {
            if (created)
                remove(tmp[written]);   /* only a file this run made */
            goto fail;
        }
    }
    for (; renamed < n; renamed++)
        if (rename(tmp[renamed], fin[renamed]) != 0) {
            snprintf(err, errlen, "cannot rename '%s' to '%s': %s", tmp[renamed],
                     fin[renamed], strerror(errno));
            goto fail;
        }
    rc = 0;
    forget_created(&cd);
    goto done;

fail:
    /* temporaries not yet renamed, and files renamed by this run */
    for (size_t i = renamed; i < written; i++)
        remove(tmp[i]);
    for (size_t i = 0; i < renamed; i++)
        remove(fin[i]);
    remove_created(&cd);
done:
    for (size_t i = 0; i < n; i++) {
        free(tmp[i]);
        free(fin[i]);
    }
    return rc;
}
