/* cmq-importer-datealone.c: a line that is a date and nothing else, in words ("Mon. Jul 15th,
 * 2024"): a site's date stamp (the day the page was viewed, web eeas-02), a line the head's date
 * patterns may not read when its weekday is short, and never the release's headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <stdlib.h>
#include <string.h>

#include "cmq-date-words.h"
#include "cmq-importer-datealone.h"
#include "cmq-importer-private.h"

#define WEEKDAY_ABBREVIATIONS_PATH "/io/github/communique/Communique/core/weekday-abbreviations.txt"

/* A date alone is a weekday, a day, a month and a year: never more words than this. */
#define MAX_DATE_WORDS 4

/* The first and last years a date stamp's year may be. */
#define MIN_YEAR 1900
#define MAX_YEAR 2099

/* Whether @word, a key's word, is a weekday's name, full or short (weekday-abbreviations.txt). */
static gboolean
is_weekday (const char *word)
{
  static gsize init = 0;
  static GHashTable *short_names = NULL;

  if (g_once_init_enter (&init))
    {
      short_names = cmq_importer_data_set (WEEKDAY_ABBREVIATIONS_PATH, "weekday abbreviations");
      g_once_init_leave (&init, 1);
    }
  return cmq_date_weekday_word (word, LANG_ALL) != G_DATE_BAD_WEEKDAY ||
         g_hash_table_contains (short_names, word);
}

/* The number @word opens with, its length in *@digits; -1 when it opens with no figure. */
static int
leading_number (const char *word, gsize *digits)
{
  *digits = strspn (word, "0123456789");
  if (*digits == 0 || *digits > 4)
    return -1;
  return atoi (word);
}

/* Whether @word is a day of the month, perhaps with its ordinal's ending ("15th", "1er"). */
static gboolean
is_day (const char *word)
{
  static const char *const endings[] = { "", "st", "nd", "rd", "th", "er", "e", NULL };
  gsize digits;
  int day = leading_number (word, &digits);

  return day >= 1 && day <= 31 && digits <= 2 && g_strv_contains (endings, word + digits);
}

static gboolean
is_year (const char *word)
{
  gsize digits;
  int year = leading_number (word, &digits);

  return digits == 4 && word[4] == '\0' && year >= MIN_YEAR && year <= MAX_YEAR;
}

gboolean
cmq_importer_is_date_alone (const char *text)
{
  g_autofree char *key = NULL;
  g_auto (GStrv) words = NULL;
  guint days = 0, months = 0, years = 0, weekdays = 0;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  key = cmq_importer_key (text);
  words = g_strsplit (key, " ", -1);
  if (g_strv_length (words) > MAX_DATE_WORDS)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (is_year (words[i]))
        years++;
      else if (is_day (words[i]))
        days++;
      else if (cmq_date_month_word (words[i], LANG_ALL) != NULL)
        months++;
      else if (is_weekday (words[i]))
        weekdays++;
      else
        return FALSE;
    }
  return days == 1 && months == 1 && years == 1 && weekdays <= 1;
}
