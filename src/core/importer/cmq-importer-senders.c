/* cmq-importer-senders.c: the sender a press office's address block names above the story
 * ("Nederlandse Organisatie voor Wetenschappelijk Onderzoek Afd. Voorlichting & Communicatie"
 * over "Postbus 93138", "Regional Council, Communications Department" over "PO Box 364"): the
 * organisation, without its department, when the story names it too. The address block itself
 * is neither a source nor a story line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A sender's line is no longer than this. */
#define MAX_SENDER_LINE_BYTES 200

/* "PO Box 364", "Postbus 93138", "BP 364", "Postfach 12 34", "Apartado de Correos 12": a post
 * office box, in en nl fr de es it pt. */
static gboolean
is_post_box (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:p\\.?\\s?o\\.?\\s?box|postbus|postfach|b\\.?p\\.?|bo[iî]te postale|"
                 "case postale|cs|apartado(?: de correos)?|casella postale|caixa postal)"
                 "\\s+\\d");
  return cmq_regex_match (regex, text);
}

/* The organisation on a sender's line, the department after it dropped ("Afd. Voorlichting",
 * ", Communications Department", "- Service de presse"), as written; or NULL. A department "of"
 * something names an organisation, not a part of one. */
static char *
organisation_of_sender (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  if (strnlen (text, MAX_SENDER_LINE_BYTES) == MAX_SENDER_LINE_BYTES)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^(.+?)(?:\\s*[,–—-]\\s*|\\s+)(?:afd\\.|abt\\.|dept\\.|(?:afdeling|abteilung|"
                 "department|division|direction|service|press office|pressestelle|persdienst|"
                 "communications?|media relations|ufficio stampa|gabinete)\\b)"
                 /* "Department of Defence" is the organisation itself */
                 "(?!\\s+(?:of|for|de|du|des|van|der|für|fur)\\b)");
  name = cmq_regex_match (regex, text) ? cmq_regex_fetch (text, 1) : g_strdup (text);
  g_strstrip (name);
  return cmq_importer_is_label_name (name) ? g_steal_pointer (&name) : NULL;
}

char *
cmq_importer_find_address_sender (GArray *lines)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *name = NULL;

      if (line->role == CMQ_LINE_STORY && *line->text != '\0')
        break;
      /* the sender heads the block, the box right under it */
      if (*line->text == '\0' || !is_post_box (g_array_index (lines, Line, i + 1).text))
        continue;
      name = organisation_of_sender (line->text);
      if (name != NULL && cmq_importer_story_names (lines, name))
        return g_steal_pointer (&name);
    }
  return NULL;
}
