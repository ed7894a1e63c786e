/* cmq-importer-wrappedheads.c: a headline broken over two lines right above the story ("ICO,
 * Inc. Announces Appointment of W. Robert Parkey, Jr." over "as President and Chief Executive
 * Officer", heldout29 ico-01), as a page's table or a narrow column wraps it, on any site and in
 * any language: one headline, its two lines joined.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The wrapped line goes on for this many words at most. */
#define MAX_WRAPPED_WORDS 12
/* The headline's first line has this many words at least. */
#define MIN_FIRST_LINE_WORDS 3
/* An abbreviation ending the first line ("Jr.", "Inc.", "Ltd.", "Sr.") has this many letters at
 * most before its full stop. */
#define MAX_ABBREVIATION_LETTERS 4

/* Whether @text ends as a headline's first line may: with a word, or with an abbreviation's full
 * stop after a short capitalised word ("Jr.", "Inc."), never a sentence's end nor a colon. */
static gboolean
ends_open (const char *text)
{
  gsize len = strlen (text);
  const char *word;

  if (len == 0)
    return FALSE;
  if (strchr (".:;,!?", text[len - 1]) == NULL)
    return TRUE;
  if (text[len - 1] != '.')
    return FALSE;
  word = g_strrstr (text, " ");
  word = word != NULL ? word + 1 : text;
  return g_ascii_isupper (*word) && (gsize) (text + len - 1 - word) <= MAX_ABBREVIATION_LETTERS &&
         strchr (word, '.') == text + len - 1;
}

/* Whether line @i may be part of a page's head: no word of its chrome, nor a label; taken for
 * the page's chrome above the story (as a letterhead's table over it is), for the headline or its
 * standfirst, or not. */
static gboolean
is_plain (GArray *lines, const LineInfo *info, guint i)
{
  CmqLineRole role = role_at (lines, i);

  return !info[i].known && !info[i].repeated && !info[i].on_site && !info[i].interface &&
         !info[i].label &&
         (role == CMQ_LINE_STORY || role == CMQ_LINE_LEADING_CHROME || role == CMQ_LINE_HEADLINE ||
          role == CMQ_LINE_STANDFIRST);
}

guint
cmq_importer_wrapped_headline (GArray *lines, const LineInfo *info, guint first, guint headline,
                               CmqDumpParts *parts)
{
  guint bottom = first < lines->len ? nonblank_above (lines, first) : lines->len;
  guint top = bottom < lines->len ? nonblank_above (lines, bottom) : lines->len;
  const char *upper, *lower;

  /* none found, or its first line taken for the whole headline */
  if (top == lines->len || parts->headline != NULL || (headline < lines->len && headline != top) ||
      !is_plain (lines, info, top) || !is_plain (lines, info, bottom))
    return headline;
  upper = g_array_index (lines, Line, top).text;
  lower = g_array_index (lines, Line, bottom).text;
  /* the wrapped part: a few words in lower case, with no end of its own but a word */
  if (!g_unichar_islower (g_utf8_get_char (lower)) || info[bottom].words > MAX_WRAPPED_WORDS ||
      info[bottom].sentence || !ends_open (lower) || strchr (lower, '.') != NULL)
    return headline;
  /* the first part: from a capital, a few words, open at its end */
  if (!g_unichar_isupper (g_utf8_get_char (upper)) || info[top].words < MIN_FIRST_LINE_WORDS ||
      info[top].words + info[bottom].words > MAX_HEADLINE_WORDS || !ends_open (upper))
    return headline;
  /* a headline found already goes on only in words: a figure is a caption's or a page's */
  if (headline == top &&
      (strpbrk (upper, "0123456789") != NULL || strpbrk (lower, "0123456789") != NULL))
    return headline;
  set_role (lines, top, CMQ_LINE_HEADLINE);
  set_role (lines, bottom, CMQ_LINE_HEADLINE);
  parts->headline = g_strconcat (upper, " ", lower, NULL);
  return top;
}
