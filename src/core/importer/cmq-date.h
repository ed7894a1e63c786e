/* cmq-date.h: finding a release's date in its text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-release.h"

G_BEGIN_DECLS

typedef struct
{
  GDateYear year;   /* 0 when the year is unknown */
  GDateMonth month; /* 0 when no date was found */
  GDateDay day;
  CmqDateSource source;
  char evidence[256]; /* what settled the year when it is not stated ("weekday", names…), or "" */
  char note[160];     /* why a stated date stays unknown or partial, or "" */
} CmqDateGuess;

/* Copies @items (a list joined by ", ") into @dest of @size bytes: whole items only, "…" in place
 * of those that do not fit, so that no name is cut and the copy stays valid UTF-8. */
void cmq_date_copy_items (char *dest, gsize size, const char *items);

/* Looks for the release date in the cleaned story text (paragraphs joined by "\n\n").
 * @language is "en" or "fr" (or NULL: both are tried). @reference is the latest date the release
 * can have (the file's date); a date with no year takes the one year the office-holders and
 * events named in the text leave with its weekday (within a named Secretary General's term, the
 * latest not after @reference); a weekday alone gives none.
 * Returns TRUE when a day and month were found (the year may still be 0: unknown). */
gboolean cmq_date_find (const char *text, const char *language, const GDate *reference,
                        CmqDateGuess *out);

typedef enum
{
  CMQ_DATE_FIND_NONE = 0,
  /* Month and weekday names of every language are read, whatever @language: a page's dateline
   * or date line may be in another language than its story. */
  CMQ_DATE_FIND_ANY_LANGUAGE = 1 << 0,
  /* How the same source writes its dates in figures elsewhere (cmq_date_numeric_order()): what
   * decides 05/04/2007 when neither number is above 12. */
  CMQ_DATE_FIND_DAY_FIRST = 1 << 1,
  CMQ_DATE_FIND_MONTH_FIRST = 1 << 2,
  /* A date in figures with its day first and a two-digit year ("03. 07. 12", "3.7.12"), as a
   * labelled release-date line writes it; the century is the latest not after the reference. */
  CMQ_DATE_FIND_SHORT_YEAR = 1 << 3,
} CmqDateFindFlags;

/* The same, looking for the date in @text only, and for the names and events that narrow a
 * missing year in @evidence (the whole release; NULL: @text). */
gboolean cmq_date_find_full (const char *text, const char *evidence, const char *language,
                             CmqDateFindFlags flags, const GDate *reference, CmqDateGuess *out);

/* How @text writes its dates in figures, from those whose first or second number is above 12:
 * CMQ_DATE_FIND_DAY_FIRST (25/12/2019), CMQ_DATE_FIND_MONTH_FIRST (12/25/2019), or
 * CMQ_DATE_FIND_NONE when it has none of either, or both. @ambiguous (nullable) says whether
 * @text has a date in figures whose day and month cannot be told apart alone (05/04/2019). */
CmqDateFindFlags cmq_date_numeric_order (const char *text, gboolean *ambiguous);

G_END_DECLS
