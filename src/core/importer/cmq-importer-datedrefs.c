/* cmq-importer-datedrefs.c: a story's first date that dates another document ("son communiqué,
 * daté du 10 septembre 2013, …", "the letter dated 3 May 2013", "en date du 3 mai", "das
 * Schreiben vom … datiert vom 3. Mai", "una carta de fecha 3 de mayo", "una lettera datata 3
 * maggio", "een brief gedateerd op 3 mei"): the day that document bears, which the release
 * cites, not the release's own (heldout33 perigueux-01, a diocese answering its earlier
 * communiqué).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-datedrefs.h"
#include "cmq-importer-private.h"

/* The words that date a document, then at most a weekday or "the", and the day in group 1. */
#define DATED_PATTERN                                                                              \
  "(?<!\\p{L})(?:dat[ée]e?s? du|en date du|dated|datiert (?:vom|auf den)|de fecha|"               \
  "con fecha(?: del?)?|fechad[ao] el|datat[oa](?: il| al)?|gedateerd(?: op)?)"                     \
  "(?: the| el| il| le)?(?: \\p{L}+,?)? (\\d{1,2})(?!\\d)"

/* Words one of which a sentence needs for the pattern to match, lowered. */
static const char *const needles[] = { "dat", "fecha", NULL };

gboolean
cmq_importer_dated_reference_governs_day (const char *sentence, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *lower = NULL;
  gboolean any = FALSE;

  if (sentence == NULL || day == 0)
    return FALSE;
  lower = g_ascii_strdown (sentence, -1);
  for (guint i = 0; needles[i] != NULL && !any; i++)
    any = strstr (lower, needles[i]) != NULL;
  if (!any)
    return FALSE;
  cmq_regex_get (&initialised, &regex, DATED_PATTERN);
  return cmq_date_group_holds_day (regex, sentence, G_MAXSIZE, day);
}
