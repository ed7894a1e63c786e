/* cmq-date-postedstamps.c: a repost site's posting stamp under the story ("Posted on: Mon, 12
 * Aug 2013 00:56:42 +0000", "Publié le 12 août 2013", heldout26 state-01) when the text dates
 * itself: its dateline opens the story's first line ("… Washington, DC August 9, 2013 On
 * Sunday, …"). The stamp is the day the site posted the copy, the dateline the release's own:
 * the release-date line is the better evidence only when it is the release's (issue 11's
 * precedence), so the stamp becomes a decoy.
 *
 * So is a stamp a day or two after the date a page gives itself twice: at the end of its
 * headline and as the first date of its lead ("Compte rendu du conseil des ministres du mercredi
 * 2 mars 2011" over "Publié le jeudi 3 mars 2011 à 00h44min" and "Le conseil des ministres s'est
 * tenu le 02 mars 2011 …", heldout27 burkina-01). A title that ends with a full date dates the
 * document (a council's record, a meeting's communiqué), and its lead says the same day: the
 * later stamp is the site's copy, taken overnight or over a weekend. A stamp on the same day
 * agrees anyway, and one later than that, or a headline or lead dated otherwise, stays the date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <stdlib.h>
#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-importer-private.h"

/* Days after the date a page gives itself within which a site's posting stamp is its copy's. */
#define MAX_COPY_DAYS 2

/* A dateline glued in the story's first line opens it within this many bytes. */
#define MAX_DATELINE_OFFSET 240

#define MONTHS_EN                                                                                  \
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#define MONTHS_FR                                                                                  \
  "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"

/* Whether @text is a site's posting stamp: its date after "Posted on", "Publié le" … */
static gboolean
is_posting_stamp (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:posted(?:\\s+on)?|post[ée] le|publi[ée] le|mis en ligne le)\\s*:?\\s+\\S");
  return cmq_regex_match (regex, text);
}

/* The month names of MONTHS_EN and MONTHS_FR, as written there. */
static const char *const month_names[] = {
  "January", "February",  "March",    "April",    "May",      "June",    "July",
  "August",  "September", "October",  "November", "December", "janvier", "février",
  "mars",    "avril",     "mai",      "juin",     "juillet",  "août",    "septembre",
  "octobre", "novembre",  "décembre", NULL,
};

/* Whether byte @c may be (a part of) a character that \s matches: ASCII white space, or any
 * byte of a character beyond ASCII, which might be one. */
static gboolean
may_be_space (guchar c)
{
  return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x80;
}

/* Whether the month name at @month of @text may be the date of opens_with_dateline ()'s pattern:
 * white space after it, and white space before it after what the pattern puts there (a day of
 * one or two figures after white space, or a place's word). Any byte beyond ASCII may be what the
 * pattern wants (a space, a letter, a figure): only ASCII ones rule a place out. */
static gboolean
may_be_date_at (const char *text, const char *month, gsize len)
{
  const guchar *q = (const guchar *) month - 1;
  const guchar *start = (const guchar *) text;
  const guchar *digits;

  if (month == text || !may_be_space (month[len]) || !may_be_space (*q))
    return FALSE;
  while (q > start && *q < 0x80 && may_be_space (*q))
    q--;
  if (*q >= 0x80 || g_ascii_isalpha (*q) || (*q != '\0' && strchr (".,'-", *q) != NULL))
    return TRUE;
  if (!g_ascii_isdigit (*q))
    return FALSE;
  for (digits = q; digits > start && g_ascii_isdigit (digits[-1]); digits--)
    ;
  return q - digits < 2 && digits > start && may_be_space (digits[-1]);
}

/* Whether @text names one of month_names where a dateline's date may be: every dateline
 * opens_with_dateline () reads does, and most first lines, where none may be, are not tried at
 * each of their positions. */
static gboolean
may_name_date (const char *text)
{
  for (guint i = 0; month_names[i] != NULL; i++)
    {
      gsize len = strlen (month_names[i]);

      for (const char *p = strstr (text, month_names[i]); p != NULL;
           p = strstr (p + 1, month_names[i]))
        if (may_be_date_at (text, p, len))
          return TRUE;
    }
  return FALSE;
}

