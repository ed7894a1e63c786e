/* test-importer-dates.c: the importer on synthetic pages whose date is written in ways that need
 * more than the date itself: a date line with a time glued to what follows it, a date line with
 * the place and office after dashes, a page's time stamp beside its date, and dates in figures
 * whose day and month only the same source's other dates tell apart.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-date.h"
#include "cmq-importer.h"
#include "importer-fixture.h"

/* A date in figures with its time, and a label glued to the time ("…, 19:44updated: …"), over
 * the story: the page's release-date line, not its headline; the headline is above it. */
static void
test_numeric_date_line_with_time (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Newsletter\n\n"
      "Politics and society\n\n"
      "Ministry: the minister speaks with his counterparts of the river states (statement)\n\n"
      "03.05.2017, 09:15updated: 03.05.2017, 09:15\n\n"
      "The minister spoke today by telephone with the ministers of the river states about the "
      "floods of the spring and the help the valley needs.\n\n"
      "They agreed to meet again in the summer.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Ministry: the minister speaks with his counterparts of the river states "
                   "(statement)");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2017-05-03");
  g_assert_cmpstr (cmq_release_get_date_evidence (release), ==, "release-date line");
}

/* "Le 9 mars 2021 – Genève (Suisse) – Office des rivières": the date, then the place and the
 * office that issued it, each after a dash, on a line of its own under the headline. */
static void
test_date_place_office_line (void)
{
  static const struct
  {
    const char *line;
    const char *date;
  } cases[] = {
    { "Le 9 mars 2021 – Genève (Suisse) – Office fédéral des rivières", "2021-03-09" },
    { "March 9, 2021 - Springfield, Illinois - Department of Rivers", "2021-03-09" },
    { "9 March 2021 | Springfield | Department of Rivers", "2021-03-09" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strdup_printf ("The minister meets the river states on the floods of the spring\n\n"
                           "Press release\n\n"
                           "%s\n\n"
                           "The minister met the ministers of the river states today to speak "
                           "about the floods of the spring and the help the valley needs.\n",
                           cases[i].line);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "The minister meets the river states on the floods of the spring");
    }
}

/* "06/20/2021 | 03:35pm EDT": a repost's stamp, the date then a clock time and its zone; the
 * time is not the headline, the line above is. */
static void
test_time_stamp_is_not_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "River News Log in\n"
      "Office of Rivers : Minister to attend the meeting of the river states\n\n"
      "05/14/2020 | 10:05am EDT\n"
      "Press release\n\n"
      "14 May 2020\n\n"
      "The minister will attend the meeting of the river states in the valley on Monday, to "
      "speak about the floods of the spring.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Office of Rivers : Minister to attend the meeting of the river states");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2020-05-14");
}

/* What decides 05/04/2019: another date of the same file whose day is above 12. */
static void
test_numeric_order_in_file (void)
{
  g_assert_cmpint (cmq_date_numeric_order ("on 25/12/2019 and 05/04/2019", NULL), ==,
                   CMQ_DATE_FIND_DAY_FIRST);
  g_assert_cmpint (cmq_date_numeric_order ("12/25/2019", NULL), ==, CMQ_DATE_FIND_MONTH_FIRST);
  g_assert_cmpint (cmq_date_numeric_order ("05/04/2019, 1.25.2019.3, 25/12/2019/7", NULL), ==,
                   CMQ_DATE_FIND_NONE);
  g_assert_cmpint (cmq_date_numeric_order ("25/12/2019 and 12/25/2019", NULL), ==,
                   CMQ_DATE_FIND_NONE);

  {
    g_autoptr (CmqRelease) release = import_ok (
        "The minister visits the lake\n\n"
        "05/04/2019\n\n"
        "The minister visited the lake today and spoke with the people of the valley about the "
        "floods.\n\n"
        "Related: The minister visits the river (23/03/2019)\n");

    g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-04-05");
  }
  {
    g_autoptr (CmqRelease) release = import_ok (
        "The minister visits the lake\n\n"
        "05/04/2019\n\n"
        "The minister visited the lake today and spoke with the people of the valley about the "
        "floods.\n\n"
        "Related: The minister visits the river (03/23/2019)\n");

    g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-05-04");
  }
}

