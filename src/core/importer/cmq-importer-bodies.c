/* cmq-importer-bodies.c: whether a name that opens a release announcing ("The Pride Committee is
 * pleased to announce …", "Le jury du prix a le plaisir d'annoncer …") is one of an
 * organisation's bodies (a committee, a jury, a board, a panel) rather than the organisation
 * whose release it is: the source is whose site or release it is, and a body is named by its
 * organisation's site, not by its own opening.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A body's noun, as cmq_importer_key () writes it: last in English ("the Selection Committee",
 * "the Board"), first in French, Spanish and Italian ("le comité d'organisation", "el jurado del
 * premio", "il comitato organizzatore"). */
static const char *const last_nouns[] = { "committee", "jury", "board", "panel", NULL };
static const char *const first_nouns[] = { "comite", "jury", "jurado", "comitato", "giuria", NULL };
/* Articles before a body's name. */
static const char *const articles[] = { "the ", "le ", "la ", "el ", "il ", NULL };

static gboolean
is_one_of (const char *const *nouns, const char *word, gsize n)
{
  for (guint i = 0; nouns[i] != NULL; i++)
    if (strlen (nouns[i]) == n && strncmp (nouns[i], word, n) == 0)
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_is_inner_body (const char *name)
{
  g_autofree char *key = cmq_importer_key (name);
  const char *first = key;
  const char *last = strrchr (key, ' ');
  guint words;

  /* "International Olympic Committee": a known organisation is no body of another */
  if (cmq_importer_organisation_of_line (name, key, &words) != NULL)
    return FALSE;
  for (guint i = 0; articles[i] != NULL; i++)
    if (g_str_has_prefix (key, articles[i]))
      first = key + strlen (articles[i]);
  last = last != NULL ? last + 1 : key;
  return is_one_of (last_nouns, last, strlen (last)) ||
         is_one_of (first_nouns, first, strcspn (first, " "));
}
