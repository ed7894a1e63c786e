/* cmq-importer-quotedheads.c: the story's first line a speaker and a subject, then the headline
 * quoted after a colon ("Dr. Ingo Wolf zur Festnahme der … Gewaltverbrecher: „Ein großartiger
 * Erfolg der nordrhein-westfälischen Polizei“" under "Großartiger Erfolg der
 * nordrhein-westfälischen Polizei", heldout29 nrw-01; "La ministre sur les crues : « Un
 * effort sans précédent »"): the page's deck, which says who said the headline; the story starts
 * at the next paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Words the quotation may have before the headline's ("Ein", "Un", "A"). */
#define MAX_QUOTE_EXTRA_WORDS 2

/* Opening and closing quotation marks, as strings of UTF-8. */
static const char *const opening_marks[] = { "„", "“", "«", "\"", "‚", "‘", NULL };
static const char *const closing_marks[] = { "“", "”", "»", "\"", "‘", "’", NULL };

/* The length of the mark of @marks that @text opens with, or 0. */
static gsize
opens_with_mark (const char *text, const char *const *marks)
{
  for (guint i = 0; marks[i] != NULL; i++)
    if (g_str_has_prefix (text, marks[i]))
      return strlen (marks[i]);
  return 0;
}

/* The length of the mark of @marks that @text ends with, or 0. */
static gsize
ends_with_mark (const char *text, const char *const *marks)
{
  for (guint i = 0; marks[i] != NULL; i++)
    if (g_str_has_suffix (text, marks[i]))
      return strlen (marks[i]);
  return 0;
}

/* Whether @text is a label, a colon, then only a quotation whose words end with those of the
 * headline, keyed @head_key, with at most MAX_QUOTE_EXTRA_WORDS before them. */
static gboolean
quotes_headline (const char *text, const char *head_key)
{
  const char *colon = strchr (text, ':');
  const char *quote;
  gsize open, close, len, head_len;
  g_autofree char *inner = NULL;
  g_autofree char *key = NULL;

  if (colon == NULL || colon == text)
    return FALSE;
  quote = colon + 1;
  while (*quote == ' ' || g_str_has_prefix (quote, "\u00a0"))
    quote = g_utf8_next_char (quote);
  open = opens_with_mark (quote, opening_marks);
  close = ends_with_mark (quote, closing_marks);
  if (open == 0 || close == 0 || strlen (quote) <= open + close)
    return FALSE;
  inner = g_strndup (quote + open, strlen (quote) - open - close);
  /* one quotation: no mark of its own inside it */
  if (strpbrk (inner, "\"") != NULL || strstr (inner, "“") != NULL || strstr (inner, "”") != NULL ||
      strstr (inner, "„") != NULL || strstr (inner, "«") != NULL || strstr (inner, "»") != NULL)
    return FALSE;
  key = cmq_importer_key (inner);
  len = strlen (key);
  head_len = strlen (head_key);
  if (len < head_len || strcmp (key + len - head_len, head_key) != 0)
    return FALSE;
  if (len == head_len)
    return TRUE;
  return key[len - head_len - 1] == ' ' &&
         cmq_importer_count_words (key) - cmq_importer_count_words (head_key) <=
             MAX_QUOTE_EXTRA_WORDS;
}

guint
cmq_importer_skip_quoted_headline (GArray *lines, const LineInfo *info, guint first, guint headline)
{
  const Line *head;
  guint deck, next;

  if (headline >= first || first >= lines->len ||
      info[headline].words < MIN_REPEATED_HEADLINE_WORDS)
    return first;
  head = &g_array_index (lines, Line, headline);
  /* the first line of the story's role under the headline: the first paragraph, or a line the
   * rules above it left between the headline and it */
  for (deck = headline + 1; deck < first; deck++)
    if (!is_blank (lines, deck) && role_at (lines, deck) == CMQ_LINE_STORY)
      break;
  if (head->key == NULL || *head->key == '\0' || role_at (lines, deck) != CMQ_LINE_STORY ||
      info[deck].words > MAX_HEADLINE_WORDS * 2 ||
      !quotes_headline (g_array_index (lines, Line, deck).text, head->key))
    return first;
  /* the story goes on under it: a paragraph is never dropped for being the only one */
  next = story_body_below (lines, info, MAX (first, deck + 1) - 1);
  if (next >= lines->len)
    return first;
  set_role (lines, deck, CMQ_LINE_STANDFIRST);
  return deck == first ? next : first;
}
