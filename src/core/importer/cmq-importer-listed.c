/* cmq-importer-listed.c: the heading of the list a release was taken from, right over its
 * headline ("Press Releases" over "Nearly half a million people out of reach in Gaza - Oxfam",
 * heldout18 oxfam-01; "Communiqués de presse", "Pressemitteilungen"): a kind in the plural alone
 * on its line names the kind of the items listed under it, so the release's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

const char *
cmq_importer_kind_of_list_heading (GArray *lines, guint i)
{
  const Line *line = &g_array_index (lines, Line, i);
  g_autofree char *copy = NULL;
  g_autofree char *folded = NULL;
  const char *kind;
  guint next = i + 1;
  gsize n;

  if (line->role == CMQ_LINE_HEADLINE || strpbrk (line->text, "0123456789:") != NULL)
    return NULL;
  while (next < lines->len && is_blank (lines, next))
    next++;
  if (next >= lines->len || g_array_index (lines, Line, next).role != CMQ_LINE_HEADLINE)
    return NULL;
  copy = g_strdup (line->text);
  folded = cmq_importer_fold (g_strstrip (copy));
  kind = cmq_importer_kind_of_plural_start (folded, &n);
  return kind != NULL && folded[n] == '\0' ? kind : NULL;
}
