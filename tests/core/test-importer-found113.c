/* test-importer-found113.c: a rule that looks at the first bytes of a line cuts them on a
 * character's boundary. The patterns match without checking the text (PCRE2_NO_UTF_CHECK), and
 * the glued-dateline pattern of the posting-stamp rule took the story's first 240 bytes as they
 * came: a line with an accented letter across byte 240 crashed the 10,000-release library's
 * import in the JIT's code. Development builds check every text a pattern is given, so this
 * test fails there without the cut.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A first story sentence whose byte @at starts a two-byte letter, so that a cut after @at + 1
 * bytes falls inside it. */
static char *
sentence_with_letter_at (gsize at)
{
  GString *text = g_string_new ("Ministers met in Brussels");

  while (text->len < at)
    g_string_append (text, " and talked");
  g_string_truncate (text, at);
  g_string_append (text, "é about the plans for the next year.");
  return g_string_free (text, FALSE);
}

static void
test_cut_inside_letter (void)
{
  for (gsize at = 236; at <= 242; at++)
    {
      g_autofree char *lead = sentence_with_letter_at (at);
      g_autofree char *text =
          g_strdup_printf ("Ministers meet in Brussels\n\n%s\n\nThey will meet again.\n\n"
                           "Posted on: 12 August 2013\n",
                           lead);
      g_autoptr (CmqImporter) importer = cmq_importer_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (CmqRelease) release =
          cmq_importer_import_text (importer, text, -1, "cut.txt", 0, &error);

      g_assert_no_error (error);
      g_assert_nonnull (release);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found113/cut-inside-letter", test_cut_inside_letter);
  return g_test_run ();
}
