/* cmq-importer-deckechoes.c: a short headline over a long deck that says it again ("Botanic
 * Gardens Day celebration" over "Community invited to join the National Botanic Gardens Day
 * Celebration at the Auckland Botanic Gardens this Sunday", heldout33 aucklandbg-01): the line
 * taken for the headline, a deck without its full stop, holds the whole line above it, word for
 * word; that line, opening the page, is the headline and the deck its standfirst. A name says
 * the same (an organisation's over its own sentence), but a name is said again in the story,
 * and a headline restated by its deck seldom is. A deck stands right on the story, where a
 * speech's headline under its kicker ("212th Session of the Council" over "Opening address … to
 * the 212th session of the Council") has its kind and date line under it (cmq-importer-text.c
 * reads kickers).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-headlabels.h"

/* Whether the key @key is inside the key @other as whole words. */
static gboolean
holds_phrase (const char *other, const char *key)
{
  gsize len = strlen (key);

  for (const char *at = strstr (other, key); at != NULL; at = strstr (at + 1, key))
    if ((at == other || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_is_deck_under_opening (GArray *lines, const LineInfo *info, guint upper,
                                    guint headline, guint first)
{
  /* a deck stands on the story */
  for (guint i = headline + 1; i < first; i++)
    if (!is_blank (lines, i))
      return FALSE;
  /* the line above opens the page, under its chrome only */
  for (guint i = 0; i < upper; i++)
    if (!is_blank (lines, i) && !info[i].known && !info[i].repeated && !info[i].on_site &&
        !info[i].interface)
      return FALSE;
  return TRUE;
}

guint
cmq_importer_headline_over_deck (GArray *lines, const LineInfo *info, guint headline, guint first)
{
  const char *deck = g_array_index (lines, Line, headline).key;
  const char *key;
  guint upper = headline;

  while (upper-- > 0 && is_blank (lines, upper))
    ;
  if (upper >= headline || deck == NULL || info[upper].words < MIN_REPEATED_HEADLINE_WORDS ||
      info[upper].words >= info[headline].words ||
      !cmq_importer_is_fresh_headline (lines, info, upper))
    return headline;
  /* a headline has its kind or date line under it, a deck the story */
  key = g_array_index (lines, Line, upper).key;
  if (key == NULL || !holds_phrase (deck, key) ||
      !cmq_importer_is_deck_under_opening (lines, info, upper, headline, first))
    return headline;
  /* a name, said again under the deck */
  for (guint i = headline + 1; i < lines->len; i++)
    if (!is_blank (lines, i) && g_array_index (lines, Line, i).key != NULL &&
        holds_phrase (g_array_index (lines, Line, i).key, key))
      return headline;
  set_role (lines, headline, CMQ_LINE_STANDFIRST);
  set_role (lines, upper, CMQ_LINE_HEADLINE);
  return upper;
}
