/* test-importer-found79.c: a long line of a speech's salutation under its short opening line is
 * kept, even when a quote mark opens the speech (issue 11: heldout17 monaco-01, "« Monsieur le
 * Président," over "Madame, Messieurs les membres du Conseil de la Couronne,"). A line from a
 * capital to a comma, no figure, up to fifteen words, under a salutation line of a few words, is
 * the salutation going on, never a caption.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_long_salutation_line (void)
{
  static const char *const pairs[][2] = {
    { "« Monsieur le Président,", "Madame, Messieurs les membres du Conseil de la Couronne," },
    { "“Mister President,", "Madam, Gentlemen, members of the Council of the Crown and guests," },
    { "Herr Präsident,", "Sehr geehrte Damen und Herren Mitglieder des Kronrats und Gäste," },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Installation of the Council – 22 June 2018 – Address by the Sovereign Prince.\n\n"
          "%s\n\n%s\n\n"
          "I wished to install this evening the Council appointed by my Order of 4 May, as I "
          "had done nine years ago with the previous one.\n\n"
          "Before telling you what I expect of you, I wish to thank the member who sat on it "
          "for fifteen years with great dedication.\n",
          pairs[i][0], pairs[i][1]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (has_paragraph (release, pairs[i][1]));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found79/long-salutation-line", test_long_salutation_line);
  return g_test_run ();
}
