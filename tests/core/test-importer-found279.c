/* test-importer-found279.c: a headline opened by its day without a year and ending with a colon
 * ("4 avril - Journée mondiale contre les mines :", issue 11: heldout39 handicap-01), opening the
 * page over a lead opened by its dateline's full date ("Bruxelles, le 4 avril 2013. …"), is the
 * headline, and the day takes the lead's year; a speech tag ending with a colon is the story's.
 * A picture's caption given twice, bare and then with its credit (heldout39 hsfk-01), is not the
 * story's start, and its full date of the lead's day gives the lead's day its year.
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

/* the caption's two copies go, and its date of the same day dates the lead's */
static void
test_caption_copy (void)
{
  g_autoptr (CmqRelease) de = import_ok (
      "Das Gutachten 2019 ist da\n\n"
      "Die Herausgeber bei der Pressekonferenz am 4. Juni 2019: Anna Muster, Max Beispiel "
      "(v.l.n.r.)\n\n"
      "Die Herausgeber bei der Pressekonferenz am 4. Juni 2019: Anna Muster, Max Beispiel "
      "(v.l.n.r.). Foto: Institut\n\n"
      "Am 4. Juni stellten die Institute in Berlin ihr neues Gutachten vor. Sie fordern von der "
      "Regierung mehr Engagement für den Frieden.\n");
  g_autoptr (CmqRelease) en = import_ok (
      "The Peace Report 2019 is out\n\n"
      "The editors at the press conference on 4 June 2019: Jane Doe and John Smith (from left)"
      "\n\nThe editors at the press conference on 4 June 2019: Jane Doe and John Smith (from "
      "left). Photo: Institute\n\n"
      "On 4 June, the institutes presented their new report in Berlin. They call on the "
      "government to do more for peace.\n");

  g_assert_cmpstr (first_paragraph (de), ==,
                   "Am 4. Juni stellten die Institute in Berlin ihr neues Gutachten vor. Sie "
                   "fordern von der Regierung mehr Engagement für den Frieden.");
  g_assert_cmpstr (cmq_release_get_date (de), ==, "2019-06-04");
  g_assert_cmpstr (first_paragraph (en), ==,
                   "On 4 June, the institutes presented their new report in Berlin. They call on "
                   "the government to do more for peace.");
  g_assert_cmpstr (cmq_release_get_date (en), ==, "2019-06-04");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found279/colon-headline", test_colon_headline);
  g_test_add_func ("/importer/found279/speech-tag", test_speech_tag);
  g_test_add_func ("/importer/found279/caption-copy", test_caption_copy);
  return g_test_run ();
}
