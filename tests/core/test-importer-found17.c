/* test-importer-found17.c: the importer on synthetic pages that carry what the fifteenth
 * held-out set (tests/fixtures/heldout15) still showed after its first fixes: the page's date
 * alone under the author's byline at the story's end, read before a date of the lead; the
 * headline, its date label, the page's links and the story's first sentence glued on one line;
 * a speech's salutation written as bullets; a kind line naming its issuer over the headline; an
 * office's name and a date in figures under the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A story whose lead dates the event it reports, not the release. */
#define DATED_LEAD_STORY                                                                           \
  "Minister introduces the new chief of staff\n\n"                                                 \
  "Following the government's decision on Wednesday, March 3rd, 2021, the minister presented "     \
  "the new chief of staff to the general staff the same day.\n\n"                                  \
  "The minister thanked the outgoing chief of staff for his work and said the forces would go "    \
  "on with the investment projects set up for the years to come.\n\n"

/* "By Nuala Casey and Oldrich Holecek", then "December 15, 2017", alone at the dump's end
 * (heldout15 czech-01): the date under the author's byline is the page's, and beats the lead's
 * date, in the languages the importer reads, over a separator or not. */
static void
test_date_under_byline (void)
{
  static const char *const tails[] = {
    "- - -\n\nBy Jane Doe and John Roe\n\nMarch 5, 2021",
    "By Jane Doe\n5 March 2021",
    "Par Marie Dupont et Jean Martin\n\n5 mars 2021",
    "***\n\nDoor Jan de Vries\n\n5 maart 2021",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (DATED_LEAD_STORY, tails[i], NULL);

      assert_import_field (text, date, "2021-03-05");
    }
}

/* A date at the end that is not under an author's byline is a related item's or a footer's
 * (a title over it, "Last updated", a sentence opening with "By"): the lead's date stays. */
static void
test_end_date_decoys (void)
{
  static const char *const tails[] = {
    "Related news\n\nMinister visits the troops abroad\n\nMarch 5, 2021",
    "By Jane Doe\n\nLast updated: March 5, 2021",
    "By then the new chief of staff had taken office.\n\nMarch 5, 2021",
    "By Jane Doe\n\nRelated news\n\nMarch 5, 2021",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (DATED_LEAD_STORY, tails[i], NULL);

      assert_import_field (text, date, "2021-03-03");
    }
}

/* The story under the glued head of the tests below. */
#define GLUED_STORY                                                                                \
  "The minister today opened the new training centre of the police in the north of the "           \
  "country, where two hundred officers will train every year.\n\n"                                 \
  "The centre cost twelve million and was built in two years.\n"

/* "Dyżurny rozpoznał … w telewizji Data publikacji 19.09.2019 Powrót Generuj PDF Drukuj 18
 * września br. dyżurny …" (heldout15 policja-01): a headline glued to a release-date label of
 * more than one word, its date, the page's links and the story's first sentence, on one line:
 * the headline is the title, the label's date the release's, the links chrome, and the story
 * starts at its sentence. */
static void
test_glued_date_label (void)
{
  static const char *const heads[] = {
    "Minister opens the new training centre Data publikacji 19.09.2019 Powrót Drukuj ",
    "Minister opens the new training centre Published on 19 September 2019 Print ",
    "Minister opens the new training centre Date de publication : 19 septembre 2019 ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = g_strconcat (heads[i], GLUED_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Minister opens the new training centre");
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-09-19");
      g_assert_true (g_str_has_prefix (paragraphs[0], "The minister today opened"));
    }
}

/* A sentence that speaks of a text published on a day, in lower case, or a label after a
 * sentence's end, is not a head glued to its date: the paragraph stays whole. */
