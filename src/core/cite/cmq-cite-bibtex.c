/* cmq-cite-bibtex.c: citations as BibTeX entries that classic BibTeX and biblatex both read.
 *
 * A release with a known publisher is a @techreport (institution, and the kind as its type, so
 * it prints "Press release" rather than "Technical report"); without one, a @misc. Titles and the
 * organisation are double-braced so no style lowercases "NATO". Text is escaped for TeX and
 * accented Latin letters are written as TeX accents, which every TeX engine reads; other
 * characters stay UTF-8 for biber and XeTeX.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-cite-export"

#include <string.h>

#include "cmq-cite-export.h"
#include "cmq-citation-private.h"

/* Combining marks and the TeX accent for each. */
static const struct
{
  gunichar mark;
  const char *accent;
  gboolean letter; /* a letter command, which takes its argument in braces: \c{c} */
} accents[] = {
  { 0x0300, "`", FALSE }, { 0x0301, "'", FALSE }, { 0x0302, "^", FALSE }, { 0x0303, "~", FALSE },
  { 0x0304, "=", FALSE }, { 0x0306, "u", TRUE },  { 0x0307, ".", FALSE }, { 0x0308, "\"", FALSE },
  { 0x030a, "r", TRUE },  { 0x030b, "H", TRUE },  { 0x030c, "v", TRUE },  { 0x0327, "c", TRUE },
  { 0x0328, "k", TRUE },
};

/* Letters and signs that have a TeX command of their own. */
static const struct
{
  gunichar c;
  const char *tex;
} specials[] = {
  { 0x00e6, "{\\ae}" },
  { 0x00c6, "{\\AE}" },
  { 0x0153, "{\\oe}" },
  { 0x0152, "{\\OE}" },
  { 0x00f8, "{\\o}" },
  { 0x00d8, "{\\O}" },
  { 0x00df, "{\\ss}" },
  { 0x0142, "{\\l}" },
  { 0x0141, "{\\L}" },
  { 0x0131, "{\\i}" },
  { 0x2013, "--" },
  { 0x2014, "---" },
  { 0x2018, "`" },
  { 0x2019, "'" },
  { 0x201c, "``" },
  { 0x201d, "''" },
  { 0x00ab, "{\\guillemotleft}" },
  { 0x00bb, "{\\guillemotright}" },
  { 0x00a0, "~" },
  { 0x202f, "\\," },
  { 0x2026, "{\\ldots}" },
  { 0x20ac, "{\\texteuro}" },
};

static const char *
accent_for (gunichar mark, gboolean *letter)
{
  for (guint i = 0; i < G_N_ELEMENTS (accents); i++)
    if (accents[i].mark == mark)
      {
        *letter = accents[i].letter;
        return accents[i].accent;
      }
  return NULL;
}

static void
append_ascii (GString *out, char c)
{
  switch (c)
    {
    case '#':
    case '$':
    case '%':
    case '&':
    case '_':
    case '{':
    case '}':
      g_string_append_c (out, '\\');
      g_string_append_c (out, c);
      break;
    case '~':
      g_string_append (out, "{\\textasciitilde}");
      break;
    case '^':
      g_string_append (out, "{\\textasciicircum}");
      break;
    case '\\':
      g_string_append (out, "{\\textbackslash}");
      break;
    case '\n':
    case '\r':
    case '\t':
      g_string_append_c (out, ' ');
      break;
    default:
      g_string_append_c (out, c);
    }
}

/* An accented Latin letter as {\'e}, {\c{c}}, {\'\i}; FALSE when @c is not one. */
static gboolean
append_accented (GString *out, gunichar c)
{
  char buf[8];
  g_autofree char *decomposed = NULL;
  const char *accent;
  gboolean letter = FALSE;
  gunichar base;
  char base_text[4] = { 0 };

  buf[g_unichar_to_utf8 (c, buf)] = '\0';
  decomposed = g_utf8_normalize (buf, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL || g_utf8_strlen (decomposed, -1) != 2)
    return FALSE;
  base = g_utf8_get_char (decomposed);
  accent = accent_for (g_utf8_get_char (g_utf8_next_char (decomposed)), &letter);
  if (accent == NULL || base >= 0x80 || !g_ascii_isalpha (base))
    return FALSE;
  /* A dotless i takes the accent, as TeX does not drop the dot itself. */
  if (base == 'i')
    strcpy (base_text, "\\i");
  else
    base_text[0] = (char) base;
  g_string_append_printf (out, letter ? "{\\%s{%s}}" : "{\\%s%s}", accent, base_text);
  return TRUE;
}

