/* test-importer-found108.c: the headline around the lines over it (issue 11). A blog's category
 * line is never the headline (heldout24 ccoo-01, "Archivado en Comunicados" over "COMFIA CCOO
 * protesta en las puertas de Santa Lucía."): the short line right under it is the post's
 * headline, even ending with a full stop, in English and French; a long first paragraph under it
 * stays the story's. A headline over a place and its date, over a longer line, is the headline,
 * that line its standfirst (heldout19 vw-01), past a button written again further down; a kind
 * line or a party's name over the date is not (heldout12 ldh-01, heldout22 pvda-01).
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

static void
test_over_dateline (void)
{
  assert_import_field ("Remembrance at the Leeds plant\n\n"
                       "Add to my folder\n\n"
                       "Leeds, 27.01.2016\n\n"
                       "Wreaths, readings and music on the anniversary of the liberation of the "
                       "camps\n\n"
                       "Managers, the works council and employees marked the anniversary of the "
                       "liberation of the camps and remembered the victims.\n\n"
                       "The ceremony was held for the second time at the plant.\n\n"
                       "Add to my folder\n",
                       title, "Remembrance at the Leeds plant");
}

static void
test_sur_date (void)
{
  assert_import_field ("Hommage aux victimes à l'usine de Lille\n\n"
                       "Lille, le 27 janvier 2016\n\n"
                       "Dépôt de gerbe, lectures et musique pour l'anniversaire de la libération "
                       "des camps\n\n"
                       "La direction, les représentants du personnel et les salariés ont rendu "
                       "hommage aux victimes.\n\n"
                       "La cérémonie avait lieu pour la deuxième fois.\n",
                       title, "Hommage aux victimes à l'usine de Lille");
}

static void
test_kind_over_date (void)
{
  assert_import_field ("Communiqué LDH\n"
                       "Paris, le 7 janvier 2015\n\n"
                       "La République blessée et la liberté de la presse attaquée\n\n"
                       "La Ligue des droits de l'Homme condamne avec la plus grande force "
                       "l'assassinat de douze personnes.\n\n"
                       "Rien ne peut justifier une telle violence.\n",
                       title, "La République blessée et la liberté de la presse attaquée");
}

static void
test_party_over_date (void)
{
  assert_import_field ("Green Party of Wessex\n\n"
                       "Winchester, 7 October 1999\n\n"
                       "Contribution of the Green group to the debate on the county council's "
                       "budget for next year\n\n"
                       "Something has gone badly wrong in the county. Risks were taken with public "
                       "money that was never meant for them.\n\n"
                       "We ask the council to publish the full accounts.\n",
                       title,
                       "Contribution of the Green group to the debate on the county council's "
                       "budget for next year");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found108/filed-under", test_filed_under);
  g_test_add_func ("/importer/found108/classe-dans", test_classe_dans);
  g_test_add_func ("/importer/found108/long-lead", test_long_lead);
  g_test_add_func ("/importer/found108/over-dateline", test_over_dateline);
  g_test_add_func ("/importer/found108/sur-date", test_sur_date);
  g_test_add_func ("/importer/found108/kind-over-date", test_kind_over_date);
  g_test_add_func ("/importer/found108/party-over-date", test_party_over_date);
  return g_test_run ();
}
