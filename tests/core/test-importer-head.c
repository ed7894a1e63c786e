/* test-importer-head.c: the importer on synthetic pages whose head carries more than a headline:
 * notices about the text, headings above the story, label lines, greetings, dates in the other
 * languages of the European institutions.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer.h"
#include "importer-fixture.h"

/* "Check against delivery", "As delivered", "This is a provisional translation…": notices about
 * the text, in any of its languages, are never the headline nor the story's first paragraph. */
static void
test_notices (void)
{
  static const char *const notices[] = {
    "Check against delivery!",
    "As delivered",
    "This is a provisional translation by an outside agency for reference only.",
    "Seul le prononcé fait foi",
    "Es gilt das gesprochene Wort!",
    "– Vrije vertaling –",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Minister Addresses the Conference on Rivers\n"
          "%s\n"
          "The Minister spoke today to the delegates of the conference about the rivers of the "
          "northern provinces and the floods of the spring.\n"
          "She thanked the hosts.\n",
          notices[i]);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Minister Addresses the Conference on Rivers");
      g_assert_true (g_str_has_prefix (paragraphs[0], "The Minister spoke today"));
    }
}

/* A heading in Title Case above the story's first paragraph, even one that ends in a full stop
 * ("(1) … the U.S."), is not the story's first paragraph nor, under the page's date line, its
 * headline: the headline is the line above that date. A short sentence full of names is still a
 * sentence. */
static void
test_heading_above_story (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Press Conferences\n\n"
      "Press Conference by the Minister of Trade\n\n"
      "Tuesday, March 4, 2025, 10:30 a.m. Ministry of Trade\n\n"
      "Opening Remarks\n\n"
      "(1) Visit of the Minister to the Northern Provinces of the U.S.\n\n"
      "The Minister opened the conference by announcing a new export programme for the small "
      "firms of the northern provinces.\n\n"
      "Questions followed.\n");
  g_autoptr (CmqRelease) names = import_ok (
      "Minister Meets Her Counterpart\n\n"
      "Minister Anna Berg met Foreign Minister Jan Holm in Oslo.\n\n"
      "They discussed the fisheries agreement and the new ferry line between the two countries "
      "at length.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Press Conference by the Minister of Trade");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The Minister opened"));
  g_assert_cmpstr (cmq_release_get_paragraphs (names)[0], ==,
                   "Minister Anna Berg met Foreign Minister Jan Holm in Oslo.");
}

/* A transcript's head: "Kind, Place" is its headline, not a dateline; a subject list and a
 * bullet line of Title Case are the head's, and the story starts with the first speaker; a
 * greeting above a speech's salutation is the speech's. */
static void
test_transcript_head (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Doorstop, Lisbon, Portugal\n\n"
      "  \u2022 Joint press conference with:\n"
      "  \u2022 Senator Ann Example, Special Envoy for the Oceans and the Coasts of the Northern "
      "Provinces of the Realm\n"
      "Subjects: Fisheries; the ferry line; the harbour works on the southern coast of the "
      "country; regional trade; the weather.\n"
      "10 July 2019\n\n"
      "Minister: Thank you all for coming this morning, it is good to be back in the city after "
      "a long week.\n\n"
      "Journalist: What about the ferry line?\n");
  g_autoptr (CmqRelease) speech = import_ok (
      "Statement to the Committee on Rivers\n\n"
      "1 November 2022\n\n"
      "Good afternoon\n\n"
      "Mr Chairman,\n\n"
      "To address the floods of the spring we need to work together, and we have not always done "
      "so in the past years.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Doorstop, Lisbon, Portugal");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "transcript");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-07-10");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Minister: Thank"));
  g_assert_cmpstr (cmq_release_get_paragraphs (speech)[0], ==, "Good afternoon");
  g_assert_cmpstr (cmq_release_get_paragraphs (speech)[1], ==, "Mr Chairman,");
}

/* The date lines and datelines of the other languages of the European institutions. */
static void
test_other_language_dates (void)
{
  static const struct
  {
    const char *line;
    const char *date;
  } cases[] = {
    { "Venerdì, 26 Luglio 2019", "2019-07-26" },    { "Datum: 11 januari 1999", "1999-01-11" },
    { "Berlin, 12. Juni 2024", "2024-06-12" },      { "Madrid, 22 de enero de 2019", "2019-01-22" },
    { "Lisboa, 3 de março de 2020", "2020-03-03" }, { "Warszawa, 5 listopada 2021", "2021-11-05" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Visit of the Minister to the Northern Provinces\n\n%s\n\n"
          "The Minister visited the northern provinces and met the governors of the three "
          "regions about the floods.\n",
          cases[i].line);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Visit of the Minister to the Northern Provinces");
    }
}

