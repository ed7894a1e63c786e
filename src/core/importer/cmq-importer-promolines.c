/* cmq-importer-promolines.c: a sentence of the site's own that opens a page's copy, above the
 * section's label and the headline ("Seite 1 bei Google kann so einfach sein.", heldout33
 * vzniedersachsen-01: an advertisement): a sentence, so taken for the story's first paragraph,
 * and the headline under it lost. A lead is the story's own: it names what the story goes on
 * to tell. A short sentence alone at the top of the page, over headline-shaped lines only, that
 * says none of its long words again in the paragraphs under them, is the site's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-promolines.h"
#include "cmq-importer-private.h"
#include "cmq-importer-welcomenotes.h"

/* The promotional sentence is this many words at most. */
#define MAX_PROMO_WORDS 10
/* Headline-shaped lines between it and the story: this many at most. */
#define MAX_LINES_UNDER_PROMO 3
/* A word of this many bytes at least is one the story would say again. */
#define MIN_PROMO_SHARED_BYTES 5
/* The story's paragraphs looked at for its words. */
#define STORY_PARAGRAPHS 3

/* Whether a word of @key (a line's key), long enough, is in the key @other as a whole word. */
static gboolean
shares_long_word (const char *key, const char *other)
{
  g_auto (GStrv) words = g_strsplit (key, " ", -1);

  for (guint w = 0; words[w] != NULL; w++)
    {
      gsize len = strlen (words[w]);

      if (len < MIN_PROMO_SHARED_BYTES)
        continue;
      for (const char *at = strstr (other, words[w]); at != NULL; at = strstr (at + 1, words[w]))
        if ((at == other || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
          return TRUE;
    }
  return FALSE;
}

/* Whether line @i opens the file: only blank lines and the site's known lines above it. */
static gboolean
opens_file (GArray *lines, const LineInfo *info, guint i)
{
  while (i-- > 0)
    if (!is_blank (lines, i) && !info[i].known && !info[i].repeated && !info[i].on_site &&
        !info[i].interface)
      return FALSE;
  return TRUE;
}

/* Whether line @i is one short sentence ending with a full stop or an exclamation mark. */
static gboolean
is_short_sentence (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len = strlen (text);

  return len > 0 && info[i].words >= MIN_HEADLINE_WORDS && info[i].words <= MAX_PROMO_WORDS &&
         (text[len - 1] == '.' || text[len - 1] == '!') &&
         g_unichar_isupper (g_utf8_get_char (text)) &&
         cmq_importer_first_sentence_length (text) >= len;
}

/* Whether the story's paragraphs from line @story say a long word of line @promo again. */
static gboolean
story_says_again (GArray *lines, const LineInfo *info, guint promo, guint story)
{
  g_autofree char *key = cmq_importer_key (g_array_index (lines, Line, promo).text);
  guint seen = 0;

  for (guint i = story; i < lines->len && seen < STORY_PARAGRAPHS; i++)
    {
      g_autofree char *other = NULL;

      if (!info[i].body)
        continue;
      seen++;
      other = cmq_importer_key (g_array_index (lines, Line, i).text);
      if (shares_long_word (key, other))
        return TRUE;
    }
  return FALSE;
}

static guint
skip_promo_sentence (GArray *lines, const LineInfo *info, guint first)
{
  guint under = 0, story = first + 1;

  /* the cheapest first: a short line with a full stop, alone at the top */
  if (first >= lines->len || info[first].words > MAX_PROMO_WORDS ||
      !is_short_sentence (lines, info, first) || !opens_file (lines, info, first))
    return first;
  for (; story < lines->len && !info[story].body; story++)
    {
      if (is_blank (lines, story))
        continue;
      if (info[story].sentence || ++under > MAX_LINES_UNDER_PROMO ||
          !cmq_importer_is_fresh_headline (lines, info, story))
        return first;
    }
  if (under == 0 || story >= lines->len || info[story].words < MIN_BODY_WORDS ||
      story_says_again (lines, info, first, story))
    return first;
  set_role (lines, first, CMQ_LINE_LEADING_CHROME);
  return story;
}

guint
cmq_importer_skip_opening_promo (GArray *lines, const LineInfo *info, guint first)
{
  /* a site's signed welcome note is its own words at the top of the page too */
  return cmq_importer_skip_welcome_note (lines, info, skip_promo_sentence (lines, info, first));
}
