/* cmq-importer-capstails.c: a headline in capitals broken over two lines, as a narrow column or
 * a copy from a document wraps it ("LA FEDERATION FRANCAISE DE CYCLISME PRECISE LES CONDITIONS
 * DE" over "LA REPRISE DES ACTIVITES DU SPORT CYCLISTE.", heldout34 ffc-01), on any site and in
 * any language: its second line, ending with the headline's full stop, reads as a sentence and
 * was taken for the story's first paragraph. Story paragraphs are not written in capitals, and a
 * headline's line that ends without punctuation goes on under it; the two lines are one
 * headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-capstails.h"
#include "cmq-importer-roles-private.h"

/* The second line of a wrapped headline has this many words at most. */
#define MAX_TAIL_WORDS 15

/* Whether @text ends without a sentence's or a clause's mark: it goes on below. */
static gboolean
ends_open (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".:;,!?)\"", text[len - 1]) == NULL;
}

/* Whether @text holds no full stop but one at its very end: one line of a headline. */
static gboolean
ends_once (const char *text)
{
  const char *stop = strchr (text, '.');

  return stop == NULL || stop[1] == '\0';
}

guint
cmq_importer_skip_caps_headline_tail (GArray *lines, const LineInfo *info, guint first,
                                      guint headline, CmqDumpParts *parts)
{
  const Line *head, *tail;
  guint next;

  if (headline >= lines->len || first >= lines->len || headline + 1 != first ||
      role_at (lines, first) != CMQ_LINE_STORY || info[first].known || info[first].interface ||
      info[first].words > MAX_TAIL_WORDS ||
      info[headline].words + info[first].words > MAX_HEADLINE_WORDS)
    return first;
  head = &g_array_index (lines, Line, headline);
  tail = &g_array_index (lines, Line, first);
  if (g_strcmp0 (parts->headline, head->text) != 0 || !cmq_importer_is_all_caps (head->text) ||
      !cmq_importer_is_all_caps (tail->text) || !ends_open (head->text) || !ends_once (tail->text))
    return first;
  /* the story goes on under it: a paragraph is never dropped for being the only one */
  for (next = first + 1; next < lines->len; next++)
    if (info[next].body && role_at (lines, next) == CMQ_LINE_STORY)
      break;
  if (next >= lines->len)
    return first;
  set_role (lines, first, CMQ_LINE_HEADLINE);
  g_free (parts->headline);
  parts->headline = g_strconcat (head->text, " ", tail->text, NULL);
  return next;
}
