/* test-importer-labels.c: the importer on synthetic pages whose head or tail carries labels that
 * the fifth held-out set (tests/fixtures/heldout5) showed: a kind label before the headline or
 * before the date, press contacts and a language list above the lead, Portuguese skip links, a
 * "see also" list and a link's prompt after the story, an anniversary's date in the lead, a
 * dated lead that introduces a statement, a speaker's byline with the speaker's office; and
 * those the sixth (tests/fixtures/heldout6) showed: an aggregator's hashtags and comment box, a
 * German transcript's label, arrow-led link lines, a sentence over a dateline, a minister's
 * block under the headline, a byline for a title, a trip's date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The ministers of the river states agreed today on a plan to help the valley after the floods "  \
  "of the spring.\n\n"                                                                             \
  "They will meet again in the autumn to see how the work on the dams goes on.\n"

/* "Press Release: Communiqué of …", "Communiqué de presse : Déclaration …": the kind label
 * before a colon is not part of the headline; it still gives the release's kind. */
static void
test_kind_label_before_headline (void)
{
  static const struct
  {
    const char *head;
    const char *title;
  } cases[] = {
    { "Press Release: Communiqué of the Committee of the River States on the Floods\n\n"
      "April 25, 2009\n\n",
      "Communiqué of the Committee of the River States on the Floods" },
    { "Communiqué de presse : Déclaration de la Directrice générale sur les crues du fleuve\n\n"
      "le 25 mars 2014\n\n",
      "Déclaration de la Directrice générale sur les crues du fleuve" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].head, STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].title);
      g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
    }
}

/* "Press Release: Northland Regional Government" just under the headline, or under the page's
 * date line (heldout6 nz-01): the kind and the issuer, not the headline; the line above stays
 * the title and the story starts with its first paragraph. */
static void
test_kind_label_with_issuer (void)
{
  static const char *const heads[] = {
    "Site News\n\nThe Valley Gets A New Dam\n\nPress Release: Northland Regional Government\n\n",
    "The Valley Gets A New Dam\n\nMonday, 30 September 2024, 5:27 pm\n"
    "Press Release: Northland Regional Government\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = g_strconcat (heads[i], STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "The Valley Gets A New Dam");
      g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The ministers"));
    }
}

/* Between the headline and the lead: a language list ("Available in: …"), a release number and
 * the press contacts, a name and a telephone number each. None of them is the headline. */
static void
test_contacts_over_lead (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Statement of the River Office on the Floods of the Spring\n\n"
                 "Available in: Français, Español, Deutsch\n"
                 "Press Release No:2005/390/S\n\n\n"
                 "Jane Doe: 202-473-1842\n\n"
                 "John Roe: (202) 458-8626\n\n\n\n"
                 "WASHINGTON, March 21, 2005 — " STORY);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Statement of the River Office on the Floods of the Spring");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2005-03-21");
}

/* "PRESS RELEASE September 25, 1988": the kind, then the page's date, on one line. */
static void
test_kind_then_date (void)
{
  static const char *const heads[] = {
    "PRESS RELEASE September 25, 1988\n\nThe River Bank Will Lend More to the Valley\n\n",
    "The River Bank Will Lend More to the Valley\n\nPress release | 25 September 1988\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = g_strconcat (heads[i], STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "The River Bank Will Lend More to the Valley");
      g_assert_cmpstr (cmq_release_get_date (release), ==, "1988-09-25");
      g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
    }
}

/* "For Immediate Release" under the date: a press release's label, not the story. */
static void
test_immediate_release (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Ministers agree on a plan for the valley\n\n16 November 2022\n\n"
                 "For Immediate Release\n\n" STORY);

  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The ministers"));
}

/* After the story: "À lire également :" and the titles of other pages, or a line that asks the
 * reader to click a link; neither is the story. */
