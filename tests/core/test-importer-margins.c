/* test-importer-margins.c: the importer on synthetic pages whose head or tail carries what the
 * eighth held-out set (tests/fixtures/heldout8) showed: a photo caption whose credit has no
 * brackets above the lead; a release's end mark ("***") over the organisation's note; a
 * release-date line with a cut weekday and a date joined by hyphens under the headline; a
 * reference number and a picture's caption under its label between the headline and the lead;
 * a kind label between the page's date and its topic; a site menu's titles glued to their
 * blurbs above the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                          \
  "Les ministres des États riverains ont adopté aujourd’hui un plan pour aider la vallée après " \
  "les crues du printemps.\n\n"                                                                        \
  "Ils se retrouveront à l’automne pour voir comment avancent les travaux sur les digues.\n"

static const char *
last_paragraph (CmqRelease *release)
{
  return cmq_release_get_paragraphs (release)[n_paragraphs (release) - 1];
}

/* "Helen Clark, l'administrateur du PNUD, adresse le Conseil d'administration de l'organisation.
 * ©Nicolo Gnecchi/PNUD" (heldout8 undp-01), "… Achim Steiner. Foto: David Fisher/Oxford Martin
 * School" (undp-03): a caption whose credit follows its sentence without brackets, above the
 * lead, is not the story's first paragraph. */
static void
test_caption_with_bare_credit (void)
{
  static const char *const captions[] = {
    "La présidente du comité s’adresse aux ministres des États riverains. ©Jean Muster/Comité",
    "La présidente du comité s’adresse aux ministres. Foto: Jean Muster/Comité des riverains",
    "La présidente du comité s’adresse aux ministres. Photo : Jean Muster",
  };

  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    {
      g_autofree char *text =
          g_strconcat ("Le comité des riverains adopte son plan pour la vallée\n\n1 sept. 2015\n\n",
                       captions[i], "\n\nParis – ", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (g_str_has_prefix (first_paragraph (release), "Paris – Les ministres"));
      g_assert_true (g_str_has_suffix (last_paragraph (release), "sur les digues."));
    }
}

/* What the rule leaves alone: a story sentence after which a "©" opens a sentence of its own. */
static void
test_story_line_with_copyright_sign_stays (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Paris – Les ministres des États riverains ont adopté aujourd’hui un plan pour "
                 "aider la vallée. © et ™ figurent désormais sur toutes les pages du plan.\n\n"
                 "Ils se retrouveront à l’automne pour voir comment avancent les travaux sur les "
                 "digues.\n");

  g_assert_nonnull (strstr (first_paragraph (release), "© et ™ figurent"));
}

/* "***", then "The Assembly of States Parties is the management oversight and legislative body
 * of the ICC. …" (heldout8 icc-03): the release's end mark, then the organisation's note, which
 * is not the story; a mark with the story's paragraphs after it only separates two sections. */
