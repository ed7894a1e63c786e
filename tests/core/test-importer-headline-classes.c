/* test-importer-headline-classes.c: the importer on synthetic pages whose headline stands apart
 * from the story in ways that recur across websites (issue 11): over a standfirst and the page's
 * date and byline block, over a picture's credit and caption.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer.h"
#include "importer-fixture.h"

/* The headline, a one-sentence summary under it, then "Date:" and the byline's labelled lines,
 * then a picture's short text over the lead: the headline is the line over the summary, and the
 * picture's text is neither the headline nor the story. */
static void
test_headline_over_standfirst_and_byline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Campus News Events Library Contact\n\n"
      "Engineers Test New Bridge Sensors\n\n"
      "A team from the engineering school fitted sensors to a river bridge this spring to learn "
      "how its steel ages in winter.\n\n"
      "Date: 4/14/2011 09:00:00 AM\n"
      "By: Jane Roe\n"
      "Phone: (555) 010-2030\n\n"
      "Bridge logo\n\n"
      "The sensors record every truck that crosses the bridge, and the team reads them each "
      "week from the laboratory on the campus.\n\n"
      "The work goes on until the end of next year, when the team will publish its results.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Engineers Test New Bridge Sensors");
  g_assert_true (g_str_has_prefix (paragraphs[0], "The sensors record every truck"));
}

/* A picture's credit alone on its line ("Photo: …", "Foto: ©…"), then its caption on the next
 * line with no blank line between: the caption is never the headline, whatever its shape. */
static void
test_caption_under_credit (void)
{
  static const char *const credits[] = {
    "Photo: ©Agency/John Smith",
    "Foto: Maria Rossi",
    "Photo credit: A. Martin",
  };

  for (guint i = 0; i < G_N_ELEMENTS (credits); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Agency Signs Water Agreement With Coastal Towns\n\n"
          "%s\n"
          "The Director and the Mayor of Northport at the signing\n\n"
          "Northport, 3 May 2016 - The agency signed today an agreement with six coastal towns "
          "to repair their water pipes before the summer.\n\n"
          "The work begins in June.\n",
          credits[i]);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Agency Signs Water Agreement With Coastal Towns");
      g_assert_true (g_str_has_prefix (paragraphs[0], "Northport, 3 May 2016"));
    }
}

/* A sentence-like paragraph right under a credit line stays in the story. */
static void
test_paragraph_under_credit_kept (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Agency Signs Water Agreement With Coastal Towns\n\n"
      "Photo: Jane Roe\n"
      "The agency signed today an agreement with six coastal towns to repair their water pipes "
      "before the summer, the Director said in Northport.\n\n"
      "The work begins in June.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_true (g_str_has_prefix (paragraphs[0], "The agency signed today"));
}

/* The page's date glued after the headline's last word: the headline is the words before it and
 * the date is the page's; a date the headline's own phrase opens ("… Meeting of 14 June", "…
 * Monday 14 June"), one after a word in lower case ("le jeudi 30 décembre") or after a dash
 * stays in the headline. */
static void
test_date_glued_after_headline (void)
{
  static const char *const lines[][2] = {
    { "Agency Chief Condemns Attack on Reporters in Northland 14 June",
      "Agency Chief Condemns Attack on Reporters in Northland" },
    { "Ministers Agree New Rules for Fishing Fleets March 3, 2019",
      "Ministers Agree New Rules for Fishing Fleets" },
    { "Statement After the Meeting of 14 June", "Statement After the Meeting of 14 June" },
    { "Speech to the Press - Town Hall 14 June 2004",
      "Speech to the Press - Town Hall 14 June 2004" },
    { "Talks Between the Ministers Begin Monday 14 June",
      "Talks Between the Ministers Begin Monday 14 June" },
    { "Réunion des ministres le jeudi 30 décembre 2021",
      "Réunion des ministres le jeudi 30 décembre 2021" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "%s\n\n"
          "The Director-General of the agency has condemned the attack on three reporters in "
          "the north of the country last week, and called for an inquiry.\n\n"
          "The agency works for the safety of reporters.\n",
          lines[i][0]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, lines[i][1]);
    }
}