/* A back link glued before the headline ("Retour Le Secrétaire…") is not the headline's; a
 * dateline whose date is missing ("Strasbourg ,") is not a speech's salutation. A headline opening
 * with an interface word that is not a back link keeps it. */
static void
test_back_link_and_empty_dateline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Retour Le Ministre condamne la reprise des exécutions dans la province du Nord\n\n"
      "Strasbourg , \n\n"
      "Le Ministre a condamné aujourd'hui la reprise des exécutions dans la province du Nord, "
      "la première depuis dix ans.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Le Ministre condamne la reprise des exécutions dans la province du Nord");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Le Ministre a"));
  assert_import_field (
      "Home Office Opens a New Passport Centre in Northport\n\n"
      "The Home Office opened a new passport centre in Northport today, the first of five "
      "centres planned this year.\n",
      title, "Home Office Opens a New Passport Centre in Northport");
}

/* "Meeting, date - Main results": the whole line is the headline, not its section label; after a
 * dateline of a place, the words after the dash stay the headline. */
static void
test_meeting_dateline (void)
{
  g_autoptr (CmqRelease) meeting = import_ok (
      "Fisheries Council, 19/06/2017 - Main results\n\n"
      "The ministers discussed the quotas of the northern seas and agreed on a plan for the "
      "coming three years.\n");

  g_assert_cmpstr (cmq_release_get_title (meeting), ==,
                   "Fisheries Council, 19/06/2017 - Main results");
  g_assert_cmpstr (cmq_release_get_date (meeting), ==, "2017-06-19");
  assert_import_field (
      "Geneva, 7 May 2015 - Floods in the valley\n\n"
      "The Organization is saddened by the loss of life caused by the floods in the valley and "
      "stands ready to help.\n",
      title, "Floods in the valley");
}

/* "18/12/2025 02:08 | Press release |": a date in figures with a time and the kind between bars
 * is the page's stamp, not a list of links, and the line under it stays the headline. */
static void
test_stamp_between_bars (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Site of the Council\n\n"
      "18/12/2025 02:08 | Press release |\n\n"
      "Safe harbours: Council and Parliament agree on a new law\n\n"
      "Today, the presidency of the Council and the negotiators of the Parliament reached a "
      "provisional deal on the new law.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Safe harbours: Council and Parliament agree on a new law");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2025-12-18");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

/* A headline holding its date in parentheses, just above a subtitle, is the headline, and gives
 * the date; the kind is read after a short label ("Q&R - Point de presse"). */
static void
test_dated_headline_over_subtitle (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Q&R - Point de presse (25 janvier 2024)\n"
      "Point de presse du porte-parole adjoint du ministère des Affaires maritimes\n"
      "Q - Pouvez-vous nous dire combien de navires ont été contrôlés dans le port du Nord "
      "depuis le 7 octobre ?\n"
      "R - Une quarantaine, comme je vous le disais.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Q&R - Point de presse (25 janvier 2024)");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2024-01-25");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "transcript");
}

/* A headline that quotes a phrase without its stop (Minister "…") ends with a quote mark but is
 * no sentence: the headline, not the story's first paragraph. A story line closing a quotation
 * after its stop is a sentence. */
static void
test_quoted_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Minister Berger \"The security of the valley begins at the river\"\n\n"
      "Town (Agency) - The minister spoke today in the town about the consulates of the valley "
      "and the help they give to the people who travel.\n\n"
      "\"Our consulates are the first help of a traveller in need. They are open every day.\"\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Minister Berger \"The security of the valley begins at the river\"");
  g_assert_true (g_str_has_prefix (paragraphs[0], "Town (Agency) - The minister spoke today"));
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
}

/* "Up one level", "Vers le niveau supérieur": the link to the page above, between the headline
 * and the story, is chrome, never the headline. */
static void
test_up_one_level (void)
{
  static const char *const links[] = { "Up one level", "Vers le niveau supérieur" };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Rivers Office\n\n"
          "The minister visits the valley of the rivers\n\n"
          "%s\n\n"
          "The minister visited the valley of the rivers today and spoke with the people about "
          "the floods of the spring.\n",
          links[i]);

      assert_import_field (text, title, "The minister visits the valley of the rivers");
    }
}

