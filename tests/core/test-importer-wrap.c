/* test-importer-wrap.c: a hard-wrapped dump keeps its whole story.
 *
 * A story line cut at the wrap width looks like a short line without a sentence's end, which is
 * what headlines and menus look like: read line by line, the story was taken for chrome. The
 * dumps here are made in the test from constructed text, wrapped at several widths.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"

static const char *const story[] = {
  "Allied foreign ministers met in Brussels today to discuss support for Ukraine, the "
  "readiness of the forces of the Alliance and the partnership with the European Union, which "
  "Ministers described as stronger than at any time in its history.",
  "The Secretary General welcomed the decision of Sweden and Finland to increase their defence "
  "spending, and said that Allies would keep working together to address the gravest threat "
  "to Euro-Atlantic security in decades.",
  "Ministers also discussed the situation in the Western Balkans, Tunisia and the whole "
  "Mediterranean region, where terrorism remains a threat to all of us, and agreed to meet "
  "again in Vilnius before the summer.",
};

/* Wraps @text at @width (breaking between words), as a save tool or an e-mail client does. */
static void
append_wrapped (GString *out, const char *text, guint width)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint column = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint length = g_utf8_strlen (words[i], -1);

      if (column > 0 && column + 1 + length > width)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      else if (column > 0)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += length;
    }
  g_string_append (out, "\n\n");
}

static char *
squeeze (const char *text)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \n", -1);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_wrapped_story_kept (void)
{
  const guint widths[] = { 60, 66, 72, 78 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr (GString) dump = g_string_new ("Home\nNews\nPress releases\nShare\nPrint\n\n");
      g_autoptr (CmqImporter) importer = cmq_importer_new ();
      g_autoptr (CmqRelease) release = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (GString) kept = g_string_new (NULL);
      const char *const *paragraphs;

      g_string_append (dump, "Ministers discuss support for Ukraine\n\n");
      for (guint i = 0; i < G_N_ELEMENTS (story); i++)
        append_wrapped (dump, story[i], widths[w]);
      release = cmq_importer_import_text (importer, dump->str, -1, "wrapped.txt", 0, &error);
      g_assert_no_error (error);
      paragraphs = cmq_release_get_paragraphs (release);
      for (guint i = 0; paragraphs[i] != NULL; i++)
        g_string_append_printf (kept, "%s%s", i > 0 ? "\n" : "", paragraphs[i]);
      g_test_message ("wrapped at %u: %s", widths[w], kept->str);
      for (guint i = 0; i < G_N_ELEMENTS (story); i++)
        {
          g_autofree char *expected = squeeze (story[i]);
          g_autofree char *found = squeeze (kept->str);

          g_assert_nonnull (strstr (found, expected));
        }
      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Ministers discuss support for Ukraine");
    }
}

/* Lines of links, each a title, are not one wrapped paragraph: they stay apart, and a story below
 * them is still found. */
static void
test_link_list_not_joined (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) dump = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (story); i++)
    g_string_append_printf (dump, "%s\n\n", story[i]);
  g_string_append (dump, "Related news\n"
                         "Foreign Ministers Meet In Brussels To Discuss The Western Balkans\n"
                         "Secretary General Welcomes Finland And Sweden To The Defence Meeting\n"
                         "Allied Leaders Reaffirm Their Unity Ahead Of The Summit In Vilnius\n"
                         "NATO And The European Union Sign A New Joint Declaration Today\n");
  release = cmq_importer_import_text (importer, dump->str, -1, "links.txt", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) cmq_release_get_paragraphs (release)), ==,
                    G_N_ELEMENTS (story));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-wrap/story-kept", test_wrapped_story_kept);
  g_test_add_func ("/importer-wrap/link-list-not-joined", test_link_list_not_joined);
  return g_test_run ();
}