/* A headline too long for a headline's shape, with no final stop (ending on a quotation), just
 * above a paragraph that a dateline opens ("GENEVA, 3 May 2016. The …", "LA HAYE, le 3 mai
 * 2016. Le …"): the headline, and the story starts at the dateline. */
static void
test_long_headline_over_dateline (void)
{
  static const char *const cases[][3] = {
    { "The President of the Agency tells the Assembly that the work of the agency over the past "
      "year has shown \u201cthe trust that the member states and their people keep placing in "
      "our common institutions and rules\u201d",
      "GENEVA, 3 May 2016. The President of the agency spoke today to the Assembly in Geneva "
      "about the report of the agency for the past year.",
      "GENEVA, 3 May 2016." },
    { "Le président de l’Agence rappelle devant l’Assemblée que le travail de l’agence au cours "
      "de l’année écoulée a montré «la confiance que les États membres et leurs peuples "
      "continuent de placer dans nos institutions communes»",
      "LA HAYE, le 3 mai 2016. Le président de l’agence s’est adressé aujourd’hui à "
      "l’Assemblée à La Haye au sujet du rapport annuel de l’agence.",
      "LA HAYE, le 3 mai 2016." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Press release\n%s\n%s\n"
                                               "The report covers the work of the whole year, "
                                               "and the Assembly will discuss it next week.\n",
                                               cases[i][0], cases[i][1]);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_true (g_str_has_prefix (paragraphs[0], cases[i][2]));
      g_assert_true (g_str_has_prefix (cmq_release_get_title (release),
                                       i == 0 ? "The President of the Agency" : "Le président"));
    }
}

/* A headline too long for a headline's shape, with no final stop (a speech's occasion in full),
 * over a place and its date alone on their line, then the speech: the long line is the
 * headline, whole, and the story starts under the dateline. */
static void
test_long_headline_over_lone_dateline (void)
{
  static const char *const cases[][3] = {
    { "Opening remarks by the Minister of Foreign Affairs of the Republic, when appearing before "
      "the members of the Senate, in the framework of the Review of the First Report of the "
      "Government of the President of the Republic",
      "Northport, 8 October 2025", "Good morning to all of you, and thank you for coming." },
    { "Intervención inicial del secretario de Relaciones Exteriores, al comparecer ante senadoras "
      "y senadores, en el marco del Análisis del Primer Informe de Gobierno de la presidenta de "
      "la República",
      "Ciudad de México, 8 de octubre de 2025", "Muy buenos días tengan todas y todos ustedes." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "%s\n\n%s\n\n%s\n\n"
          "It is an honour to appear before this chamber today, and to answer the questions of "
          "its members on the work of the ministry over the past year.\n\n"
          "The ministry has opened four new embassies this year.\n",
          cases[i][0], cases[i][1], cases[i][2]);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i][0]);
      g_assert_cmpstr (paragraphs[0], ==, cases[i][2]);
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2025-10-08");
    }
}

/* The page's date in figures alone on its line ("16/05/2003": no telephone number), or with the
 * page's counters of views and likes after it, between the headline and the story: the date
 * line, so the line above it (here a question) is the headline, not the story's first line. */
static void
test_date_in_figures_under_headline (void)
{
  static const char *const dates[][2] = {
    { "16/05/2003", "2003-05-16" },
    { "16/05/2003 843 views 0 likes", "2003-05-16" },
    { "3 May 2021 · 1,204 reads", "2021-05-03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Agency\n\n"
          "What does Europe need for its access to space today and tomorrow?\n\n"
          "%s\n\n"
          "The ministers of the member states of the agency will meet in Paris next week to "
          "decide on the future of the launchers and on the money for the station.\n\n"
          "They will also adopt a resolution on the agency and the Union.\n",
          dates[i][0]);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "What does Europe need for its access to space today and tomorrow?");
      g_assert_true (g_str_has_prefix (paragraphs[0], "The ministers of the member states"));
      g_assert_cmpstr (cmq_release_get_date (release), ==, dates[i][1]);
    }
}

