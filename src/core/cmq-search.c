/* cmq-search.c: search-as-you-type matching for the sidebar.
 *
 * Matching is done on normalised text (see cmq_search_normalize()) so that "turkiye" finds
 * "Türkiye" and "OTAN" finds "otan". Kept free of any UI so it is tested without a display.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search"

#include <string.h>

#include "cmq-search.h"

struct _CmqSearchQuery
{
  gatomicrefcount ref_count;
  char *text;
  GStrv terms;
  gboolean last_is_prefix;
};

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

CmqSearchQuery *
cmq_search_query_new (const char *text)
{
  CmqSearchQuery *query = g_new0 (CmqSearchQuery, 1);
  g_autofree char *normalized = NULL;
  gsize len;

  g_atomic_ref_count_init (&query->ref_count);
  query->text = g_strdup (text != NULL ? text : "");
  normalized = cmq_search_normalize (query->text);
  query->terms = g_strsplit (g_strstrip (normalized), " ", -1);
  if (query->terms[0] != NULL && query->terms[0][0] == '\0')
    {
      g_strfreev (query->terms);
      query->terms = g_new0 (char *, 1);
    }

  /* While the user types, the last word is unfinished; once they type a space it is whole. */
  len = strlen (query->text);
  query->last_is_prefix = len > 0 && !g_ascii_isspace (query->text[len - 1]);

  return query;
}

CmqSearchQuery *
cmq_search_query_ref (CmqSearchQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  g_atomic_ref_count_inc (&query->ref_count);
  return query;
}

void
cmq_search_query_unref (CmqSearchQuery *query)
{
  g_return_if_fail (query != NULL);

  if (g_atomic_ref_count_dec (&query->ref_count))
    {
      g_free (query->text);
      g_strfreev (query->terms);
      g_free (query);
    }
}

gboolean
cmq_search_query_is_empty (CmqSearchQuery *query)
{
  g_return_val_if_fail (query != NULL, TRUE);
  return query->terms[0] == NULL;
}

const char *
cmq_search_query_get_text (CmqSearchQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->text;
}

const char *const *
cmq_search_query_get_terms (CmqSearchQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return (const char *const *) query->terms;
}

gboolean
cmq_search_query_last_is_prefix (CmqSearchQuery *query)
{
  g_return_val_if_fail (query != NULL, FALSE);
  return query->last_is_prefix;
}

/* @normalized starts and ends with a space, so " term " finds a whole word and " term" the start
 * of one. */
static gboolean
contains_word (const char *normalized, const char *term, gboolean prefix)
{
  g_autofree char *needle = g_strconcat (" ", term, prefix ? NULL : " ", NULL);

  return strstr (normalized, needle) != NULL;
}

gboolean
cmq_search_query_matches (CmqSearchQuery *query, const char *normalized)
{
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (normalized != NULL, FALSE);

  for (guint i = 0; query->terms[i] != NULL; i++)
    {
      gboolean last = query->terms[i + 1] == NULL;

      if (!contains_word (normalized, query->terms[i], last && query->last_is_prefix))
        return FALSE;
    }
  return TRUE;
}
