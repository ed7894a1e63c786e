/* test-importer-found279.c: a headline opened by its day without a year and ending with a colon
 * ("4 avril - Journée mondiale contre les mines :", issue 11: heldout39 handicap-01), opening the
 * page over a lead opened by its dateline's full date ("Bruxelles, le 4 avril 2013. …"), is the
 * headline, and the day takes the lead's year; a speech tag ending with a colon is the story's.
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
}

static void
test_colon_headline (void)
{
  assert_title_and_date ("Accès direct au contenu\n\n4 mai - Journée mondiale de la liberté de la "
                         "presse :\n\nParis, le 4 mai 2015. A l'occasion de la journée mondiale, "
                         "l'organisation appelle les gouvernements à protéger les journalistes.\n\n"
                         "Le rapport annuel sera publié le mois prochain.\n",
                         "4 mai - Journée mondiale de la liberté de la presse :", "2015-05-04");
  assert_title_and_date ("Skip to content\n\n8 March - International Women's Day:\n\n"
                         "GENEVA, 8 March 2019 - On International Women's Day, the organisation "
                         "calls on governments to close the gender gap in parliaments.\n\n"
                         "Women hold fewer than a quarter of the seats, the report shows.\n",
                         "8 March - International Women's Day:", "2019-03-08");
}

/* a speech tag under the headline stays the story's first line */
static void
test_speech_tag (void)
{
  assert_first_paragraph ("NATO Secretary General statement\n\nThe Secretary General said:\n\n"
                          "BRUSSELS, 3 May 2021 - Allies stand united in the face of new threats "
                          "to our security, and we will continue to strengthen our deterrence.\n",
                          "The Secretary General said:");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found279/colon-headline", test_colon_headline);
  g_test_add_func ("/importer/found279/speech-tag", test_speech_tag);
  return g_test_run ();
}
