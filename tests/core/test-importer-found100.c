/* test-importer-found100.c: a post's category line names its kind (issue 11: heldout24 ccoo-01,
 * "Archivado en Comunicados" above the headline). A line filing the post under a kind in the
 * plural ("Filed under Press releases", "Classé dans Communiqués de presse", "Archivado en
 * Comunicados") gives the release's kind; one filing it under a topic gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The council agreed on Tuesday to keep the town's two libraries open on Saturdays, after a "     \
  "petition signed by more than two thousand residents.\n\n"                                       \
  "The new hours will start in the spring, the council said.\n"

#define RECIT                                                                                        \
  "Le conseil municipal a décidé mardi de garder les deux bibliothèques de la ville ouvertes le " \
  "samedi, après une pétition signée par plus de deux mille habitants.\n\n"                       \
  "Les nouveaux horaires entreront en vigueur au printemps.\n"

static void
test_filed_under (void)
{
  assert_import_field ("Filed under Press releases\n"
                       "Libraries to stay open on Saturdays\n\n" STORY,
                       kind, "press release");
}

static void
test_classe_dans (void)
{
  assert_import_field ("Classé dans Communiqués de presse\n"
                       "Les bibliothèques resteront ouvertes le samedi\n\n" RECIT,
                       kind, "press release");
}

static void
test_topic (void)
{
  assert_import_field ("Filed under Libraries\n"
                       "Libraries to stay open on Saturdays\n\n" STORY,
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found100/filed-under", test_filed_under);
  g_test_add_func ("/importer/found100/classe-dans", test_classe_dans);
  g_test_add_func ("/importer/found100/topic", test_topic);
  return g_test_run ();
}
