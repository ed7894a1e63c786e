/* cmq-importer-allreleases.c: the publisher that a line outside the story points to as the
 * author of all its releases: "All TUC press releases can be found at www.tuc.org.uk"
 * (heldout28 tuc-01, in its notes to editors), "View all Oxfam statements", "Tous les
 * communiqués de presse de la Fondation Abbé Pierre sont sur …", "Alle Pressemitteilungen der
 * Stadtverwaltung". The kind words are kinds.txt's, in the plural; the name is taken only when
 * the story names it too.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Lines longer than this are sentences of a note, not a pointer to the releases. */
#define MAX_LINE_BYTES 200
/* The publisher's name is at most this many words. */
#define MAX_NAME_WORDS 6

/* The words opening @text, past small words ("la"), up to a word that is neither capitalised nor
 * a small word of a name ("Trades Union Congress are"), at most MAX_NAME_WORDS, the last
 * capitalised; or NULL. */
static char *
capitalised_run (const char *text)
{
  g_auto (GStrv) words = NULL;
  guint last = 0;
  gsize n = 0;

  /* "la Fondation …" after "de": the name starts at its first capital */
  while (*text != '\0' && !g_unichar_isupper (g_utf8_get_char (text)))
    {
      g_autofree char *word = g_strndup (text, strcspn (text, " "));

      if (!cmq_importer_is_name_small_word (word) || text[strlen (word)] != ' ')
        return NULL;
      text += strlen (word) + 1;
    }
  words = g_strsplit (text, " ", -1);
  for (guint w = 0; words[w] != NULL && w < MAX_NAME_WORDS; w++)
    {
      if (g_unichar_isupper (g_utf8_get_char (words[w])) &&
          strpbrk (words[w], ".,;:!?()\"") == NULL)
        last = w + 1;
      else if (!cmq_importer_is_name_small_word (words[w]))
        break;
    }
  if (last == 0)
    return NULL;
  /* the words up to the last capitalised one: the text's bytes up to its end */
  for (guint w = 0; w < last; w++)
    n += strlen (words[w]) + (w > 0);
  return g_strndup (text, n);
}

/* @text past @n words. */
static const char *
past_words (const char *text, guint n)
{
  for (; n > 0 && text != NULL; n--)
    {
      text = strchr (text, ' ');
      text = text != NULL ? text + 1 : NULL;
    }
  return text;
}

/* The plural kind phrase at @text's start (kinds.txt's, "press releases", "communiqués de
 * presse"): the text after it, or NULL. */
static const char *
past_plural_kind (const char *text)
{
  g_autofree char *folded = cmq_importer_fold (text);
  gsize n;
  guint words = 1;

  if (cmq_importer_kind_of_plural_start (folded, &n) == NULL || folded[n] != ' ')
    return NULL;
  for (gsize i = 0; i < n; i++)
    words += folded[i] == ' ';
  return past_words (text, words);
}

/* The publisher's name in a line pointing to all its releases, as written, or NULL. */
static char *
name_of_all_releases (const char *text)
{
  static gsize english_init = 0, other_init = 0;
  static CmqRegex *english = NULL, *other = NULL;
  g_autofree char *rest = NULL;
  const char *after;

  /* an item of the notes' list: "- All TUC press releases…" */
  if (strchr ("-*", *text) != NULL && text[1] == ' ')
    text += 2;
  else if (g_str_has_prefix (text, "\u2022 ") || g_str_has_prefix (text, "\u2013 "))
    text += strlen ("\u2022 ");
  cmq_regex_get (&english_init, &english,
                 "^(?:(?:find|read|see|view|browse)\\s+)?all\\s+(?:the\\s+)?(\\S.*)$");
  cmq_regex_get (&other_init, &other,
                 "^(?:(?:retrouvez|consultez|voir|lesen sie)\\s+)?(?:tous les|toutes les|"
                 "alle|todos los|todas las|tutti i|tutte le)\\s+(\\S.*)$");
  /* "All TUC press releases": the name, then the kind */
  if (cmq_regex_match (english, text))
    {
      g_autofree char *name = NULL;

      rest = cmq_regex_fetch (text, 1);
      name = capitalised_run (rest);
      if (name == NULL)
        return NULL;
      after = past_words (rest, cmq_importer_count_words (name));
      return after != NULL && past_plural_kind (after) != NULL ? g_steal_pointer (&name) : NULL;
    }
  /* "Tous les communiqués de presse de la Fondation", "Alle Pressemitteilungen der Stadt": the
   * kind, a preposition, then the name */
  if (!cmq_regex_match (other, text))
    return NULL;
  rest = cmq_regex_fetch (text, 1);
  after = past_plural_kind (rest);
  if (after == NULL)
    return NULL;
  for (const char *p = after; *p != '\0' && *p != ' '; p++)
    if (*p == '\'' || g_str_has_prefix (p, "\u2019"))
      return capitalised_run (g_utf8_next_char (p));
  after = past_words (after, 1);
  return after != NULL ? capitalised_run (after) : NULL;
}

char *
cmq_importer_find_releases_owner (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *name = NULL;

      if (line->role == CMQ_LINE_STORY || line->role == CMQ_LINE_HEADLINE || *line->text == '\0' ||
          strnlen (line->text, MAX_LINE_BYTES) == MAX_LINE_BYTES)
        continue;
      name = name_of_all_releases (line->text);
      if (name == NULL || !cmq_importer_is_label_name (name) ||
          !cmq_importer_story_names (lines, name))
        continue;
      return cmq_importer_known_or_written (name);
    }
  return NULL;
}
