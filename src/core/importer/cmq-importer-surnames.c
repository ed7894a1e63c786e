/* cmq-importer-surnames.c: a person's surname is no organisation ("Govt must do more to protect
 * charity sector - Davey" over "…, Ed Davey said:"). A headline's tail after its dash may name
 * the speaker rather than the issuer: a single word in lower case after its capital, which the
 * story writes only after a given name (a capitalised word inside a sentence), is a surname.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Whether @name is one word of a capital and lower-case letters ("Davey"; not "ECOWAS", an
 * acronym, nor "Liberal Democrats"). */
static gboolean
is_single_titled_word (const char *name)
{
  const char *p = name;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return FALSE;
  for (p = g_utf8_next_char (p); *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_islower (g_utf8_get_char (p)) && *p != '-' && *p != '\'')
      return FALSE;
  return p > g_utf8_next_char (name);
}

/* Whether the word that ends at @end (exclusive) in @text is a capitalised word inside a
 * sentence: a capital, then lower-case letters, with a space before it that follows neither a
 * full stop nor the start of the line ("Ed" in "Liberal Democrats, Ed Davey"). */
static gboolean
follows_given_name (const char *text, const char *end)
{
  const char *start = end;
  gunichar c;

  while (start > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (start))))
    start = g_utf8_prev_char (start);
  if (start == end || !g_unichar_isupper (g_utf8_get_char (start)) || start - text < 2 ||
      start[-1] != ' ')
    return FALSE;
  c = g_utf8_get_char (g_utf8_prev_char (start - 1));
  return c != '.' && c != '!' && c != '?' && c != ':' && c != '"' && c != 0x201C;
}

/* Whether the story names @name, a single titled word, and only ever after a given name: a
 * person's surname. */
gboolean
cmq_importer_is_story_surname (GArray *lines, const char *name)
{
  gsize bytes = strlen (name);
  guint after_given = 0;

  if (!is_single_titled_word (name))
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role != CMQ_LINE_STORY)
        continue;
      for (const char *at = strstr (line->text, name); at != NULL; at = strstr (at + bytes, name))
        {
          if (g_unichar_isalpha (g_utf8_get_char (at + bytes)) ||
              (at > line->text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (at)))))
            continue;
          if (at - line->text < 2 || at[-1] != ' ' || !follows_given_name (line->text, at - 1))
            return FALSE;
          after_given++;
        }
    }
  return after_given > 0;
}
