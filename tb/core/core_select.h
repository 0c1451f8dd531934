/* Which build of the core runner a run needs: this one, or the build for
 * another unit configuration (generator flags, --config) or other RTL
 * parameters (--ram-size, --mtime-div), which is then built under
 * build/core/custom-<hash>/ (scripts/build-core.sh) and run instead. */
#ifndef TB_CORE_SELECT_H
#define TB_CORE_SELECT_H

#include <stdint.h>

/* cfg_argv: argv[0] then the configuration flags. Returns CFG_SELECT_HERE
 * when this binary matches; otherwise builds and runs the matching binary
 * with argv and returns its exit status (2 on error). */
int core_select(int cfg_argc, char **cfg_argv, char **argv, uint64_t ram_size,
                unsigned mtime_div);

#endif
