/* test-importer-found112.c: two headlines the nearest headline-shaped line hid: one in capitals
 * over a run of decks in the case of sentences (a wire's layout), and a short line naming the
 * text's kind and ending with a full stop at the top of the page, right over the story (issue
 * 11: heldout24 carrefour-01, heldout25 aamfg-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "\n\nThe council has approved the new cycling plan for the city centre after a long debate "     \
  "among its members.\n\n"                                                                         \
  "The plan adds twenty kilometres of protected lanes and new parking for bicycles near the "      \
  "stations.\n"

#define HISTOIRE                                                                                       \
  "\n\nLe conseil a approuvé le nouveau plan vélo pour le centre-ville après un long débat entre " \
  "ses membres.\n\n"                                                                                   \
  "Le plan ajoute vingt kilomètres de pistes protégées et des places pour les vélos près des "    \
  "gares.\n"

static void
test_caps_headline_over_decks (void)
{
  assert_import_field ("RESULTATS 2016 : LE GROUPE POURSUIT SA CROISSANCE RENTABLE\n\n"
                       "Forte hausse des ventes : +2,9%\n\n"
                       "Huitième semestre de croissance du résultat : +5,3%\n\n"
                       "Résultat net en hausse de +0,6%" HISTOIRE,
                       title, "Resultats 2016 : le groupe poursuit sa croissance rentable");
  assert_import_field ("CITY COUNCIL APPROVES ITS NEW CYCLING PLAN FOR THE CENTRE\n\n"
                       "Twenty kilometres of protected lanes\n\n"
                       "New parking for bicycles near the stations" STORY,
                       title, "City council approves its new cycling plan for the centre");
}

static void
test_kind_titled_first_line (void)
{
  g_autoptr (CmqRelease) release = NULL;

  assert_import_field ("Communiqué des associations de gendarmerie.\n"
                       "Le conseil a approuvé le nouveau plan vélo pour le centre-ville après un "
                       "long débat entre ses membres.\n"
                       "Le plan ajoute vingt kilomètres de pistes protégées et des places pour "
                       "les vélos près des gares.\n",
                       title, "Communiqué des associations de gendarmerie.");
  release = import_ok ("Statement by the City Council.\n"
                       "The council has approved the new cycling plan for the city centre after a "
                       "long debate among its members.\n"
                       "The plan adds twenty kilometres of protected lanes and new parking for "
                       "bicycles near the stations.\n");
  g_assert_cmpstr (cmq_release_get_title (release), ==, "Statement by the City Council.");
  g_assert_false (has_paragraph (release, "Statement by the City Council."));
  /* a sentence of the story naming no kind stays the story's */
  release = (g_object_unref (release), NULL);
  release = import_ok ("The council met on Monday.\n"
                       "The council has approved the new cycling plan for the city centre after a "
                       "long debate among its members.\n"
                       "The plan adds twenty kilometres of protected lanes and new parking for "
                       "bicycles near the stations.\n");
  g_assert_true (has_paragraph (release, "The council met on Monday."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found112/caps-headline-over-decks", test_caps_headline_over_decks);
  g_test_add_func ("/importer/found112/kind-titled-first-line", test_kind_titled_first_line);
  return g_test_run ();
}
