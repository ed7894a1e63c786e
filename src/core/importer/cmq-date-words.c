/* cmq-date-words.c: the month, weekday and relative words the date finder reads, in English,
 * French and the other languages of the European institutions and the Nordic countries, and
 * their look-up: every word of a text is looked up, so months are indexed by their first byte.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <string.h>

#include "cmq-date-words.h"

static const CmqDateWord month_words[] = {
  { "january", 1, LANG_EN },
  { "jan", 1, LANG_EN },
  { "janvier", 1, LANG_FR },
  { "janv", 1, LANG_FR },
  { "february", 2, LANG_EN },
  { "feb", 2, LANG_EN },
  { "fevrier", 2, LANG_FR },
  { "fevr", 2, LANG_FR },
  { "fev", 2, LANG_FR },
  { "march", 3, LANG_EN },
  { "mar", 3, LANG_EN },
  { "mars", 3, LANG_FR | LANG_SV | LANG_NO },
  { "april", 4, LANG_EN | LANG_DE | LANG_NL | LANG_SV | LANG_DA | LANG_NO },
  { "apr", 4, LANG_EN },
  { "avril", 4, LANG_FR },
  { "avr", 4, LANG_FR },
  { "may", 5, LANG_EN },
  { "mai", 5, LANG_FR | LANG_DE | LANG_NO },
  { "june", 6, LANG_EN },
  { "jun", 6, LANG_EN },
  { "juin", 6, LANG_FR },
  { "july", 7, LANG_EN },
  { "jul", 7, LANG_EN },
  { "juillet", 7, LANG_FR },
  { "juil", 7, LANG_FR },
  { "august", 8, LANG_EN | LANG_DE | LANG_DA | LANG_NO },
  { "aug", 8, LANG_EN },
  { "aout", 8, LANG_FR },
  { "september", 9, LANG_EN | LANG_DE | LANG_NL | LANG_SV | LANG_DA | LANG_NO },
  { "sep", 9, LANG_EN },
  { "sept", 9, LANG_EN | LANG_FR },
  { "septembre", 9, LANG_FR },
  { "october", 10, LANG_EN },
  { "oct", 10, LANG_EN | LANG_FR },
  { "octobre", 10, LANG_FR },
  { "november", 11, LANG_EN | LANG_DE | LANG_NL | LANG_SV | LANG_DA | LANG_NO },
  { "nov", 11, LANG_EN | LANG_FR },
  { "novembre", 11, LANG_FR | LANG_IT },
  { "december", 12, LANG_EN | LANG_NL | LANG_SV | LANG_DA },
  { "dec", 12, LANG_EN | LANG_FR },
  { "decembre", 12, LANG_FR },
  { "januar", 1, LANG_DE | LANG_DA | LANG_NO },
  { "februar", 2, LANG_DE | LANG_DA | LANG_NO },
  { "marz", 3, LANG_DE },
  { "maerz", 3, LANG_DE },
  { "jaenner", 1, LANG_DE },
  { "janner", 1, LANG_DE },
  { "juni", 6, LANG_DE | LANG_NL | LANG_SV | LANG_DA | LANG_NO },
  { "juli", 7, LANG_DE | LANG_NL | LANG_SV | LANG_DA | LANG_NO },
  { "oktober", 10, LANG_DE | LANG_NL | LANG_SV | LANG_DA | LANG_NO },
  { "dezember", 12, LANG_DE },
  { "okt", 10, LANG_DE | LANG_NL },
  { "dez", 12, LANG_DE },
  { "januari", 1, LANG_NL | LANG_SV },
  { "februari", 2, LANG_NL | LANG_SV },
  { "maart", 3, LANG_NL },
  { "mei", 5, LANG_NL },
  { "augustus", 8, LANG_NL },
  { "gennaio", 1, LANG_IT },
  { "febbraio", 2, LANG_IT },
  { "marzo", 3, LANG_IT | LANG_ES },
  { "aprile", 4, LANG_IT },
  { "maggio", 5, LANG_IT },
  { "giugno", 6, LANG_IT },
  { "luglio", 7, LANG_IT },
  { "agosto", 8, LANG_IT | LANG_ES | LANG_PT },
  { "settembre", 9, LANG_IT },
  { "ottobre", 10, LANG_IT },
  { "dicembre", 12, LANG_IT },
  { "enero", 1, LANG_ES },
  { "febrero", 2, LANG_ES },
  { "abril", 4, LANG_ES | LANG_PT },
  { "mayo", 5, LANG_ES },
  { "junio", 6, LANG_ES },
  { "julio", 7, LANG_ES },
  { "septiembre", 9, LANG_ES },
  { "setiembre", 9, LANG_ES },
  { "octubre", 10, LANG_ES },
  { "noviembre", 11, LANG_ES },
  { "diciembre", 12, LANG_ES },
  { "janeiro", 1, LANG_PT },
  { "fevereiro", 2, LANG_PT },
  { "marco", 3, LANG_PT },
  { "maio", 5, LANG_PT },
  { "junho", 6, LANG_PT },
  { "julho", 7, LANG_PT },
  { "setembro", 9, LANG_PT },
  { "outubro", 10, LANG_PT },
  { "novembro", 11, LANG_PT },
  { "dezembro", 12, LANG_PT },
  { "stycznia", 1, LANG_PL },
  { "lutego", 2, LANG_PL },
  { "marca", 3, LANG_PL },
  { "kwietnia", 4, LANG_PL },
  { "maja", 5, LANG_PL },
  { "czerwca", 6, LANG_PL },
  { "lipca", 7, LANG_PL },
  { "sierpnia", 8, LANG_PL },
  { "wrzesnia", 9, LANG_PL },
  { "pazdziernika", 10, LANG_PL },
  { "listopada", 11, LANG_PL },
  { "grudnia", 12, LANG_PL },
  { "maj", 5, LANG_SV | LANG_DA | LANG_PL },
  { "augusti", 8, LANG_SV },
  { "marts", 3, LANG_DA },
  { "desember", 12, LANG_NO },
};

static const CmqDateWord weekday_words[] = {
  { "monday", G_DATE_MONDAY, LANG_EN },       { "tuesday", G_DATE_TUESDAY, LANG_EN },
  { "wednesday", G_DATE_WEDNESDAY, LANG_EN }, { "thursday", G_DATE_THURSDAY, LANG_EN },
  { "friday", G_DATE_FRIDAY, LANG_EN },       { "saturday", G_DATE_SATURDAY, LANG_EN },
  { "sunday", G_DATE_SUNDAY, LANG_EN },       { "lundi", G_DATE_MONDAY, LANG_FR },
  { "mardi", G_DATE_TUESDAY, LANG_FR },       { "mercredi", G_DATE_WEDNESDAY, LANG_FR },
  { "jeudi", G_DATE_THURSDAY, LANG_FR },      { "vendredi", G_DATE_FRIDAY, LANG_FR },
  { "samedi", G_DATE_SATURDAY, LANG_FR },     { "dimanche", G_DATE_SUNDAY, LANG_FR },
};

/* The value is the release date minus the stated date, in days: "tomorrow (X)" is X - 1. */
static const CmqDateWord relative_words[] = {
  { "today", 0, LANG_EN },     { "tonight", 0, LANG_EN },     { "tomorrow", -1, LANG_EN },
  { "yesterday", 1, LANG_EN }, { "aujourd'hui", 0, LANG_FR }, { "demain", -1, LANG_FR },
  { "hier", 1, LANG_FR },
};

