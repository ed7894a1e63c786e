/* cmq-importer-categories.c: a blog's or a news site's category line above the headline ("Filed
 * under Press releases", "Archivado en Comunicados", "Classé dans Communiqués"): the section a
 * post is filed in, never its headline; when the category is a kind in the plural, it is the
 * release's kind; the line right under it, when no headline was found above the story, is the
 * post's headline, even ending with a full stop ("Archivado en Comunicados" over "COMFIA CCOO
 * protesta en las puertas de Santa Lucía.", heldout24 ccoo-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A category's name has at most this many words. */
#define MAX_CATEGORY_WORDS 4
/* A post's headline under its category line has at most this many words: more is its lead. */
#define MAX_FILED_HEADLINE_WORDS 20

/* The category that the key of a category line names (after "filed under", "posted in",
 * "classé dans", "archivado en" …, in en fr es it de pt nl), a pointer into @key, or NULL. */
static const char *
category_of_key (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int start;

  cmq_regex_get (&initialised, &regex,
                 "^(?:filed under|posted in|archived in|categori[sz]ed as|"
                 "classe dans|classe sous|publie dans|archive dans|"
                 "archivado en|publicado en|archiviato in|pubblicato in|"
                 "abgelegt unter|veroffentlicht in|arquivado em|publicado em|"
                 "geplaatst in|gearchiveerd in) (\\S.*)$");
  if (!cmq_regex_find (regex, key, 1, &start, NULL) || start < 0 ||
      cmq_importer_count_words (key + start) > MAX_CATEGORY_WORDS)
    return NULL;
  return key + start;
}

gboolean
cmq_importer_is_category_line (const char *text)
{
  g_autofree char *key = NULL;

  if (strlen (text) > 80 || !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  key = cmq_importer_key (text);
  return category_of_key (key) != NULL;
}

const char *
cmq_importer_kind_of_category_line (const char *text)
{
  g_autofree char *key = NULL;
  const char *category;
  const char *kind;
  gsize n;

  if (!cmq_importer_is_category_line (text))
    return NULL;
  key = cmq_importer_key (text);
  category = category_of_key (key);
  kind = cmq_importer_kind_of_plural_start (category, &n);
  return kind != NULL && category[n] == '\0' ? kind : NULL;
}

/* Whether @text holds a sentence's end before its own ("The union protests. It is at the
 * gates."): two sentences are the post's first paragraph, never its headline. */
static gboolean
holds_two_sentences (const char *text)
{
  for (const char *p = text; *p != '\0' && p[1] != '\0'; p++)
    if ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' ' &&
        g_unichar_isupper (g_utf8_get_char (p + 2)))
      return TRUE;
  return FALSE;
}

guint
cmq_importer_headline_under_category (GArray *lines, const LineInfo *info, guint first)
{
  guint above = nonblank_above (lines, first);
  const char *text;

  if (first >= lines->len || above == lines->len ||
      !cmq_importer_is_category_line (g_array_index (lines, Line, above).text))
    return lines->len;
  text = g_array_index (lines, Line, first).text;
  /* a headline over more of the post, not its one paragraph; nor a label ("Contact:") */
  if (nonblank_below (lines, first) == lines->len || info[first].label ||
      info[first].words < MIN_HEADLINE_WORDS || info[first].words > MAX_FILED_HEADLINE_WORDS ||
      !g_unichar_isupper (g_utf8_get_char (text)) || g_str_has_suffix (text, ":") ||
      holds_two_sentences (text))
    return lines->len;
  set_role (lines, first, CMQ_LINE_HEADLINE);
  return first;
}
