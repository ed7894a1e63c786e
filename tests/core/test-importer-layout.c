/* test-importer-layout.c: the importer on synthetic pages: headlines, chrome, sources and
 * addresses, kinds, languages, captions and the other parts of a page's layout.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_headline_and_chrome (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Skip to main content\n"
      "Home | Newsroom | Statements\n"
      "Welcome to the Ministry. Serving you since 1901.\n"
      "Minister Opens the New Harbour Bridge in Northport\n"
      "Share this page\n"
      "Northport, 3 March 2021 - Press release\n"
      "The Minister of Transport opened the new harbour bridge in Northport on Wednesday, after "
      "four years of works.\n"
      "The bridge links the two halves of the city and carries 40,000 vehicles a day.\n"
      "It was built by a consortium of three firms.\n"
      "Related news\n"
      "Minister visits the port authority.\n"
      "Follow us on Twitter\n"
      "Date modified: 2023-01-05\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Minister Opens the New Harbour Bridge in Northport");
  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_true (g_str_has_prefix (paragraphs[0], "The Minister of Transport"));
  g_assert_cmpstr (paragraphs[2], ==, "It was built by a consortium of three firms.");
  /* the dateline's date, not the "Date modified" decoy */
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2021-03-03");
}

static void
test_caps_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Vous êtes ici : Accueil > Communiqués\n"
      "LE DIRECTEUR DE L'ANSM SALUE L'ACCORD SUR LE BUDGET DU HCR À GENÈVE\n"
      "Le directeur de l'ANSM, M. Paul Martin, a salué aujourd'hui l'accord sur le budget du HCR "
      "conclu à Genève par les États membres.\n"
      "Selon lui, cet accord permettra au HCR de mieux répondre aux crises.\n"
      "Imprimer cette page\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Le directeur de l'ANSM salue l'accord sur le budget du HCR à Genève");
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_cmpstr (cmq_release_get_language (release), ==, "fr");
}

static void
test_dateline_headline_and_source (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Welcome to the United Nations. It's your world.\n\n"
      "Geneva, 7 May 2015 - Statement by the Spokesperson on the floods in the valley\n\n"
      "The Organization is saddened by the loss of life caused by the floods in the valley and "
      "stands ready to help.\n\n"
      "Statements on 7 May 2015\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Statement by the Spokesperson on the floods in the valley");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
  g_assert_cmpstr (cmq_release_get_source (release), ==, "United Nations");
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2015-05-07");
}

static void
test_url_source (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "https://www.osce.org/chairpersonship/12345\n\n"
      "The Chairperson-in-Office welcomed the agreement reached by the parties on Tuesday and "
      "called on them to implement it in full.\n");

  g_assert_cmpstr (cmq_release_get_url (release), ==, "https://www.osce.org/chairpersonship/12345");
  g_assert_cmpstr (cmq_release_get_source (release), ==, "OSCE");
  g_assert_false (cmq_release_get_headline_found (release));
}

/* A page's address on a line of its own, however the saving tool labelled it, is the URL; a
 * link inside the story or in a list of related pages, or a site's home, never is. */
static void
test_url_lines (void)
{
  static const char *const story =
      "The Chairperson-in-Office welcomed the agreement reached by the parties on Tuesday and "
      "called on them to implement it in full, as announced at "
      "https://www.osce.org/other/99 earlier.\n\n"
      "Related\n\nhttps://www.osce.org/related/1\n\n";
  static const struct
  {
    const char *head;
    const char *tail;
    const char *url;
  } cases[] = {
    { "Source: https://www.osce.org/pr/1\n\n", "", "https://www.osce.org/pr/1" },
    { "URL: https://www.osce.org/pr/2\n\n", "", "https://www.osce.org/pr/2" },
    { "Lien permanent : https://www.osce.org/fr/pr/3\n\n", "", "https://www.osce.org/fr/pr/3" },
    { "saved from url=(0031)https://www.osce.org/pr/4\n\n", "", "https://www.osce.org/pr/4" },
    { "", "Permalink: https://www.osce.org/pr/5\n", "https://www.osce.org/pr/5" },
    { "", "Source URL: https://www.osce.org/pr/6\n", "https://www.osce.org/pr/6" },
    { "https://www.osce.org/pr/7\n\n", "URL: https://www.osce.org/pr/8\n",
      "https://www.osce.org/pr/8" },
    { "Follow us on https://x.com/osce\n\n", "", NULL },
    /* a site's home: a masthead's, a contact block's or a credit's address, not the page's */
    { "www.osce.org\n\n", "", NULL },
    { "", "Source: https://www.osce.org/\n", NULL },
    { "https://www.osce.org\n\n", "Permalink: https://www.osce.org/pr/9\n",
      "https://www.osce.org/pr/9" },
    { "", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].head, story, cases[i].tail, NULL);

      g_test_message ("case %u", i);
      assert_import_field (text, url, cases[i].url);
    }
}