/* A press contact's block above the story (its label, a name, a role, telephone numbers) is
 * chrome: the contact's role is never the headline. */
static void
test_contact_block (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "The ministers of the river states agree on a plan for the valley\n\n"
      "Press contacts\n\n"
      "Jane Doe\n"
      "Spokesperson of the Rivers Office\n"
      "+32 2 555 12 34\n\n"
      "The ministers of the river states agreed today on a plan to help the valley after the "
      "floods of the spring.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "The ministers of the river states agree on a plan for the valley");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The ministers"));
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
}

/* Between the headline, which ends with its date, and the story: the section's name and a list
 * of links ("• Brexit"); the headline is the dated line, not the section's name. */
static void
test_dated_headline_over_links (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Remarks by the President after the meeting of the river states of 22 June 2017\n\n"
      "River Council\n"
      "  • 22.6.2017\n"
      "  • 18:10\n"
      "  • Statements and remarks\n"
      "  • 408/17\n"
      "  • Floods\n"
      "  • Security\n"
      "  • Foreign affairs\n\n"
      "First, the leaders discussed the floods, which remain a serious threat to the valley and "
      "its people.\n");

  g_assert_cmpstr (
      cmq_release_get_title (release), ==,
      "Remarks by the President after the meeting of the river states of 22 June 2017");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "First, the leaders"));
}

/* A headline saved without the line break before its dateline ("…Chairman Ann
 * SmithGeneva, 4 May 2009 - The…") is the headline, and the story starts with the dateline; a
 * name with a capital inside ("McDonald, 4 May") is left whole. */
static void
test_glued_dateline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "| Print | |\n"
      "Joint statement by the Chair of the River Council Ann SmithGeneva, 4 May 2009 - In the "
      "first sixty years of its existence, the River Council has helped the people of the valley "
      "after the floods.\n");
  g_autoptr (CmqRelease) name = import_ok (
      "The minister met Mr McDonald, 4 May 2009 - The day of the floods - in the valley of the "
      "rivers, to speak about the help the people need.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Joint statement by the Chair of the River Council Ann Smith");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Geneva, 4 May 2009"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2009-05-04");
  g_assert_cmpuint (n_paragraphs (name), ==, 1);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (name)[0], "The minister met"));
}

/* "- Ministry informs:" above the story is a sender's lead-in, not a speech's salutation: the
 * story starts under it; "Ladies and Gentlemen," stays. */
static void
test_lead_in_is_no_salutation (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Ministry: the minister speaks with the ministers of the river states\n\n"
      "- Ministry informs:\n\n"
      "The minister spoke today by telephone with the ministers of the river states about the "
      "floods of the spring.\n");
  g_autoptr (CmqRelease) speech = import_ok (
      "Speech of the minister to the river states\n\n"
      "Ladies and Gentlemen,\n\n"
      "The floods of the spring have shown how much the valley needs the help of all the river "
      "states.\n");

  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The minister spoke"));
  g_assert_cmpstr (cmq_release_get_paragraphs (speech)[0], ==, "Ladies and Gentlemen,");
}

/* A headline holding its date in parentheses, over the press office's name and the speech's own
 * title in capitals, is the headline; the title in capitals is not. */
static void
test_dated_headline_over_office (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Federal government\n\n\n"
      "Speech of Minister Smith to the press on 19 January 2004 (2004-01-21)\n\n"
      "Press service of the Rivers Office\n\n"
      "SPEECH OF MR JOHN SMITH, MINISTER OF RIVERS, AT THE PRESS LUNCH - RIVER PALACE 19 "
      "January 2004\n\n"
      "Ladies and Gentlemen,\n\n"
      "I am glad to welcome you at the start of this new year, here in the palace of the rivers, "
      "and to look back on the year of the floods.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Speech of Minister Smith to the press on 19 January 2004 (2004-01-21)");
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, "Ladies and Gentlemen,");
}

/* A speech cut short under a salutation ("Mr. President,") ends with it: a line ending in a
 * comma just under the last paragraph is the speech going on, neither chrome nor a caption. */
static void
test_speech_cut_at_salutation (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Statement of the minister to the council of the river states\n\n"
      "Thank you, Mr. President,\n\n"
      "The floods of the spring have shown how much the valley needs the help of all the river "
      "states, and how little time is left to act before the next season.\n\n"
      "Mr. President,\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_cmpstr (paragraphs[2], ==, "Mr. President,");
}