static void
test_glued_label_sentence_stays (void)
{
  static const char *const firsts[] = {
    "The minister presented the report published on 19 September 2019 to the parliament and "
    "asked for a vote before the end of the year.",
    "The minister presented the report to the parliament. Published on 19 September 2019 it "
    "asks for a vote before the end of the year.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
    {
      g_autofree char *text = g_strconcat (firsts[i], "\n\n", GLUED_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, firsts[i]);
    }
}

/* A speech under its headline and kind, its salutation made of @salutation's lines. */
#define SPEECH_WITH(salutation)                                                                    \
  "Speech by the Minister at the defence conference\n\nSpeech\n\n" salutation                      \
  "\n\nGood morning and welcome to Ottawa, where we meet today at a turning point for the "        \
  "security of the alliance.\n\n"                                                                  \
  "The rules that kept the peace for decades are under threat, and we must answer them "           \
  "together with our allies.\n"

/* "• Membres du corps diplomatique," … "• Distingués invités du monde entier." (heldout15
 * canada-03): a salutation written as bullets, its items ending with commas and the last with a
 * full stop, is the speech's start; a list of links over the speech is not. */
static void
test_bulleted_salutation (void)
{
  g_autoptr (CmqRelease) speech = import_ok (
      SPEECH_WITH ("  • Members of the diplomatic corps,\n  • Senators,\n  • General Eyre,\n"
                   "  • Distinguished guests from around the world."));
  g_autoptr (CmqRelease) menu =
      import_ok (SPEECH_WITH ("  • Home\n  • News\n  • Speeches and statements"));

  g_assert_cmpstr (cmq_release_get_paragraphs (speech)[0], ==,
                   "• Members of the diplomatic corps,");
  g_assert_true (
      g_str_has_prefix (cmq_release_get_paragraphs (menu)[0], "Good morning and welcome"));
}

/* "News Release Article from National Defence and the Canadian Armed Forces" over the headline
 * (heldout15 canada-02), sharing a word with it: the kind line naming its issuer, not the
 * headline over a subtitle; its kind is the release's. */
static void
test_kind_from_issuer (void)
{
  static const char *const kinds[] = {
    "News Release Article from National Defence and the Canadian Armed Forces",
    "Statement from the Department of National Defence",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *text = g_strconcat (
          kinds[i],
          "\n\nMinister attends the Defence Ministerial Meeting in Brussels\n\n"
          "February 11, 2016 - Brussels\n\n",
          DATED_LEAD_STORY + strlen ("Minister introduces the new chief of staff\n\n"), NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Minister attends the Defence Ministerial Meeting in Brussels");
      g_assert_cmpstr (cmq_release_get_kind (release), ==, i == 0 ? "press release" : "statement");
    }
}

/* "No: 65, 19 April 2024, Regarding the Recent Developments in Our Region" over "Republic Of
 * Türkiye Ministry Of Foreign Affairs 19.04.2024" (heldout15 turkey-01): an office's name in
 * capitals then a date in figures is the release-date line, not the headline. */
static void
test_office_and_numeric_date (void)
{
  g_autofree char *text = g_strconcat (
      "No: 12, 3 May 2021, Regarding the Talks in Our Region\n\n"
      "Kingdom Of Examplia Ministry Of Foreign Affairs 05.05.2021\n\n",
      DATED_LEAD_STORY + strlen ("Minister introduces the new chief of staff\n\n"), NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "No: 12, 3 May 2021, Regarding the Talks in Our Region");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2021-05-05");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/date-under-byline", test_date_under_byline);
  g_test_add_func ("/importer/end-date-decoys", test_end_date_decoys);
  g_test_add_func ("/importer/glued-date-label", test_glued_date_label);
  g_test_add_func ("/importer/glued-label-sentence-stays", test_glued_label_sentence_stays);
  g_test_add_func ("/importer/bulleted-salutation", test_bulleted_salutation);
  g_test_add_func ("/importer/kind-from-issuer", test_kind_from_issuer);
  g_test_add_func ("/importer/office-and-numeric-date", test_office_and_numeric_date);
  return g_test_run ();
}
