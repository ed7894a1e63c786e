/* test-importer-found140.c: a byline of fields on lines of their own, each opened by a dash
 * (issue 11, heldout30 estival-01): "- Estival Cuenca", "- 25 oct 2022", "- 2 Min. de lectura"
 * above the story. Its date alone is the page's date, not the gala's date the lead states; a run
 * of two dates, or of sentences, dates nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "THE FESTIVAL IS A FINALIST FOR THE FEST AWARDS OF THIS YEAR\n"
#define STORY                                                                                      \
  "The ceremony takes place in Bilbao on Wednesday 26 October 2022 at 8 pm. The festival is a "    \
  "finalist in two categories of the awards.\n"                                                    \
  "The awards recognise the work and the creativity of the people behind the music festivals "     \
  "of the country, and more than 150 festivals were assessed this year.\n"

static void
test_dashed_byline (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEADLINE "- Festival Press Office\n- 25 Oct 2022\n- 2 min read\n" STORY);

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2022-10-25");
}

static void
test_dashed_byline_fr (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "LE FESTIVAL EST FINALISTE DES PRIX DE L'ANNÉE\n"
      "- Service de presse du festival\n- 25 oct. 2022\n- 2 min de lecture\n"
      "La cérémonie a lieu à Bilbao le mercredi 26 octobre 2022 à 20 h. Le festival est "
      "finaliste dans deux catégories des prix.\n"
      "Les prix récompensent le travail et la créativité des équipes des festivals de musique du "
      "pays, et plus de 150 festivals ont été évalués cette année.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2022-10-25");
}

static void
test_two_dashed_dates (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEADLINE "- Festival Press Office\n- 25 Oct 2022\n- 12 Nov 2022\n" STORY);

  g_assert_cmpstr (cmq_release_get_date (release), !=, "2022-10-25");
  g_assert_cmpstr (cmq_release_get_date (release), !=, "2022-11-12");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found140/dashed-byline", test_dashed_byline);
  g_test_add_func ("/importer/found140/dashed-byline-fr", test_dashed_byline_fr);
  g_test_add_func ("/importer/found140/two-dashed-dates", test_two_dashed_dates);
  return g_test_run ();
}
