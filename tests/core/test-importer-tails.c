/* test-importer-tails.c: the importer on synthetic pages whose head or tail carries what the
 * seventh held-out set (tests/fixtures/heldout7) showed: a press office's prompt and a telephone
 * number written with its trunk zero after the story, an organisation's note that sends the
 * reader to its site just above the press contacts; a site's address for its masthead and a
 * notice that the page is not in the reader's language above the headline; a kind label among
 * names before the page's date; a release number before the headline; a year and
 * month before the page's full date; related headlines after dashes at the end.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                          \
  "Les ministres des États riverains ont adopté aujourd’hui un plan pour aider la vallée après " \
  "les crues du printemps.\n"                                                                          \
  "Ils se retrouveront à l’automne pour voir comment avancent les travaux sur les digues.\n"

static const char *
last_paragraph (CmqRelease *release)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  return paragraphs[n_paragraphs (release) - 1];
}

/* "Pour toute demande média, merci de contacter au service presse", then "… – Service presse –
 * 01 53 38 66 00 / 06 76 94 37 05 – …" (heldout7 amnesty-02), "Für weitere Informationen …
 * wenden Sie sich bitte an …: 0151 52 70 21 75" (amnesty-03): the press office's prompt and its
 * numbers, written with the trunk zero and no "Tel", close the dump, not the story. */
static void
test_prompt_and_trunk_phone_after_story (void)
{
  static const char *const tails[] = {
    "Pour toute demande média, merci de contacter au service presse\n"
    "Association des riverains – Service presse – 01 53 38 66 00 / 06 76 94 37 05\n",
    "Für weitere Informationen wenden Sie sich bitte an Julia Muster, unsere Pressesprecherin "
    "vor Ort: 0151 52 70 21 75\n",
    "Pour plus de renseignements\n"
    "Tél. 01 53 38 66 00\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (STORY, tails[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (g_str_has_suffix (last_paragraph (release), "sur les digues."));
    }
}

/* "L’OIF compte 58 Etats … Pour plus de renseignements sur la Francophonie :
 * www.francophonie.org" just above "Contacts Presse" (heldout7 oif-01): the organisation's note,
 * not the story's last paragraph. */
static void
test_note_with_site_above_contacts (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Les ministres des États riverains ont adopté aujourd’hui un plan pour aider "
                 "la vallée après les crues du printemps.\n\n"
                 "Ils se retrouveront à l’automne pour voir comment avancent les travaux sur les "
                 "digues.\n\n"
                 "L’Association compte 58 membres, et 26 observateurs. Pour plus de "
                 "renseignements sur l’Association : www.riverains.org\n\n"
                 "Contacts Presse\n\n"
                 "julie.muster@riverains.org / media@riverains.org");

  g_assert_true (g_str_has_suffix (last_paragraph (release), "sur les digues."));
}

/* What the rules must leave alone: a story sentence that gives a number with a leading zero
 * but is no telephone number, a sentence that opens with the same words but is the story's
 * (a long one), and a year or a date in figures. */
static void
test_story_lines_like_prompts_stay (void)
{
  static const char *const tails[] = {
    "Le chantier porte le numéro de lot 0123 et sera fini en 2026.\n",
    "Pour toute demande de subvention, les communes de la vallée devront déposer leur dossier "
    "auprès de la préfecture avant la fin du mois de juin, a précisé le ministre, qui a "
    "rappelé que les digues du fleuve seront toutes renforcées avant l’hiver prochain.\n",
    "Les travaux commenceront le 05.06.2026 sur la rive gauche du fleuve.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (STORY, "\n", tails[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      g_autofree char *tail = g_strndup (tails[i], strlen (tails[i]) - 1);

      g_assert_cmpstr (last_paragraph (release), ==, tail);
    }
}

/* "FAO.org", "This article is not available in Portuguese.", "Click this message to close." over
 * an Italian story (heldout7 fao-01): a site's address for its masthead and a notice that the page
 * is not in the reader's language are never the headline or the lead. */
static void
test_language_notice_and_address_masthead (void)
{
  static const char *const heads[] = {
    "Riverains.org\n\nThis article is not available in Portuguese.\n\n"
    "Click this message to close.\n\n",
    "www.riverains.org\n\nCet article n'est pas disponible en anglais.\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text =
          g_strconcat (heads[i], "Les ministres adoptent un plan pour la vallée\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Les ministres adoptent un plan pour la vallée");
      g_assert_true (g_str_has_prefix (paragraphs[0], "Les ministres des États riverains"));
    }
}

