/* cmq-trace-command.h: `communique --trace PHRASE`, a phrase across the years, with no window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Brings the index of @folders up to date as --search does, traces @phrase (cmq_trace_phrase())
 * and prints to stdout a summary line (how many releases, first and last use), one line per year
 * (releases using it, releases that year, the share), then every use as keyword in context, by
 * date; or with @json one JSON object per line: the summary, each year, each use. Returns the
 * exit status: 0 when the phrase is found, 1 when it is not, 2 on a usage error or a failure. */
int cmq_trace_command (const char *const *folders, const char *phrase, gboolean json);

G_END_DECLS
