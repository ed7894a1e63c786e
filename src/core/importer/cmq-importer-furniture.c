/* cmq-importer-furniture.c: the kind the page's furniture above the story names: a breadcrumb's
 * last crumb, a marked label, a section heading in the plural, a label over a date, a line of
 * categories, a label beside its issuer's acronym, a byline ending with the kind.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Crumbs of a breadcrumb: "Home > News > Article", "Accueil › Presse › Communiqué". */
#define MIN_CRUMBS 2
/* Words of an item of a line of categories: "Olympic News, Press Release". */
#define MAX_CATEGORY_WORDS 3

/* "Olympic News, Press Release" (heldout7 ioc-01): names of the page's categories, capitalised,
 * set apart by commas; the kind of the one that is a kind label alone, the most telling one (a
 * press release before a mere news item); or NULL. */
static const char *
kind_among_categories (const char *text)
{
  g_auto (GStrv) items = NULL;
  const char *found = NULL;

  /* Most lines hold no comma: not split for nothing. */
  if (strchr (text, ',') == NULL)
    return NULL;
  items = g_strsplit (text, ",", -1);
  if (g_strv_length (items) < 2)
    return NULL;
  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *item = g_strstrip (items[i]);
      g_autofree char *folded = NULL;
      const char *kind;

      if (!g_unichar_isupper (g_utf8_get_char (item)) ||
          cmq_importer_count_words (item) > MAX_CATEGORY_WORDS)
        return NULL;
      folded = cmq_importer_fold (item);
      kind = cmq_importer_kind_of_start (folded, TRUE);
      if (kind != NULL && (found == NULL || strcmp (found, "news story") == 0))
        found = kind;
    }
  return found;
}

/* Words of the kind that ends a byline line: "Transcript of Press Conference". */
#define MAX_BYLINE_KIND_WORDS 6

/* "Stephen Smith, Minister for Defence, Transcript of Press Conference," (heldout10 ausdef-03):
 * a speaker and their office, capitalised items of a few words set apart by commas, then the
 * kind of what they said, perhaps with its occasion: the kind; or NULL. */
static const char *
kind_ending_byline (const char *text)
{
  g_auto (GStrv) items = NULL;
  guint n;
  g_autofree char *folded = NULL;
  const char *last;
  const char *comma = strchr (text, ',');

  /* Three items need two commas: most lines are not split for nothing. */
  if (comma == NULL || strchr (comma + 1, ',') == NULL)
    return NULL;
  items = g_strsplit (text, ",", -1);
  n = g_strv_length (items);
  while (n > 0 && *g_strstrip (items[n - 1]) == '\0')
    n--;
  if (n < 3)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      const char *item = g_strstrip (items[i]);

      if (!g_unichar_isupper (g_utf8_get_char (item)) ||
          cmq_importer_count_words (item) >
              (i + 1 < n ? MAX_CATEGORY_WORDS : MAX_BYLINE_KIND_WORDS))
        return NULL;
    }
  last = items[n - 1];
  if (cmq_importer_ends_sentence (last))
    return NULL;
  folded = cmq_importer_fold (last);
  return cmq_importer_kind_of_start (folded, FALSE);
}

/* Letters of an organisation's acronym beside a kind label ("IOC", "LDH"). */
#define MIN_ACRONYM_LETTERS 2
#define MAX_ACRONYM_LETTERS 8

/* Whether @word is an acronym: capital ASCII letters alone. */
static gboolean
is_acronym (const char *word)
{
  gsize n = strlen (word);

  if (n < MIN_ACRONYM_LETTERS || n > MAX_ACRONYM_LETTERS)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (word[i]))
      return FALSE;
  return TRUE;
}