/* The organisation's note after the story ("About the Rivers Office", "À propos du CICR") and
 * what follows it are the site's, long paragraphs too; a subheading of the same shape with the
 * story going on under it is the story's. */
static void
test_organisation_note (void)
{
  static const char *const headings[] = { "About the Rivers Office", "À propos du BFR" };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "The minister spoke today to the delegates of the conference about the rivers of the "
          "northern provinces and the floods of the spring.\n\n"
          "She thanked the hosts for their work during the floods.\n\n"
          "%s\n\n"
          "The Rivers Office (BFR) is a neutral and independent body whose mandate is to watch "
          "over the rivers of the northern provinces, their dams and their banks, everywhere.\n\n"
          "Contact: press@rivers.example\n",
          headings[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpuint (n_paragraphs (release), ==, 2);
    }
  {
    g_autoptr (CmqRelease) story = import_ok (
        "The minister spoke today to the delegates of the conference about the rivers of the "
        "northern provinces and the floods of the spring.\n\n"
        "About the new dams\n\n"
        "The first dam will be built on the northern river next year, at the cost of the "
        "provinces.\n\n"
        "The second dam will follow a year later, on the eastern river.\n\n"
        "The third dam will close the valley of the western river in the last year of the "
        "plan.\n");

    /* kept as the story's subheading (issue 11: it was dropped as a caption) */
    g_assert_cmpuint (n_paragraphs (story), ==, 5);
    g_assert_cmpstr (cmq_release_get_paragraphs (story)[1], ==, "About the new dams");
    g_assert_true (cmq_release_is_subheading (story, 1));
    g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (story)[4], "The third dam"));
  }
}

/* The file's first line over a subtitle that speaks of the same ("Smith: the rivers…" over
 * "Minister Smith presents…") is the headline, the subtitle not; a first line sharing no word
 * with the line under it is not, nor one sharing a word it writes otherwise (a publisher's line:
 * "Ministry of Rivers" over "… its new rivers strategy"). */
static void
test_headline_over_subtitle (void)
{
  /* A publisher's line shares only a common word, in Title Case there and not here. */
  g_autoptr (CmqRelease) publisher = import_ok (
      "News from the Ministry of Rivers of the Valley\n\n"
      "The valley government presents its new rivers strategy\n\n"
      "The minister presented today the new strategy of the valley office on the floods of the "
      "spring and the help the valley gives to the river states.\n");

  assert_import_field (
      "Smith: the valley was there for the river states in 2011\n\n"
      "Minister John Smith presents the report of the valley for 2011\n\n"
      "The minister presented today the report of the valley office on the floods of the spring "
      "and the help the valley gave to the river states.\n",
      title, "Smith: the valley was there for the river states in 2011");
  assert_import_field (
      "Your settings have been saved\n\n"
      "Minister John Smith presents the report of the valley for 2011\n\n"
      "The minister presented today the report of the valley office on the floods of the spring "
      "and the help the valley gave to the river states.\n",
      title, "Minister John Smith presents the report of the valley for 2011");
  g_assert_cmpstr (cmq_release_get_title (publisher), ==,
                   "The valley government presents its new rivers strategy");
}

/* Over the page's date line, a standfirst that shares with the headline only an acronym
 * (heldout6 opcw-03): the acronym is a name, the line above is the headline. */
static void
test_headline_over_subtitle_acronym (void)
{
  g_autoptr (CmqRelease) acronym = import_ok (
      "RVO Director briefs the delegates of the river states based outside the valley\n\n"
      "The meeting outlines the work of RVO and the issues to be discussed at the coming "
      "conference of its members\n\n"
      "15 November 2021\n\n"
      "The Director of the River Valley Office (RVO) updated the delegates of the river states "
      "today on the floods of the spring.\n");

  g_assert_cmpstr (
      cmq_release_get_title (acronym), ==,
      "RVO Director briefs the delegates of the river states based outside the valley");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (acronym)[0], "The Director of"));
}

/* Under the headline, the speakers' line ending with the place and the date (heldout6 ecb-01),
 * and over it a kind, a dash and a date alone (heldout6 germany-01): neither is the headline,
 * and the dates still give the release's date; the label gives the kind. */
