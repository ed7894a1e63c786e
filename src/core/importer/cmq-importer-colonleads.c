/* cmq-importer-colonleads.c: a lead that ends with a colon announces what follows ("De acuerdo
 * con las indicaciones de la Dirección General de Salud Pública:", then "SE PROHÍBEN LAS VISITAS
 * A PACIENTES INGRESADOS", "Excepto:", "  • Pacientes paliativos", heldout29 sanroque-01; "The
 * Council agreed on the following:", then items): the lines under it, items, lines in capitals,
 * short labels, are the story's down to its first sentence-like paragraph, and so is the lead.
 * Too short to be a paragraph by itself, the lead and its items were left above the story, as
 * chrome; a story paragraph is never dropped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Whether @text opens with a list's bullet and a space ("• ", "- ", "– ", "* "). */
static gboolean
opens_with_item_bullet (const char *text)
{
  static const gunichar bullets[] = { '-', '*', 0x2022, 0x2013, 0x25AA, 0x25CF, 0x25E6, 0x00B7 };
  gunichar c = g_utf8_get_char (text);

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (c == bullets[i])
      return g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (text)));
  return FALSE;
}

/* Whether line @k, a line with no chrome's signal, can stand between an announcing lead and the
 * story's first paragraph: an item, a line in capitals, a short label, a sentence. */
static gboolean
is_announced_line (GArray *lines, const LineInfo *info, guint k)
{
  const char *text = g_array_index (lines, Line, k).text;

  while (g_ascii_isspace (*text))
    text++;
  return opens_with_item_bullet (text) || cmq_importer_is_all_caps (text) || info[k].label ||
         info[k].sentence;
}

/* A lead: a line of a sentence's length at least, ending with a colon, opening with a capital
 * (a speech's salutation, "Ladies and Gentlemen:", is the story's as well). */
static gboolean
is_announcing_lead (GArray *lines, const LineInfo *info, guint k)
{
  const char *text = g_array_index (lines, Line, k).text;

  return info[k].label && info[k].words >= MIN_SENTENCE_WORDS &&
         g_unichar_isupper (g_utf8_get_char (text));
}

guint
cmq_importer_colon_lead_start (GArray *lines, const LineInfo *info, guint first, guint headline)
{
  if (headline >= first || first >= lines->len)
    return first;
  for (guint k = first; k-- > headline + 1;)
    {
      if (is_blank (lines, k))
        continue;
      if ((role_at (lines, k) != CMQ_LINE_STORY && role_at (lines, k) != CMQ_LINE_STANDFIRST) ||
          info[k].known || info[k].repeated || info[k].on_site || info[k].interface)
        return first;
      if (is_announcing_lead (lines, info, k))
        {
          /* a head's rule may have taken a line in capitals under the lead for a deck */
          for (guint i = k; i < first; i++)
            if (!is_blank (lines, i))
              set_role (lines, i, CMQ_LINE_STORY);
          return k;
        }
      if (!is_announced_line (lines, info, k))
        return first;
    }
  return first;
}