static int
lookup_word (const CmqDateWord *table, gsize n, const char *word, int languages)
{
  /* Every word of the text is looked up: the first byte turns most entries away at no cost. */
  for (gsize i = 0; i < n; i++)
    if (table[i].name[0] == word[0] && (table[i].languages & languages) != 0 &&
        strcmp (table[i].name, word) == 0)
      return (int) i;
  return -1;
}

/* month_words' indexes by their first byte, each list in the table's order: a token, every one
 * of which is looked up, is compared only with the names that start as it does, and the first
 * that matches is the one lookup_word() finds. */
typedef struct
{
  guint16 start[257];
  guint16 order[G_N_ELEMENTS (month_words)];
} MonthIndex;

static const MonthIndex *
month_index (void)
{
  static gsize init = 0;
  static MonthIndex index;

  if (g_once_init_enter (&init))
    {
      guint n = 0;

      for (guint b = 0; b < 256; b++)
        {
          index.start[b] = n;
          for (guint i = 0; i < G_N_ELEMENTS (month_words); i++)
            if ((guchar) month_words[i].name[0] == b)
              index.order[n++] = i;
        }
      index.start[256] = n;
      g_once_init_leave (&init, 1);
    }
  return &index;
}

/* lookup_word (month_words, …, @word, @languages). */
static int
lookup_month (const char *word, int languages)
{
  const MonthIndex *index = month_index ();
  guchar b = (guchar) word[0];

  for (guint k = index->start[b]; k < index->start[b + 1]; k++)
    {
      const CmqDateWord *entry = &month_words[index->order[k]];

      if ((entry->languages & languages) != 0 && strcmp (entry->name, word) == 0)
        return index->order[k];
    }
  return -1;
}

const CmqDateWord *
cmq_date_month_word (const char *word, int languages)
{
  int i = lookup_month (word, languages);

  return i < 0 ? NULL : &month_words[i];
}

GDateWeekday
cmq_date_weekday_word (const char *word, int languages)
{
  int i = lookup_word (weekday_words, G_N_ELEMENTS (weekday_words), word, languages);

  return i < 0 ? G_DATE_BAD_WEEKDAY : (GDateWeekday) weekday_words[i].value;
}

gboolean
cmq_date_relative_word (const char *word, int languages, int *shift)
{
  int i = lookup_word (relative_words, G_N_ELEMENTS (relative_words), word, languages);

  if (i < 0)
    return FALSE;
  *shift = relative_words[i].value;
  return TRUE;
}

static const struct
{
  const char *code;
  int bit;
} other_languages[] = {
  { "de", LANG_DE }, { "nl", LANG_NL }, { "it", LANG_IT }, { "es", LANG_ES }, { "pt", LANG_PT },
  { "pl", LANG_PL }, { "sv", LANG_SV }, { "da", LANG_DA }, { "no", LANG_NO },
};

int
cmq_date_languages_of (const char *language)
{
  if (g_strcmp0 (language, "en") == 0)
    return LANG_EN;
  if (g_strcmp0 (language, "fr") == 0)
    return LANG_FR;
  for (guint i = 0; i < G_N_ELEMENTS (other_languages); i++)
    if (g_strcmp0 (language, other_languages[i].code) == 0)
      return other_languages[i].bit | LANG_EN;
  return LANG_EN | LANG_FR;
}
