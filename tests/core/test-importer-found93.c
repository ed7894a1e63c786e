/* test-importer-found93.c: a delivery notice keeps a speech a speech (issue 11: heldout20
 * paris-01, a mayor's speech under "communiqué de presse" and over "Seul le prononcé fait
 * foi"). A speech a site publishes under a "Press release" label is still a speech when a notice
 * outside the story says it was delivered aloud, in English and French; a label that names
 * another kind ("Statement", delivered aloud too) keeps its kind, and a label without a notice
 * keeps "press release".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define SPEECH                                                                                     \
  "Ladies and gentlemen, it is a great pleasure to welcome you all to the town hall this "         \
  "evening for the start of the new year.\n\n"                                                     \
  "The year behind us was a hard one for many of our neighbours, and I want to thank each of "     \
  "you for the work you have done.\n"

#define DISCOURS                                                                                   \
  "Mesdames, messieurs, c'est un grand plaisir de vous accueillir ce soir à l'hôtel de ville "   \
  "pour le début de la nouvelle année.\n\n"                                                      \
  "L'année qui s'achève a été difficile pour beaucoup de nos voisins, et je veux remercier "   \
  "chacun d'entre vous pour le travail accompli.\n"

static void
test_notice_keeps_speech (void)
{
  assert_import_field ("PRESS RELEASE\n\n"
                       "New Year reception for the town's councillors: the mayor's address\n\n"
                       "Check against delivery\n\n" SPEECH,
                       kind, "speech");
}

static void
test_notice_keeps_discours (void)
{
  assert_import_field ("communiqué de presse\n\n"
                       "Cérémonie des vœux aux élus de la ville : discours de la maire\n\n"
                       "Seul le prononcé fait foi\n\n" DISCOURS,
                       kind, "speech");
}

static void
test_other_kinds (void)
{
  assert_import_field ("STATEMENT\n\n"
                       "New Year reception for the town's councillors: the mayor's address\n\n"
                       "Check against delivery\n\n" SPEECH,
                       kind, "statement");
  assert_import_field (
      "PRESS RELEASE\n\n"
      "New Year reception for the town's councillors: the mayor's address\n\n" SPEECH,
      kind, "press release");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found93/notice-keeps-speech", test_notice_keeps_speech);
  g_test_add_func ("/importer/found93/notice-keeps-discours", test_notice_keeps_discours);
  g_test_add_func ("/importer/found93/other-kinds", test_other_kinds);
  return g_test_run ();
}