static void
test_links_after_story (void)
{
  static const char *const tails[] = {
    "\nÀ lire également :\n\n"
    "Le Conseil des États du fleuve approuve une vaste réforme des digues\n\n"
    "Publications sur les crues du fleuve\n\n"
    "Fiche de lecture sur les digues\n",
    "\nFor the Chairman’s Statement of the River Summit, “Our Valley, Our Future” please click "
    "here.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text =
          g_strconcat ("Ministers agree on a plan for the valley\n\n", STORY, tails[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpuint (n_paragraphs (release), ==, 2);
      g_assert_true (g_str_has_suffix (paragraphs[1], "goes on."));
    }
}

/* "Ir direto para menu de acessibilidade.", "Início do conteúdo da página": a Portuguese site's
 * skip links above the headline are chrome, as their English and French words are. */
static void
test_portuguese_skip_links (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Ir direto para menu de acessibilidade.\n"
      "Início do conteúdo da página\n"
      "Ministros aprovam um plano para o vale\n\n"
      "Os ministros dos Estados do rio aprovaram hoje um plano para ajudar o vale depois "
      "das cheias da primavera.\n\n"
      "Voltarão a reunir-se no outono para ver como avançam as obras nas barragens.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Ministros aprovam um plano para o vale");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Os ministros"));
}

/* "On 9 January 2023, … took office. Today marks her first anniversary in office.": the lead's
 * date is the one of the event the release marks the anniversary of, not the release's. */
static void
test_anniversary_date (void)
{
  static const char *const head = "A year at the head of the River Office\n\n"
                                  "On 9 January 2023, Dr. Jane Doe took office as the first head "
                                  "of the River Office.";
  g_autofree char *marked =
      g_strconcat (head, " Today marks her first anniversary in office.\n", NULL);
  g_autofree char *plain = g_strconcat (head, " She spoke to the staff in the morning.\n", NULL);
  g_autoptr (CmqRelease) anniversary = import_ok (marked);

  g_assert_null (cmq_release_get_date (anniversary));
  assert_import_field (plain, date, "2023-01-09");
}

/* "WASHINGTON, JANUARY 13, 2023 — The River Bank today released the following statement:": a
 * dated line that introduces the statement under it is the story's first paragraph, not a label
 * nor the headline. */
static void
test_dated_lead_before_statement (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "River Bank Statement on the Valley\n"
      "January 13, 2023\n"
      "WASHINGTON, JANUARY 13, 2023 — The River Bank today released the following "
      "statement:\n"
      "“On January 11, the Board of the River Bank discussed a plan for the valley after "
      "the floods of the spring, and agreed to lend more to the farmers.”\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, "River Bank Statement on the Valley");
  g_assert_true (g_str_has_prefix (paragraphs[0], "WASHINGTON, JANUARY 13, 2023 — The River"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2023-01-13");
}

/* Under a speech's title: "Address by Jane Doe, First Deputy Head of the River Office", a kind,
 * a speaker and the speaker's office, says that the release is a speech. */
static void
test_byline_with_office (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("The Future of the Valley\n\n"
                 "March 27, 2003\n\n"
                 "Address by Jane Doe, First Deputy Head of the River Office\n"
                 "Boston, March 27, 2003\n\n"
                 "1. It is a great pleasure to be here this afternoon to speak of the valley and "
                 "of the work of the River Office.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "The Future of the Valley");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "speech");
}

/* After the story, a news aggregator's or a blog's tail: "Hashtags" over the post's tags, then
 * its comment box ("Comments", "No comments yet...") and related items; none of it is the
 * story (heldout6). */
static void
test_hashtags_after_story (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Ministers agree on a plan for the valley\n"
                 "The ministers of the river states agreed today on a plan to help the valley "
                 "after the floods of the spring.\n"
                 "They will meet again in the autumn to see how the work on the dams goes on.\n"
                 "Hashtags\n\n"
                 "Try Our New Features\n"
                 "Comments\n"
                 "No comments yet...\n"
                 "Related Articles\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_true (g_str_has_suffix (paragraphs[1], "goes on."));
}

/* "Mitschrift der Pressekonferenz - Montag, 16. September 2013": German for a transcript, before
 * the date on the line that gives it (heldout6). */
static void
test_german_transcript_label (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Mitschrift der Pressekonferenz - Montag, 16. September 2013\n"
                 "Regierungspressekonferenz vom 16. September 2013\n\n"
                 "Der Vorsitzende eröffnet die Pressekonferenz und begrüßt die Sprecherinnen und "
                 "Sprecher der Ministerien des Landes.\n\n"
                 "Frage: Können Sie sagen, wann die Arbeiten an den Dämmen am Fluss beginnen?\n");

  g_assert_cmpstr (cmq_release_get_kind (release), ==, "transcript");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2013-09-16");
}

/* "> Notes d’information", "› What is a ministerial conference?": lines that an arrow opens are
 * link items, even one ending with a question mark; never the story's start (heldout6). */
static void
test_arrow_link_lines (void)
{
  static const char *const arrows[] = { "> ", "\u203A " };

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      g_autofree char *text =
          g_strconcat (arrows[i], "River Conference 2011\n", arrows[i], "Briefing notes\n",
                       arrows[i], "What is a ministerial conference?\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The ministers"));
    }
}

/* "OPCW Director-General … addresses … on 13 November 2025 in Brussels, Belgium." just above
 * "THE HAGUE, Netherlands—13 November 2025— The Director-General…": a sentence above the
 * paragraph that a dateline opens is a caption or a standfirst; the story starts at the dateline
 * (heldout6). */
static void
test_sentence_over_dateline (void)
{
  static const char *const datelines[] = {
    "THE HAGUE, Netherlands—13 November 2025— ",
    "VIENNA, Austria — 6 September 2017 — ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (datelines); i++)
    {
      g_autofree char *text = g_strconcat (
          "The head of the River Office addresses the ministers of the river states on 13 "
          "November 2025 in Vienna, Austria.\n",
          datelines[i], STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], datelines[i]));
    }
}

