/* cmq-importer-namelines.c: an organisation's bare name on a line of its own over its page's
 * date ("Parcs Canada" / "04 août 2009 14h30 HE"), with a headline written as a sentence under
 * them: the issuer's name, never the release's headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A name is this many words at most ("Parcs Canada", "Cancer Research UK", "Banque de France"). */
#define MAX_NAME_WORDS 4
/* A headline written as a sentence holds this many words, of them this many in lower case. */
#define MIN_SENTENCE_WORDS 6
#define MIN_LOWER_WORDS    3
/* A word in lower case inside a name ("de", "of", "for") is this short. */
#define MAX_NAME_LINK_BYTES 4

/* Whether @text is only a name: a few words, each with a capital but the short words linking
 * them ("Banque de France"), no figure and no punctuation but a hyphen, an apostrophe or a dot. */
static gboolean
is_bare_name (const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar first = g_utf8_get_char (words[i]);

      if (*words[i] == '\0')
        continue;
      if (++n > MAX_NAME_WORDS)
        return FALSE;
      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019 && c != '.' &&
              c != '&')
            return FALSE;
        }
      if (!g_unichar_isupper (first) && (n == 1 || strlen (words[i]) > MAX_NAME_LINK_BYTES))
        return FALSE;
    }
  return n >= 1;
}

/* Whether @text reads as a sentence: words enough, several of them in lower case. */
static gboolean
is_sentence_like (const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = 0, lower = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      n++;
      lower += g_unichar_islower (g_utf8_get_char (words[i]));
    }
  return n >= MIN_SENTENCE_WORDS && lower >= MIN_LOWER_WORDS;
}

guint
cmq_importer_headline_under_name (GArray *lines, const LineInfo *info, guint anchored,
                                  guint headline)
{
  guint date = nonblank_below (lines, anchored);
  guint under = date < lines->len ? nonblank_below (lines, date) : lines->len;

  if (under > headline || role_at (lines, date) != CMQ_LINE_RELEASE_DATE ||
      !is_bare_name (g_array_index (lines, Line, anchored).text) ||
      !cmq_importer_is_fresh_headline (lines, info, under) ||
      !is_sentence_like (g_array_index (lines, Line, under).text))
    return lines->len;
  /* the lines between it and the one first taken, its decks */
  for (guint i = under + 1; i <= headline; i++)
    if (!is_blank (lines, i))
      set_role (lines, i, CMQ_LINE_STANDFIRST);
  set_role (lines, under, CMQ_LINE_HEADLINE);
  return under;
}