char *
cmq_cite_bibtex_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean done = FALSE;

      if (c < 0x80)
        {
          append_ascii (out, (char) c);
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (specials) && !done; i++)
        if (specials[i].c == c)
          {
            g_string_append (out, specials[i].tex);
            done = TRUE;
          }
      if (!done && !append_accented (out, c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The key: organisation, year and the title's first long word, in ASCII ("nato2021foreign"),
 * with a letter added when the set already has it. */
static char *
entry_key (const CmqCitation *c, GHashTable *used)
{
  GString *key = g_string_new (NULL);
  g_autofree char *ascii_org = NULL;
  g_autofree char *ascii_title = NULL;
  g_auto (GStrv) words = NULL;
  g_autofree char *base = NULL;

  ascii_org = g_str_to_ascii (c->organisation != NULL ? c->organisation : "release", "C");
  for (const char *p = ascii_org; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, g_ascii_tolower (*p));
  g_string_append_printf (key, "%u", c->year);
  ascii_title = g_str_to_ascii (c->title, "C");
  words = g_regex_split_simple ("[^A-Za-z0-9]+", ascii_title, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) >= 4)
      {
        g_autofree char *lower = g_ascii_strdown (words[i], -1);

        g_string_append (key, lower);
        break;
      }
  if (c->paragraph > 0)
    g_string_append_printf (key, "p%u", c->paragraph);
  base = g_string_free (key, FALSE);
  for (guint n = 0;; n++)
    {
      g_autofree char *candidate = NULL;

      candidate = n == 0 ? g_strdup (base) : g_strdup_printf ("%s%c", base, 'a' + (n - 1) % 26);
      if (n > 26)
        candidate = (g_free (candidate), g_strdup_printf ("%s-%u", base, n));
      if (!g_hash_table_contains (used, candidate))
        {
          g_hash_table_add (used, g_strdup (candidate));
          return g_steal_pointer (&candidate);
        }
    }
}

static void
field (GString *out, const char *name, const char *value, gboolean protect)
{
  g_autofree char *escaped = NULL;

  if (value == NULL)
    return;
  escaped = cmq_cite_bibtex_escape (value);
  g_string_append_printf (out, ",\n  %s = {%s%s%s}", name, protect ? "{" : "", escaped,
                          protect ? "}" : "");
}

/* The address as it is (url fields are verbatim), but with braces and backslashes, which would
 * unbalance the entry, percent-encoded. */
static void
url_field (GString *out, const char *url)
{
  g_autofree char *safe = g_uri_escape_string (url, ":/?#[]@!$&'()*+,;=%~.-_", TRUE);

  g_string_append_printf (out, ",\n  url = {%s}", safe);
}

static const char *const month_macros[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec" };

static void
date_fields (GString *out, const CmqCitation *c)
{
  if (c->year != 0)
    g_string_append_printf (out, ",\n  year = {%u}", c->year);
  if (c->month != 0)
    g_string_append_printf (out, ",\n  month = %s", month_macros[c->month - 1]);
  if (c->year != 0 && c->month != 0)
    g_string_append_printf (out, ",\n  date = {%04u-%02u-%02u}", c->year, c->month, c->day);
  else if (c->year != 0)
    g_string_append_printf (out, ",\n  date = {%04u}", c->year);
}

static void
bibtex_entry (GString *out, const CmqCitation *c, GDateTime *accessed, GHashTable *used)
{
  g_autofree char *key = entry_key (c, used);
  g_autofree char *kind = c->kind != NULL ? g_strdup (c->kind) : NULL;
  g_autoptr (GString) note = g_string_new (NULL);
  const char *langid = g_strcmp0 (c->language, "fr") == 0   ? "french"
                       : g_strcmp0 (c->language, "en") == 0 ? "english"
                                                            : NULL;

  if (kind != NULL)
    kind[0] = g_ascii_toupper (kind[0]);
  g_string_append_printf (out, "@%s{%s", c->organisation != NULL ? "techreport" : "misc", key);
  field (out, "author", c->organisation, TRUE);
  field (out, "institution", c->organisation, TRUE);
  field (out, "title", c->title, TRUE);
  field (out, c->organisation != NULL ? "type" : "howpublished", kind, FALSE);
  date_fields (out, c);
  if (c->url != NULL)
    {
      url_field (out, c->url);
      if (accessed != NULL)
        {
          g_autofree char *day = g_date_time_format (accessed, "%Y-%m-%d");

          g_string_append_printf (out, ",\n  urldate = {%s}", day);
        }
    }
  field (out, "langid", langid, FALSE);
  if (c->year != 0 && c->certainty != CMQ_CITE_DATE_STATED)
    g_string_append (note, c->certainty == CMQ_CITE_DATE_YEAR_INFERRED
                               ? "The year of the date was inferred, not stated"
                               : "The date was inferred, not stated");
  if (c->paragraph > 0)
    g_string_append_printf (note, "%spara. %u", note->len > 0 ? "; " : "", c->paragraph);
  field (out, "note", note->len > 0 ? note->str : NULL, FALSE);
  if (c->quote != NULL)
    field (out, "annotation", c->quote, FALSE);
  g_string_append (out, "\n}\n");
}

char *
cmq_cite_export_bibtex (GPtrArray *citations, GDateTime *accessed)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (citations != NULL, NULL);

  for (guint i = 0; i < citations->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      bibtex_entry (out, g_ptr_array_index (citations, i), accessed, used);
    }
  return g_string_free (out, FALSE);
}
