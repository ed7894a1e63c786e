/* cmq-importer-closings.c: the story's last line when it ends with a colon ("Commenting, Pride
 * President, Calvin Gipson, said :", "Retrouvez ci-dessous le communiqué du CNOSF :"): it
 * introduced a quote or a document that the saved page lost, and it is the story's, not a label
 * of the page's chrome under it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

guint
cmq_importer_closing_label (GArray *lines, const LineInfo *info, guint last, guint cut)
{
  guint label = nonblank_below (lines, last);

  /* A page's labels are short ("Contact:", "Share this:"); a sentence that introduces is not */
  if (label >= lines->len || label >= cut || !info[label].label ||
      info[label].words < MIN_SENTENCE_WORDS || info[label].known || info[label].repeated ||
      info[label].on_site || info[label].interface || role_at (lines, label) != CMQ_LINE_STORY ||
      !info[last].body || role_at (lines, last) != CMQ_LINE_STORY)
    return last;
  /* nothing of the page's own under it but what is known to be chrome */
  for (guint i = label + 1; i < lines->len; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      return last;
  return label;
}
