/* cmq-importer-labeltitles.c: a document's title that names its kind and its issuer ("Dossier de
 * presse - Les services de l'État en Martinique"), written twice at the top of a page's copy,
 * then the kind's label alone over the release's own headline (heldout30 martinique-01): the
 * label said twice shows that the line holding it is the document's name, and the headline is
 * the line under the lone label.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-labeltitles.h"
#include "cmq-importer-private.h"

/* The label is this many words at most ("Dossier de presse", "Press kit"). */
#define MAX_LABEL_WORDS 4

/* The dashes that part a label from a name, each between spaces. */
static const char *const DASHES[] = { " - ", " – ", " — ", " | " };

/* Whether @label, a line's key, is the key of one side of @text split at a spaced dash. */
static gboolean
is_side_of (const char *text, const char *label)
{
  if (*label == '\0' || cmq_importer_count_words (label) > MAX_LABEL_WORDS)
    return FALSE;
  for (guint d = 0; d < G_N_ELEMENTS (DASHES); d++)
    {
      const char *dash = strstr (text, DASHES[d]);
      g_autofree char *left = NULL;
      g_autofree char *left_key = NULL;
      g_autofree char *right_key = NULL;

      if (dash == NULL || dash == text || dash[strlen (DASHES[d])] == '\0')
        continue;
      left = g_strndup (text, dash - text);
      left_key = cmq_importer_key (left);
      right_key = cmq_importer_key (dash + strlen (DASHES[d]));
      if (strcmp (left_key, label) == 0 || strcmp (right_key, label) == 0)
        return TRUE;
    }
  return FALSE;
}

static guint
headline_under_said_label (GArray *lines, const LineInfo *info, guint repeated, guint first)
{
  const char *text = g_array_index (lines, Line, repeated).text;

  if (strchr (text, ' ') == NULL)
    return lines->len;
  for (guint i = repeated + 1; i < first; i++)
    {
      const char *label = g_array_index (lines, Line, i).key;
      guint next = i + 1;

      if (is_blank (lines, i) || label == NULL || info[i].words > MAX_LABEL_WORDS ||
          !is_side_of (text, label))
        continue;
      while (next < first && is_blank (lines, next))
        next++;
      if (next < first && cmq_importer_is_fresh_headline (lines, info, next))
        return next;
      return lines->len;
    }
  return lines->len;
}

gboolean
cmq_importer_take_headline_under_label (GArray *lines, const LineInfo *info, guint first,
                                        guint *repeated, guint *headline)
{
  guint title;

  if (*headline < lines->len && *headline < *repeated)
    return FALSE;
  title = headline_under_said_label (lines, info, *repeated, first);
  if (title == lines->len)
    return FALSE;
  /* a line taken for the headline under the title is the story's, as under a headline */
  if (*headline < lines->len && *headline != title)
    set_role (lines, *headline, CMQ_LINE_STORY);
  set_role (lines, *headline = title, CMQ_LINE_HEADLINE);
  *repeated = lines->len;
  return TRUE;
}
