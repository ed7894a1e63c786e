/* test-importer-found108.c: a blog's category line is never the headline (issue 11: heldout24
 * ccoo-01, "Archivado en Comunicados" over "COMFIA CCOO protesta en las puertas de Santa
 * Lucía."): the short line right under it is the post's headline, even ending with a full stop,
 * in English and French; a long first paragraph under it stays the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_filed_under (void)
{
  assert_import_field ("Filed under Press releases\n"
                       "Union workers protest at the gates of the bank.\n"
                       "The unjustified dismissals, the transfers and the threats against those "
                       "who stand up to the management have forced us to make this public "
                       "protest.\n"
                       "The union will go on with its action until the bank agrees to talk.\n",
                       title, "Union workers protest at the gates of the bank.");
}

static void
test_classe_dans (void)
{
  assert_import_field ("Classé dans Communiqués\n"
                       "Les salariés manifestent devant le siège de la banque.\n"
                       "Les licenciements injustifiés et les menaces contre ceux qui refusent "
                       "cette situation nous ont conduits à rendre ce conflit public.\n"
                       "Le syndicat poursuivra son action jusqu'à l'ouverture de négociations.\n",
                       title, "Les salariés manifestent devant le siège de la banque.");
}

static void
test_long_lead (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Filed under Press releases\n"
                 "The unjustified dismissals, the transfers and the threats against those who "
                 "stand up to the management of the bank have forced us to make this protest.\n"
                 "The union will go on with its action until the bank agrees to talk.\n");

  g_assert_cmpstr (cmq_release_get_title (release), !=, "Filed under Press releases");
  g_assert_true (has_paragraph (release,
                                "The unjustified dismissals, the transfers and the threats against "
                                "those who stand up to the management of the bank have forced us "
                                "to make this protest."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found108/filed-under", test_filed_under);
  g_test_add_func ("/importer/found108/classe-dans", test_classe_dans);
  g_test_add_func ("/importer/found108/long-lead", test_long_lead);
  return g_test_run ();
}
