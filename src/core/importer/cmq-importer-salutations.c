/* cmq-importer-salutations.c: the lines of a speech's salutation ("Madam Chair,", "Distinguished
 * delegates,", "Ladies and Gentlemen:"), which have no full stop and are still the story's, not
 * captions (cmq-importer-paragraphs.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A speech's salutation line ("Excellencies, Ladies and Gentlemen,") is this short. */
#define MAX_SALUTATION_CHARS 40

/* "Madam Chair,", "Distinguished delegates,": a few words from a capital to a comma, with no
 * number, under another short opening line ("Good afternoon", "Excellencies,"). */
static gboolean
is_salutation (const char *paragraph, const char *previous)
{
  return g_str_has_suffix (paragraph, ",") && g_unichar_isupper (g_utf8_get_char (paragraph)) &&
         strpbrk (paragraph, "0123456789") == NULL &&
         cmq_importer_chars_up_to (paragraph, MAX_SALUTATION_CHARS) <= MAX_SALUTATION_CHARS &&
         cmq_importer_chars_up_to (previous, MAX_SALUTATION_CHARS) <= MAX_SALUTATION_CHARS;
}

/* A line of a salutation of several lines ("Madam President,", "Distinguished Members of the
 * Executive Board,", "Dear colleagues, dear friends,") has at most this many words. */
#define MAX_SALUTATION_LINE_WORDS 8

/* Such a line: from a capital to a comma, no number, a few words. */
static gboolean
is_salutation_line (const char *paragraph)
{
  return paragraph != NULL && g_str_has_suffix (paragraph, ",") &&
         g_unichar_isupper (g_utf8_get_char (paragraph)) &&
         strpbrk (paragraph, "0123456789") == NULL &&
         cmq_importer_count_words (paragraph) <= MAX_SALUTATION_LINE_WORDS;
}

/* A long line of a salutation ("Chers représentants du corps diplomatique roumain et du corps
 * diplomatique à Bucarest,") has at most this many words. */
#define MAX_LONG_SALUTATION_LINE_WORDS 15

/* @text after the quote mark and spaces that open it, if any ("« Monsieur le Président,"). */
static const char *
skip_opening_quote (const char *text)
{
  if (text == NULL)
    return NULL;
  if (g_str_has_prefix (text, "«"))
    text += strlen ("«");
  else if (g_str_has_prefix (text, "“") || g_str_has_prefix (text, "„"))
    text += strlen ("“");
  else if (*text == '"')
    text++;
  while (g_unichar_isspace (g_utf8_get_char (text)))
    text = g_utf8_next_char (text);
  return text;
}

/* Such a line: from a capital to a comma, no number. */
static gboolean
is_long_salutation_line (const char *paragraph)
{
  return paragraph != NULL && g_str_has_suffix (paragraph, ",") &&
         g_unichar_isupper (g_utf8_get_char (paragraph)) &&
         strpbrk (paragraph, "0123456789") == NULL &&
         cmq_importer_count_words (paragraph) <= MAX_LONG_SALUTATION_LINE_WORDS;
}

/* A line of a salutation with no punctuation ("Excellencies and Distinguished Members of the
 * Executive Board", "Colleagues and friends") has at most this many words. */
#define MAX_BARE_SALUTATION_WORDS 12

/* Such a line: from a capital, no figure, no punctuation. */
static gboolean
is_bare_salutation_line (const char *paragraph)
{
  return paragraph != NULL && g_unichar_isupper (g_utf8_get_char (paragraph)) &&
         strpbrk (paragraph, "0123456789.,:;!?") == NULL &&
         cmq_importer_count_words (paragraph) <= MAX_BARE_SALUTATION_WORDS;
}

/* A salutation's line under such lines: a line of it, or its last, ending with a colon
 * ("Ladies and Gentlemen:"). */
static gboolean
is_salutation_end (const char *paragraph)
{
  return is_salutation_line (paragraph) ||
         (paragraph != NULL && g_str_has_suffix (paragraph, ":") &&
          g_unichar_isupper (g_utf8_get_char (paragraph)) &&
          cmq_importer_count_words (paragraph) <= MAX_SALUTATION_LINE_WORDS);
}

/* Whether @paragraph, under @previous and over @next and @after (@last: the dump's last), is a
 * line of a speech's salutation. */
gboolean
cmq_importer_is_salutation_part (const char *paragraph, const char *previous, const char *next,
                                 const char *after, gboolean last)
{
  if (is_salutation (paragraph, last ? "" : previous))
    return TRUE;
  /* a line of a salutation of several lines, under a paragraph (heldout12 unfpa-01) */
  if (is_salutation_line (paragraph) &&
      (is_salutation_line (previous) ||
       (!last && (is_salutation_line (next) ||
                  (is_bare_salutation_line (next) &&
                   (is_salutation_end (after) || is_bare_salutation_line (after)))))))
    return TRUE;
  /* a long line of one under its short opening line, which may open the speech with a quote
   * mark ("« Monsieur le Président," over "Madame, Messieurs les membres du Conseil de la
   * Couronne,", heldout17 monaco-01) */
  if (is_long_salutation_line (paragraph) && is_salutation_line (skip_opening_quote (previous)))
    return TRUE;
  /* a line of one, long or not, between two, one of the three short (heldout14 romania-01) */
  if (!last && is_long_salutation_line (paragraph) && is_long_salutation_line (previous) &&
      is_long_salutation_line (next) &&
      (is_salutation_line (previous) || is_salutation_line (paragraph) ||
       is_salutation_line (next)))
    return TRUE;
  /* a bare line inside one, next to a line of it and to another (heldout12 unfpa-02) */
  if (!last && is_bare_salutation_line (paragraph) &&
      ((is_salutation_line (previous) &&
        (is_salutation_end (next) || is_bare_salutation_line (next))) ||
       (is_salutation_end (next) && is_bare_salutation_line (previous))))
    return TRUE;
  return FALSE;
}
