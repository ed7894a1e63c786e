/* cmq-date-pipes.c: a blog's or a news site's byline made of fields between "|" above the story
 * ("By Jane Doe | 12 March 2019 | News", "utworzone przez | paź 4, 2022 | Jubileusze i
 * uroczystości"), or of fields on lines of their own each opened by a dash ("- Estival Cuenca",
 * "- 25 oct 2022", "- 2 Min. de lectura", heldout30 estival-01): the field that is a full date
 * alone is the page's date, read as a release-date line's when the page has none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-date.h"
#include "cmq-importer-private.h"

/* A byline is short; a field that is a date alone is a few words. */
#define MAX_BYLINE_WORDS     16
#define MAX_DATE_FIELD_WORDS 5
/* A dashed line of a byline is a name, a date, a reading time: a few words, never a sentence. */
#define MAX_DASHED_FIELD_WORDS 6

/* Whether @field (trimmed) is a full date and nothing else: the date unit reads a day, a month
 * and a year stated in it, and every word of it is one of the date's. */
static gboolean
is_date_field (const char *field)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  CmqDateGuess guess;

  if (cmq_importer_count_words (field) > MAX_DATE_FIELD_WORDS ||
      strpbrk (field, "0123456789") == NULL)
    return FALSE;
  /* an optional weekday, then a day and a month in either order, then a year */
  cmq_regex_get (&initialised, &regex,
                 "^(?:\\p{L}+\\.?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?\\p{L}+"
                 "\\.?,?|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}$");
  /* "Updated 14 March 2019": the date of a change, a decoy */
  return cmq_regex_match (regex, field) &&
         cmq_importer_date_line_role (field) != CMQ_LINE_DECOY_DATE &&
         cmq_date_find_full (field, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) &&
         guess.source == CMQ_DATE_SOURCE_STATED && guess.year != 0 && guess.day != 0;
}

/* The date field of @text when it is a byline of two fields or more between "|", NULL
 * otherwise. */
static char *
piped_date (const char *text)
{
  g_auto (GStrv) fields = NULL;
  char *date = NULL;

  if (strchr (text, '|') == NULL || cmq_importer_count_words (text) > MAX_BYLINE_WORDS)
    return NULL;
  fields = g_strsplit (text, "|", -1);
  if (g_strv_length (fields) < 2)
    return NULL;
  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_strstrip (fields[i]);
      if (is_date_field (fields[i]))
        {
          /* two dates: which is the page's cannot be told */
          if (date != NULL)
            {
              g_free (date);
              return NULL;
            }
          date = g_strdup (fields[i]);
        }
    }
  return date;
}

/* The field of @text after the dash that opens it ("- 25 oct 2022"), NULL when none does. */
static const char *
after_dash (const char *text)
{
  static const char *const dashes[] = { "- ", "– ", "— ", NULL };

  for (guint k = 0; dashes[k] != NULL; k++)
    if (g_str_has_prefix (text, dashes[k]))
      return text + strlen (dashes[k]);
  return NULL;
}

/* The date field of the run of dashed lines above the story that starts at *@i, when the run
 * has two fields or more, all short, and one date alone; *@i is moved to the run's last line. */
static char *
dashed_date (GArray *lines, guint *i)
{
  g_autofree char *date = NULL;
  gboolean byline = TRUE;
  guint fields = 0;

  for (guint k = *i; k < lines->len; k++)
    {
      const Line *line = &g_array_index (lines, Line, k);
      const char *field = after_dash (line->text);
      g_autofree char *stripped = NULL;

      if (*line->text == '\0')
        continue;
      if (field == NULL || line->role == CMQ_LINE_STORY)
        break;
      *i = k;
      fields++;
      stripped = g_strstrip (g_strdup (field));
      if (cmq_importer_count_words (stripped) > MAX_DASHED_FIELD_WORDS)
        byline = FALSE;
      else if (is_date_field (stripped))
        {
          /* two dates: which is the page's cannot be told */
          byline = byline && date == NULL;
          g_free (date);
          date = g_steal_pointer (&stripped);
        }
    }
  return byline && fields >= 2 ? g_steal_pointer (&date) : NULL;
}

void
cmq_date_read_piped_byline (GArray *lines, GPtrArray *date_lines)
{
  for (guint i = 0; i < lines->len && date_lines->len == 0; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *date = NULL;

      if (*line->text == '\0')
        continue;
      /* above the story only: a line of it is the story's */
      if (line->role == CMQ_LINE_STORY)
        return;
      date = after_dash (line->text) != NULL ? dashed_date (lines, &i) : piped_date (line->text);
      if (date != NULL)
        g_ptr_array_add (date_lines, g_steal_pointer (&date));
    }
}
