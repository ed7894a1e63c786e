/* cmq-importer-fieldleads.c: a media advisory whose story opens with its fields ("WANN: Dienstag,
 * 5. November 2013, 8:20-10:15 Uhr", "WO: …", "WHEN: …", "Lieu : …") above its first sentence:
 * the fields are the advisory's own text, what it is written to say, and the story starts with
 * them (issue 11: "a story paragraph is never dropped"; heldout7 amnesty-03). Without this they
 * stood above the story's first sentence and went with the page's head.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

guint
cmq_importer_advisory_fields_start (GArray *lines, const LineInfo *info, guint first,
                                    guint headline)
{
  guint start = first;

  if (headline >= first || first >= lines->len)
    return first;
  /* Up from the first sentence, over fields only: the headline, a subtitle, a line the site
   * shows elsewhere or any line that is no field ends them. */
  for (guint k = first; k-- > headline + 1;)
    {
      if (is_blank (lines, k))
        continue;
      if (role_at (lines, k) != CMQ_LINE_STORY || info[k].known || info[k].repeated ||
          info[k].on_site || info[k].interface ||
          !cmq_importer_is_advisory_field (g_array_index (lines, Line, k).text))
        break;
      start = k;
    }
  return start;
}
