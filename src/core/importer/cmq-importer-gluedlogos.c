/* cmq-importer-gluedlogos.c: a logo's alternative text saved at the end of a line with no space
 * before it (" Geneva, 1 July 2014IPU Logo-bottom", "Press ReleaseIPU Logo-middle", heldout39
 * ipu-01: an old site's logo cut in slices, each named after its place). The line is what stands
 * before it, a date line or a kind label read as such, and the logo's name is dropped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-gluedlogos.h"
#include "cmq-importer-private.h"

/* A logo's name: this many words at most before its word "Logo". */
#define MAX_LOGO_NAME_WORDS 3
/* A slice's place after "Logo-" ("top", "middle", "bottom") is this short. */
#define MAX_LOGO_PLACE_BYTES 8

/* Whether the word of @len bytes at @word is "logo", alone or with a slice's place after a
 * hyphen or an underscore ("Logo-top", "logo_bottom"). */
static gboolean
is_logo_word (const char *word, gsize len)
{
  if (len < 4 || g_ascii_strncasecmp (word, "logo", 4) != 0)
    return FALSE;
  if (len == 4)
    return TRUE;
  if ((word[4] != '-' && word[4] != '_') || len - 5 > MAX_LOGO_PLACE_BYTES || len == 5)
    return FALSE;
  for (gsize k = 5; k < len; k++)
    if (!g_ascii_isalpha (word[k]))
      return FALSE;
  return TRUE;
}

/* Where in the word at @word, ending at @end, a name in capitals is glued after a figure or a
 * word in lower case ("2014IPU", "ReleaseIPU"), or NULL. */
static const char *
glued_name_start (const char *word, const char *end)
{
  for (const char *p = word + 1; p < end; p++)
    {
      const char *q = p;

      if (!g_ascii_isupper (*p) || !(g_ascii_islower (p[-1]) || g_ascii_isdigit (p[-1])))
        continue;
      /* a name in capitals: "IPU", not "McDonald" */
      while (q < end && g_ascii_isupper (*q))
        q++;
      if (q == end && (q - p >= 2 || g_ascii_isdigit (p[-1])))
        return p;
    }
  return NULL;
}

static void
cut_glued_logo (Line *line)
{
  char *text = line->text;
  gsize len = strlen (text);
  const char *last = text + len;
  const char *word_end;
  guint words = 0;

  /* the quick test: the line ends in "logo" or "Logo-…" */
  if (len < 6 || g_ascii_tolower (text[len - 1]) < 'a' || g_ascii_tolower (text[len - 1]) > 'z')
    return;
  while (last > text && last[-1] != ' ')
    last--;
  if (last == text || !is_logo_word (last, text + len - last))
    return;
  /* back over the logo's name, a word at a time, to the word it is glued to */
  word_end = last - 1;
  while (word_end > text && words < MAX_LOGO_NAME_WORDS)
    {
      const char *word = word_end;
      const char *glued;

      while (word > text && word[-1] != ' ')
        word--;
      glued = glued_name_start (word, word_end);
      if (glued != NULL)
        {
          line->text[glued - text] = '\0';
          return;
        }
      if (word == text)
        return;
      word_end = word - 1;
      words++;
    }
}

void
cmq_importer_cut_glued_logos (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    cut_glued_logo (&g_array_index (lines, Line, i));
}