/* What kind of release a dump is, from what it says: a possessive before the kind in the
 * headline, a lead that introduces a statement, a second dateline before the kind, the kind's
 * word in another language. */
static void
test_kind_signals (void)
{
  static const char *const body =
      "The Board met in Vienna this week to review the programme of work and the budget for "
      "the next two years, and heard reports from its committees.\n";
  static const struct
  {
    const char *head;
    const char *kind;
  } cases[] = {
    { "Agency\n\nDirector General's Introductory Statement to the Board of Governors\n\n"
      "9 March 2020\n\n",
      "statement" },
    { "Agency\n\nThe Secretary-General's remarks at the opening of the session\n\n"
      "9 March 2020\n\n",
      "speech" },
    { "Berne, 21.06.2012 - Zurich, 21 juin 2012 - Discours du Conseiller fédéral\n\n", "speech" },
    { "Brussel, 19.01.2004 - Toespraak van de minister\n\n", "speech" },
    { "The following statement was issued today by the Spokesperson for the Secretary-General:\n\n",
      "statement" },
    { "Agency\n\nThe Board's new members meet in Vienna for the first time\n\n9 March 2020\n\n",
      NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].head, body, NULL);

      g_test_message ("case %u", i);
      assert_import_field (text, kind, cases[i].kind);
    }
}

/* A short notice above the page's tools ("Archived page…", "Share", "Print") is not the story's
 * start, and "05-04-2007 News Release 07/47" under the headline gives the kind, not the title. */
static void
test_notice_above_tools (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Archived page: may contain outdated information!\n\n"
      "Send page\n\nPrint page\n\n"
      "President completes talks with senior members of the administration\n\n"
      "05-04-2007 News Release 07/47\n\n"
      "Geneva (ICRC) – The president of the committee completed two days of talks with senior "
      "members of the administration on Thursday, focusing on detention.\n\n"
      "The talks also covered the humanitarian situation in several regions where the "
      "organisation works.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "President completes talks with senior members of the administration");
  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Geneva (ICRC)"));
}

/* A headline that opens with the kind's word and holds a date is the headline, not a label
 * line like "Press Release SG/SM/11324". */
static void
test_headline_opening_with_kind (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "SG/SM/10633\n\n"
      "TRANSCRIPTION DE LA CONFÉRENCE DE PRESSE DU SECRÉTAIRE GÉNÉRAL, LE 13 SEPTEMBRE\n\n"
      "Le Secrétaire général : Comme vous le savez, je viens d’effectuer un voyage au "
      "Moyen-Orient, et je voudrais vous en dire quelques mots avant vos questions.\n");

  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "Transcription de la"));
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "transcript");
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
}