/* Whether @text holds a lower-case letter. */
static gboolean
has_lower (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* "IOC News", "Communiqué LDH" (heldout7 ioc-02, heldout12 ldh-01): a kind label, written in
 * lower case, and the acronym of its issuer before or after it, alone on a line: the kind; or
 * NULL. A headline has more words or no acronym. */
static const char *
kind_beside_acronym (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_auto (GStrv) words = NULL;
  guint n = 1;
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  /* The words are the spaces and one: counted before splitting, which most lines fail. */
  for (const char *p = stripped; *p != '\0' && n <= MAX_CATEGORY_WORDS + 1; p++)
    n += *p == ' ';
  if (n < 2 || n > MAX_CATEGORY_WORDS + 1)
    return NULL;
  words = g_strsplit (stripped, " ", -1);
  n = g_strv_length (words);
  if (n < 2 || n > MAX_CATEGORY_WORDS + 1)
    return NULL;
  if (is_acronym (words[0]))
    label = g_strjoinv (" ", words + 1);
  else if (is_acronym (words[n - 1]))
    {
      g_free (g_steal_pointer (&words[n - 1]));
      label = g_strjoinv (" ", words);
    }
  /* a label in capitals alone is a heading's ("WTO NEWS") */
  if (label == NULL || !has_lower (label))
    return NULL;
  folded = cmq_importer_fold (label);
  if (cmq_importer_kind_phrase_length (folded) != strlen (folded))
    return NULL;
  return cmq_importer_kind_of_start (folded, TRUE);
}

/* Whether @text, folded and stripped, may open with the bracket or bullet of a marked label: its
 * first byte that is no ASCII space is one of them or not ASCII (folding may turn a character
 * into a bullet, "·" from U+0387, and drops marks), so that most lines need not be folded. */
static gboolean
may_open_with_mark (const char *text)
{
  while (g_ascii_isspace (*text))
    text++;
  return (guchar) *text >= 0x80 || *text == '(' || *text == '[' || *text == '*';
}

/* "WTO NEWS: 2004 PRESS RELEASES" (heldout6 wto-01), "Newsroom: Speeches 2019": a site's
 * section, a colon, then the kind in the plural, perhaps with a year, and nothing else: the
 * archive the page is filed in, so the page's kind; or NULL. */
static const char *
kind_of_section_heading (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *rest = NULL;
  const char *kind;
  gsize n;

  if (strchr (text, ':') == NULL)
    return NULL;
  folded = cmq_importer_fold (text);
  cmq_importer_regex_get (&initialised, &regex,
                          "^[^:]{2,40}:\\s*(?:\\d{4}\\s+)?(.+?)(?:\\s+\\d{4})?\\s*$");
  if (!g_regex_match (regex, folded, 0, &match))
    return NULL;
  rest = g_match_info_fetch (match, 1);
  kind = cmq_importer_kind_of_plural_start (rest, &n);
  return kind != NULL && rest[n] == '\0' ? kind : NULL;
}

/* "Pressemitteilung Deutschland 04. November 2013" (heldout7 amnesty-03), "Statement 30 October
 * 2023": a kind label, perhaps one word of the site's section or country, then a date alone
 * (cmq_importer_is_head_date_line ()): the page's kind; or NULL. */
static const char *
kind_before_date (const char *text)
{
  g_autofree char *folded = NULL;
  const char *rest;
  gsize n;

  if (strpbrk (text, "0123456789") == NULL)
    return NULL;
  folded = cmq_importer_fold (text);
  n = cmq_importer_kind_phrase_length (folded);
  if (n == 0 || folded[n] != ' ')
    return NULL;
  rest = folded + n + 1;
  if (!cmq_importer_is_head_date_line (rest))
    {
      gsize word = strcspn (rest, " ");

      if (rest[word] != ' ' || strpbrk (rest, "0123456789") < rest + word ||
          !cmq_importer_is_head_date_line (rest + word + 1))
        return NULL;
    }
  return cmq_importer_kind_of_start (folded, FALSE);
}

/* The kind a line above the story says in the page's furniture: the last crumb of a breadcrumb,
 * a kind label after a list's bullet ("• Dichiarazione e osservazioni", among the page's facts),
 * a section heading naming a kind in the plural, a kind label over a date, a byline after a topic
 * between dashes, a line of categories, a speaker's byline ending with the kind; or NULL. */
static const char *
kind_of_furniture (const char *text)
{
  g_auto (GStrv) crumbs = NULL;
  g_autofree char *folded = NULL;
  const char *kind;
  guint n;

  if (strstr (text, " > ") != NULL || strstr (text, " \u203a ") != NULL)
    {
      crumbs = g_regex_split_simple ("\\s+[>\u203a]\\s+", text, 0, 0);
      n = g_strv_length (crumbs);
      if (n < MIN_CRUMBS)
        return NULL;
      folded = cmq_importer_fold (g_strstrip (crumbs[n - 1]));
      return cmq_importer_kind_of_start (folded, TRUE);
    }
  if (!may_open_with_mark (text))
    {
      kind = kind_beside_acronym (text);
      if (kind == NULL)
        kind = kind_of_section_heading (text);
      if (kind == NULL)
        kind = kind_before_date (text);
      if (kind == NULL)
        kind = cmq_importer_kind_after_date (text);
      if (kind == NULL)
        kind = cmq_importer_kind_of_joined_labels (text);
      if (kind == NULL)
        kind = kind_among_categories (text);
      return kind != NULL ? kind : kind_ending_byline (text);
    }
  folded = cmq_importer_fold (text);
  if (cmq_importer_kind_of_marked_label (g_strstrip (folded)) != NULL)
    return cmq_importer_kind_of_marked_label (folded);
  if ((kind = cmq_importer_kind_of_topic_byline (text)) != NULL)
    return kind;
  return kind_among_categories (text);
}

const char *
cmq_importer_kind_of_head_furniture (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const char *kind;

      /* above the story only: a list of related pages below it names their kinds, not this one's */
      if (*line->text == '\0')
        continue;
      if (line->role == CMQ_LINE_STORY)
        return cmq_importer_kind_after_date_in_story_head (lines, i);
      if ((kind = cmq_importer_kind_of_list_heading (lines, i)) != NULL)
        return kind;
      if (line->role != CMQ_LINE_HEADLINE && (kind = kind_of_furniture (line->text)) != NULL)
        return kind;
      if ((kind = cmq_importer_kind_of_crumbs_to_headline (lines, i)) != NULL ||
          (line->role != CMQ_LINE_HEADLINE &&
           (kind = cmq_importer_kind_of_closed_byline (line->text)) != NULL))
        return kind;
      if ((kind = cmq_importer_caps_kind_from_issuer (line->text)) != NULL)
        return kind;
      /* "Speech by Minister for Defence Stephen Smith MP … Opening Address, Adelaide" under the
       * headline: a byline, however long, not a sentence of the story */
      if (line->role == CMQ_LINE_STANDFIRST &&
          (kind = cmq_importer_kind_of_standfirst (line->text)) != NULL)
        return kind;
    }
  return NULL;
}
