/* test-importer-found102.c: a byline naming an institution gives the source (issue 11:
 * heldout24 uwyo-01, "by University of Wyoming" under the headline of a release reposted by a
 * news site). A byline "by"/"par" an institution that the story names is its source, in English
 * and French; a byline naming a person gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_by_institution (void)
{
  assert_import_field ("University receives new research grants\n"
                       "by University of Northland\n\n"
                       "The University of Northland has received about $2 million in research "
                       "grants for projects across the state.\n\n"
                       "The grants will fund twelve projects over three years.\n",
                       source, "University of Northland");
}

static void
test_par_institution (void)
{
  assert_import_field ("L'université reçoit de nouvelles subventions de recherche\n"
                       "par Université de Valmont\n\n"
                       "L'Université de Valmont a reçu deux millions d'euros de subventions pour "
                       "ses projets de recherche.\n\n"
                       "Ces subventions financeront douze projets sur trois ans.\n",
                       source, "Université de Valmont");
}

static void
test_by_person (void)
{
  assert_import_field ("University receives new research grants\n"
                       "by Jane Smith\n\n"
                       "The university has received about $2 million in research grants for "
                       "projects across the state, Jane Smith reports.\n\n"
                       "The grants will fund twelve projects over three years.\n",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found102/by-institution", test_by_institution);
  g_test_add_func ("/importer/found102/par-institution", test_par_institution);
  g_test_add_func ("/importer/found102/by-person", test_by_person);
  return g_test_run ();
}
