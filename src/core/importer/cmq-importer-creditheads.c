/* cmq-importer-creditheads.c: the furniture a release-distribution site or a blog puts under
 * the headline, never the headline itself: the distributor's line saying who provided the
 * release and when ("News provided by Game & Wildlife Conservation Trust on Friday 21st Sep
 * 2018", "Publié par … le 3 mai 2021"), and an author's name alone on its line between the
 * headline and the story ("Laura Cortizo"); and two shapes of headline the choosers missed: one
 * opened by a quotation in curly single quotes, one ending with a date in capitals.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-creditheads.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A distributor's line names the provider and a date: a few words more than a date line. */
#define MAX_CREDIT_WORDS 20

/* An author's name alone on its line: a given name and one or two surnames. */
#define MIN_AUTHOR_NAME_WORDS 2
#define MAX_AUTHOR_NAME_WORDS 3

gboolean
cmq_importer_is_distributor_credit (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  /* the date's figures and the word before the provider, before any folding */
  if (strpbrk (text, "0123456789") == NULL ||
      (strstr (text, " by ") == NULL && strstr (text, " par ") == NULL &&
       strstr (text, " von ") == NULL && strstr (text, " por ") == NULL &&
       strstr (text, " da ") == NULL && strstr (text, " door ") == NULL) ||
      cmq_importer_count_words (text) > MAX_CREDIT_WORDS || !cmq_importer_ends_with_date (text))
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (
      &initialised, &regex,
      "^(?:(?:news|content|press release|release|story|article|communique|"
      "pressemitteilung|nota|noticia|comunicado|comunicato)\\s+)?"
      "(?:(?:provided|published|distributed|issued|submitted|posted|released|supplied)\\s+by|"
      "(?:publie|publiee|diffuse|diffusee|fourni|fournie)\\s+par|"
      "(?:veroffentlicht|bereitgestellt|herausgegeben|eingestellt)\\s+von|"
      "(?:publicado|publicada|divulgado|divulgada|distribuido|distribuida)\\s+por|"
      "(?:pubblicato|pubblicata|diffuso|diffusa)\\s+da|"
      "(?:gepubliceerd|verspreid)\\s+door)\\s+\\S");
  return cmq_regex_match (regex, folded);
}

/* Whether @word is written as a name: a capital, then letters in lower case (a hyphen or an
 * apostrophe between its parts). */
static gboolean
is_titled_word (const char *word, gsize len)
{
  const char *end = word + len;

  if (!g_unichar_isupper (g_utf8_get_char (word)))
    return FALSE;
  for (const char *p = g_utf8_next_char (word); p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_islower (c) && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_author_name_line (const char *text, const char *key)
{
  guint words = 0;

  /* a name's first letter is a capital; no figure, no punctuation but inside its words */
  if (!g_unichar_isupper (g_utf8_get_char (text)) || strpbrk (text, "0123456789:,.;|") != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0';)
    {
      gsize len = strcspn (p, " ");

      if (len > 0 && (++words > MAX_AUTHOR_NAME_WORDS || !is_titled_word (p, len)))
        return FALSE;
      p += len;
      p += strspn (p, " ");
    }
  return words >= MIN_AUTHOR_NAME_WORDS && !cmq_importer_is_institution_name (text) &&
         (key == NULL || !cmq_importer_names_organisation_word (key));
}

/* Whether @key, a line's key, holds @word (@len bytes) as a whole word. */
static gboolean
key_holds_word (const char *key, const char *word, gsize len)
{
  for (const char *p = strstr (key, word); p != NULL; p = strstr (p + 1, word))
    if ((p == key || p[-1] == ' ') && (p[len] == ' ' || p[len] == '\0'))
      return TRUE;
  return FALSE;
}

/* Whether a line under line @i says a word of its key @name: a short heading's words come back
 * in its story ("Vaccination campaign"), an author's name, over it, does not. */
static gboolean
said_below (GArray *lines, guint i, const char *name)
{
  for (const char *w = name; *w != '\0';)
    {
      gsize len = strcspn (w, " ");
      g_autofree char *word = g_strndup (w, len);

      for (guint k = i + 1; k < lines->len; k++)
        {
          const char *key = g_array_index (lines, Line, k).key;

          if (key != NULL && key_holds_word (key, word, len))
            return TRUE;
        }
      w += len;
      w += strspn (w, " ");
    }
  return FALSE;
}

gboolean
cmq_importer_is_byline_under_headline (GArray *lines, const LineInfo *info, guint i)
{
  const Line *line = &g_array_index (lines, Line, i);
  guint above;

  if (info[i].words > MAX_AUTHOR_NAME_WORDS || line->key == NULL ||
      !is_author_name_line (line->text, line->key))
    return FALSE;
  above = nonblank_above (lines, i);
  return above < lines->len && info[above].words > info[i].words &&
         cmq_importer_is_fresh_headline (lines, info, above) && !said_below (lines, i, line->key) &&
         !is_author_name_line (g_array_index (lines, Line, above).text,
                               g_array_index (lines, Line, above).key);
}

gboolean
cmq_importer_opens_with_single_quote (const char *text)
{
  const char *inside;

  if (g_utf8_get_char (text) != 0x2018)
    return FALSE;
  inside = g_utf8_next_char (text);
  return g_unichar_isupper (g_utf8_get_char (inside)) && strstr (inside, "\xe2\x80\x99") != NULL;
}

gboolean
cmq_importer_is_date_in_capitals (const char *word, const char *date)
{
  guint letters = 0;

  if (g_utf8_strlen (word, -1) < 2)
    return FALSE;
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isupper (g_utf8_get_char (p)))
      return FALSE;
  for (const char *p = date; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters += g_unichar_isupper (c);
    }
  return letters >= 2;
}
