/* test-importer-found153.c: the issuer's name written twice above the release's own head, its
 * kind and its date line, is its letterhead, not its headline (issue 11: heldout28 musee-01,
 * "Domaine national de Saint-Germain-en-Laye" twice over "Communiqué de presse", the place and
 * date, and the exhibition's title): the headline-shaped line under the head is the headline. A
 * headline written twice that names no organisation stays the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_french_letterhead (void)
{
  assert_import_field ("Domaine national de Chambord\n\n"
                       "Transcription\n\n"
                       "Domaine national de Chambord\n"
                       "Communiqué de presse\n"
                       "Chambord, le 12 mars 2019\n"
                       "Les jardins à la française\n"
                       "Les jardins du château, restitués en 2017, rouvrent au public ce "
                       "printemps avec de nouvelles visites guidées pour les familles.\n"
                       "Les visites auront lieu chaque samedi d'avril à octobre.\n",
                       title, "Les jardins à la française");
}

static void
test_english_letterhead (void)
{
  assert_import_field ("Ministry of Foreign Affairs\n\n"
                       "Ministry of Foreign Affairs\n\n"
                       "Press Release\n\n"
                       "12 May 2015\n\n"
                       "Minister opens the new embassy in Lima\n\n"
                       "The Minister opened the new embassy in Lima this morning, after two years "
                       "of works, in the presence of the Foreign Minister of Peru.\n\n"
                       "It will welcome its first visitors next week.\n",
                       title, "Minister opens the new embassy in Lima");
}

/* a headline written twice over the date line names no organisation: it stays the headline */
static void
test_repeated_headline_stays (void)
{
  assert_import_field ("Minister opens the new embassy in Lima\n\n"
                       "Minister opens the new embassy in Lima\n\n"
                       "Press Release\n\n"
                       "12 May 2015\n\n"
                       "Works on the new building\n\n"
                       "The Minister opened the new embassy in Lima this morning, after two years "
                       "of works, in the presence of the Foreign Minister of Peru.\n\n"
                       "It will welcome its first visitors next week.\n",
                       title, "Minister opens the new embassy in Lima");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found153/french-letterhead", test_french_letterhead);
  g_test_add_func ("/importer/found153/english-letterhead", test_english_letterhead);
  g_test_add_func ("/importer/found153/repeated-headline-stays", test_repeated_headline_stays);
  return g_test_run ();
}
