/* cmq-importer-letterhead.c: lines above the story that are shaped like a headline and are not
 * one, whatever the site: the issuer's name written twice as a letterhead over the release's own
 * head, and a field's label alone on its line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-letterhead.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* An organisation's name is this many words at most, between spaces ("Domaine national de
 * Saint-Germain-en-Laye", "Ministerie van Buitenlandse Zaken"). */
#define MAX_LETTERHEAD_WORDS 6

/* @word after an elided article or preposition ("d'Archéologie", "l’Europe"), or @word. */
static const char *
after_elision (const char *word)
{
  const char *next = g_utf8_next_char (word);

  if (*next == '\'')
    return next + 1;
  if (g_str_has_prefix (next, "’"))
    return next + strlen ("’");
  return word;
}

/* Whether @text is an organisation's name: a few words, one of them an institution's
 * (institution-words.txt: "Ministerie", "Domaine"), each with a capital but the small words
 * linking them ("de", "van") and, after the institution's word, the adjectives that French
 * writes in lower case ("Domaine national", "Conseil constitutionnel"); no figure and no
 * sentence punctuation. */
static gboolean
is_organisation_name (const char *text)
{
  g_auto (GStrv) words = NULL;
  gboolean institution = FALSE;
  guint n;

  if (strpbrk (text, ".,;:!?()\"/0123456789") != NULL)
    return FALSE;
  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  if (n < 2 || n > MAX_LETTERHEAD_WORDS || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  for (guint w = 0; w < n; w++)
    {
      if (*words[w] == '\0')
        return FALSE;
      if (!institution && !cmq_importer_is_name_small_word (words[w]) &&
          !g_unichar_isupper (g_utf8_get_char (after_elision (words[w]))))
        return FALSE;
      institution |= cmq_importer_is_institution_word (words[w]) ||
                     cmq_importer_is_compound_institution_word (words[w]);
    }
  return institution;
}

/* Whether line @i is part of the release's own head: its kind alone ("Communiqué de presse")
 * or its date line ("Saint-Germain-en-Laye, le 9 décembre 2015"). */
static gboolean
is_release_head (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return role_at (lines, i) == CMQ_LINE_KIND || role_at (lines, i) == CMQ_LINE_RELEASE_DATE ||
         cmq_importer_is_kind_label (text) ||
         cmq_importer_date_line_role (text) == CMQ_LINE_RELEASE_DATE;
}

gboolean
cmq_importer_is_letterhead (GArray *lines, const LineInfo *info, guint repeated, guint headline)
{
  if (repeated >= headline || headline >= lines->len ||
      !is_organisation_name (g_array_index (lines, Line, repeated).text))
    return FALSE;
  for (guint i = repeated + 1; i < headline; i++)
    if (!is_blank (lines, i) && is_release_head (lines, i))
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_is_lone_field_label (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (*text == '\0' || strpbrk (text, "0123456789") != NULL ||
      cmq_importer_chars_up_to (text, 40) > 40)
    return FALSE;
  if (cmq_importer_is_date_label (text))
    return TRUE;
  /* the date labels that name what is dated before the word "date", which
   * cmq_importer_is_date_label () reads after it ("date of issue") */
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:issue|release|publication|posting|revision|effective)\\s+date\\s*:?$");
  return cmq_regex_match (regex, folded);
}
