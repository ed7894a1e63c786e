/* test-importer-found151.c: a news ticker saved as one line, the headlines of a site's other
 * stories set apart by runs of spaces (issue 11: heldout28 ivoire-01), is chrome, above the story
 * or inside it, in French and English; a menu of one-word items and a line of a kind and its
 * date set apart by spaces are no ticker.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_ticker_above_french (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Coup d'état au Soudan : le début d'un scénario \"à l'égyptienne\" ?    La "
                 "transition démocratique enterrée ? Coup d'État de l'armée au Soudan    Le "
                 "gouvernement annonce un plan pour l'emploi des jeunes    Nouvelle grève dans "
                 "les transports publics de la capitale.\n\n"
                 "Le Chef de l'Etat reçoit le ministre marocain\n\n"
                 "Le Président de la République a reçu, le lundi 23 janvier 2017, le ministre "
                 "des Affaires étrangères du Maroc à sa résidence.\n\n"
                 "Ils ont fait le point des relations entre les deux pays.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Le Chef de l'Etat reçoit le ministre marocain");
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==,
                   "Le Président de la République a reçu, le lundi 23 janvier 2017, le ministre "
                   "des Affaires étrangères du Maroc à sa résidence.");
}

static void
test_ticker_inside_english (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Council opens the new library\n\n"
                 "The council opened the new library on Monday, after two years of works in the "
                 "old market hall.\n\n"
                 "Storm closes the coast road again for the third time this winter    Mayor "
                 "presents the budget for next year to the council    Ten new buses for the "
                 "northern districts.\n\n"
                 "It will open every day of the week, the mayor said.\n");

  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[1], ==,
                   "It will open every day of the week, the mayor said.");
}

/* a line of a kind and its date set apart by spaces is the release's own: still read */
static void
test_kind_and_date_no_ticker (void)
{
  assert_import_field ("Pressmeddelande   •   Okt 21, 2004 14:36 CEST\n\n"
                       "Regionen bygger ett nytt sjukhus\n\n"
                       "Regionen har beslutat att bygga ett nytt sjukhus i staden, med plats för "
                       "tvåhundra patienter.\n\n"
                       "Bygget börjar nästa år.\n",
                       date, "2004-10-21");
}

/* a story's line that sets words apart with wide spaces, a word or two at a time, is kept */
static void
test_spaced_line_kept (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Council opens the new library\n\n"
                 "The council opened the new library on Monday, after two years of works in the "
                 "old market hall.\n\n"
                 "Monday    Tuesday    Friday: the library opens from nine to six on these days "
                 "of the week.\n");

  g_assert_true (has_paragraph (release, "Monday Tuesday Friday: the library opens from nine to "
                                         "six on these days of the week."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found151/ticker-above-french", test_ticker_above_french);
  g_test_add_func ("/importer/found151/ticker-inside-english", test_ticker_inside_english);
  g_test_add_func ("/importer/found151/kind-and-date-no-ticker", test_kind_and_date_no_ticker);
  g_test_add_func ("/importer/found151/spaced-line-kept", test_spaced_line_kept);
  return g_test_run ();
}
