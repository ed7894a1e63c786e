/* cmq-importer-advisory.c: a media advisory's head (heldout7 amnesty-03): the page's kind and
 * date line, the headline under it, a subtitle, then the advisory's fields ("WANN: …", "WO: …"),
 * which are never the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The labels of a media advisory's fields, as keys: when, where, what, who, why and the place
 * and time, in the languages the importer reads. */
#define ADVISORY_LABELS                                                                            \
  "when|where|what|who|why|time|place|venue|wann|wo|was|wer|warum|zeit|ort|termin|quand|ou|"       \
  "lieu|quoi|qui|pourquoi|heure|cuando|donde|que|quien|por que|hora|lugar|quando|dove|cosa|chi|"   \
  "perche|luogo|wanneer|waar|wat|wie|waarom|tijd|plaats|onde|o que|quem|porque|local"

gboolean
cmq_importer_is_advisory_field (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (strchr (text, ':') == NULL || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex, "^(?:" ADVISORY_LABELS ")\\s?:\\s*\\S");
  return cmq_regex_match (regex, folded);
}

guint
cmq_importer_headline_under_dateline (GArray *lines, const LineInfo *info, guint dateline,
                                      guint demoted)
{
  guint k = dateline + 1, next;

  set_role (lines, demoted, CMQ_LINE_HEADLINE);
  while (k < demoted && is_blank (lines, k))
    k++;
  if (k >= demoted || !cmq_importer_is_fresh_headline (lines, info, k) ||
      cmq_importer_is_advisory_field (g_array_index (lines, Line, k).text))
    return demoted;
  for (next = k + 1; next < demoted && is_blank (lines, next); next++)
    ;
  if (next != demoted)
    return demoted;
  set_role (lines, demoted, CMQ_LINE_STANDFIRST);
  set_role (lines, k, CMQ_LINE_HEADLINE);
  return k;
}