static char *
site_page (const char *title, const char *date)
{
  return g_strdup_printf ("Rivers Office News\n\n"
                          "%s\n\n"
                          "%s\n\n"
                          "The minister visited the %s today and spoke with the people of the "
                          "valley about the floods of the spring.\n",
                          title, date, title);
}

/* What decides 05/04/2019 when its own file does not: the other files of its site, learnt with
 * it; with nothing to decide it, the date stays unknown and the note says why. */
static void
test_numeric_order_on_site (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqRelease) alone = NULL;
  g_autoptr (CmqRelease) release = NULL;
  g_autofree char *ambiguous = site_page ("Lake", "05/04/2019");

  alone = import_ok (ambiguous);
  g_assert_null (cmq_release_get_date (alone));
  g_assert_nonnull (cmq_release_get_date_note (alone));
  g_assert_nonnull (strstr (cmq_release_get_date_note (alone), "cannot be told apart"));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("River %u", i);
      g_autofree char *date = g_strdup_printf ("%u/03/2019", 21 + i);
      g_autofree char *page = site_page (title, date);

      cmq_importer_learn (importer, page, -1);
    }
  cmq_importer_learn (importer, ambiguous, -1);
  release = import (importer, ambiguous, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-04-05");
}

/* "…, published on Tuesday 20 June 2017, 1:10.": a repost's credit where the story would start
 * is its release-date line, before a date in the headline (the meeting's, the day before); a
 * credit that is the only paragraph stays. */
static void
test_published_credit (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Council of the Rivers, 19/06/2017 - Main results\n\n"
      "With thanks to the Council of the Rivers, gepubliceerd op dinsdag 20 juni 2017, 1:10.\n\n"
      "Floods\n\n"
      "The ministers discussed the floods of the spring and the help the valley needs.\n");
  g_autoptr (CmqRelease) alone = import_ok (
      "Council of the Rivers\n\n"
      "The report of the council of the valley and its rivers, published on 3 May 2021.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2017-06-20");
  g_assert_true (
      g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The ministers discussed"));
  g_assert_cmpuint (n_paragraphs (alone), ==, 1);
}

/* A repost site's tagline, a sentence-like paragraph, stands above the release's head and its
 * labelled date line ("Datum: 11 januari 1999"): it is not the story's first paragraph. */
static void
test_tagline_above_dated_head (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "River News\n\n"
      "Writes, screens and spreads press releases for journalism, search and social media. The "
      "starting point to make your news known to the world.\n\n"
      "Speech of the minister at the conference of the river states\n\n"
      "Datum: 11 januari 1999\n\n"
      "Ladies and gentlemen,\n\n"
      "I wish you all a happy new year, and I am glad to greet you here again so soon after the "
      "last conference of the river states.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "1999-01-11");
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, "Ladies and gentlemen,");
}

/* A release-date line's label alone on its line ("erstellt am"), the date on the next, with a
 * two-figure year ("03. 07. 12"): the release date. The same date in the story, with no label,
 * is not read: a two-figure year counts only on a release-date line. */
static void
test_label_over_short_year (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Minister: the river states meet again in the summer\n\n"
      "erstellt am\n"
      "03. 07. 12\n\n"
      "Der Minister sprach heute mit den Ministern der Flussstaaten über die Hochwasser des "
      "Frühjahrs und die Hilfe, die das Tal braucht.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2012-07-03");
  g_assert_cmpstr (cmq_release_get_date_evidence (release), ==, "release-date line");
  assert_import_field (
      "Minister: the river states meet again in the summer\n\n"
      "The minister spoke on 03. 07. 12 with the ministers of the river states about the floods "
      "of the spring and the help the valley needs.\n",
      date, NULL);
}

/* A release announcing a meeting dates the meeting, not itself: "On 23 March 2020, the meeting
 * … will be held", "… will convene in the valley on Monday 18 October" leave the release's date
 * unknown. A meeting dated from the release's own day ("tomorrow (17 June 2020)") and a meeting
 * named in a relative clause ("… ahead of the meeting that will take place …") do not. */
