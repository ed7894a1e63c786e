/* cmq-date-shortyears.c: a date in figures with a year of two, alone on its line above the story
 * ("02.05.19" over the headline, heldout35 ostbevern-01; "26/08/19"): a municipality's or a
 * small office's page stamps its news so. Alone on its line and above the story, it is the
 * release's date line when nothing else dates the release; the date finder then reads it only
 * when its order is sure (full stops are only ever day first; with slashes, a figure above 12
 * tells the order) and puts its year in the latest century that does not pass the file's own
 * date. A date in a sentence of the story ("samedi 18/06/22") is never read so.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-importer-private.h"
#include "cmq-date-shortyears.h"

/* "02.05.19", "2. 5. 19", "26/08/19": at most this many bytes. */
#define MAX_SHORT_DATE_BYTES 10

/* Reads a number of one or two figures at *@p, moving past it; -1 when there is none. */
static int
read_figures (const char **p)
{
  int n = 0;
  int count = 0;

  while (g_ascii_isdigit (**p) && count < 3)
    n = n * 10 + (*(*p)++ - '0'), count++;
  return count >= 1 && count <= 2 ? n : -1;
}

/* Whether @text is a day, a month and a year of two figures and nothing else, between full stops
 * (a space may follow each) or slashes. */
static gboolean
is_short_year_date (const char *text)
{
  const char *p = text;
  char separator;
  int day, month, year;

  if (!g_ascii_isdigit (*text) || strlen (text) > MAX_SHORT_DATE_BYTES)
    return FALSE;
  day = read_figures (&p);
  separator = *p;
  if (day < 0 || (separator != '.' && separator != '/'))
    return FALSE;
  p += 1 + (separator == '.' && p[1] == ' ');
  month = read_figures (&p);
  if (month < 0 || *p != separator)
    return FALSE;
  p += 1 + (separator == '.' && p[1] == ' ');
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != '\0')
    return FALSE;
  year = read_figures (&p);
  return year >= 0 && day >= 1 && month >= 1 && day <= 31 && month <= 31;
}

void
cmq_date_read_short_year_line (GArray *lines, const char *dateline, GPtrArray *date_lines)
{
  const char *found = NULL;

  /* a dateline of other words than the date alone dates the page as it says */
  if (date_lines->len > 0 || (dateline != NULL && !is_short_year_date (dateline)))
    return;
  found = cmq_date_lone_head_line (lines, is_short_year_date);
  /* the dateline, when the page has one, is this very line */
  if (found != NULL && (dateline == NULL || g_str_equal (dateline, found)))
    g_ptr_array_add (date_lines, g_strdup (found));
}
