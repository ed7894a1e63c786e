/* cmq-trace-command.h: `communique --trace PHRASE`, a phrase across the years, with no window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CMQ_TRACE_FLAGS_NONE = 0,
  CMQ_TRACE_FLAGS_JSON = 1 << 0,     /* one JSON object per line (near variants included) */
  CMQ_TRACE_FLAGS_VARIANTS = 1 << 1, /* the near variants after the uses */
} CmqTraceFlags;

/* Brings the index of @folders up to date as --search does, traces @phrase (cmq_trace_phrase())
 * and prints to stdout a summary line (how many releases, first and last use), one line per year
 * (releases using it, releases that year, the share), then every use as keyword in context, by
 * date, and with CMQ_TRACE_FLAGS_VARIANTS the near variants (cmq_trace_find_near_variants()),
 * counted apart, the changed word marked [-word of the phrase-]{+word used+}; or with
 * CMQ_TRACE_FLAGS_JSON one JSON object per line: the summary, each year, each use, then the
 * variants' summary and each variant. Returns the exit status: 0 when the phrase is found, 1
 * when it is not, 2 on a usage error or a failure. */
int cmq_trace_command (const char *const *folders, const char *phrase, CmqTraceFlags flags);

G_END_DECLS