static void
test_languages (void)
{
  static const struct
  {
    const char *text;
    const char *language;
  } cases[] = {
    { "Die Ministerin hat heute in Berlin die neue Strategie vorgestellt, die auch von den "
      "Ländern getragen wird und nicht mehr auf Kohle setzt.",
      "de" },
    { "El ministro ha presentado hoy en Madrid la nueva estrategia, que fue aprobada por los "
      "socios y se aplicará en todas las regiones del país.",
      "es" },
    { "Il ministro ha presentato oggi a Roma la nuova strategia, che è stata approvata dai "
      "partner e sarà applicata in tutte le regioni del paese.",
      "it" },
    { "De minister heeft vandaag in Den Haag de nieuwe strategie gepresenteerd, die door de "
      "partners is goedgekeurd en in alle provincies wordt toegepast.",
      "nl" },
    { "O ministro apresentou hoje em Lisboa a nova estratégia, que foi aprovada pelos parceiros "
      "e será aplicada em todas as regiões do país.",
      "pt" },
    { "Minister przedstawił dziś w Warszawie nową strategię, która została zatwierdzona przez "
      "partnerów i będzie stosowana we wszystkich regionach.",
      "pl" },
    { "The minister presented the new strategy in London today, which was approved by the "
      "partners and will be applied in all regions.",
      "en" },
    { "La ministre a présenté aujourd'hui à Paris la nouvelle stratégie, qui a été approuvée par "
      "les partenaires et sera appliquée dans toutes les régions.",
      "fr" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      assert_import_field (cases[i].text, language, cases[i].language);
    }
}

/* A title cut at the length limit never ends inside a name, however long the name. */
static void
test_title_not_inside_name (void)
{
  g_autoptr (CmqRelease) capitals =
      import_ok ("Allies Allies Allies Allies Allies Allies Allies Allies Allies Allies Allies "
                 "Allies Allies Allies Allies Allies Allies Allies Allies");

  assert_import_field (
      "The Secretary General of NATO travelled to Ohio on Monday to take part in the "
      "Northern Atlantic Regional Parliamentary Assembly.",
      title, "The Secretary General of NATO travelled to Ohio on Monday to take part");
  /* Capitals throughout: no name to end before, the title is cut as before. */
  g_assert_cmpuint (strlen (cmq_release_get_title (capitals)), >, 40);
  /* A name the cut leaves whole stays: "Bruxelles | le Premier ministre". */
  assert_import_field (
      "Le Secrétaire général de l'OTAN, M. Jens Stoltenberg, a rencontré le 12 mars "
      "2024 à Bruxelles le Premier ministre belge.",
      title,
      "Le Secrétaire général de l'OTAN, M. Jens Stoltenberg, a rencontré le 12 mars "
      "2024 à Bruxelles");
}

/* A speech's salutation opens its story; a site's name above the page is not its headline. */
static void
test_speech_and_site_name (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Opening Address to the Annual Conference on Maritime Security\n"
      "Council of Europe/Conseil de l'Europe\n"
      "Madam President, Ladies and Gentlemen,\n"
      "It is an honour to address this conference, the tenth since it was founded in Oslo.\n"
      "Our seas carry most of the world's trade, and their safety is everyone's concern.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Opening Address to the Annual Conference on Maritime Security");
  g_assert_cmpstr (paragraphs[0], ==, "Madam President, Ladies and Gentlemen,");
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_cmpstr (cmq_release_get_source (release), ==, "Council of Europe");
}

/* nato.int's French account block opens with "COMPTE MULTIMÉDIA" alone. */
static void
test_french_block_first_line (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("COMPTE MULTIMÉDIA\n\nS'inscrire\n\nSe connecter\n\n"
                 "Le Secrétaire général de l'OTAN a rencontré aujourd'hui le Premier ministre de "
                 "la Norvège, avec qui il a discuté des préparatifs du prochain sommet.\n");

  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "Le Secrétaire général"));
  g_assert_cmpstr (cmq_release_get_source (release), ==, "NATO");
}

/* A page's headline is its title whole, even past the length of a derived one. */
static void
test_long_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Joint Statement by the Foreign Ministers of the Nordic and Baltic Countries on the "
      "Protection of Undersea Cables and Pipelines in the Region\n\n"
      "The Foreign Ministers of the Nordic and Baltic countries met in Tallinn on Friday and "
      "agreed to share what their navies see at sea.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Joint Statement by the Foreign Ministers of the Nordic and Baltic Countries on "
                   "the Protection of Undersea Cables and Pipelines in the Region");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
}

/* A speech page: headline, byline, venue and date, then the salutation and the speech, whose
 * language is not the date's. */
static void
test_speech_head (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Address to the Chamber of Commerce of Lyon\n"
      "Remarks by Claire Dubois\n"
      "Director of the Institute\n"
      "Lyon, France, 14 March 2019\n"
      "Monsieur le Président, Mesdames et Messieurs,\n"
      "C'est un plaisir d'être parmi vous pour parler de l'avenir de nos entreprises et de "
      "l'emploi dans la région.\n"
      "Je vous remercie de votre invitation et de votre accueil.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Address to the Chamber of Commerce of Lyon");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "speech");
  g_assert_cmpstr (paragraphs[0], ==, "Monsieur le Président, Mesdames et Messieurs,");
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_cmpstr (cmq_release_get_language (release), ==, "fr");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-03-14");
}

