/* cmq-importer-slugheads.c: a page's address slug taken for its headline. A line of words joined
 * by hyphens, no space ("RNLI-lifeboat-crews-and-lifeguards-ready-for-busy-bank-holiday-weekend"),
 * is the last part of the page's address, which sites make of the headline; the headline itself
 * is the line of the head that says the same words, perhaps after a label ("Byline: RNLI
 * lifeboat crews and lifeguards ready for …", heldout35 rnli-01). With no such line the slug
 * stays the headline: nothing is made of it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-slugheads.h"

/* A slug joins this many words at least. */
#define MIN_SLUG_WORDS 4
/* A label before the headline's words is this many words at most ("Byline:", "Title:"). */
#define MAX_SLUG_LABEL_WORDS 2

/* Whether @text is a slug: letters and figures in runs joined by single hyphens, no space. */
static gboolean
is_slug (const char *text)
{
  guint hyphens = 0;

  if (strchr (text, ' ') != NULL || strchr (text, '-') == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-')
        {
          if (p == text || p[1] == '\0' || p[1] == '-')
            return FALSE;
          hyphens++;
        }
      else if (!g_unichar_isalnum (c))
        return FALSE;
    }
  return hyphens + 1 >= MIN_SLUG_WORDS;
}

/* Where the words of line @text begin after a short label and its colon, or @text. */
static const char *
after_label (const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;

  if (colon == NULL || colon[1] != ' ')
    return text;
  label = g_strndup (text, colon - text);
  if (cmq_importer_count_words (label) > MAX_SLUG_LABEL_WORDS)
    return text;
  return colon + 1 + strspn (colon + 1, " ");
}

guint
cmq_importer_headline_for_slug (GArray *lines, guint headline, guint first, CmqDumpParts *parts)
{
  const char *slug = g_array_index (lines, Line, headline).text;
  g_autofree char *spaced = NULL;
  g_autofree char *key = NULL;

  if (!is_slug (slug))
    return headline;
  spaced = g_strdelimit (g_strdup (slug), "-", ' ');
  key = cmq_importer_key (spaced);
  for (guint i = 0; i < first && i < lines->len; i++)
    {
      const char *words;
      g_autofree char *other = NULL;

      if (i == headline || is_blank (lines, i))
        continue;
      words = after_label (g_array_index (lines, Line, i).text);
      other = cmq_importer_key (words);
      if (g_strcmp0 (other, key) != 0)
        continue;
      set_role (lines, headline, CMQ_LINE_LEADING_CHROME);
      set_role (lines, i, CMQ_LINE_HEADLINE);
      if (parts->headline == NULL)
        parts->headline = g_strdup (words);
      return i;
    }
  return headline;
}
