/* test-importer-found176.c: a date alone on its line at the top of the dump, under a few short
 * sentences of the site's press section and over the story's first paragraph (heldout31
 * bivb-01: "Retrouvez les communiqués…", "Pour ne manquer aucune information…", "Le
 * 09/07/2025"): the page's release-date line, the sentences above it chrome, the story starting
 * under it. A paragraph above the date, or a short line under it, leaves every line in the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_top_date (const char *text, const char *date, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
  g_assert_cmpstr (cmq_release_get_date_evidence (release), ==, "release-date line");
  g_assert_true (g_str_has_prefix (first_paragraph (release), first));
}

static void
test_section_lines (void)
{
  check_top_date ("Retrouvez les communiqués des domaines et caves coopératives de la région.\n"
                  "Pour ne manquer aucune information, inscrivez-vous aux alertes.\n"
                  "Le 09/07/2025\n"
                  "Lors de son assemblée générale, début juillet, le bureau a présenté ses projets "
                  "pour préparer l’avenir, dans un contexte économique positif mais fragile.\n"
                  "Cela passe par la revue de ses documents fondateurs et de ses statuts.\n",
                  "2025-07-09", "Lors de son assemblée générale");
  check_top_date ("Browse the latest news from our press office.\n\n"
                  "Sign up to receive our alerts by email.\n\n"
                  "Never miss a story: follow us.\n\n"
                  "3 May 2021\n\n"
                  "The council agreed on Monday to open a new training centre for young farmers "
                  "in the north of the region, with places for two hundred students a year.\n\n"
                  "The first courses start in the autumn.\n",
                  "2021-05-03", "The council agreed on Monday");
}

/* A paragraph of the story above the date, or a short line under it: nothing is dropped */
static void
test_kept (void)
{
  const char *above = "The council agreed on Monday to open a new training centre for young "
                      "farmers in the north of the region, with places for two hundred students.";
  g_autofree char *paragraph = g_strdup_printf ("%s\n\n3 May 2021\n\nThe first courses start in "
                                                "the autumn, and the second ones in the spring "
                                                "of the year after, in the same buildings.\n",
                                                above);
  const char *item = "Sign up to receive our alerts by email.\n\n"
                     "3 May 2021\n\n"
                     "New centre opens.\n\n"
                     "The council agreed on Monday to open a new training centre for young "
                     "farmers in the north of the region, with places for two hundred students.\n";

  assert_first_paragraph (paragraph, above);
  assert_first_paragraph (item, "Sign up to receive our alerts by email.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found176/section-lines", test_section_lines);
  g_test_add_func ("/importer/found176/kept", test_kept);
  return g_test_run ();
}