/* A list of related items after the story, each under its date, opened by an interface line:
 * even its long teasers are not the story. A long paragraph after a share line is. */
static void
test_related_list (void)
{
  g_autoptr (CmqRelease) listed = import_ok (
      "The Commissioner welcomed the agreement on fishing quotas reached by the ministers on "
      "Monday night after two days of talks.\n\n"
      "Related resources\n\n"
      "March 3, 2021\n\n"
      "The Commission presented its annual report on the state of the fish stocks in the northern "
      "seas, which shows that most of them are now fished at sustainable levels after years of "
      "decline, and sets out what remains to be done.\n\n"
      "January 12, 2021\n\n"
      "Ministers agreed the quotas for the year.\n");
  g_autoptr (CmqRelease) shared = import_ok (
      "The Commissioner welcomed the agreement on fishing quotas reached by the ministers on "
      "Monday night after two days of talks.\n\n"
      "Share this page\n\n"
      "The agreement sets the catches for the coming year for the main stocks of cod, haddock and "
      "herring, and it gives the fleets of the smaller member states a larger share than before, "
      "as the Commission had proposed in the spring.\n");

  g_assert_cmpuint (n_paragraphs (listed), ==, 1);
  g_assert_cmpuint (n_paragraphs (shared), ==, 2);
}

/* Three pages of one website in a library of many others are enough for the lines they share
 * at their edges, a site's tagline sentence too, to be its chrome. */
static void
test_site_repetition (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (GError) error = NULL;
  const char *const stories[] = {
    "The Minister opened the new fish market in the old harbour this morning.",
    "The Minister met the fishermen's union to discuss the quotas for next year.",
    "The Ministry published its report on the state of the northern fish stocks.",
  };
  g_autofree char *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autofree char *page = g_strdup_printf (
          "Ministry of Fisheries of Northland\n\nWelcome to the Ministry. We serve the coast and "
          "its people.\n\n%s\n",
          stories[i]);

      cmq_importer_learn (importer, page, -1);
      if (i == 0)
        first = g_steal_pointer (&page);
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *other = g_strdup_printf (
          "Another site %u\n\nThe council of town %u approved its budget on Monday evening.\n", i,
          i);

      cmq_importer_learn (importer, other, -1);
    }
  release = import (importer, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, stories[0]);
}

/* A line that is only a date, above the headline, is the page's date when it has no dateline. */
static void
test_date_above_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Press Releases\n"
      "13/09/2006\n"
      "LE MINISTRE CONDAMNE L'ATTAQUE DU 12 SEPTEMBRE\n"
      "Le ministre a condamné l'attaque commise hier contre le poste frontière du nord, qui a "
      "fait trois blessés parmi les douaniers.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2006-09-13");
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Le ministre condamne l'attaque du 12 septembre");
}

/* A dateline with the site's label for any page ("12.06.2024 - Artikel") under the headline; a
 * subtitle and a speaker under it are not the headline, nor the story. "Artikel" says no kind
 * (web germany-02, a transcript): the headline's "Erklärung" does. */
static void
test_dateline_under_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Willkommen auf unseren Seiten\n"
      "Erklärung des Ministeriums in der Pressekonferenz vom 12.06.2024\n"
      "12.06.2024 - Artikel\n"
      "Treffen der Minister\n"
      "Schmidt (BM)\n"
      "Ich darf Ihnen eine Reise der Ministerin ankündigen, die am Donnerstag nach Helsinki "
      "fährt und dort die Minister der Nachbarländer trifft.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Erklärung des Ministeriums in der Pressekonferenz vom 12.06.2024");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2024-06-12");
  g_assert_cmpstr (cmq_release_get_language (release), ==, "de");
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_true (g_str_has_prefix (paragraphs[0], "Ich darf Ihnen"));
}

/* Above the story, a line that opens with the full date and says little else (a time, the
 * office, a label) is the release-date line, not the headline; one with a headline after its date
 * is not. */