/* Whether @text opens, before its first sentence ends, with a place and a full date, then a
 * capital: a dateline glued to the story ("Washington, DC August 9, 2013 On Sunday",
 * "Paris, le 9 août 2013 Le ministre"). */
static gboolean
opens_with_dateline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *opening = g_strndup (text, MAX_DATELINE_OFFSET);
  const char *end;

  /* Cut on a character's boundary: the patterns take valid UTF-8 only. */
  g_utf8_validate (opening, -1, &end);
  opening[end - opening] = '\0';
  if (g_once_init_enter (&initialised))
    {
      regex = cmq_regex_new (
          "^[^.!?]*?\\b\\p{Lu}[\\p{L}’'-]+(?:,?\\s+\\p{Lu}[\\p{L}.’'-]*){0,3},?\\s+(?:(?:le\\s+)?"
          "\\d{1,2}(?:er)?\\s+" MONTHS_FR "|" MONTHS_EN "\\s+\\d{1,2},?|\\d{1,2}\\s+" MONTHS_EN
          ")\\s+\\d{4}\\s*[-–—:]?\\s+\\p{Lu}",
          FALSE);
      g_once_init_leave (&initialised, 1);
    }
  return may_name_date (opening) && cmq_regex_match (regex, opening);
}

/* The first full date, with its year, that @text states, in any language the finder reads. */
static gboolean
stated_date (const char *text, GDate *date)
{
  CmqDateGuess guess;

  g_date_clear (date, 1);
  if (!cmq_date_find_full (text, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) ||
      guess.source != CMQ_DATE_SOURCE_STATED || guess.year == 0)
    return FALSE;
  g_date_set_dmy (date, guess.day, guess.month, guess.year);
  return TRUE;
}

/* Whether @headline ends with a full date that is also the first date of @lead: the day the page
 * gives itself, in *@day. */
static gboolean
dates_itself (const char *headline, const char *lead, GDate *day)
{
  gsize length = strlen (headline);
  GDate lead_day;

  while (length > 0 && strchr (" .)", headline[length - 1]) != NULL)
    length--;
  if (length < 4 || !g_ascii_isdigit (headline[length - 1]) ||
      !g_ascii_isdigit (headline[length - 4]) || !stated_date (headline, day) ||
      (guint) g_date_get_year (day) != strtoul (headline + length - 4, NULL, 10))
    return FALSE;
  return stated_date (lead, &lead_day) && g_date_compare (&lead_day, day) == 0;
}

/* Whether @stamp is dated from one to MAX_COPY_DAYS days after @day. */
static gboolean
copied_after (const char *stamp, const GDate *day)
{
  GDate posted;
  int days;

  if (!stated_date (stamp, &posted))
    return FALSE;
  days = g_date_days_between (day, &posted);
  return days >= 1 && days <= MAX_COPY_DAYS;
}

void
cmq_date_drop_posting_stamps (GArray *lines, GPtrArray *date_lines)
{
  const Line *first = NULL;
  const Line *headline = NULL;
  gboolean dateline;
  GDate day;

  for (guint i = 0; i < lines->len && first == NULL; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_HEADLINE && headline == NULL)
        headline = line;
      if (line->role == CMQ_LINE_STORY && *line->text != '\0')
        first = line;
    }
  if (first == NULL)
    return;
  dateline = opens_with_dateline (first->text);
  if (!dateline && (headline == NULL || !dates_itself (headline->text, first->text, &day)))
    return;
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      guint index;

      if (line->role != CMQ_LINE_RELEASE_DATE || !is_posting_stamp (line->text))
        continue;
      /* under the story after a dateline; anywhere a day or two after the page's own day */
      if (dateline ? line < first : !copied_after (line->text, &day))
        continue;
      line->role = CMQ_LINE_DECOY_DATE;
      if (g_ptr_array_find_with_equal_func (date_lines, line->text, g_str_equal, &index))
        g_ptr_array_remove_index (date_lines, index);
    }
}
