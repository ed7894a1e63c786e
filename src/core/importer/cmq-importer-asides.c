/* cmq-importer-asides.c: lines about the page that stand beside a release's head and are never
 * its headline: a photo's credit ("(Photo: D. Calma/IAEA)"), a press contact, a label's list of
 * links ("Available in: Français, Español").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Whether @text holds "by" in any case (neither letter has another caseless match). */
static gboolean
has_by (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((*p | 0x20) == 'b' && (p[1] | 0x20) == 'y')
      return TRUE;
  return FALSE;
}

/* A photo caption's credit: "(Photo: D. Calma/IAEA)", "Photo ©", "Credit: …". */
gboolean
cmq_importer_is_credit (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (
      &initialised, &regex,
      "(?:^|\\(|\\s)(?:photo|photos|credit|cr[ée]dit|picture|image|video)s?\\s*(?::|©|by\\b)|©");
  /* every branch needs a colon, "©" or "by" in any case: most lines have none */
  if (strchr (text, ':') == NULL && strstr (text, "©") == NULL && !has_by (text))
    return FALSE;
  return cmq_regex_match (regex, text);
}

/* The label before the colon of a label line, and each item after it, are this short. */
#define MAX_LIST_LABEL_WORDS 3
#define MAX_LIST_ITEM_WORDS  2

/* "Available in: Français, Español, العربية", "Topics: Trade, Health, Energy": a short label,
 * then a list of one- or two-word items. */
static gboolean
is_label_list (const char *text)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  g_auto (GStrv) items = NULL;

  if (colon == NULL || strchr (colon, ',') == NULL)
    return FALSE;
  label = g_strndup (text, colon - text);
  if (cmq_importer_count_words (label) > MAX_LIST_LABEL_WORDS)
    return FALSE;
  items = g_strsplit (colon + 1, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      guint n = cmq_importer_count_words (g_strstrip (items[i]));

      if (n == 0 || n > MAX_LIST_ITEM_WORDS)
        return FALSE;
    }
  return g_strv_length (items) >= 2;
}

/* A photo's credit, a press contact ("Gerry Rice: 202-473-1842") or a label's list of links
 * ("Available in: Français, Español"): an aside about the page, never its headline. */
gboolean
cmq_importer_is_aside (const char *text)
{
  return cmq_importer_is_credit (text) || cmq_importer_is_contact_line (text) ||
         is_label_list (text);
}