static void
test_dated_lines_around_headline (void)
{
  g_autoptr (CmqRelease) speakers = import_ok (
      "Introductory statement to the meeting of the river states\n\n"
      "Anna Berg, Chair of the Board,Jan Holm, Deputy Chair of the Board,Rivertown, 6 September "
      "2012\n\n"
      "Jump to the questions and answers\n\n"
      "Ladies and gentlemen, the Deputy Chair and I are very pleased to welcome you to our "
      "meeting of the river states.\n\n"
      "We will now report on the outcome of the meeting.\n");
  g_autoptr (CmqRelease) label = import_ok (
      "Transcript of the meeting - Monday, 16 September 2013\n"
      "Meeting of the river states of 16 September 2013\n\n"
      "The chair opens the meeting and welcomes the delegates of the river states to the valley "
      "office.\n\n"
      "The delegates thank the chair.\n");

  g_assert_cmpstr (cmq_release_get_title (speakers), ==,
                   "Introductory statement to the meeting of the river states");
  g_assert_cmpstr (cmq_release_get_date (speakers), ==, "2012-09-06");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (speakers)[0], "Ladies and"));
  g_assert_cmpstr (cmq_release_get_title (label), ==,
                   "Meeting of the river states of 16 September 2013");
  g_assert_cmpstr (cmq_release_get_date (label), ==, "2013-09-16");
  g_assert_cmpstr (cmq_release_get_kind (label), ==, "transcript");
}

/* A press-release channel's page: after the story, the press office's contact lines ("Inquiries:
 * … tel. +…", an e-mail format), then the publisher's notes under "About …" (its name, address,
 * subscribe lines, its latest releases with their time stamps): none of them is story, and the
 * latest releases' dates are not the release's. */
static void
test_publisher_notes_after_story (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Ministry of Rivers\n\n"
      "Minister to attend the meeting of the river states\n\n"
      "The Minister of Rivers is attending the meeting of the river states in the valley, where "
      "the floods of the spring are on the agenda.\n\n"
      "The ministers are also expected to discuss the bridges of the northern provinces.\n\n"
      "Inquiries: Anna Berg, Adviser to the Minister, tel. +358 295 351 780.\n\n"
      "The Ministry's email addresses are in the format firstname.lastname@rivers.example.\n\n"
      "About Ministry of Rivers\n\n"
      "Ministry of Rivers\n"
      "Ministry of Rivers\n"
      "Harbour Street 3\n"
      "00023 Valley\n\n"
      "Subscribe to releases from Ministry of Rivers\n\n"
      "Subscribe to all the latest releases from Ministry of Rivers by registering your e-mail "
      "address below. You can unsubscribe at any time.\n\n"
      "Latest releases from Ministry of Rivers\n\n"
      "New statement on the bridges of the valley and the help the northern provinces "
      "need24.3.2020 19:43:07 EET | News\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = n_paragraphs (release);

  g_assert_cmpuint (n, ==, 2);
  g_assert_true (g_str_has_suffix (paragraphs[n - 1], "bridges of the northern provinces."));
  g_assert_null (cmq_release_get_date (release));
}

/* A label that is the kind alone ("Press Release", "Comunicado de Prensa") over the headline
 * and its date line is not a byline ("Remarks by …"): the line under it is still the headline,
 * whatever section name stands above the label. */
static void
test_kind_label_over_headline (void)
{
  static const struct
  {
    const char *head;
    const char *title;
  } cases[] = {
    { "Media Center\n\nPress Release\n\n\n"
      "At the River Conference, Secretary General Highlights the Work Carried out for the "
      "Valley\n\n  April 2, 2015\n\n",
      "At the River Conference, Secretary General Highlights the Work Carried out for the "
      "Valley" },
    { "Comunicado de Prensa\n\n\n"
      "EL SECRETARIO GENERAL VISITA LA CONFERENCIA DE LOS RIOS\n\n  16 de abril de 2007\n\n",
      "El secretario General visita la conferencia de los rios" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].head,
          "The Secretary General spoke today to the delegates of the conference about the rivers "
          "of the northern provinces and the floods of the spring.\n\n"
          "He thanked the hosts for their welcome and for the work of the conference.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].title);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                       "The Secretary General spoke today"));
    }
}

/* The kind in the words a page uses: a "Media Statement" label, an Italian "Intervento" or a
 * Spanish "Palabras" (words, as a speech) opening the headline, and a label "Article d'actualité"
 * (a news story, not an article of some other kind). */
