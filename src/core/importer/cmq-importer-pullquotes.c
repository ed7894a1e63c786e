/* cmq-importer-pullquotes.c: a pull quote under the story, its words without a final stop, and
 * its speaker's name alone on the line under it ("In dit interdisciplinaire onderzoeksproject
 * ontwikkelen we een nieuwe methode … begrijpen en beïnvloeden" over "Veerle Cnudde", heldout37
 * uu-01): the page's display of words the story's person said, not the story's last paragraph.
 * Only when the name is one the story gives above, whole, and speaks of after by the surname
 * alone ("Cnudde gaat in haar …"), as a story about a person does, and a paragraph of the story
 * ending with its full stop stands above the quote: a last paragraph that is cut, signed by a name
 * the story does not give, or an op-ed's last paragraph over its author's signature (the author
 * named whole, in a byline or an introduction, never by the surname alone) stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A name alone on its line: two to four words, each opening with a capital. */
#define MIN_NAME_WORDS 2
#define MAX_NAME_WORDS 4

/* Whether @text is a person's name alone: words opening with a capital, letters, hyphens and
 * apostrophes only. */
static gboolean
is_name_line (const char *text, guint words)
{
  gboolean word_start = TRUE;

  if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ')
        word_start = TRUE;
      else if ((word_start && !g_unichar_isupper (c)) ||
               (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != 0x2019))
        return FALSE;
      else
        word_start = FALSE;
    }
  return TRUE;
}

/* The last character of @text, a letter when a sentence is left without its stop. */
static gunichar
last_char (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text && end[-1] == ' ')
    end--;
  return end > text ? g_utf8_get_char (g_utf8_prev_char (end)) : 0;
}

/* Whether @text speaks of the person @name by the surname alone: the name's last word, whole,
 * not as the end of the name written whole. */
static gboolean
names_by_surname (const char *text, const char *name)
{
  const char *surname = strrchr (name, ' ');
  gsize name_len = strlen (name), surname_len;

  if (surname == NULL)
    return FALSE;
  surname++;
  surname_len = strlen (surname);
  for (const char *p = strstr (text, surname); p != NULL; p = strstr (p + 1, surname))
    {
      gsize before = p - text;

      if ((before > 0 && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p)))) ||
          g_unichar_isalpha (g_utf8_get_char (p + surname_len)))
        continue;
      if (before >= name_len - surname_len &&
          memcmp (p - (name_len - surname_len), name, name_len - surname_len) == 0)
        continue;
      return TRUE;
    }
  return FALSE;
}

guint
cmq_importer_pull_quote_start (GArray *lines, const LineInfo *info, guint first, guint cut)
{
  guint name = MIN (cut, lines->len);
  guint quote, above;
  const char *name_text;
  gboolean given = FALSE, by_surname = FALSE;

  /* the speaker's name, the last line above the cut, and the quote over it: as long as a
   * sentence, its last word without a stop */
  while (name-- > first + 1 && is_blank (lines, name))
    ;
  if (name <= first || name >= lines->len || info[name].body ||
      role_at (lines, name) != CMQ_LINE_STORY ||
      !is_name_line (g_array_index (lines, Line, name).text, info[name].words))
    return cut;
  quote = nonblank_above (lines, name);
  if (quote <= first || quote >= name || role_at (lines, quote) != CMQ_LINE_STORY ||
      info[quote].words < MIN_SENTENCE_WORDS ||
      !g_unichar_isalpha (last_char (g_array_index (lines, Line, quote).text)))
    return cut;
  /* the story's last paragraph above, ending with its stop, and the name given in the story */
  above = quote;
  while (above-- > first && (is_blank (lines, above) || !info[above].body))
    ;
  if (above < first || above >= quote || role_at (lines, above) != CMQ_LINE_STORY ||
      g_unichar_isalpha (last_char (g_array_index (lines, Line, above).text)))
    return cut;
  name_text = g_array_index (lines, Line, name).text;
  for (guint i = first; i < quote; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (!info[i].body || role_at (lines, i) != CMQ_LINE_STORY)
        continue;
      given = given || strstr (text, name_text) != NULL;
      by_surname = by_surname || names_by_surname (text, name_text);
    }
  return given && by_surname ? quote : cut;
}
