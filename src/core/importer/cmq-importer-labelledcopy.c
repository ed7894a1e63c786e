/* cmq-importer-labelledcopy.c: a headline written twice at the top of the story, the second time
 * after a short label that files it ("Le Chef de l’Etat a échangé avec le Ministre …", then
 * "Côte d’Ivoire/ Le Chef de l’Etat a échangé avec le Ministre …", heldout28 ivoire-01): the
 * first is the headline, even ending with a full stop, and the second its copy, not the story;
 * a line above them without a single full stop (a ticker of the site's other headlines) is the
 * site's, not the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The label before the copy ("Côte d’Ivoire/", "Politique :") is this many words at most. */
#define MAX_COPY_LABEL_WORDS 4

/* Whether @copy is @headline after a short label that ends with a slash, a colon, a dash or a
 * bar. */
static gboolean
is_labelled_copy (const char *copy, const char *headline)
{
  gsize len = strlen (headline), copy_len = strlen (copy);
  g_autofree char *label = NULL;
  gsize n;

  if (copy_len <= len || strcmp (copy + copy_len - len, headline) != 0)
    return FALSE;
  label = g_strstrip (g_strndup (copy, copy_len - len));
  n = strlen (label);
  return n >= 2 && cmq_importer_count_words (label) <= MAX_COPY_LABEL_WORDS &&
         (strchr ("/:|-", label[n - 1]) != NULL || g_str_has_suffix (label, "–"));
}

/* Whether line @i can be a headline: a capital first, headline-long, no label's colon. */
static gboolean
may_be_headline (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return role_at (lines, i) == CMQ_LINE_STORY && !info[i].label && !info[i].known &&
         info[i].words >= MIN_HEADLINE_WORDS && info[i].words <= MAX_HEADLINE_WORDS &&
         g_unichar_isupper (g_utf8_get_char (text));
}

/* Whether @text holds no full stop that ends a sentence. */
static gboolean
has_no_full_stop (const char *text)
{
  for (const char *p = strchr (text, '.'); p != NULL; p = strchr (p + 1, '.'))
    if (p[1] == '\0' || p[1] == ' ')
      return FALSE;
  return TRUE;
}

guint
cmq_importer_skip_labelled_head_copy (GArray *lines, const LineInfo *info, guint first,
                                      CmqDumpParts *parts)
{
  guint headline = first;

  if (first >= lines->len || !opens_story (lines, info, first))
    return first;
  for (guint tries = 0; tries < 2 && headline < lines->len; tries++)
    {
      guint copy = nonblank_below (lines, headline);

      if (copy < lines->len && may_be_headline (lines, info, headline) &&
          role_at (lines, copy) == CMQ_LINE_STORY &&
          is_labelled_copy (g_array_index (lines, Line, copy).text,
                            g_array_index (lines, Line, headline).text) &&
          nonblank_below (lines, copy) < lines->len)
        {
          for (guint i = 0; i < headline; i++)
            if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
              set_role (lines, i, CMQ_LINE_LEADING_CHROME);
          set_role (lines, headline, CMQ_LINE_HEADLINE);
          set_role (lines, copy, CMQ_LINE_LEADING_CHROME);
          if (parts->headline == NULL)
            parts->headline = g_strdup (g_array_index (lines, Line, headline).text);
          return nonblank_below (lines, copy);
        }
      /* only past a line that no full stop ends a sentence of */
      if (!has_no_full_stop (g_array_index (lines, Line, headline).text))
        return first;
      headline = nonblank_below (lines, headline);
    }
  return first;
}
