/* cmq-importer-titlelabels.c: what a site writes into its headline's line that is not the
 * headline, whatever the site and the language: a kind label in capitals glued before it, and
 * the month of the release in square brackets after it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The headline after a glued label has this many words at least. */
#define MIN_GLUED_HEADLINE_WORDS 3

/* Whether the word at @word, @n bytes long, is written in capitals: letters, every one upper
 * case ("RELEASE", "PRESSEMITTEILUNG"). */
static gboolean
is_caps_word (const char *word, gsize n)
{
  gboolean letters = FALSE;

  for (const char *p = word; p < word + n; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          if (!g_unichar_isupper (c))
            return FALSE;
          letters = TRUE;
        }
    }
  return letters;
}

/* @headline without a kind label written in capitals and glued before it with no colon ("FOR
 * IMMEDIATE RELEASE threatens global economic recovery…", heldout20 ti-01; "PRESS RELEASE New
 * …"): the capitals stop where the headline starts, and they say the release's kind alone (the
 * lexicon's label, nothing else). A headline in capitals throughout keeps its words. */
const char *
cmq_importer_skip_caps_kind_label (const char *headline)
{
  const char *p = headline;
  const char *caps_end = NULL;
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  while (*p != '\0')
    {
      gsize n = strcspn (p, " ");

      if (!is_caps_word (p, n))
        break;
      caps_end = p + n;
      p += n;
      while (*p == ' ')
        p++;
    }
  if (caps_end == NULL || *p == '\0' || cmq_importer_count_words (p) < MIN_GLUED_HEADLINE_WORDS)
    return headline;
  label = g_strndup (headline, caps_end - headline);
  folded = cmq_importer_fold (label);
  return cmq_importer_kind_of_start (folded, TRUE) != NULL ? p : headline;
}

/* @headline without the month of the release in square brackets after it ("Showcasing
 * home-grown Scottish talent to the world [August 2023]", heldout20 scotgov-01): a site's mark of
 * when, not words of the headline; NULL when there is none. Only square brackets, and only a
 * month and a year, with a day or not: a date in parentheses is often the headline's own ("Point
 * de presse (25 janvier 2024)"). */
char *
cmq_importer_drop_bracketed_month (const char *headline)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (
      &initialised, &regex,
      "^(.*\\S)\\s*\\[\\s*(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+)?(?i:" CMQ_IMPORTER_MONTHS_EN_FR
      ")\\.?\\s+\\d{4}\\s*\\]$");
  if (strchr (headline, '[') == NULL || !cmq_regex_match (regex, headline))
    return NULL;
  return cmq_regex_fetch (headline, 1);
}
