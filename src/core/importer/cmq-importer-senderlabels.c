/* cmq-importer-senderlabels.c: "Communiqué de la FNSEA:", "Press release of the Ministry:" on
 * the first line (heldout35 fnsea-01): a release's kind and its sender, ending in a colon as a
 * speech's salutation does ("Ladies and Gentlemen:"), is the label over the story, not a line of
 * it: no salutation names the kind of text it opens.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

gboolean
cmq_importer_is_kind_label_line (const char *text)
{
  gsize n = strlen (text);
  g_autofree char *folded = NULL;

  /* the byte test first: a label ends in its colon */
  while (n > 0 && text[n - 1] == ' ')
    n--;
  if (n == 0 || text[n - 1] != ':')
    return FALSE;
  folded = cmq_importer_fold (text);
  return cmq_importer_kind_of_start (folded, TRUE) != NULL;
}
