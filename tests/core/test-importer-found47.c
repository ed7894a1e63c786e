/* test-importer-found47.c: where a story starts and ends (issue 11: heldout20 greenpeace-02,
 * wien-01). A hard-wrapped page whose headline, as long as the wrapped lines, sits right over the
 * lead's dateline with no blank line: a line that opens with a dateline starts the story, and is
 * never joined to the headline before it. A wire's end mark glued after the last sentence, the
 * editor's initials perhaps after it ("… (Schluss) red", "… (Fin)"), is not the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_dateline_under_wrapped_headline (void)
{
  static const char text[] = "Rescue teams reach the villages cut off by the floods\n"
                             "Lisbon, 14 March 2012 - Rescue teams from the national\n"
                             "civil protection service reached this morning the seven\n"
                             "villages that the floods had cut off since the weekend,\n"
                             "bringing food, water and medicine to the inhabitants.\n"
                             "Helicopters carried the most urgent supplies to the two\n"
                             "highest villages, where the roads are still under water.\n"
                             "The service said that the rivers were falling slowly and\n"
                             "that the roads should be open again within a few days.\n";
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Rescue teams reach the villages cut off by the floods");
  g_assert_true (g_str_has_prefix (paragraphs[0], "Lisbon, 14 March 2012 - Rescue teams") ||
                 g_str_has_prefix (paragraphs[0], "Rescue teams from the national"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2012-03-14");
}

static void
test_glued_end_mark (void)
{
  assert_last_paragraph (
      "Neue Radwege in der Innenstadt\n\n"
      "Graz (OTS) - Die Stadt baut in diesem Jahr zwölf Kilometer neue Radwege.\n\n"
      "Die Arbeiten beginnen im April und enden vor dem Sommer. (Schluss) bs\n",
      "Die Arbeiten beginnen im April und enden vor dem Sommer.");
  assert_last_paragraph ("Nouvelles pistes cyclables au centre-ville\n\n"
                         "La ville construit cette année douze kilomètres de pistes cyclables.\n\n"
                         "Les travaux commenceront en avril et finiront avant l'été. (Fin)\n",
                         "Les travaux commenceront en avril et finiront avant l'été.");
  /* the mark in capitals, or with a letter that matches its own only caselessly beyond ASCII
   * (the Kelvin sign for a 'k'): the quick test before the pattern lets them through */
  assert_last_paragraph (
      "Neue Radwege in der Innenstadt\n\n"
      "Graz (OTS) - Die Stadt baut in diesem Jahr zwölf Kilometer neue Radwege.\n\n"
      "Die Arbeiten beginnen im April und enden vor dem Sommer. (SCHLUSS)\n",
      "Die Arbeiten beginnen im April und enden vor dem Sommer.");
  assert_last_paragraph (
      "Nowe ścieżki rowerowe w centrum miasta\n\n"
      "Miasto zbuduje w tym roku dwanaście kilometrów ścieżek rowerowych.\n\n"
      "Prace rozpoczną się w kwietniu i zakończą przed latem. (\u212Aoniec) ab\n",
      "Prace rozpoczną się w kwietniu i zakończą przed latem.");
  /* a word in brackets inside the story is kept */
  assert_last_paragraph ("New cycle lanes in the city centre\n\n"
                         "The city will build twelve kilometres of cycle lanes this year.\n\n"
                         "Work starts in April on the road to the end (Fin) of the valley.\n",
                         "Work starts in April on the road to the end (Fin) of the valley.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found47/dateline-under-wrapped-headline",
                   test_dateline_under_wrapped_headline);
  g_test_add_func ("/importer/found47/glued-end-mark", test_glued_end_mark);
  return g_test_run ();
}
