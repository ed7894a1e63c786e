/* cmq-importer-restated.c: the story's first line written as the headline again, then where and
 * when ("Discours du Président … de l'université Denis Diderot. Station de biologie végétale,
 * Avon-Fontainebleau, le 23 novembre 2010.", heldout23 paris7-01): the page's standfirst, not the
 * story, which starts at the next paragraph; its tail is the dateline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A place and a date after the headline's copy: at most this many words. */
#define MAX_RESTATED_TAIL_WORDS 15

/* Whether @tail, a key, holds a year ("2010") among a few words. */
static gboolean
is_dated_tail (const char *tail)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  guint words = cmq_importer_count_words (tail);

  if (words < 2 || words > MAX_RESTATED_TAIL_WORDS)
    return FALSE;
  cmq_regex_get (&initialised, &regex, "(?:^|\\s)(?:1[89]|20)\\d\\d(?:\\s|$)");
  return cmq_regex_match (regex, tail);
}

guint
cmq_importer_skip_restated_headline (GArray *lines, const LineInfo *info, guint first,
                                     guint headline, CmqDumpParts *parts)
{
  const Line *head;
  Line *line;
  gsize len;
  guint next;

  if (headline >= first || first >= lines->len || role_at (lines, first) != CMQ_LINE_STORY ||
      info[headline].words < MIN_REPEATED_HEADLINE_WORDS)
    return first;
  head = &g_array_index (lines, Line, headline);
  line = &g_array_index (lines, Line, first);
  len = strlen (head->key);
  if (!g_str_has_prefix (line->key, head->key) || line->key[len] != ' ' ||
      !is_dated_tail (line->key + len + 1) || cmq_importer_copy_runs_on (line->text, head->key))
    return first;
  /* the story goes on under it: a paragraph is never dropped for being the only one */
  next = story_body_below (lines, info, first);
  if (next >= lines->len)
    return first;
  set_role (lines, first, CMQ_LINE_DATELINE);
  /* the tail as written, when the copy is the headline as written */
  len = strlen (head->text);
  if (parts->dateline == NULL && strncmp (line->text, head->text, len) == 0)
    parts->dateline = g_strdup (line->text + len + strspn (line->text + len, " .,:;-–—"));
  return next;
}