static void
test_announced_meeting_date (void)
{
  static const struct
  {
    const char *lead;
    const char *date;
  } cases[] = {
    { "On 23 March 2020, the meeting of the river ministers will be held as a video conference.",
      NULL },
    { "The river ministers will convene in the valley on Monday 18 October, with the floods on "
      "the agenda.",
      NULL },
    { "Le 9 mars 2021, la réunion des ministres des rivières se tiendra par vidéoconférence. "
      "Les ministres y parleront des crues du printemps et des ponts des provinces du nord, et "
      "de l’aide dont la vallée a besoin.",
      NULL },
    { "The river ministers will meet by video conference tomorrow (17 June 2020) and Thursday "
      "(18 June 2020).",
      "2020-06-16" },
    { "The minister welcomed his counterpart on 11 February 2021, ahead of the meeting of the "
      "river ministers that will take place next week.",
      "2021-02-11" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Minister to attend the meeting of the river states\n\n"
          "%s\n\n"
          "The ministers will discuss the floods of the spring and the bridges of the northern "
          "provinces, and the help the valley needs.\n",
          cases[i].lead);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      if (cases[i].date == NULL)
        g_assert_nonnull (cmq_release_get_date_note (release));
    }
}

/* "28 November 2011 - Media release" above the headline: the page's date and the release's kind
 * ("media release", as several governments and agencies write "press release"). */
static void
test_media_release_date_line (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "All news\n"
      "28 November 2011 - Media release\n\n"
      "Minister visits the river agency\n\n"
      "VALLEY, Riverland – The Minister of Rivers has met the head of the river agency to discuss "
      "the floods of the spring and the bridges of the northern provinces.\n\n"
      "They agreed to meet again in the summer.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Minister visits the river agency");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2011-11-28");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

/* "11/06/2024" in the page's stamp ("11/06/2024 | Press release | Distributed by … 16:16"), not
 * a release-date line, with no other date: the date stays unknown and the note says why. */
static void
test_ambiguous_stamp (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Rivers Office\n\n"
      "11/06/2024 | Press release | Distributed by Public on 11/06/2024 16:16\n\n"
      "Statement of the Rivers Office to the Committee of the Provinces\n\n"
      "The minister spoke to the delegates of the conference about the rivers of the northern "
      "provinces and the floods of the spring.\n\n"
      "She thanked the hosts for their work during the floods.\n");

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (cmq_release_get_date_note (release));
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), "cannot be told apart"));
}

/* Days going on or to come, first in the lead ("are meeting this week (21-22 March 2019)"), are
 * not the release's date when the lead states its own day a little before them; days of the
 * past, or a day after them, leave the first date. */
static void
test_coming_range_date (void)
{
  static const struct
  {
    const char *lead;
    const char *date;
  } cases[] = {
    { "The river ministers are meeting in the valley this week (21-22 March 2019) to plan the "
      "help for the northern provinces. Previewing the meeting on Wednesday (20 March 2019), the "
      "Minister spoke of the floods.",
      "2019-03-20" },
    { "The river ministers met in the valley on 21-22 March 2019 to plan the help for the "
      "northern provinces. On 20 March 2019, the Minister spoke of the floods.",
      "2019-03-21" },
    { "The river ministers are meeting in the valley this week (21-22 March 2019) to plan the "
      "help for the northern provinces. The report will follow on 2 April 2019.",
      "2019-03-21" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\n"
                                               "The ministers will discuss the floods of the "
                                               "spring and the bridges of the provinces.\n",
                                               cases[i].lead);

      assert_import_field (text, date, cases[i].date);
    }
}

/* "pour garantir la sécurité du 23 au 25 décembre 2022" (heldout11 prefecture-po-01): a range of
 * days a few words after a purpose word is the period a measure covers, not the release's date;
 * a range with no purpose word before it, or a single day, stays the first date. */
