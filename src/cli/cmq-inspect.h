/* cmq-inspect.h: `communique --inspect FILE…`, the importer's findings as JSON lines.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints one JSON object per readable release file to stdout, one per line, and one line per
 * file it cannot use to stderr, saying why. Returns the process exit status: 0 when every file
 * was a release, 1 otherwise. Needs no display and no D-Bus. */
int cmq_inspect_files (const char *const *files);

G_END_DECLS
