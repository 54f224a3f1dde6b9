#ifndef PSEUDO_TERMINAL_H
#define PSEUDO_TERMINAL_H

#include <spawn.h>
#include <stddef.h>

/// Opens a new pseudo-terminal pair's master side and writes the slave's path into `name`.
/// Returns the master descriptor, or -1 with errno set. (posix_openpt and friends need
/// _GNU_SOURCE, which Swift's Glibc module does not define.)
int pseudo_terminal_open(char *name, size_t size);

/// Initialises `attributes` so the child starts with no signal blocked and every signal at
/// its default, whatever the parent (a test runner, say) blocks or ignores; with `new_session`,
/// the child also starts a session of its own (POSIX_SPAWN_SETSID).
void spawn_attributes_init_clean(posix_spawnattr_t *attributes, int new_session);

#endif
