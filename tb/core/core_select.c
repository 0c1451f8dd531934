/* Build selection of vitrap-run (core_select.h). The configuration flags are
 * parsed by the generator's own parser, like vitrap-cosim's (tb/cfg_select.c). */
#define _POSIX_C_SOURCE 200809L
#include "core_select.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cfg_select.h"
#include "config.h"
#include "vitrap_cfg.h"

#ifndef VITRAP_ROOT
#define VITRAP_ROOT "."
#endif
#ifndef CORE_RAM_SIZE
#define CORE_RAM_SIZE 0x10000000ull
#endif
#ifndef CORE_MTIME_DIV
#define CORE_MTIME_DIV 1u
#endif

static void built_config(struct vt_config *c)
{
    memset(c, 0, sizeof *c);
    c->h = VT_CFG_H;
    c->wfi_timeout = VT_CFG_WFI_TIMEOUT;
    c->hpm_counters = VT_CFG_HPM_COUNTERS;
    c->geilen = VT_CFG_GEILEN;
    c->mvendorid = (uint32_t)VT_CFG_MVENDORID;
    c->marchid = VT_CFG_MARCHID;
    c->mimpid = VT_CFG_MIMPID;
    c->mhartid = VT_CFG_MHARTID;
    c->mtval_insn = VT_CFG_MTVAL_INSN;
    c->ext_a = VT_CFG_EXT_A;
    c->ext_m = VT_CFG_EXT_M;
    c->ext_c = VT_CFG_EXT_C;
    c->triggers = VT_CFG_TRIGGERS;
    c->virtual_insn = VT_CFG_VIRTUAL_INSN;
}

static int write_if_changed(const char *path, const char *text)
{
    if (cfg_same_file_text(path, text)) /* rewriting it would make make rebuild */
        return 0;
    FILE *f = fopen(path, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
        fprintf(stderr, "vitrap-run: cannot write '%s'\n", path);
        return -1;
    }
    return 0;
}

int core_select(int cfg_argc, char **cfg_argv, char **argv, uint64_t ram_size,
                unsigned mtime_div)
{
    struct vt_options opt;
    char err[600], text[1024], params[128], key[1200], dir[1024], path[1200], cmd[1600];
    int same_params = ram_size == CORE_RAM_SIZE && mtime_div == CORE_MTIME_DIV;
    if (cfg_argc > 1) {
        /* generator flags alone describe the core's unit: ext AM unless
         * they say otherwise (a --config file must say ext = AM itself) */
        int has_ext = 0, has_file = 0;
        for (int i = 1; i < cfg_argc; i++) {
            has_ext |= strcmp(cfg_argv[i], "--ext") == 0;
            has_file |= strcmp(cfg_argv[i], "--config") == 0;
        }
        char *argv2[cfg_argc + 3];
        if (!has_ext && !has_file) {
            argv2[0] = cfg_argv[0];
            argv2[1] = (char *)"--ext";
            argv2[2] = (char *)"AM";
            for (int i = 1; i < cfg_argc; i++)
                argv2[i + 2] = cfg_argv[i];
            argv2[cfg_argc + 2] = NULL;
            cfg_argv = argv2;
            cfg_argc += 2;
        }
        if (options_parse(cfg_argc, cfg_argv, &opt, err, sizeof err) != 0) {
            fprintf(stderr, "vitrap-run: %s\n", err);
            return 2;
        }
    } else {
        built_config(&opt.cfg);
    }
    if (cfg_same_as_built(&opt.cfg) && same_params)
        return CFG_SELECT_HERE;
    if (!opt.cfg.ext_a || !opt.cfg.ext_m || opt.cfg.ext_c) {
        fprintf(stderr, "vitrap-run: the core needs a unit generated with ext A and M and "
                        "without C (--ext AM)\n");
        return 2;
    }
    cfg_canonical_text(&opt.cfg, text, sizeof text);
    snprintf(params, sizeof params, "RAM_SIZE=%" PRIu64 "\nMTIME_DIV=%u\n", ram_size, mtime_div);
    snprintf(key, sizeof key, "%s%s", text, params);
    uint64_t h = cfg_fnv1a(key);
    snprintf(dir, sizeof dir, "%s/build/core/custom-%016" PRIx64, VITRAP_ROOT, h);
    if (cfg_mkdirs(dir) != 0) {
        fprintf(stderr, "vitrap-run: cannot create '%s'\n", dir);
        return 2;
    }
    snprintf(path, sizeof path, "%s/config.cfg", dir);
    if (write_if_changed(path, text) != 0)
        return 2;
    snprintf(path, sizeof path, "%s/params", dir);
    if (write_if_changed(path, params) != 0)
        return 2;
    snprintf(path, sizeof path, "%s/vitrap-run", dir);
    if (access(path, X_OK) != 0)
        fprintf(stderr, "vitrap-run: building the runner for this configuration in %s\n", dir);
    snprintf(cmd, sizeof cmd, "make -s -C '%s' 'build/core/custom-%016" PRIx64 "/vitrap-run' >&2",
             VITRAP_ROOT, h);
    int rc = system(cmd);
    if (rc == -1 || !WIFEXITED(rc) || WEXITSTATUS(rc) != 0) {
        fprintf(stderr, "vitrap-run: building '%s' failed\n", path);
        return 2;
    }
    fflush(NULL);
    execv(path, argv);
    fprintf(stderr, "vitrap-run: cannot run '%s'\n", path);
    return 2;
}
