/* cmq-importer-storyheads.c: a heading of the story without a full stop, between two of its
 * paragraphs, that the caption rules would drop: one opening with an article and naming what the
 * next paragraph tells ("La résolution du Conseil d'Administration de la Fédération Hospitalière
 * de France", heldout35 fhf-01; "The resolution of the Board of the French Hospital
 * Federation"), its words in capitals as a body's name is written; or one in square brackets,
 * as a speech's transcript heads its parts ("[Dire la vérité]", heldout35 fnsea-02). A caption
 * names a picture's people and events from a name, not from an article, and is never bracketed
 * so. Kept as subheadings: a story's line is never dropped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-storyheads.h"

/* A heading has at least this many words, and at most this many (a headline's length). */
#define MIN_HEADING_WORDS         2
#define MAX_HEADING_WORDS         12
#define MAX_BRACKET_HEADING_WORDS 10
/* The paragraphs around it have this many words at least: sentences, not names or links. */
#define MIN_NEIGHBOUR_WORDS 6

/* Articles that open a heading, keyed (lower case, no accents): en, fr, de, es, it, nl, pt. */
static const char *const articles[] = {
  "the", "a",   "an",  "la",   "le", "les", "l",   "un",  "une", "der",
  "die", "das", "ein", "eine", "el", "los", "las", "una", "il",  "lo",
  "gli", "de",  "het", "een",  "o",  "os",  "as",  "um",  "uma", NULL,
};

/* Whether @key (a paragraph's cmq_importer_key ()) opens with an article. */
static gboolean
opens_with_article (const char *key)
{
  const char *space = strchr (key, ' ');
  g_autofree char *first = NULL;

  if (space == NULL)
    return FALSE;
  first = g_strndup (key, space - key);
  return g_strv_contains (articles, first);
}

/* A paragraph of the story around a heading: a sentence of some words, from a capital; the one
 * before may end on a quotation's closing mark without its stop ("… Egalité, Fraternité""). */
static gboolean
is_story_neighbour (const char *text, gboolean before)
{
  g_autofree char *key = NULL;
  gsize len;

  if (text == NULL || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  len = strlen (text);
  if (!cmq_importer_ends_sentence (text) &&
      !(before && len > 0 && strchr ("\"'", text[len - 1]) != NULL) &&
      !(before && (g_str_has_suffix (text, "\u201D") || g_str_has_suffix (text, "\u00BB"))))
    return FALSE;
  key = cmq_importer_key (text);
  return cmq_importer_count_words (key) >= MIN_NEIGHBOUR_WORDS;
}

/* "[Dire la vérité]": one pair of square brackets round a few words from a capital, with no
 * figure, colon or slash (a link's or a picture's marker, "[Image: …]", "[1]"). */
static gboolean
is_bracketed_heading (const char *text, gsize len)
{
  const char *inner = text + 1;
  guint words = 1;

  if (text[0] != '[' || text[len - 1] != ']' || !g_unichar_isupper (g_utf8_get_char (inner)))
    return FALSE;
  for (const char *p = inner; p < text + len - 1; p++)
    {
      if (strchr ("[]:/|0123456789", *p) != NULL)
        return FALSE;
      words += *p == ' ';
    }
  return words >= MIN_HEADING_WORDS && words <= MAX_BRACKET_HEADING_WORDS;
}

gboolean
cmq_importer_is_story_heading (const char *paragraph, const char *previous, const char *next)
{
  gsize len;
  g_autofree char *key = NULL;
  guint words;

  g_return_val_if_fail (paragraph != NULL, FALSE);

  len = strlen (paragraph);
  /* the cheapest first: a bracket, or a capital then no comma and no sentence's end */
  if (len < 4 || (paragraph[0] != '[' && !g_unichar_isupper (g_utf8_get_char (paragraph))))
    return FALSE;
  if (paragraph[0] == '[')
    return is_bracketed_heading (paragraph, len) && is_story_neighbour (previous, TRUE) &&
           is_story_neighbour (next, FALSE);
  if (strchr (paragraph, ',') != NULL || cmq_importer_ends_sentence (paragraph))
    return FALSE;
  key = cmq_importer_key (paragraph);
  words = cmq_importer_count_words (key);
  return words >= MIN_HEADING_WORDS && words <= MAX_HEADING_WORDS && opens_with_article (key) &&
         is_story_neighbour (previous, TRUE) && is_story_neighbour (next, FALSE);
}