static void
test_end_mark_over_note (void)
{
  static const struct
  {
    const char *tail;
    gboolean kept;
  } cases[] = {
    { "***\nThe Assembly of the River States is the oversight body of the valley's plan. It is "
      "made of the states that signed the treaty.\n",
      FALSE },
    { "###\n\nAbout the Assembly of the River States\n\nThe Assembly meets once a year.\n", FALSE },
    { "-30-\nFor more information, please contact the press office of the Assembly.\n", FALSE },
    { "* * *\nThe ministers are the guests of the valley's mayors, who thanked them. The "
      "Assembly will publish the plan next week.\n",
      TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (STORY, cases[i].tail, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      g_autofree char *body = g_strjoinv ("\n", (char **) cmq_release_get_paragraphs (release));

      g_assert_cmpint (strstr (body, "Assembly") != NULL, ==, cases[i].kept);
      g_assert_nonnull (strstr (body, "sur les digues."));
    }
}

/* "IOM seriously concerned by deaths of migrants …", then "Posted on Fri, Nov-29-2013" (heldout8
 * iom-01): a release-date line, with the weekday cut to three letters and the month's name
 * joined by hyphens to the day and year, under the headline. */
static void
test_posted_on_hyphenated_date (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("River board seriously concerned by the floods of the lower valley\n\n"
                 "Posted on Fri, Nov-29-2013\n\n"
                 "Switzerland - The floods of the lower valley this week have cut off nineteen "
                 "villages and damaged four bridges over the river.\n\n"
                 "The board will meet the mayors of the valley next week to plan the repairs.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "River board seriously concerned by the floods of the lower valley");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2013-11-29");
}

/* "UNDP:s styrelse välkomnar …", then "2017-apr-20" alone on its line (heldout8 undp-03): a
 * year, a month's abbreviation in lower case and a day joined by hyphens are the release's date. */
static void
test_bare_hyphenated_date_line (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("River board welcomes the appointment of its new chair\n\n"
                 "2017-apr-20\n\n"
                 "New York - The river board welcomed today the appointment of its new chair, "
                 "who will lead the board for a term of four years.\n\n"
                 "The chair has worked on the floods of the lower valley for twenty years.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "River board welcomes the appointment of its new chair");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2017-04-20");
}

/* "Press Release: 4 October 2018", the headline, "ICC-OTP-20181004-PR1413", "Image", "ICC
 * Prosecutor addresses Informal Ministerial Network …" (heldout8 icc-01): neither the reference
 * number nor the caption under the picture's label is the headline. */
static void
test_reference_number_and_labelled_caption (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Press Release: 4 October 2018\n\n"
      "River board chair attends the valley conference to advance the work of her office\n\n"
      "RB-20181004-PR1413\n"
      "Image\n"
      "River board chair addresses the mayors of the valley in the margins of the conference\n\n"
      "From the 24th to the 27th of September, the chair of the river board attended the valley "
      "conference to hold meetings with the mayors.\n\n"
      "The mayors reaffirmed their strong commitment to the plan for the valley.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "River board chair attends the valley conference to advance the work of her "
                   "office");
  g_assert_true (g_str_has_prefix (first_paragraph (release), "From the 24th"));
}

/* "10 May 2016 Press release Environmental rights and governance" (heldout8 unep-01, unep-02):
 * the kind label between the page's date and a few words of its topic gives the release's kind;
 * a headline after a date is no kind label. */
static void
test_kind_between_date_and_topic (void)
{
  static const struct
  {
    const char *line;
    const char *kind;
  } cases[] = {
    { "10 May 2016 Press release Environmental rights and governance", "press release" },
    { "10 May 2016 Press release: the river board adopts its plan for the valley, with figures",
      NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].line,
          "\n\nRiver board chair visits the valley mayors in advance of the conference\n\n"
          "Nairobi, 10 May 2016 - In advance of the valley conference, the chair of the river "
          "board was welcomed by the mayors of the valley today.\n\n"
          "The mayors thanked the board for its support of the plan for the valley.\n",
          NULL);

      assert_import_field (text, kind, cases[i].kind);
    }
}

/* "Who we are", "WHO WE AREThe International Organization for Migration (IOM) is part of …",
 * "Our Work", "Our WorkAs the leading …" (heldout8 iom-02): a site menu's blurbs glued to their
 * titles are neither the lead nor above the headline; a short line over a story line that only
 * starts with the same letters ("UN chief", "UNESCO welcomes …") is left alone. */
static void
test_menu_blurbs_glued_to_titles (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "-\nWho we are\n"
      "WHO WE AREThe River Board is the body of the river states that looks after the valley "
      "and its bridges.\n"
      "-\nOur Work\n"
      "Our WorkAs the body of the river states, the board plans the repairs of the valley after "
      "the floods.\n"
      "What We Do\nWhat We Do\n"
      "River board chair addresses the valley conference in the capital\n"
      "Valley - The chair of the river board has called for the states to join forces to repair "
      "the bridges of the valley.\n"
      "The conference is in preparation for the summit of the river states, which will take "
      "place next year.\n");
  g_autoptr (CmqRelease) kept =
      import_ok ("UN chief\n"
                 "UNESCO welcomes the plan of the river states for the valley after the spring "
                 "floods.\n"
                 "The states will meet again next year to see how the repairs go.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "River board chair addresses the valley conference in the capital");
  g_assert_true (g_str_has_prefix (first_paragraph (release), "Valley - The chair"));
  g_assert_true (g_str_has_prefix (first_paragraph (kept), "UNESCO welcomes"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/caption-with-bare-credit", test_caption_with_bare_credit);
  g_test_add_func ("/importer/story-line-with-copyright-sign-stays",
                   test_story_line_with_copyright_sign_stays);
  g_test_add_func ("/importer/end-mark-over-note", test_end_mark_over_note);
  g_test_add_func ("/importer/posted-on-hyphenated-date", test_posted_on_hyphenated_date);
  g_test_add_func ("/importer/bare-hyphenated-date-line", test_bare_hyphenated_date_line);
  g_test_add_func ("/importer/reference-number-and-labelled-caption",
                   test_reference_number_and_labelled_caption);
  g_test_add_func ("/importer/kind-between-date-and-topic", test_kind_between_date_and_topic);
  g_test_add_func ("/importer/menu-blurbs-glued-to-titles", test_menu_blurbs_glued_to_titles);
  return g_test_run ();
}
