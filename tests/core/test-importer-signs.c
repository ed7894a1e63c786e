/* test-importer-signs.c: the importer on synthetic pages that carry what the ninth held-out set
 * (tests/fixtures/heldout9) showed: a place and a date signed under the story; a release-date
 * line labelled in another language of the European institutions; a kind label spaced out letter
 * by letter, or a section's number and name, between the headline and the story; a press
 * office's contact line naming many contacts; a kind after a short label.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static const char *
last_paragraph (CmqRelease *release)
{
  return cmq_release_get_paragraphs (release)[n_paragraphs (release) - 1];
}

#define HEADLINE "Message of the President to the families of the flood victims"

#define STORY                                                                                      \
  "The President of the Republic sent the following message to the mayors of the valley:\n\n"      \
  "The whole country stands by the families who lost their homes, and will help them rebuild "     \
  "what the river took from them.\n"

/* "Roma, 24 maggio 2017" (heldout9 quirinale-01), "Palace of Belém, 15 October 2015"
 * (portugal-01): the release's place and date signed under its story, which states no date. */
static void
test_sign_off_date (void)
{
  static const struct
  {
    const char *sign_off;
    const char *date;
  } cases[] = {
    { "Roma, 24 maggio 2017", "2017-05-24" },
    { "Rome, 1 January 2017", "2017-01-01" },
    { "Palace of Belém, 15 October 2015", "2015-10-15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (HEADLINE "\n\n", STORY, "\n", cases[i].sign_off,
                                           "\n\nAdd a comment...\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* What the rule leaves alone: a date without its place under the story (a related item's), and a
 * story whose own release-date line says otherwise. */
static void
test_sign_off_without_place_or_after_date_line (void)
{
  g_autoptr (CmqRelease) bare =
      import_ok (HEADLINE "\n\n" STORY "\nSeptember 19, 2020\n\nJuly 4, 2021\n");
  g_autoptr (CmqRelease) dated =
      import_ok (HEADLINE "\n\nPublished: 3 May 2021\n\n" STORY "\nRome, 1 January 2017\n");

  g_assert_null (cmq_release_get_date (bare));
  g_assert_cmpstr (cmq_release_get_date (dated), ==, "2021-05-03");
}

/* "Data publikacji strony: 23-11-2009" (heldout9 nbp-01), "Mise en ligne le 13 Septembre 2024"
 * (banque-france-02): the page's release-date line, labelled in Polish or French, is its date and
 * never its headline. */
static void
test_release_labels_of_other_languages (void)
{
  static const struct
  {
    const char *line;
    const char *date;
  } cases[] = {
    { "Data publikacji strony: 23-11-2009", "2009-11-23" },
    { "Mise en ligne le 13 Septembre 2024", "2024-09-13" },
    { "Data di pubblicazione: 12 luglio 2019", "2019-07-12" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (HEADLINE "\n\n", cases[i].line, "\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* "C o m u n i c a t o" under the headline (heldout9 quirinale-01, quirinale-02), "1 Begrüßung"
 * over a speech's salutation (bundesbank-02): never the headline. */
static void
test_spaced_label_and_section_number (void)
{
  static const char *const between[] = {
    "C o m u n i c a t o",
    "C o m m u n i q u é",
    "Check against delivery.\n\n1 Begrüßung",
  };

  for (guint i = 0; i < G_N_ELEMENTS (between); i++)
    {
      g_autofree char *text = g_strconcat (HEADLINE "\n", between[i], "\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                       "The President of the Republic sent"));
    }
}

/* "For further information, please contact A (Tel. +31 20 …), B (Tel. …) or C (Tel. …)."
 * (heldout9 dnb-01): the press office's line closing the dump, however many contacts it names; a
 * long paragraph that opens the same way without a number or an address stays in the story. */
static void
test_long_contact_prompt (void)
{
  g_autoptr (CmqRelease) contacts = import_ok (
      HEADLINE
      "\n\n" STORY "\nFor further information, please contact Herman Muster (Tel. +31 20 "
      "524 2712 and +31 6 524 96 900), Kees Muster (Tel. +31 20 524 2272 and +31 6 211 23 "
      "922), Flore Muster (Tel. +31 20 524 3091 and +31 6 3102 8660) or Remko Muster (Tel. "
      "+31 20 524 2712 and +31 6 524 96 574).\n");
  g_autoptr (CmqRelease) story = import_ok (
      HEADLINE
      "\n\n" STORY "\nFor further information on the plan, the mayors will meet the "
      "engineers of the valley, who will tell them which dikes must be raised first, which "
      "roads will be closed while the work goes on, and how long the families will have to "
      "wait before they can go back to the houses that the river spared.\n");

  g_assert_true (g_str_has_suffix (last_paragraph (contacts), "took from them."));
  g_assert_true (g_str_has_suffix (last_paragraph (story), "the river spared."));
}

/* "Schwerpunktthema: Pressemitteilung" (heldout9 bundespraesident-01): a short label, then the
 * kind alone, is the release's kind, never its headline. */
static void
test_kind_after_label (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEADLINE "\n\nSchwerpunktthema: Pressemitteilung\n\n31. Juli 2017\n\n" STORY);

  g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

/* "Tratto da www.quirinale.it." (heldout9 quirinale-01): a repost's credit under the story and its
 * sign-off is not the story's last paragraph; a sentence that names a site stays. */
static void
test_source_credit (void)
{
  static const char *const credits[] = {
    "Tratto da www.quirinale.it.",
    "Source: www.example.org",
    "Quelle: https://www.example.de/presse/2017",
  };
  g_autoptr (CmqRelease) sentence = import_ok (
      HEADLINE "\n\n" STORY "\nThe full plan is taken from www.example.org, where the mayors "
               "published it.\n");

  for (guint i = 0; i < G_N_ELEMENTS (credits); i++)
    {
      g_autofree char *text =
          g_strconcat (HEADLINE "\n\n", STORY, "\nRoma, 24 maggio 2017\n\n", credits[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (g_str_has_suffix (last_paragraph (release), "took from them."));
    }
  g_assert_true (g_str_has_suffix (last_paragraph (sentence), "published it."));
}

/* "Stellungnahme der Deutschen Bundesbank" (heldout9 bundesbank-01): a German statement's
 * headline names its kind. */
static void
test_german_statement_kind (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Stellungnahme der Bank zu den Berichten über die Filiale\n\n" STORY);

  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
}

/* "Die Tour zur Stabilitätskultur Rede zur Eröffnung der Roadshow" (heldout9 bundesbank-02): a
 * German title glued to its subtitle names its kind inside it, by a capitalised noun before a
 * preposition; a Portuguese "rede" (a network) in lower case is no kind. */
static void
test_german_speech_kind_inside_headline (void)
{
  g_autoptr (CmqRelease) speech =
      import_ok ("Die Tour zur Stabilitätskultur Rede zur Eröffnung der Roadshow\n\n" STORY);
  g_autoptr (CmqRelease) network =
      import_ok ("Governo amplia a rede de escolas técnicas no interior do país\n\n" STORY);

  g_assert_cmpstr (cmq_release_get_kind (speech), ==, "speech");
  g_assert_null (cmq_release_get_kind (network));
}

/* Site-name lines of the organisations of heldout9 ("Komunikaty NBP", "Quirinale - Presidency of
 * the Italian Republic", "Archivi categoria: Presidenza della Repubblica") give the source. */
static void
test_heldout9_site_names (void)
{
  static const struct
  {
    const char *site_line;
    const char *source;
  } cases[] = {
    { "Komunikaty NBP", "Narodowy Bank Polski" },
    { "Quirinale - Presidency of the Italian Republic", "Presidency of the Italian Republic" },
    { "Archivi categoria: Presidenza della Repubblica", "Presidency of the Italian Republic" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].site_line, "\n\n" HEADLINE "\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_source (release), ==, cases[i].source);
    }
}

/* "11-01-2012 Verlaging minimumreserveratio" (heldout9 dnb-02): a date in figures glued before
 * the title on one line; the date is the page's, the rest its headline, and the story is whole. */
static void
test_date_glued_before_title (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("23-11-2009 Message to the mayors of the valley\n\n" STORY);
  g_autoptr (CmqRelease) kind = import_ok ("23-11-2009 News Release 09/47\n\n" STORY);

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Message to the mayors of the valley");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2009-11-23");
  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The President"));
  g_assert_false (cmq_release_get_headline_found (kind));
}

/* A Swedish release said "en" and kept no date (a dump of regeringen.se's kind): Swedish, Danish
 * and Norwegian are told apart from English and from each other, and their month names
 * ("maj", "augusti", "marts", "desember") date a dateline. */
static void
test_nordic_languages (void)
{
  static const struct
  {
    const char *text;
    const char *language;
    const char *date;
  } cases[] = {
    { "Stockholm, 12 maj 2021 – Regeringen har i dag beslutat att ge Myndigheten för "
      "samhällsskydd i uppdrag att stärka beredskapen och det är en viktig fråga för kommunerna, "
      "som inte har fått stöd av staten.",
      "sv", "2021-05-12" },
    { "Stockholm, 3 augusti 2020 – Ministern har besökt regionen och det är en del av arbetet "
      "med att stärka vården, som ska vara klar efter sommaren.",
      "sv", "2020-08-03" },
    { "København, 4. marts 2019 – Regeringen har i dag fremlagt en plan for det grønne område, "
      "og det er ikke første gang, at ministeren har talt om sagen efter mødet af partierne.",
      "da", "2019-03-04" },
    { "Oslo, 9. desember 2022 – Regjeringen har i dag lagt fram en plan for det nye området, og "
      "det er ikke første gang at ministeren har snakket om saken etter møtet av partiene.",
      "no", "2022-12-09" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (HEADLINE "\n\n", cases[i].text, "\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_language (release), ==, cases[i].language);
      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
    }
}

#define ADVISORY_INTRO                                                                             \
  "Des porte-paroles de l’association seront présents et disponibles pour des interviews:\n"
#define ADVISORY_ITEM                                                                              \
  "· Le 16 mars 2021 à 16h, devant le Sénat à Paris au rassemblement des associations\n"
#define ADVISORY_STORY                                                                               \
  "Alors que les débats reprennent au Sénat, l’association prendra part à cette manifestation " \
  "afin d’alerter sur les dangers de cette loi pour la liberté de la presse.\n"

/* A media advisory (heldout7 amnesty-02): its bulleted event line under the line that introduces
 * the list is neither the headline nor the release's date, which the advisory does not state, nor
 * is such an item inside a story; a date inside a bulleted sentence, not opening it, still dates
 * the release. */
static void
test_dated_list_item (void)
{
  g_autoptr (CmqRelease) advisory = import_ok (ADVISORY_INTRO ADVISORY_ITEM ADVISORY_STORY);
  g_autoptr (CmqRelease) within = import_ok (HEADLINE "\n\n" STORY ADVISORY_ITEM ADVISORY_STORY);
  g_autoptr (CmqRelease) sentence = import_ok (
      HEADLINE "\n\n· Les ministres ont adopté le 3 mai 2021 une déclaration commune sur la "
               "sécurité des ports de la région.\n" ADVISORY_STORY);

  g_assert_false (cmq_release_get_headline_found (advisory));
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (advisory)[0], "Des porte-paroles"));
  g_assert_null (cmq_release_get_date (advisory));
  g_assert_null (cmq_release_get_date (within));
  g_assert_cmpstr (cmq_release_get_date (sentence), ==, "2021-05-03");
}

#define NEXT_POST                                                                                  \
  "President receives the mayors of the valley The President of the Republic received the "        \
  "mayors of the valley at the Palace this morning, and thanked them for the work of their "       \
  "volunteers during the floods.\n"

/* A social page's feed (heldout9 quirinale-02): under the story's sign-off, a commenter's line and
 * the comment box, then the next post, its headline glued to its first sentence: not this story.
 * Without the page's tool between them, what follows the sign-off is kept. */
static void
test_next_post_after_sign_off (void)
{
  g_autoptr (CmqRelease) feed = import_ok (
      HEADLINE
      "\n\n" STORY
      "\nRome, 1 January 2017\nAnna Rossi's profile photo\nAdd a comment...\n\n" NEXT_POST);
  g_autoptr (CmqRelease) kept =
      import_ok (HEADLINE "\n\n" STORY "\nRome, 1 January 2017\n\n" NEXT_POST);

  g_assert_true (g_str_has_suffix (last_paragraph (feed), "took from them."));
  g_assert_cmpstr (cmq_release_get_date (feed), ==, "2017-01-01");
  g_assert_true (g_str_has_suffix (last_paragraph (kept), "during the floods."));
}

/* "XI Conferência … decorreu no Brasil Voltar atrás" over the same title alone, then the
 * declaration's place-and-dates line (heldout9 cplp-01): the title written twice, once with a
 * link's words glued on, is the headline, not the place and dates. */
static void
test_headline_twice_with_link_glued (void)
{
  static const char *const links[] = { "Voltar atrás", "Back" };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *text = g_strconcat (
          "Notícia\n\n" HEADLINE " ", links[i],
          "\n" HEADLINE "\n\nBrasília, 31 de outubro e 1 de novembro de 2016\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                       "The President of the Republic sent"));
    }
}

/* A speech's page (heldout9 banque-france-02): between the headline and the speech, a link to the
 * speaker's page ("François Villeroy de Galhau – Interventions"), the speaker's name and office
 * ("…, Gouverneur de la Banque de France") and the occasion with its date ("Eurofi – 13
 * septembre 2024"), each nearer the story than the headline and none of them the headline; the
 * occasion's date dates the release when nothing else does. A headline that names an office and
 * says what its holder does stays the headline. */
static void
test_speech_page_lines (void)
{
  static const char *const between[] = {
    "Jane Doe – Speeches",
    "Jane Doe, Governor of the Central Bank",
    "François Villeroy de Galhau, Gouverneur de la Banque de France",
    "Eurofi – 3 May 2021",
    "Speech\n\n" HEADLINE "\n\nSpeaker\n\nJane Doe – Speeches\n\nJane Doe, Governor of the "
    "Central Bank\n\nPublished: 3 May 2021\n\nJane Doe – Speeches\n\nEurofi – 3 May 2021\nSpeech "
    "by "
    "Jane Doe, Governor of the Central Bank",
  };
  g_autoptr (CmqRelease) visit =
      import_ok ("Jane Doe, Governor of the Central Bank, visits Lisbon\n\n" STORY);

  for (guint i = 0; i < G_N_ELEMENTS (between); i++)
    {
      g_autofree char *text = g_strconcat (i + 1 < G_N_ELEMENTS (between) ? HEADLINE "\n\n" : "",
                                           between[i], "\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                       "The President of the Republic sent"));
      if (i >= 3)
        g_assert_cmpstr (cmq_release_get_date (release), ==, "2021-05-03");
      if (i == 4)
        g_assert_cmpstr (cmq_release_get_kind (release), ==, "speech");
    }
  g_assert_true (g_str_has_prefix (cmq_release_get_title (visit), "Jane Doe, Governor"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/sign-off-date", test_sign_off_date);
  g_test_add_func ("/importer/sign-off-without-place-or-after-date-line",
                   test_sign_off_without_place_or_after_date_line);
  g_test_add_func ("/importer/release-labels-of-other-languages",
                   test_release_labels_of_other_languages);
  g_test_add_func ("/importer/spaced-label-and-section-number",
                   test_spaced_label_and_section_number);
  g_test_add_func ("/importer/long-contact-prompt", test_long_contact_prompt);
  g_test_add_func ("/importer/kind-after-label", test_kind_after_label);
  g_test_add_func ("/importer/source-credit", test_source_credit);
  g_test_add_func ("/importer/german-statement-kind", test_german_statement_kind);
  g_test_add_func ("/importer/german-speech-kind-inside-headline",
                   test_german_speech_kind_inside_headline);
  g_test_add_func ("/importer/heldout9-site-names", test_heldout9_site_names);
  g_test_add_func ("/importer/date-glued-before-title", test_date_glued_before_title);
  g_test_add_func ("/importer/nordic-languages", test_nordic_languages);
  g_test_add_func ("/importer/dated-list-item", test_dated_list_item);
  g_test_add_func ("/importer/next-post-after-sign-off", test_next_post_after_sign_off);
  g_test_add_func ("/importer/headline-twice-with-link-glued", test_headline_twice_with_link_glued);
  g_test_add_func ("/importer/speech-page-lines", test_speech_page_lines);
  return g_test_run ();
}
