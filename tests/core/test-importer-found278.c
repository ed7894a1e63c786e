/* test-importer-found278.c: a press service's number line, its name or the release's kind, the
 * release's number and its date alone ("Parlamentskorrespondenz Nr. 964 vom 22.11.2012", issue
 * 11: heldout39 parlament-01), is the page's release-date line, never its title, in German,
 * English and French; a legal text cited by its number and date is not read so.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
assert_title_and_date (const char *text, const char *title, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
  g_assert_cmpstr (cmq_release_get_date_evidence (release), ==, "release-date line");
}

static void
test_number_line (void)
{
  assert_title_and_date ("Pressedienst Nr. 112 vom 14.03.2019\n\n"
                         "Stadtrat beschließt neuen Radverkehrsplan\n\n"
                         "Der Stadtrat hat in seiner Sitzung am Donnerstag einen neuen "
                         "Radverkehrsplan für die gesamte Stadt beschlossen.\n\n"
                         "Die Umsetzung soll im kommenden Jahr beginnen, teilte die Verwaltung "
                         "mit.\n",
                         "Stadtrat beschließt neuen Radverkehrsplan", "2019-03-14");
  assert_title_and_date ("Press Release No. 45 of 3 May 2021\n\n"
                         "Council adopts new rules on plastic waste\n\n"
                         "The Council today adopted new rules to cut plastic waste across the "
                         "Union, following an agreement with the Parliament.\n",
                         "Council adopts new rules on plastic waste", "2021-05-03");
  assert_title_and_date ("Communiqué n° 45 du 3 mai 2021\n\n"
                         "Le Conseil adopte de nouvelles règles sur les déchets plastiques\n\n"
                         "Le Conseil a adopté aujourd'hui de nouvelles règles pour réduire les "
                         "déchets plastiques dans toute l'Union.\n",
                         "Le Conseil adopte de nouvelles règles sur les déchets plastiques",
                         "2021-05-03");
}

/* a resolution's number and date name what the story speaks of */
static void
test_legal_text (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Resolution No. 1325 of 31 October 2000\n\n"
                 "NATO and its partners marked today the anniversary of the resolution on women, "
                 "peace and security at a conference in Brussels.\n");

  g_assert_cmpstr (cmq_release_get_date_evidence (release), !=, "release-date line");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found278/number-line", test_number_line);
  g_test_add_func ("/importer/found278/legal-text", test_legal_text);
  return g_test_run ();
}
