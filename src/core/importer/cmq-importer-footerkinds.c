/* cmq-importer-footerkinds.c: the kind a wire's footer names, after the story, when the page
 * names none above it: "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER
 * VERANTWORTUNG DES AUSSENDERS" (heldout32 tonkuenstler-01), "The issuer is solely responsible for
 * the content of this press release". The line disclaims the text it closes, so the kind it names
 * is that text's; a link to the site's other releases ("All press releases") disclaims nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define DISCLAIMERS_PATH "/io/github/communique/Communique/core/wire-disclaimers.txt"

/* The footer is among this many lines at the dump's end, */
#define MAX_FOOTER_LINES 3
/* of at most this many words. */
#define MAX_FOOTER_WORDS 40

/* The keys of wire-disclaimers.txt, loaded once. */
static GPtrArray *
disclaimer_words_get (void)
{
  static gsize init = 0;
  static GPtrArray *words = NULL;

  if (g_once_init_enter (&init))
    {
      words = cmq_importer_data_keys (DISCLAIMERS_PATH, "words of a wire's disclaimer");
      g_once_init_leave (&init, 1);
    }
  return words;
}

/* Whether @text says that someone alone answers for the text: a word of wire-disclaimers.txt. */
static gboolean
is_disclaimer (const char *text)
{
  GPtrArray *words = disclaimer_words_get ();
  g_autofree char *key = cmq_importer_key (text);
  g_autofree char *spaced = g_strconcat (" ", key, " ", NULL);

  for (guint i = 0; i < words->len; i++)
    {
      g_autofree char *word = g_strconcat (" ", g_ptr_array_index (words, i), " ", NULL);

      if (strstr (spaced, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The first kind a word of @text opens, a news story left aside ("Nachrichten" is a menu's), or
 * NULL. */
static const char *
kind_inside (const char *text)
{
  g_autofree char *folded = cmq_importer_fold (text);

  for (const char *p = folded; *p != '\0'; p++)
    {
      const char *kind;

      if ((p > folded && g_ascii_isalnum (p[-1])) || !g_ascii_isalnum (*p) ||
          cmq_importer_kind_phrase_length (p) == 0)
        continue;
      kind = cmq_importer_kind_of_start (p, FALSE);
      if (kind != NULL && strcmp (kind, "news story") != 0)
        return kind;
    }
  return NULL;
}

const char *
cmq_importer_kind_of_wire_footer (GArray *lines, const char *kind)
{
  guint seen = 0;

  if (kind != NULL)
    return kind;
  for (guint i = lines->len; i-- > 0 && seen < MAX_FOOTER_LINES;)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0')
        continue;
      if (line->role == CMQ_LINE_STORY)
        break;
      seen++;
      if (cmq_importer_count_words (line->text) <= MAX_FOOTER_WORDS && is_disclaimer (line->text) &&
          (kind = kind_inside (line->text)) != NULL)
        return kind;
    }
  return NULL;
}
