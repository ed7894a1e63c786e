/* cmq-importer-bulletdates.c: a release-date line written as a list's item ("• Publié le
 * 10/01/2012 à 09:42", "• Posted on 3 May 2021, 10:00", "· Veröffentlicht am 03.07.2012"), the
 * page's facts set out as bullets under the headline. Only a label that says the page was
 * published is read there: "• Date: 12 May 2021" is as often an advisory's event, among "• Time:"
 * and "• Venue:".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

const char *
cmq_importer_after_published_bullet (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  const char *after = cmq_importer_after_bullet (text);
  g_autofree char *folded = NULL;

  if (after == NULL || strpbrk (after, "0123456789") == NULL)
    return NULL;
  folded = cmq_importer_fold (after);
  /* the labels of publishing, folded, in en fr de es it nl pl sv da no */
  cmq_regex_get (&initialised, &regex,
                 "^(?:published|posted|issued|released|publiee?|mise? en ligne|diffusee?|"
                 "veroffentlicht|erstellt|publicad[oa]|pubblicat[oa]|gepubliceerd|opublikowano|"
                 "publicerad|publiceret|publisert)(?!\\p{L})");
  return cmq_regex_match (regex, folded) ? after : NULL;
}