/* "Rt Hon Winston Peters" over "Minister of Foreign Affairs", just above the lead: the
 * minister's block, not the headline, which stands above it (heldout6). */
static void
test_minister_block_under_headline (void)
{
  static const char *const names[] = { "Rt Hon Jane Doe", "H.E. Mr John Roe", "Dr Jane Doe" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text =
          g_strconcat ("Minister To Visit The Valley\n", names[i],
                       "\nMinister of River Affairs\n"
                       "The minister of river affairs departs this weekend for a visit to the "
                       "valley after the floods of the spring.\n"
                       "She will meet the mayors of the valley to see how the work on the dams "
                       "goes on.\n",
                       NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "Minister To Visit The Valley");
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The minister"));
    }
}

/* "Statement by Jane Doe, President of the River Bank" as the page's first line, just above the
 * story: the release's title (and kind); under another title it stays a byline
 * (test_byline_with_office) (heldout6). */
static void
test_byline_as_first_line (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Statement by Jane Doe, President of the River Bank\n" STORY);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Statement by Jane Doe, President of the River Bank");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The ministers"));
}

/* "Ms Doe departs for the valley on Saturday 7 June and returns on Saturday 14 June.": the
 * story's only date is the one of a trip it announces, not the release's (heldout6). */
static void
test_trip_date_is_not_the_release_date (void)
{
  assert_import_field (
      "Minister To Visit The Valley\n\n"
      "The minister of river affairs departs this weekend for a visit to the valley "
      "after the floods of the spring.\n\n"
      "Ms Doe departs for the valley on Saturday 7 June and returns on Saturday 14 "
      "June.\n",
      date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/importer/kind-label-before-headline", test_kind_label_before_headline);
  g_test_add_func ("/importer/contacts-over-lead", test_contacts_over_lead);
  g_test_add_func ("/importer/kind-then-date", test_kind_then_date);
  g_test_add_func ("/importer/immediate-release", test_immediate_release);
  g_test_add_func ("/importer/links-after-story", test_links_after_story);
  g_test_add_func ("/importer/portuguese-skip-links", test_portuguese_skip_links);
  g_test_add_func ("/importer/anniversary-date", test_anniversary_date);
  g_test_add_func ("/importer/dated-lead-before-statement", test_dated_lead_before_statement);
  g_test_add_func ("/importer/byline-with-office", test_byline_with_office);
  g_test_add_func ("/importer/hashtags-after-story", test_hashtags_after_story);
  g_test_add_func ("/importer/german-transcript-label", test_german_transcript_label);
  g_test_add_func ("/importer/arrow-link-lines", test_arrow_link_lines);
  g_test_add_func ("/importer/sentence-over-dateline", test_sentence_over_dateline);
  g_test_add_func ("/importer/minister-block-under-headline", test_minister_block_under_headline);
  g_test_add_func ("/importer/byline-as-first-line", test_byline_as_first_line);
  g_test_add_func ("/importer/kind-label-with-issuer", test_kind_label_with_issuer);
  g_test_add_func ("/importer/trip-date-is-not-the-release-date",
                   test_trip_date_is_not_the_release_date);
  return g_test_run ();
}
