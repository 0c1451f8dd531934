/* Configuration selection for vitrap-cosim (see cfg_select.h). The flags are
 * parsed by the generator's own parser (gen/config.c), so the two accept
 * exactly the same configurations. */
#define _POSIX_C_SOURCE 200809L
#include "cfg_select.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"
#include "vitrap_cfg.h"

#ifndef VITRAP_ROOT
#define VITRAP_ROOT "."
#endif

static const char *const cfg_flags[] = {
    "--config", "--h", "--wfi-timeout", "--hpm-counters", "--geilen", "--mvendorid",
    "--marchid", "--mimpid", "--mhartid", "--mtval-insn", "--ext", "--triggers",
    "--virtual-instruction",
};

int cfg_is_flag(const char *arg)
{
    for (size_t i = 0; i < sizeof cfg_flags / sizeof cfg_flags[0]; i++)
        if (strcmp(arg, cfg_flags[i]) == 0)
            return 1;
    return 0;
}

int cfg_same_as_built(const struct vt_config *c)
{
    return c->h == VT_CFG_H && c->wfi_timeout == (uint32_t)VT_CFG_WFI_TIMEOUT &&
           c->hpm_counters == (unsigned)VT_CFG_HPM_COUNTERS && c->geilen == (unsigned)VT_CFG_GEILEN &&
           c->mvendorid == (uint32_t)VT_CFG_MVENDORID && c->marchid == VT_CFG_MARCHID &&
           c->mimpid == VT_CFG_MIMPID && c->mhartid == VT_CFG_MHARTID &&
           c->mtval_insn == VT_CFG_MTVAL_INSN && c->ext_a == VT_CFG_EXT_A &&
           c->ext_m == VT_CFG_EXT_M && c->ext_c == VT_CFG_EXT_C && c->triggers == VT_CFG_TRIGGERS &&
           c->virtual_insn == VT_CFG_VIRTUAL_INSN;
}

/* The canonical config file text: every key, in the generator's order. */
void cfg_canonical_text(const struct vt_config *c, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < config_key_count() && n < size; i++) {
        char val[64];
        config_key_value(c, i, val, sizeof val);
        if (strcmp(val, "(none)") == 0)
            val[0] = '\0';
        n += (size_t)snprintf(buf + n, size - n, "%s = %s\n", config_key_name(i), val);
    }
}

uint64_t cfg_fnv1a(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

int cfg_mkdirs(char *path)
{
    for (char *p = path + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            if (mkdir(path, 0777) != 0 && errno != EEXIST)
                return -1;
            *p = '/';
        }
    return mkdir(path, 0777) != 0 && errno != EEXIST ? -1 : 0;
}

/* Does the file at path hold exactly text? */
int cfg_same_file_text(const char *path, const char *text)
{
    char buf[1024];
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return strcmp(buf, text) == 0;
}

int cfg_select(int cfg_argc, char **cfg_argv, char **argv)
{
    struct vt_options opt;
    char err[600], text[1024], dir[1024], path[1200], cmd[1600];
    if (cfg_argc <= 1)
        return CFG_SELECT_HERE;
    if (options_parse(cfg_argc, cfg_argv, &opt, err, sizeof err) != 0) {
        fprintf(stderr, "vitrap-cosim: %s\n", err);
        return 2;
    }
    if (cfg_same_as_built(&opt.cfg))
        return CFG_SELECT_HERE;
    cfg_canonical_text(&opt.cfg, text, sizeof text);
    snprintf(dir, sizeof dir, "%s/build/cfg/custom-%016" PRIx64, VITRAP_ROOT, cfg_fnv1a(text));
    if (cfg_mkdirs(dir) != 0) {
        fprintf(stderr, "vitrap-cosim: cannot create '%s'\n", dir);
        return 2;
    }
    snprintf(path, sizeof path, "%s/config.cfg", dir);
    if (!cfg_same_file_text(path, text)) { /* rewriting it would make make rebuild */
        FILE *f = fopen(path, "w");
        if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
            fprintf(stderr, "vitrap-cosim: cannot write '%s'\n", path);
            return 2;
        }
    }
    snprintf(path, sizeof path, "%s/vitrap-cosim", dir);
    if (access(path, X_OK) != 0)
        fprintf(stderr, "vitrap-cosim: building the co-simulator for this configuration in %s\n",
                dir);
    snprintf(cmd, sizeof cmd, "make -s -C '%s' 'build/cfg/custom-%016" PRIx64 "/vitrap-cosim' >&2",
             VITRAP_ROOT, cfg_fnv1a(text));
    int rc = system(cmd);
    if (rc == -1 || !WIFEXITED(rc) || WEXITSTATUS(rc) != 0) {
        fprintf(stderr, "vitrap-cosim: building '%s/vitrap-cosim' failed\n", dir);
        return 2;
    }
    fflush(NULL);
    execv(path, argv);
    fprintf(stderr, "vitrap-cosim: cannot run '%s'\n", path);
    return 2;
}
