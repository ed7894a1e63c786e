/* cmq-search.c: text normalised for matching: case-folded, without accents.
 *
 * The index matches with FTS5's own folding (unicode61 remove_diacritics 2); this is the same
 * folding for the words of the query (cmq-query.c) and for the reader's highlighting
 * (cmq-html.c), so that "turkiye" finds and marks "Türkiye". Kept free of any UI so it is tested
 * without a display.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search"

#include <string.h>

#include "cmq-query.h"
#include "cmq-search.h"

/* Letters that Unicode does not decompose into a base letter and a mark. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x0110:
    case 0x0111:
      return "d"; /* Đ đ */
    case 0x00D8:
    case 0x00F8:
      return "o"; /* Ø ø */
    case 0x0141:
    case 0x0142:
      return "l"; /* Ł ł */
    case 0x00C6:
    case 0x00E6:
      return "ae"; /* Æ æ */
    case 0x0152:
    case 0x0153:
      return "oe"; /* Œ œ */
    case 0x0131:
      return "i"; /* dotless ı */
    case 0x00DF:
      return "ss"; /* ß */
    case 0x00DE:
    case 0x00FE:
      return "th"; /* Þ þ */
    default:
      return NULL;
    }
}

char *
cmq_search_normalize (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean in_space = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  /* g_utf8_normalize() reads past the end of invalid UTF-8 (valgrind sees it): validate first. */
  if (g_utf8_validate (text, -1, NULL))
    decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
    }
  if (decomposed == NULL)
    decomposed = g_strdup ("");

  out = g_string_sized_new (strlen (decomposed) + 2);
  g_string_append_c (out, ' ');

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);
      const char *special;

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;

      if ((special = fold_special (c)) != NULL)
        {
          g_string_append (out, special);
          in_space = FALSE;
        }
      else if (g_unichar_isalnum (c))
        {
          char buf[6];
          int len = g_unichar_to_utf8 (g_unichar_tolower (c), buf);

          g_string_append_len (out, buf, len);
          in_space = FALSE;
        }
      else if (!in_space)
        {
          g_string_append_c (out, ' ');
          in_space = TRUE;
        }
    }

  if (!in_space)
    g_string_append_c (out, ' ');

  return g_string_free (out, FALSE);
}

char *
cmq_search_release_text (CmqRelease *release)
{
  const char *const *paragraphs;
  g_autoptr (GString) text = NULL;

  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  text = g_string_new (cmq_release_get_title (release));
  paragraphs = cmq_release_get_paragraphs (release);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, paragraphs[i]);
    }
  return cmq_search_normalize (text->str);
}

/* Declared in cmq-query.h, with the source: filters it reads; here for the folding it shares. */
gboolean
cmq_query_source_matches (const char *source, const char *sources)
{
  g_autofree char *normalized = NULL;
  const char *p;

  if (sources == NULL)
    return TRUE;
  if (source == NULL)
    return FALSE;
  normalized = cmq_search_normalize (source);
  for (p = sources;; p++)
    {
      const char *end = strchr (p, '\n');
      g_autofree char *one = g_strndup (p, end != NULL ? (gsize) (end - p) : strlen (p));

      if (*one != '\0' && strstr (normalized, one) != NULL)
        return TRUE;
      if (end == NULL)
        return FALSE;
      p = end;
    }
}

/* Declared in cmq-query.h; here because cmq-query.c is full, and it needs only the getters. */
gboolean
cmq_query_finds_same (CmqQuery *a, CmqQuery *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strcmp0 (cmq_query_get_match (a), cmq_query_get_match (b)) == 0 &&
         g_strcmp0 (cmq_query_get_exclude_match (a), cmq_query_get_exclude_match (b)) == 0 &&
         g_strcmp0 (cmq_query_get_date_from (a), cmq_query_get_date_from (b)) == 0 &&
         g_strcmp0 (cmq_query_get_date_until (a), cmq_query_get_date_until (b)) == 0 &&
         g_strcmp0 (cmq_query_get_sources (a), cmq_query_get_sources (b)) == 0 &&
         g_strcmp0 (cmq_query_get_exclude_sources (a), cmq_query_get_exclude_sources (b)) == 0 &&
         cmq_query_is_too_long (a) == cmq_query_is_too_long (b);
}