/* "Pressemitteilung Deutschland 04. November 2013" (heldout7 amnesty-03), "CERN press release
 * 04.07.2012" (cern-01): a kind label with the page's section after it or the issuer's name before
 * it, then the date, is the release-date line; in lower case around the kind ("The press release
 * of 4 July 2012") it is no label. */
static void
test_kind_label_among_names_before_date (void)
{
  static const struct
  {
    const char *line;
    const char *date;
    const char *kind;
  } cases[] = {
    { "Pressemitteilung Deutschland 04. November 2013", "2013-11-04", "press release" },
    { "RIVERS press release 04.07.2012", "2012-07-04", "press release" },
    { "The press release of 4 July 2012", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].line, "\n\nLes ministres adoptent un plan\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      if (cases[i].date != NULL)
        g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

/* "N° 48–2014: Petit-déjeuner de presse avec le Directeur général de l’ESA" (heldout7 esa-01): the
 * release's number and year before the colon are a label, not the headline's; a number alone
 * ("No 10: …") stays. */
static void
test_release_number_before_headline (void)
{
  static const struct
  {
    const char *headline;
    const char *title;
  } cases[] = {
    { "N° 48–2014: Les ministres adoptent un plan pour la vallée",
      "Les ministres adoptent un plan pour la vallée" },
    { "No. 12/2019: Les ministres adoptent un plan pour la vallée",
      "Les ministres adoptent un plan pour la vallée" },
    { "No 10: Les ministres adoptent un plan pour la vallée",
      "No 10: Les ministres adoptent un plan pour la vallée" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].headline, "\n\n18 December 2014\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].title);
    }
}

/* " date 2022-01 mardi 25 janvier 2022 • 48 lectures • 0 commentaires" (heldout7 oif-02): the
 * dump's date label with the year and month alone before the page's full date; that date is the
 * release's, not the year-less one of the lead ("dimanche 23 janvier"). */
static void
test_year_month_before_full_date (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (" date 2022-01 mardi 25 janvier 2022 • 48 lectures • 0 commentaires\n\n"
                 "Les ministres des États riverains ont adopté un plan après les événements "
                 "survenus dimanche 23 janvier et ce jour.\n\n"
                 "Ils se retrouveront à l’automne pour voir comment avancent les travaux sur les "
                 "digues.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2022-01-25");
}

/* "- Pakistan: Four terrorists killed in North Waziristan" and more such lines to the end of the
 * dump (heldout7 unesco-02): related headlines after dashes, not the story; a list whose items
 * end with a stop stays. */
static void
test_dashed_related_headlines (void)
{
  static const struct
  {
    const char *tail;
    gboolean kept;
  } cases[] = {
    { "- Valley: Four bridges reopened after the spring floods\n"
      "- 24-year-old dam worker charged over the flooding of the lower valley\n"
      "- Nineteen villages cut off after the river bursts its banks at several points\n"
      "- River states sign a new treaty on water sharing in the capital\n"
      "- Delta: Fishermen claim boats sunk after the storm hits the coast\n",
      FALSE },
    { "- Four bridges of the valley will be reopened after the floods.\n"
      "- The river states will sign a new treaty on water sharing.\n"
      "- Nineteen villages were cut off after the river burst its banks.\n",
      TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat ("River Board News 28 Sep 2016, 05:52 am Print\nJane Muster\n"
                       "“I condemn the killing of the river warden,” declared the Director-General "
                       "of the River Board.\n"
                       "The warden was shot in his hometown, where he hosted a programme on "
                       "community radio.\n",
                       cases[i].tail, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      g_autofree char *body = g_strjoinv ("\n", (char **) cmq_release_get_paragraphs (release));

      g_assert_cmpint (strstr (body, "Nineteen villages") != NULL, ==, cases[i].kept);
      g_assert_nonnull (strstr (body, "community radio."));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/prompt-and-trunk-phone-after-story",
                   test_prompt_and_trunk_phone_after_story);
  g_test_add_func ("/importer/note-with-site-above-contacts", test_note_with_site_above_contacts);
  g_test_add_func ("/importer/story-lines-like-prompts-stay", test_story_lines_like_prompts_stay);
  g_test_add_func ("/importer/language-notice-and-address-masthead",
                   test_language_notice_and_address_masthead);
  g_test_add_func ("/importer/kind-label-among-names-before-date",
                   test_kind_label_among_names_before_date);
  g_test_add_func ("/importer/release-number-before-headline", test_release_number_before_headline);
  g_test_add_func ("/importer/year-month-before-full-date", test_year_month_before_full_date);
  g_test_add_func ("/importer/dashed-related-headlines", test_dashed_related_headlines);
  return g_test_run ();
}