static void
test_purpose_range_date (void)
{
  static const struct
  {
    const char *lead;
    const char *date;
  } cases[] = {
    { "Mesures temporaires de police pour garantir la sécurité du 23 au 25 décembre 2022 dans "
      "toutes les communes du département.",
      NULL },
    { "Temporary police measures in order to keep the roads safe from 23 to 25 December 2022 "
      "in every town of the county.",
      NULL },
    { "Les ministres se sont réunis du 23 au 25 décembre 2022 dans la vallée, pour parler des "
      "crues.",
      "2022-12-23" },
    { "Le préfet a pris un arrêté le 23 décembre 2022 pour garantir la sécurité dans toutes "
      "les communes.",
      "2022-12-23" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\n"
                                               "Les maires et les gendarmes veillent à ce que "
                                               "les règles soient respectées.\n",
                                               cases[i].lead);

      assert_import_field (text, date, cases[i].date);
    }
}

/* An event of events.txt said to have taken place N years ago ("one year ago, … Operation
 * Medusa") dates a release whose date has no year: N years after it, give or take half a year;
 * named without it, the event alone does not settle the year. */
static void
test_years_ago_event (void)
{
  static const struct
  {
    const char *said;
    const char *date;
  } cases[] = {
    { "He said that one year ago, he saw heavy fighting there, during Operation Medusa.",
      "2007-11-22" },
    { "He said that two years ago, he saw heavy fighting there, during Operation Medusa.",
      "2008-11-22" },
    { "He recalled the heavy fighting there during Operation Medusa.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("The Minister of the river states visited the "
                                               "southern valley on 22 November.\n\n"
                                               "%s\n\n"
                                               "He thanked the soldiers of the valley for their "
                                               "work in the southern provinces.\n",
                                               cases[i].said);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpstr (cmq_release_get_partial_date (release), ==,
                       cases[i].date == NULL ? "--11-22" : NULL);
    }
}

/* No name is given twice in a date's evidence: a person who held two offices (two entries of the
 * data) is named once. Over every real release of the fixtures (real/013.txt named John McCallum
 * twice). */
static void
test_evidence_names_once (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "fixtures", "real", NULL);
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  const char *name;
  guint n_inferred = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr (CmqRelease) release = NULL;
      g_auto (GStrv) items = NULL;

      if (!g_str_has_suffix (name, ".txt") || !g_file_get_contents (path, &text, NULL, NULL) ||
          (release = import (importer, text, NULL)) == NULL ||
          cmq_release_get_date_evidence (release) == NULL)
        continue;
      items = g_strsplit (cmq_release_get_date_evidence (release), ", ", -1);
      n_inferred++;
      for (guint k = 0; items[k] != NULL; k++)
        for (guint m = 0; m < k; m++)
          if (g_str_equal (items[k], items[m]))
            g_error ("%s: “%s” twice in “%s”", name, items[k],
                     cmq_release_get_date_evidence (release));
    }
  g_assert_cmpuint (n_inferred, >, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/numeric-date-line-with-time", test_numeric_date_line_with_time);
  g_test_add_func ("/importer/evidence-names-once", test_evidence_names_once);
  g_test_add_func ("/importer/date-place-office-line", test_date_place_office_line);
  g_test_add_func ("/importer/time-stamp-is-not-headline", test_time_stamp_is_not_headline);
  g_test_add_func ("/importer/numeric-order-in-file", test_numeric_order_in_file);
  g_test_add_func ("/importer/numeric-order-on-site", test_numeric_order_on_site);
  g_test_add_func ("/importer/published-credit", test_published_credit);
  g_test_add_func ("/importer/tagline-above-dated-head", test_tagline_above_dated_head);
  g_test_add_func ("/importer/label-over-short-year", test_label_over_short_year);
  g_test_add_func ("/importer/announced-meeting-date", test_announced_meeting_date);
  g_test_add_func ("/importer/media-release-date-line", test_media_release_date_line);
  g_test_add_func ("/importer/ambiguous-stamp", test_ambiguous_stamp);
  g_test_add_func ("/importer/coming-range-date", test_coming_range_date);
  g_test_add_func ("/importer/purpose-range-date", test_purpose_range_date);
  g_test_add_func ("/importer/years-ago-event", test_years_ago_event);
  return g_test_run ();
}
