/* cmq-date-madelines.c: a line that says when the text it heads was made ("This announcement was
 * made on 7th July 2017", heldout39 ican-01; "This statement was issued on 3 May 2021"; "Ce
 * communiqué a été publié le 3 mai 2021"): the release's own date, in its author's words. A
 * reposting site's stamp ("Posted: 9th July 2017") is the day the copy went up: the line that
 * dates the text itself is read before it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-importer-private.h"

/* The line is the statement of the date alone: this many words at most. */
#define MAX_MADE_LINE_WORDS 12
/* What stands where the date is: a date and little else. */
#define MAX_MADE_DATE_BYTES 40

/* The text named by its kind, the verb of its making in the past, then the date, in group 1. */
#define MADE_ON                                                                                    \
  "^(?:this|the above) (?:announcement|statement|message|letter|press release|news release|"       \
  "release|communique|speech|article|declaration) was (?:first )?(?:made|issued|released|"         \
  "published|sent|delivered|given|written|posted|signed) (?:on )?(.+?)[.!]?$"                      \
  "|^(?:ce|cet|cette) (?:communique|annonce|declaration|message|lettre|article|discours) a ete "   \
  "(?:publiee?|diffusee?|faite?|envoyee?|prononcee?|emise?|signee?) (?:le )?(.+?)[.!]?$"

/* Whether @line states the full date of its text's making. */
static gboolean
states_made_date (const char *line)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *date = NULL;
  int groups;

  /* "This …" or "Ce …", a figure, and short: most lines are none */
  if ((*line != 'T' && *line != 't' && *line != 'C' && *line != 'c') ||
      strpbrk (line, "0123456789") == NULL || cmq_importer_count_words (line) > MAX_MADE_LINE_WORDS)
    return FALSE;
  folded = cmq_importer_fold (line);
  cmq_regex_get (&initialised, &regex, MADE_ON);
  groups = cmq_regex_exec (regex, folded);
  if (groups < 2)
    return FALSE;
  /* group 1 is the English date, group 2 the French one */
  date = cmq_regex_fetch (folded, groups > 2 ? 2 : 1);
  return strlen (date) <= MAX_MADE_DATE_BYTES && cmq_date_states_full_date (date);
}

void
cmq_date_read_made_line (GArray *lines, GPtrArray *date_lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0' || !states_made_date (line->text))
        continue;
      line->role = CMQ_LINE_RELEASE_DATE;
      g_ptr_array_insert (date_lines, 0, g_strdup (line->text));
      return;
    }
}
