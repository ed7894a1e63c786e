/* cmq-importer-widgets.c: lines that a page's widgets leave in a dump, whatever the site and
 * the language: the names of a row of icons glued together, and a contact's telephone number.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A glued row of icons repeats its words this often, over this many words at least. */
#define MIN_GLUED_REPEATS 4
#define MIN_GLUED_WORDS   8
/* A word shorter than this ("de", "the") repeats in any line. */
#define MIN_GLUED_WORD_BYTES 4
/* … and makes up this part of its words at least (one in four). */
#define MIN_GLUED_SHARE 4

/* Whether @text glues names together: a slash between them ("Project/Icons"), or a lower-case
 * letter right before a capital ("advocateProject"). */
static gboolean
has_glued_names (const char *text)
{
  gunichar previous = 0;

  if (strchr (text, '/') != NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c) && g_unichar_islower (previous))
        return TRUE;
      previous = c;
    }
  return FALSE;
}

/* "Project/Icons / advocateProject/Icons / appealsProject/Icons / …" (heldout19 stc-02): the
 * names of a row of icons or buttons, glued by the dump into one line. No sentence says one
 * word of four letters or more four times over, glued to others, with no stop in it; a headline
 * never does. */
gboolean
cmq_importer_is_glued_repeat (const char *text, const char *key, guint n_words)
{
  g_autoptr (GHashTable) counts = NULL;
  g_auto (GStrv) words = NULL;

  if (n_words < MIN_GLUED_WORDS || strstr (text, ". ") != NULL ||
      cmq_importer_ends_sentence (text) || !has_glued_names (text))
    return FALSE;
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  words = g_strsplit (key, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      guint n;

      if (strlen (words[i]) < MIN_GLUED_WORD_BYTES)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, words[i])) + 1;
      /* the repeated word is a quarter of the line at least: a list of names in a sentence
       * ("Prime Minister …, Prime Minister …") repeats its title far less densely */
      if (n >= MIN_GLUED_REPEATS && n * MIN_GLUED_SHARE >= n_words)
        return TRUE;
      g_hash_table_insert (counts, words[i], GUINT_TO_POINTER (n));
    }
  return FALSE;
}

/* A telephone number has at least this many digits, in groups. */
#define MIN_PHONE_DIGITS 7
#define MIN_PHONE_GROUPS 2

/* Whether @text ends with a telephone number: digits in groups that spaces, dots, hyphens,
 * slashes or brackets part, a '+' before them at most ("Francine Uenuma 202.450.9153",
 * "Tel. +41 22 918 40 00", "0406 117 937"). A year, a sum or a date is one group, or has
 * letters or a comma after it. */
gboolean
cmq_importer_ends_with_phone (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *date = NULL;
  const char *end = text + strlen (text);
  const char *p = end;
  guint digits = 0, groups = 0;
  gboolean in_group = FALSE;

  while (p > text)
    {
      char c = p[-1];

      if (g_ascii_isdigit (c))
        {
          digits++;
          if (!in_group)
            groups++;
          in_group = TRUE;
        }
      else if (c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')')
        in_group = FALSE;
      else
        break;
      p--;
    }
  if (p > text && p[-1] == '+')
    p--;
  /* the number starts at its first figure or '+', past the spaces that part it from a word */
  while (*p == ' ' || *p == '.' || *p == '-' || *p == '/' || *p == '(' || *p == ')')
    p++;
  /* what stands before the number is a word or a label, not more figures */
  if (digits < MIN_PHONE_DIGITS || groups < MIN_PHONE_GROUPS ||
      !(p == text || p[-1] == ' ' || p[-1] == ':' || p[-1] == '+'))
    return FALSE;
  /* "27.01.2016", "(28.04.2014)", "2024-06-12": a date, not a number to call */
  cmq_regex_get (
      &initialised, &date,
      "^\\s*(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})\\)?\\s*$");
  return !cmq_regex_match (date, p);
}
