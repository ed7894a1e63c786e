/* cmq-date-sameday.c: the weekday a text gives elsewhere to the day and month of a date it states
 * without one. A dateline "Moscow (June 1) – " has no weekday, but the lead says "on Monday
 * evening (June 1)" (heldout17 slovakia-01): the day is the same, and so its weekday, which
 * narrows the years that fit. Two weekdays given to the same day and month give none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <stdlib.h>

#include "cmq-date-private.h"
#include "cmq-date-words.h"

/* How many words after a weekday its day and month may come ("lundi 1er juin", "Monday
 * evening (June 1)", "Monday, 1 June"). */
#define WEEKDAY_WINDOW 4
#define WORD_MAX       24

/* The next word of @p (a run of letters or of figures) in @word; the position after it, or NULL
 * at the end of the text. */
static const char *
next_word (const char *p, char *word)
{
  gsize n = 0;
  gboolean digits;

  while (*p != '\0' && !g_ascii_isalnum (*p))
    p++;
  if (*p == '\0')
    return NULL;
  digits = g_ascii_isdigit (*p);
  for (; *p != '\0' && (digits ? g_ascii_isdigit (*p) : g_ascii_isalpha (*p)); p++)
    if (n < WORD_MAX - 1)
      word[n++] = *p;
  word[n] = '\0';
  return p;
}

/* Whether the first number and the first month in the few words after @p are @mention's. */
static gboolean
gives_day (const char *p, const Mention *mention)
{
  char word[WORD_MAX];
  int day = 0, month = 0;

  for (guint k = 0; k < WEEKDAY_WINDOW && (p = next_word (p, word)) != NULL; k++)
    {
      const CmqDateWord *named = cmq_date_month_word (word, LANG_EN | LANG_FR);

      if (cmq_date_weekday_word (word, LANG_EN | LANG_FR) != G_DATE_BAD_WEEKDAY)
        break;
      if (g_ascii_isdigit (word[0]) && day == 0)
        day = atoi (word);
      else if (named != NULL && month == 0)
        month = named->value;
    }
  return day == mention->day && month == mention->month;
}

GDateWeekday
cmq_date_weekday_elsewhere (const char *folded, const Mention *mention)
{
  GDateWeekday found = G_DATE_BAD_WEEKDAY;
  char word[WORD_MAX];

  for (const char *p = folded; (p = next_word (p, word)) != NULL;)
    {
      GDateWeekday weekday = cmq_date_weekday_word (word, LANG_EN | LANG_FR);

      if (weekday == G_DATE_BAD_WEEKDAY || !gives_day (p, mention))
        continue;
      if (found != G_DATE_BAD_WEEKDAY && found != weekday)
        return G_DATE_BAD_WEEKDAY;
      found = weekday;
    }
  return found;
}