/* A release's number and year alone on its line ("No 2016/12", "Nr. 584/02", "N° 48–2014")
 * over the headline: a label, never the headline. */
static void
test_release_number_line_not_headline (void)
{
  static const char *const numbers[] = { "No 2016/12", "Nr. 584/02", "N° 48–2014" };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Press release\n%s\n3 May 2016\n"
          "Agency Signs Water Agreement With Coastal Towns\n"
          "The agency signed today an agreement with six coastal towns to repair their water "
          "pipes before the summer, the Director said in Northport.\n\n"
          "The work begins in June.\n",
          numbers[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Agency Signs Water Agreement With Coastal Towns");
    }
}

/* A wire's dateline, a place and a news agency in brackets before a dash ("Lyon (AFP) - ",
 * "Hamburg (ots) - ", "LONDON, May 3 (Reuters) - "), opens the story: the headline, even a
 * sentence, and a picture's short caption above it are not the lead; and a line it opens right
 * over the first paragraph (an event's time and place) is the story's first, not the headline,
 * and its date the event's, not the release's. */
static void
test_wire_dateline_opens_story (void)
{
  static const char *const datelines[] = {
    "Lyon (AFP) - ",
    "Hamburg (ots) - ",
    "LONDON, May 3 (Reuters) - ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (datelines); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Water Agency of the North\n\n"
          "Northport Water: six coastal towns sign a water agreement - new pipes before the "
          "summer.\n\n"
          "Signing (archive picture)\n\n"
          "%sThe agency signed today an agreement with six coastal towns to repair their water "
          "pipes before the summer, the Director said in Northport.\n\n"
          "The work begins in June and ends in September, when the towns will test the pipes.\n",
          datelines[i]);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (
          cmq_release_get_title (release), ==,
          "Northport Water: six coastal towns sign a water agreement - new pipes before the "
          "summer.");
      g_assert_true (g_str_has_prefix (paragraphs[0], datelines[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (datelines); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Invitation to the press - the Director thanks three witnesses\n\n"
          "%sTime: 12.12.2018, 11:15, Place: Town Hall, Market Square 1, Northport\n\n"
          "The Director thanks tomorrow three witnesses whose calls to the police led to the "
          "arrest of two burglars in the old town.\n\n"
          "Reporters are welcome and are asked to register by phone before noon today, "
          "11.12.2018.\n",
          datelines[i]);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Invitation to the press - the Director thanks three witnesses");
      g_assert_true (g_str_has_prefix (paragraphs[0], datelines[i]));
      /* the event's day under its time label is not the release's */
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2018-12-11");
    }
}

/* Brackets that hold no news agency ("(SPD)", a party) before a dash are not a wire's dateline. */
static void
test_not_wire_dateline (void)
{
  g_assert_true (cmq_importer_opens_with_wire_dateline ("PARIS (AFP) - Le ministre a dit"));
  g_assert_false (cmq_importer_opens_with_wire_dateline ("Anna Berg (SPD) - Die Ministerin sagte"));
  g_assert_false (cmq_importer_opens_with_wire_dateline ("Lyon (AFP) - the minister said"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/headline-over-standfirst-and-byline",
                   test_headline_over_standfirst_and_byline);
  g_test_add_func ("/importer/caption-under-credit", test_caption_under_credit);
  g_test_add_func ("/importer/paragraph-under-credit-kept", test_paragraph_under_credit_kept);
  g_test_add_func ("/importer/date-glued-after-headline", test_date_glued_after_headline);
  g_test_add_func ("/importer/long-headline-over-dateline", test_long_headline_over_dateline);
  g_test_add_func ("/importer/long-headline-over-lone-dateline",
                   test_long_headline_over_lone_dateline);
  g_test_add_func ("/importer/date-in-figures-under-headline", test_date_in_figures_under_headline);
  g_test_add_func ("/importer/release-number-line-not-headline",
                   test_release_number_line_not_headline);
  g_test_add_func ("/importer/wire-dateline-opens-story", test_wire_dateline_opens_story);
  g_test_add_func ("/importer/not-wire-dateline", test_not_wire_dateline);
  return g_test_run ();
}
