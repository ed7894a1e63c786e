/* cmq-importer-capstails.c: a headline in capitals broken over two lines, as a narrow column or
 * a copy from a document wraps it ("LA FEDERATION FRANCAISE DE CYCLISME PRECISE LES CONDITIONS
 * DE" over "LA REPRISE DES ACTIVITES DU SPORT CYCLISTE.", heldout34 ffc-01), on any site and in
 * any language: its second line, ending with the headline's full stop, reads as a sentence and
 * was taken for the story's first paragraph. A headline's line in capitals that ends on a word
 * no headline ends with (an article, a preposition) goes on under it, on a short line in capitals
 * too: the two lines are one headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-capstails.h"
#include "cmq-importer-roles-private.h"

/* The second line of a wrapped headline has this many words at most, */
#define MAX_TAIL_WORDS 12
/* and its first line this many at least. */
#define MIN_HEAD_WORDS 4

/* Whether @text, in capitals, ends on a word that no headline ends with ("… LES CONDITIONS DE",
 * "… THE CONDITIONS FOR"): it goes on below. A line that ends on any other word may be a whole
 * headline, and a line of the story in capitals under it its own. */
static gboolean
ends_hanging (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return cmq_importer_ends_dangling (lower);
}

/* Whether @text holds no full stop but one at its very end: one line of a headline. */
static gboolean
ends_once (const char *text)
{
  const char *stop = strchr (text, '.');

  return stop == NULL || stop[1] == '\0';
}

/* Whether only blank lines stand between lines @from and @to. */
static gboolean
blank_between (GArray *lines, guint from, guint to)
{
  for (guint i = from + 1; i < to; i++)
    if (!is_blank (lines, i))
      return FALSE;
  return TRUE;
}

guint
cmq_importer_skip_caps_headline_tail (GArray *lines, const LineInfo *info, guint first,
                                      guint headline, CmqDumpParts *parts)
{
  /* the headline's second line, right under it: the story's first, or a short line above it */
  guint tail = headline + 1;
  const Line *head, *line;
  guint next = first;

  if (headline >= lines->len || first >= lines->len || tail > first ||
      !blank_between (lines, tail, first) || role_at (lines, tail) != CMQ_LINE_STORY ||
      info[tail].known || info[tail].interface || info[tail].words > MAX_TAIL_WORDS ||
      info[headline].words < MIN_HEAD_WORDS ||
      info[headline].words + info[tail].words > MAX_HEADLINE_WORDS)
    return first;
  head = &g_array_index (lines, Line, headline);
  line = &g_array_index (lines, Line, tail);
  if (g_strcmp0 (parts->headline, head->text) != 0 || !cmq_importer_is_all_caps (head->text) ||
      !cmq_importer_is_all_caps (line->text) || !ends_hanging (head->text) ||
      !ends_once (line->text))
    return first;
  /* the story goes on under it: a paragraph is never dropped for being the only one */
  if (tail == first)
    for (next = first + 1; next < lines->len; next++)
      if (info[next].body && role_at (lines, next) == CMQ_LINE_STORY)
        break;
  /* a story written in capitals too is not told from its headline by them */
  if (next >= lines->len || cmq_importer_is_all_caps (g_array_index (lines, Line, next).text))
    return first;
  set_role (lines, tail, CMQ_LINE_HEADLINE);
  g_free (parts->headline);
  parts->headline = g_strconcat (head->text, " ", line->text, NULL);
  return next;
}
