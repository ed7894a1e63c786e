/* cmq-importer-contactdates.c: a contact's line read as a dateline. "Ghislaine Anglionin,
 * 05-96-39-39-20 ou 06-96-23-19-93" (heldout30 martinique-01) has the shape of a place, a date in
 * figures and a headline after a hyphen, as "Geneva, 12-06-2024 - Headline" has; but the figures
 * run on to the line's end as a telephone number, and a headline never ends with one. Such a
 * line is neither the page's dateline nor its headline, on any site and in any language.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

CmqLineRole
cmq_importer_head_meta_role (const char *text, CmqDumpParts *parts)
{
  g_auto (CmqDumpParts) scratch = {
    NULL,
  };
  CmqLineRole role;
  gboolean contact;

  g_return_val_if_fail (text != NULL && parts != NULL, CMQ_LINE_STORY);

  if (!cmq_importer_ends_with_phone (text))
    return cmq_importer_meta_role (text, parts);
  /* read once on parts of its own, so that a contact's line sets none of the page's */
  role = cmq_importer_meta_role (text, &scratch);
  contact = role == CMQ_LINE_DATELINE && scratch.headline != NULL &&
            cmq_importer_ends_with_phone (scratch.headline);
  return contact ? CMQ_LINE_STORY : cmq_importer_meta_role (text, parts);
}