static void
test_kind_words (void)
{
  static const struct
  {
    const char *text;
    const char *kind;
  } cases[] = {
    { "Media Statement\n\n02 June 2021\n\nMeeting of the Ministers of the Rivers\n\n"
      "The ministers of the river states met on 1 June 2021 in virtual format to discuss the "
      "floods of the spring.\n",
      "statement" },
    { "Intervento del Presidente alla Conferenza degli Ambasciatori\n\n"
      "Il Presidente del Consiglio è intervenuto oggi alla Conferenza degli Ambasciatori e ha "
      "parlato delle priorità della politica estera.\n",
      "speech" },
    { "Palabras de Su Majestad el Rey en la recepción al Cuerpo Diplomático\n\n"
      "Agradezco al Decano del Cuerpo Diplomático sus palabras y deseos para el año que "
      "comienza, que también compartimos.\n",
      "speech" },
    { "Article d'actualité\n\n07-03-2002\n\n"
      "La ministre des Affaires maritimes a présenté aujourd'hui devant la Chambre des députés "
      "le plan annuel des ports du gouvernement.\n",
      "news story" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      assert_import_field (cases[i].text, kind, cases[i].kind);
    }
}

/* Without a label or a headline naming it, the lead may: a dateline then the kind ("(Paris, 7
 * juillet 2011) - Conférence de presse…"), or "… a fait aujourd'hui la déclaration suivante"
 * late in its first sentence. A dateline then "News…" is not read as a kind. */
static void
test_kind_of_lead (void)
{
  g_autoptr (CmqRelease) statement =
      import_ok ("Strasbourg, 30.11.2011 – Le Secrétaire Général de l'Organisation des Ports, Jean "
                 "Dupont, a fait aujourd'hui la déclaration suivante : « J'exhorte les autorités à "
                 "rouvrir le port du Nord. »\n");

  assert_import_field (
      "(Paris, 7 juillet 2011) - Conférence de presse conjointe du ministre des Affaires "
      "maritimes et du ministre des Ports, au Quai d'Orsay\n\n"
      "Le ministre - Mesdames et Messieurs, je suis heureux de vous accueillir aujourd'hui.\n",
      kind, "transcript");
  g_assert_cmpstr (cmq_release_get_kind (statement), ==, "statement");
  assert_import_field (
      "Brussels, 3 May 2021 - News of the floods reached the ministers of the river states "
      "during their meeting in the capital.\n",
      kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/notices", test_notices);
  g_test_add_func ("/importer/heading-above-story", test_heading_above_story);
  g_test_add_func ("/importer/transcript-head", test_transcript_head);
  g_test_add_func ("/importer/other-language-dates", test_other_language_dates);
  g_test_add_func ("/importer/back-link-and-empty-dateline", test_back_link_and_empty_dateline);
  g_test_add_func ("/importer/meeting-dateline", test_meeting_dateline);
  g_test_add_func ("/importer/stamp-between-bars", test_stamp_between_bars);
  g_test_add_func ("/importer/dated-headline-over-subtitle", test_dated_headline_over_subtitle);
  g_test_add_func ("/importer/quoted-headline", test_quoted_headline);
  g_test_add_func ("/importer/up-one-level", test_up_one_level);
  g_test_add_func ("/importer/contact-block", test_contact_block);
  g_test_add_func ("/importer/dated-headline-over-links", test_dated_headline_over_links);
  g_test_add_func ("/importer/glued-dateline", test_glued_dateline);
  g_test_add_func ("/importer/lead-in-is-no-salutation", test_lead_in_is_no_salutation);
  g_test_add_func ("/importer/dated-headline-over-office", test_dated_headline_over_office);
  g_test_add_func ("/importer/speech-cut-at-salutation", test_speech_cut_at_salutation);
  g_test_add_func ("/importer/organisation-note", test_organisation_note);
  g_test_add_func ("/importer/headline-over-subtitle", test_headline_over_subtitle);
  g_test_add_func ("/importer/dated-lines-around-headline", test_dated_lines_around_headline);
  g_test_add_func ("/importer/headline-over-subtitle-acronym", test_headline_over_subtitle_acronym);
  g_test_add_func ("/importer/publisher-notes-after-story", test_publisher_notes_after_story);
  g_test_add_func ("/importer/kind-label-over-headline", test_kind_label_over_headline);
  g_test_add_func ("/importer/kind-words", test_kind_words);
  g_test_add_func ("/importer/kind-of-lead", test_kind_of_lead);
  return g_test_run ();
}
