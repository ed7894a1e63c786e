/* cmq-importer-crumbkinds.c: the kind a breadcrumb names when it leads to the page itself
 * ("Accueil | Actualités | La réforme | [Vidéo] Le CEMAT à Commercy…", heldout13 defense-fr-01;
 * "Home > Press Releases > Minister opens…"): its last crumb is the headline, and the crumbs
 * before it are the sections the page is filed in, one of which may be a kind, in the singular
 * or the plural. A site's menu names its sections too, but leads to no headline. A news section
 * files press releases as well ("Pinedale Online > News > August 2009 > …", heldout24 uwyo-01,
 * a university's release reposted): it tells a news story only when the page is headed by it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Crumbs of such a breadcrumb: the home page or a section, and the page. */
#define MIN_CRUMBS 2

/* The kind of @crumb, folded, when it is a kind label alone, in the singular or the plural
 * ("Actualités", "Press Releases", "Communiqués de presse"), or NULL. */
static const char *
kind_of_crumb (const char *crumb)
{
  g_autofree char *folded = g_strstrip (cmq_importer_fold (crumb));
  gsize n = cmq_importer_kind_phrase_length (folded);
  const char *kind;

  if (n > 0 && folded[n] == '\0')
    return cmq_importer_kind_of_start (folded, TRUE);
  kind = cmq_importer_kind_of_plural_start (folded, &n);
  return kind != NULL && folded[n] == '\0' ? kind : NULL;
}

/* Whether @crumb is also alone on a line above the headline among @lines, the page's heading
 * ("Actualités" over the breadcrumb "Accueil | Actualités | … | headline"). */
static gboolean
heads_the_page (GArray *lines, const char *crumb)
{
  g_autofree char *folded = g_strstrip (cmq_importer_fold (crumb));

  for (guint i = 0; i < lines->len && g_array_index (lines, Line, i).role != CMQ_LINE_HEADLINE; i++)
    {
      g_autofree char *line = g_strstrip (cmq_importer_fold (g_array_index (lines, Line, i).text));

      if (strcmp (line, folded) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The text of the headline among @lines, or NULL. */
static const char *
headline_text (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, Line, i).role == CMQ_LINE_HEADLINE)
      return g_array_index (lines, Line, i).text;
  return NULL;
}

const char *
cmq_importer_kind_of_crumbs_to_headline (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  const char *headline;
  g_auto (GStrv) crumbs = NULL;
  guint n;

  /* most lines hold no crumbs' mark, nor a byte of one ("›" and "»" open with 0xE2 and 0xC2):
   * not split for nothing */
  if (strpbrk (text, "|>\xE2\xC2") == NULL ||
      (strstr (text, " | ") == NULL && strstr (text, " > ") == NULL &&
       strstr (text, " \u203a ") == NULL && strstr (text, " \u00bb ") == NULL))
    return NULL;
  headline = headline_text (lines);
  if (headline == NULL || !g_str_has_suffix (text, headline))
    return NULL;
  crumbs = g_regex_split_simple ("\\s+[|>\u203a\u00bb]\\s+", text, 0, 0);
  n = g_strv_length (crumbs);
  if (n < MIN_CRUMBS || strcmp (g_strstrip (crumbs[n - 1]), headline) != 0)
    return NULL;
  /* the nearest section to the page names its kind best */
  for (guint k = n - 1; k > 0; k--)
    {
      const char *kind = kind_of_crumb (crumbs[k - 1]);

      /* sites file their press releases under "News" too (and a news site reposts them there):
       * a news section tells a news story only when the page is headed by it as well */
      if (kind != NULL && strcmp (kind, "news story") == 0 &&
          !heads_the_page (lines, crumbs[k - 1]))
        return NULL;
      if (kind != NULL)
        return kind;
    }
  return NULL;
}
