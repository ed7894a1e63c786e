/* cmq-importer-fulldates.h: a full date inside a line (a day, a month written as a word, a year),
 * as the rules that cut a page's head glued before a place and a date read it
 * (cmq-importer-gluedbylines.c, cmq-importer-gluedplacedates.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A full date, its month a word of any language (checked by cmq_importer_is_full_date ()): the
 * day first, or the month first. A regex fragment, for patterns that find it inside a line. */
#define CMQ_IMPORTER_FULL_DATE_PATTERN                                                             \
  "(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4}"       \
  "|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"

/* Whether the @len bytes at @text are a full date, a day, a month and a year, in any language
 * (cmq-importer-fulldates.c). */
gboolean cmq_importer_is_full_date (const char *text, gsize len);

G_END_DECLS
