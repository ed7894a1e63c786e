/* cmq-importer-inflected.c: whether the story names an institution in another grammatical case
 * than a header line does: "Bayerischer Landtag" over a story that writes "im Bayerischen
 * Landtag", "des Bayerischen Landtags" (heldout28 bayern-01), "Deutscher Bundestag" and "des
 * Deutschen Bundestages". German (and Dutch, Polish) names change their endings with the case;
 * the header's name is the institution's own, and the story naming it so confirms it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Endings of a declined word, longest first, as keys write them: adjectives' "-er", "-en",
 * "-es", "-em", "-e", nouns' genitive "-s", "-es" and plural "-n". */
static const char *const endings[] = { "es", "en", "er", "em", "e", "s", "n", NULL };

/* A stem shorter than this is compared whole: "Rat" and "Rate" are different words. */
#define MIN_STEM_BYTES 4

/* @word, a key's word, less one declension ending when a long enough stem is left. */
static char *
stem_of (const char *word, gsize n)
{
  for (guint i = 0; endings[i] != NULL; i++)
    {
      gsize m = strlen (endings[i]);

      if (n >= MIN_STEM_BYTES + m && strncmp (word + n - m, endings[i], m) == 0)
        return g_strndup (word, n - m);
    }
  return g_strndup (word, n);
}

/* The stems of the words of @key, a key (words of letters and digits, one space between). */
static GStrv
stems_of (const char *key)
{
  g_auto (GStrv) words = g_strsplit (key, " ", -1);
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv stems;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *stem = NULL;

      if (*words[i] == '\0')
        continue;
      stem = stem_of (words[i], strlen (words[i]));
      g_strv_builder_add (builder, stem);
    }
  stems = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return stems;
}

/* Whether @line_stems holds @name_stems, one after the other. */
static gboolean
holds_stems (GStrv line_stems, GStrv name_stems)
{
  guint n = g_strv_length (name_stems);

  for (guint i = 0; line_stems[i] != NULL; i++)
    {
      guint k = 0;

      while (k < n && line_stems[i + k] != NULL && strcmp (line_stems[i + k], name_stems[k]) == 0)
        k++;
      if (k == n)
        return TRUE;
    }
  return FALSE;
}

gboolean
cmq_importer_story_names_inflected (GArray *lines, const char *name)
{
  g_autofree char *key = cmq_importer_key (name);
  g_auto (GStrv) name_stems = stems_of (key);
  g_autofree char *spaced_name = g_strconcat (" ", key, " ", NULL);

  if (g_strv_length (name_stems) < 2)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *line_key = NULL;
      g_autofree char *spaced_line = NULL;
      g_auto (GStrv) line_stems = NULL;

      if (line->role != CMQ_LINE_STORY || *line->text == '\0')
        continue;
      line_key = line->key != NULL ? g_strdup (line->key) : cmq_importer_key (line->text);
      /* most lines hold no word of the name's last stem: not cut into words for nothing */
      if (strstr (line_key, name_stems[g_strv_length (name_stems) - 1]) == NULL)
        continue;
      /* the name as written, but for case or an apostrophe ("de gemeente Middelburg"), is no
       * declined name: the story names the institution only if it writes it as the header */
      spaced_line = g_strconcat (" ", line_key, " ", NULL);
      if (strstr (spaced_line, spaced_name) != NULL)
        continue;
      line_stems = stems_of (line_key);
      if (holds_stems (line_stems, name_stems))
        return TRUE;
    }
  return FALSE;
}
