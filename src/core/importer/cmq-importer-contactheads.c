/* cmq-importer-contactheads.c: the press contacts a release lists above its story, under their
 * label ("Contacts réservés aux médias :", "Media contacts:", "Pressekontakt:"), each a name with
 * its telephone numbers, an e-mail address, the office's sites (heldout30 martinique-01, the text
 * of a PDF: no blank line anywhere, so the block is not set apart as contacts are elsewhere). The
 * lines under the label that give a number, an address or a site, or label the next ones ("Retrouvez
 * l'actualité des services de l'Etat sur :"), are the contacts, not the story: the story starts at
 * the first line under them that is none of those. Only when such a line is there: a block that
 * runs to the end of the dump is not skipped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-contactheads.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A contacts label is this short, */
#define MAX_LABEL_WORDS 6
/* a line of the block too ("Nathalie Champlong 05-96-39-39-20 ou 06-96-28-34-42"), */
#define MAX_CONTACT_WORDS 12
/* a telephone number has this many figures at least, */
#define MIN_PHONE_DIGITS 8
/* and the block this many lines at most. */
#define MAX_BLOCK_LINES 12

/* "Contacts réservés aux médias :", "Media contacts:", "Contact presse :", "Pressekontakt:": the
 * label of a release's press contacts, ending with a colon. */
static gboolean
is_contacts_label (const char *text, guint words)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;
  gsize len = strlen (text);

  if (words == 0 || words > MAX_LABEL_WORDS || len == 0 || text[len - 1] != ':')
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:(?:media|press|news) )?contacts?(?: (?:presse|press|media|medias))?\\b|"
                 "^(?:pressekontakte?|medienkontakte?|kontakt|contatti(?: stampa)?|"
                 "contatto(?: stampa)?|contactos?(?: de prensa)?|perscontact(?:en)?|"
                 "kontakt dla mediow)\\b");
  return cmq_regex_match (regex, folded);
}

/* Whether @text holds a telephone number: a run of figures, spaces, dots, dashes and brackets
 * with MIN_PHONE_DIGITS figures or more. */
static gboolean
has_phone_number (const char *text)
{
  guint digits = 0;

  for (const char *p = text;; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '\0' || strchr (" .-/()+", *p) == NULL)
        {
          if (digits >= MIN_PHONE_DIGITS)
            return TRUE;
          digits = 0;
          if (*p == '\0')
            return FALSE;
        }
    }
}

/* The runs of characters between spaces in @text: a telephone number is one word here. */
static guint
count_tokens (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p != ' ' && (p == text || p[-1] == ' ');
  return n;
}

/* A line of the contacts block: a number, an e-mail address (or the mark a page puts in its
 * place, "[email protected]"), a site, or a short label ending with a colon. */
static gboolean
is_contact_block_line (const char *text)
{
  gsize len = strlen (text);
  guint words = count_tokens (text);

  if (words == 0 || words > MAX_CONTACT_WORDS)
    return FALSE;
  return has_phone_number (text) || strchr (text, '@') != NULL || strstr (text, "[email") != NULL ||
         g_str_has_prefix (text, "www.") || g_str_has_prefix (text, "http") ||
         text[len - 1] == ':' || cmq_importer_is_contact_detail (text);
}

/* The press contacts under the label at line @label: the line under the block, the block's
 * lines made leading chrome when it gives a number or an address; or @label. */
static guint
skip_block (GArray *lines, const LineInfo *info, guint label)
{
  guint i, n = 0;
  gboolean phone = FALSE;

  for (i = label + 1; i < lines->len && n < MAX_BLOCK_LINES; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (is_blank (lines, i))
        continue;
      if (!is_contact_block_line (text))
        break;
      phone |= has_phone_number (text) || cmq_importer_is_contact_detail (text);
      n++;
    }
  if (!phone || n == 0 || i >= lines->len)
    return label;
  for (guint k = label; k < i; k++)
    if (!is_blank (lines, k) && role_at (lines, k) == CMQ_LINE_STORY)
      set_role (lines, k, CMQ_LINE_LEADING_CHROME);
  return i;
}

guint
cmq_importer_skip_contacts_head (GArray *lines, const LineInfo *info, guint first)
{
  guint from = first > MAX_BLOCK_LINES * 2 ? first - MAX_BLOCK_LINES * 2 : 0;

  for (guint label = from; label < first && first < lines->len; label++)
    {
      guint below;

      if (is_blank (lines, label) ||
          !is_contacts_label (g_array_index (lines, Line, label).text, info[label].words))
        continue;
      below = skip_block (lines, info, label);
      /* the block ran over the story's first line: the story starts under it, at a paragraph */
      if (below > first && info[below].body && role_at (lines, below) == CMQ_LINE_STORY)
        return below;
      label = MAX (label, below > label ? below - 1 : label);
    }
  return first;
}
