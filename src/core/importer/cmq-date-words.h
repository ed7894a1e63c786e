/* cmq-date-words.h: the month, weekday and relative words the date finder reads, by language
 * (cmq-date-words.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

enum
{
  LANG_EN = 1 << 0,
  LANG_FR = 1 << 1,
  /* The other languages of the European institutions, and Nordic ones: full month names only. */
  LANG_DE = 1 << 2,
  LANG_NL = 1 << 3,
  LANG_IT = 1 << 4,
  LANG_ES = 1 << 5,
  LANG_PT = 1 << 6,
  LANG_PL = 1 << 7,
  LANG_SV = 1 << 8,
  LANG_DA = 1 << 9,
  LANG_NO = 1 << 10,
  LANG_ALL = (1 << 11) - 1,
  LANG_DAY_DOT = LANG_DE | LANG_PL | LANG_DA | LANG_NO, /* "12. Juni", "4. marts" */
};

typedef struct
{
  const char *name;
  int value;
  int languages;
} CmqDateWord;

/* The month named by @word (lower-case ASCII) in one of @languages, or NULL. */
const CmqDateWord *cmq_date_month_word (const char *word, int languages);
/* The weekday named by @word in one of @languages, or G_DATE_BAD_WEEKDAY. */
GDateWeekday cmq_date_weekday_word (const char *word, int languages);
/* Whether @word is a relative word of @languages ("today", "demain"); *@shift is then the release
 * date minus the stated date, in days. */
gboolean cmq_date_relative_word (const char *word, int languages, int *shift);
/* The LANG_* bits read in a text of @language ("en", "fr", …; NULL: English and French). */
int cmq_date_languages_of (const char *language);

G_END_DECLS
