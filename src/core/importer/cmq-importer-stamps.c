/* cmq-importer-stamps.c: a site's publishing stamp above the story, its name before the date and
 * the time ("Just Earth News 28 Sep 2016, 05:52 am Print", "Agence Presse 12/03/2019 14:05"):
 * a release-date line that does not open with its date. The time of day is what tells it from a
 * headline or a section name that holds a date ("Summit of 28 September 2016"); an update's
 * stamp ("Page updated 12 May 2021 10:15") is a decoy, never the release's date. Without a time,
 * a bare name of a word or two before a date in figures ("Wiosna 02.11.2023") is one too.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The site's name before the date is this short, and what follows the time (a print link, a
 * reading time) too. */
#define MAX_STAMP_NAME_WORDS 4
#define MAX_STAMP_REST_WORDS 3

static gboolean
is_update_name (const char *name)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "\\b(?:updated?|modifi|mise a jour|mis a jour|revised|edited|"
                 "aktualisiert|actualizado|aggiornato)");
  return cmq_regex_match (regex, name);
}

/* The name before a date in figures with no time has this few words ("Wiosna 02.11.2023"). */
#define MAX_FIGURES_STAMP_NAME_WORDS 2

/* "Wiosna 02.11.2023" (heldout22 wiosna-01): a site's or organisation's name of a word or two
 * and a date in figures, day, month and four-figure year, nothing else. A headline or a section
 * name holding its date writes it in words ("Summit of 28 September 2016"), not in figures after
 * a bare name. */
static gboolean
is_named_figures_date (const char *folded)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  cmq_regex_get (&init, &regex, "^([a-z][a-z&' ]*?)\\s+\\d{1,2}([./-])\\d{1,2}\\2\\d{4}$");
  if (!cmq_regex_match (regex, folded))
    return FALSE;
  name = cmq_regex_fetch (folded, 1);
  return cmq_importer_count_words (name) <= MAX_FIGURES_STAMP_NAME_WORDS && !is_update_name (name);
}

gboolean
cmq_importer_is_named_stamp (const char *text)
{
  static gsize init = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *name = NULL;
  g_autofree char *rest = NULL;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  folded = cmq_importer_fold (text);
  if (strchr (text, ':') == NULL)
    return is_named_figures_date (folded);
  cmq_importer_regex_get (
      &init, &regex,
      "^([a-z][a-z&' ]*?)\\s+"
      "(?:\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:" CMQ_IMPORTER_MONTHS_EN_FR ")\\.?,?\\s+\\d{4}"
      "|(?:" CMQ_IMPORTER_MONTHS_EN_FR ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
      "|\\d{1,2}([./-])\\d{1,2}\\2\\d{4}|\\d{4}-\\d{2}-\\d{2})"
      ",?\\s+(?:at\\s+|a\\s+)?\\d{1,2}:\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?"
      "(?:$|[\\s,;|\\-]+([a-z][a-z ]*)$)");
  if (!g_regex_match (regex, folded, 0, &match))
    return FALSE;
  name = g_match_info_fetch (match, 1);
  rest = g_match_info_fetch (match, 3);
  /* an update's stamp after the site's name is a decoy, not a release date */
  if (is_update_name (name))
    return FALSE;
  return cmq_importer_count_words (name) <= MAX_STAMP_NAME_WORDS &&
         (rest == NULL || cmq_importer_count_words (rest) <= MAX_STAMP_REST_WORDS);
}
