/* test-importer-found117.c: kind labels written with something else on their line (issue 11:
 * heldout25 salvation-01, "Monday, November 11 2002 MEDIA RELEASE" between the headline's copies;
 * dec-01, "News and Press Release" under the headline). A date with a kind label after it, in
 * English and French, gives the label's kind, as do kind labels joined by "and" or "et"; a date
 * alone, or labels of which one is no kind, give none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The appeal's two charities need fifteen thousand gifts for children who would otherwise "       \
  "receive nothing this winter.\n\n"                                                               \
  "Gifts can be left under the trees in every store of the country until the end of the "          \
  "month.\n"

#define HISTOIRE                                                                                   \
  "Les deux associations de l'appel ont besoin de quinze mille cadeaux pour des enfants qui "      \
  "n'en recevraient aucun cet hiver.\n\n"                                                          \
  "Les cadeaux peuvent être déposés dans tous les magasins du pays jusqu'à la fin du mois.\n"

/* The label between a caption taken for the story's start and the headline's copy. */
static void
test_date_then_label (void)
{
  assert_import_field ("Winter Appeal Seeks Gifts For Children\n\n"
                       "Published: Mon 11 Nov 2002 03:30 PM\n"
                       "Photo Caption: The television presenter Jane Doe placed the first present "
                       "under the tree at the store in Wellington, launching the appeal for the "
                       "children of the country.\n"
                       "Monday, November 11 2002 MEDIA RELEASE\n"
                       "Winter Appeal Seeks Gifts For Children\n" STORY,
                       kind, "press release");
}

static void
test_date_puis_label (void)
{
  assert_import_field ("L'appel d'hiver cherche des cadeaux pour les enfants\n\n"
                       "Publié : lun. 11 nov. 2002 15:30\n"
                       "Légende de la photo : La présentatrice Jeanne Martin a déposé le premier "
                       "cadeau sous le sapin du magasin de Lyon, lançant l'appel pour les enfants "
                       "du pays.\n"
                       "Lundi 11 novembre 2002 COMMUNIQUÉ DE PRESSE\n"
                       "L'appel d'hiver cherche des cadeaux pour les enfants\n" HISTOIRE,
                       kind, "press release");
}

static void
test_date_alone (void)
{
  assert_import_field ("Winter Appeal Seeks Gifts For Children\n\n"
                       "Published: Mon 11 Nov 2002 03:30 PM\n"
                       "Photo Caption: The television presenter Jane Doe placed the first present "
                       "under the tree at the store in Wellington, launching the appeal for the "
                       "children of the country.\n"
                       "Monday, November 11 2002\n"
                       "Winter Appeal Seeks Gifts For Children\n" STORY,
                       kind, NULL);
}

static void
test_joined_labels (void)
{
  assert_import_field ("Winter Appeal Seeks Gifts For Children\n\n"
                       "News and Press Release\n\n" STORY,
                       kind, "press release");
}

static void
test_labels_joints (void)
{
  assert_import_field ("L'appel d'hiver cherche des cadeaux pour les enfants\n\n"
                       "Actualité et déclaration\n\n" HISTOIRE,
                       kind, "statement");
}

static void
test_joined_menu (void)
{
  assert_import_field ("Winter Appeal Seeks Gifts For Children\n\n"
                       "Campaigns and Appeals\n\n" STORY,
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found117/date-then-label", test_date_then_label);
  g_test_add_func ("/importer/found117/date-puis-label", test_date_puis_label);
  g_test_add_func ("/importer/found117/date-alone", test_date_alone);
  g_test_add_func ("/importer/found117/joined-labels", test_joined_labels);
  g_test_add_func ("/importer/found117/labels-joints", test_labels_joints);
  g_test_add_func ("/importer/found117/joined-menu", test_joined_menu);
  return g_test_run ();
}
