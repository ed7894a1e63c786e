/* test-importer-found260.c: a speech tag on its own paragraph that ends in a semicolon over the
 * quote it introduces (issue 11: heldout38 cfdg-01, "Vanessa John, from Pembrokeshire
 * Association of Voluntary Services (PAVS) said;") is the story's, as it is ending in a colon,
 * in English and French.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD                                                                                       \
  "Volunteers celebrated across the region this week\n\n"                                          \
  "With only one month to go to this year's national week, partners are encouraging local "        \
  "charities to hold their own events to celebrate their volunteers.\n\n"                          \
  "There are already thirty events in the region being promoted on the website, from training "    \
  "sessions to evenings matching charities with volunteers.\n\n"
#define QUOTE                                                                                      \
  "\"We organised an event last year and it was a great success, so we are organising events "     \
  "again this year focusing on current issues.\""
#define TAG "Jane Smith, from the County Association of Voluntary Services (CAVS) said"

static void
test_semicolon_tag (void)
{
  g_autoptr (CmqRelease) release = import_ok (HEAD TAG ";\n\n" QUOTE "\n");

  g_assert_cmpuint (n_paragraphs (release), ==, 4);
  g_assert_true (has_paragraph (release, TAG ";"));
  g_assert_true (has_paragraph (release, QUOTE));
}

static void
test_semicolon_tag_fr (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Les bénévoles à l'honneur dans la région\n\n"
      "A un mois de la semaine nationale, les partenaires encouragent les associations locales à "
      "organiser leurs propres événements.\n\n"
      "Trente événements sont déjà annoncés dans la région, des formations aux soirées de "
      "rencontre entre associations et bénévoles.\n\n"
      "Marie Dupont, présidente de la fédération départementale, a déclaré;\n\n"
      "« Nous avons organisé un événement l'an dernier et ce fut un grand succès. »\n");

  g_assert_true (has_paragraph (release, "Marie Dupont, présidente de la fédération "
                                         "départementale, a déclaré;"));
}

static void
test_colon_tag (void)
{
  g_autoptr (CmqRelease) release = import_ok (HEAD TAG ":\n\n" QUOTE "\n");

  g_assert_true (has_paragraph (release, TAG ":"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found260/semicolon-tag", test_semicolon_tag);
  g_test_add_func ("/importer/found260/semicolon-tag-fr", test_semicolon_tag_fr);
  g_test_add_func ("/importer/found260/colon-tag", test_colon_tag);
  return g_test_run ();
}
