/* cmq-cite-command.h: `communique --cite FILE…`, citations printed without a window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What --cite was asked for; NULL strings take the defaults. */
typedef struct
{
  const char *format;      /* "text" (default), "html", "csl-json", "bibtex", "ris" */
  const char *style;       /* "author-date" (default) or "note", for text and html */
  const char *conventions; /* "en" or "fr"; NULL: French in a French locale, else English */
  int paragraph;           /* 1-based; 0 cites the whole release */
} CmqCiteOptions;

/* Prints a citation of each release file (learnt together as one library, as --inspect does),
 * and one line per file it cannot use to stderr. Returns 0, 1 when a file was not a release (or
 * has no such paragraph), 2 when the options are wrong (then nothing is printed). */
int cmq_cite_command (const char *const *files, const CmqCiteOptions *options);

G_END_DECLS