static void
test_head_date_line (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Press Conferences\n"
      "Press Conference by the Minister of Trade\n"
      "Tuesday, March 4, 2025, 10:30 a.m. Ministry of Trade\n"
      "The Minister opened the conference by announcing a new export programme for the small "
      "firms of the northern provinces.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Press Conference by the Minister of Trade");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2025-03-04");
  g_assert_true (cmq_importer_is_head_date_line ("31 May 2024 Also available in:"));
  g_assert_true (cmq_importer_is_head_date_line ("12 mars 2019"));
  g_assert_false (
      cmq_importer_is_head_date_line ("12 March 2019 Minister visits the troops in the north"));
  g_assert_false (cmq_importer_is_head_date_line ("12 March 2019 was a good day."));
  g_assert_false (cmq_importer_is_head_date_line ("Ministry of Trade"));
}

/* A headline written twice above the story (the page's title, then its heading) is the headline,
 * not the short line under it; the date of a headline counts before the story's. */
static void
test_repeated_and_dated_headline (void)
{
  g_autoptr (CmqRelease) repeated = import_ok (
      "Search form\n"
      "Rivers agency warns of spring floods across the valley\n"
      "News\n"
      "Rivers agency warns of spring floods across the valley\n"
      "14 April 2021 Also available in:\n"
      "Agency logo\n"
      "The agency warned on Wednesday that the melting snow would raise the rivers of the valley "
      "above their banks before the end of the month.\n");

  g_assert_cmpstr (cmq_release_get_title (repeated), ==,
                   "Rivers agency warns of spring floods across the valley");
  g_assert_cmpstr (cmq_release_get_date (repeated), ==, "2021-04-14");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (repeated)[0], "The agency warned"));
  assert_import_field (
      "Reappointment of the director for a second term (May 26, 2015)\n"
      "The board welcomes the reappointment of the director, whose first term brought the agency "
      "through the crisis of 2011 and its aftermath.\n",
      date, "2015-05-26");
  assert_import_field (
      "Director reappointed on 26 May\n"
      "On Tuesday 26 May 2015, the board reappointed the director, whose first term brought the "
      "agency through the crisis and its aftermath.\n",
      date, "2015-05-26");
}

/* A photo's caption, known by its credit, is not the story, wherever it stands; it still dates
 * the release when nothing else does. */
static void
test_caption_with_credit (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Governor Opens the Annual Conference\n"
      "Governor Anna Berg opens the annual conference of the central bank, Oslo, 4 June 2019. "
      "(Photo: J. Hansen/Central Bank)\n"
      "The Governor said today that inflation had come down faster than expected and that rates "
      "would stay where they are for the rest of the year.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_true (g_str_has_prefix (paragraphs[0], "The Governor said today"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-06-04");
  g_assert_cmpstr (cmq_release_get_date_evidence (release), ==, "caption");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/importer/headline-and-chrome", test_headline_and_chrome);
  g_test_add_func ("/importer/head-date-line", test_head_date_line);
  g_test_add_func ("/importer/repeated-and-dated-headline", test_repeated_and_dated_headline);
  g_test_add_func ("/importer/caps-headline", test_caps_headline);
  g_test_add_func ("/importer/dateline-headline-and-source", test_dateline_headline_and_source);
  g_test_add_func ("/importer/url-source", test_url_source);
  g_test_add_func ("/importer/url-lines", test_url_lines);
  g_test_add_func ("/importer/kind-signals", test_kind_signals);
  g_test_add_func ("/importer/notice-above-tools", test_notice_above_tools);
  g_test_add_func ("/importer/headline-opening-with-kind", test_headline_opening_with_kind);
  g_test_add_func ("/importer/languages", test_languages);
  g_test_add_func ("/importer/title-not-inside-name", test_title_not_inside_name);
  g_test_add_func ("/importer/speech-and-site-name", test_speech_and_site_name);
  g_test_add_func ("/importer/french-block-first-line", test_french_block_first_line);
  g_test_add_func ("/importer/long-headline", test_long_headline);
  g_test_add_func ("/importer/speech-head", test_speech_head);
  g_test_add_func ("/importer/related-list", test_related_list);
  g_test_add_func ("/importer/site-repetition", test_site_repetition);
  g_test_add_func ("/importer/date-above-headline", test_date_above_headline);
  g_test_add_func ("/importer/dateline-under-headline", test_dateline_under_headline);
  g_test_add_func ("/importer/caption-with-credit", test_caption_with_credit);

  return g_test_run ();
}
