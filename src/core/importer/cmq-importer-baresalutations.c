/* cmq-importer-baresalutations.c: a letter's salutation that its writer left without the comma
 * at its end ("Chères et chers étudiant-e-s, chers et chères collègues" over the first paragraph
 * of a president's communiqué, heldout38 montp3-01), as letters and communiqués often do, in any
 * language the salutations of cmq-importer-letters.c are known in: still the story's first line,
 * not a caption, and never the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-baresalutations.h"
#include "cmq-importer-private.h"

/* A salutation is one line of a few words: "Mesdames et Messieurs, chers collègues". */
#define MAX_BARE_SALUTATION_BYTES 160

/* The first letters, in lower case, of the salutations' words of cmq-importer-letters.c ("dear",
 * "chères", "liebe", "szanowni", "kära"…): a cheap test before its pattern, which most lines of
 * a page's head (run past for every release) would otherwise be matched against. A word added
 * there with another first letter goes here too. */
#define SALUTATION_FIRST_LETTERS "bcdeghiklmoqs"

gboolean
cmq_importer_is_bare_letter_salutation (const char *text)
{
  gsize len = strlen (text);
  gboolean any = FALSE;

  /* a byte test first: a salutation opens with a letter and has no sentence's mark in it */
  if (len == 0 || len > MAX_BARE_SALUTATION_BYTES || !g_ascii_isalpha (*text) ||
      strchr (SALUTATION_FIRST_LETTERS, g_ascii_tolower (*text)) == NULL ||
      strpbrk (text, ".:;!?\"()0123456789") != NULL || text[len - 1] == ',' || text[len - 1] == ' ')
    return FALSE;
  for (const char *part = text; *part != '\0';)
    {
      gsize n = strcspn (part, ",");
      g_autofree char *with_comma = g_strdup_printf ("%.*s,", (int) n, part);

      if (!cmq_importer_is_letter_salutation (with_comma))
        return FALSE;
      any = TRUE;
      part += n + (part[n] == ',');
    }
  return any;
}
