/* test-importer-letters.c: the importer on synthetic releases written as letters (a minister's
 * letter to parliament, an NGO's open letter), as the twelfth held-out set showed them
 * (tests/fixtures/heldout12 defensie-nl-01, -02): the addressee line, the kind line over it and
 * the salutation are never the headline; a letter label before the headline's colon is not part
 * of it; and the letter's place-and-date line in its forms ("Berlin, den 7. Januar 2015",
 * "Warszawa, dnia 3 maja 2010 r.") is a dateline; a headline shaped like an addressee stays the
 * headline when no letter shows around it. Every text here is our own.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "The league writes to you about the state of the freedom of the press in the region, which "     \
  "has grown worse this year.\n\nWe ask you to act before the summit of the heads of government "  \
  "in June.\n"

/* A letter with no headline: a kind line, the addressee, the place and date, then the story. The
 * title is derived from the story, never the addressee or the kind line. */
static void
test_addressee_never_headline (void)
{
  static const struct
  {
    const char *kind;
    const char *addressee;
  } cases[] = {
    { "LETTER FROM THE MINISTER OF TRANSPORT", "To the President of the National Assembly" },
    { "Nr. 12 BRIEF VAN DE MINISTER VAN VERKEER", "Aan de Voorzitter van de Eerste Kamer" },
    { "LETTRE DU MINISTRE DES TRANSPORTS", "À Monsieur le Président du Sénat" },
    { "SCHREIBEN DES BUNDESMINISTERS FÜR VERKEHR", "An den Präsidenten des Bundesrates" },
    { "LETTERA DEL MINISTRO DEI TRASPORTI", "Al Presidente della Camera dei deputati" },
    { "CARTA DEL MINISTRO DE TRANSPORTES", "Al señor Presidente del Congreso" },
    { "LIST OD MINISTRA TRANSPORTU", "Do Pana Marszałka Senatu" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat ("4 512 Transport policy\n\n", cases[i].kind, "\n\n", cases[i].addressee,
                       "\n\nVienna, 12 March 2019\n\n", STORY_EN, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), !=, cases[i].addressee);
      g_assert_false (cmq_release_get_headline_found (release));
      g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "The league writes"));
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-03-12");
    }
}

/* A headline over a letter's addressee stays the headline. The letter shows by its block (here
 * the salutation under the place and date): an addressee-shaped line over a place and date alone
 * is no more a letter's than a headline's ("Al Presidente della Repubblica il Rapporto annuale
 * dell'Istat"), and no page of the fixtures, the corpus or the seeds has one without its block. */
static void
test_headline_over_addressee (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Press freedom in the region\n\nAn den Präsidenten des Europäischen Rates\n\n"
                 "Vienna, 12 March 2019\n\nSehr geehrter Herr Präsident,\n\n" STORY_EN);

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Press freedom in the region");
  g_assert_true (cmq_release_get_headline_found (release));
}

/* A headline that opens with an office and a name ("Al Presidente Mattarella …") is no
 * addressee. */
static void
test_office_headline_stays (void)
{
  assert_import_field ("Al Presidente Mattarella il premio per la pace\n\n"
                       "Il presidente ha ricevuto oggi a Roma il premio per la pace della "
                       "fondazione, davanti a molti ospiti.\n\nLa cerimonia si è svolta al "
                       "Quirinale.\n",
                       title, "Al Presidente Mattarella il premio per la pace");
}

/* A news headline shaped like an addressee, over the page's dateline, is still the headline: an
 * addressee heads a letter only when the letter shows around it (a kind line, a salutation, a
 * subject line, an address), and these pages show none. ("To the Secretary General, …" and "An
 * den Bundespräsidenten: …" were never read as addressees; they guard against a wider rule.) */
static void
test_addressee_shaped_headline_stays (void)
{
  static const struct
  {
    const char *headline;
    const char *dateline;
    const char *story;
  } cases[] = {
    { "Al Presidente della Repubblica il Rapporto annuale dell'Istat", "Roma, 12 marzo 2019",
      "Il presidente dell'istituto ha consegnato oggi al Quirinale il rapporto sulla situazione "
      "del paese.\n\nIl documento sarà presentato alla Camera la prossima settimana.\n" },
    { "To the President of the Commission, a report on press freedom", "Vienna, 12 March 2019",
      STORY_EN },
    { "To the Secretary General, a report on press freedom", "Vienna, 12 March 2019", STORY_EN },
    { "Au Président de la République, les voeux des armées", "Paris, le 7 janvier 2015",
      "Le chef d'état-major a présenté ce matin les voeux des armées au chef de l'État, à "
      "l'Élysée.\n\nLa cérémonie a réuni les chefs des trois armées.\n" },
    { "An den Präsidenten des Bundestages: Petition übergeben", "Berlin, den 7. Januar 2015",
      "Die Initiative hat heute dem Präsidenten des Bundestages ihre Petition mit mehr als "
      "hunderttausend Unterschriften übergeben.\n\nDer Ausschuss wird sie im März beraten.\n" },
    { "An den Bundespräsidenten: Petition übergeben", "Berlin, den 7. Januar 2015",
      "Die Initiative hat heute dem Bundespräsidenten ihre Petition mit mehr als "
      "hunderttausend Unterschriften übergeben.\n\nDer Ausschuss wird sie im März beraten.\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].headline, "\n\n", cases[i].dateline, "\n\n", cases[i].story, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
      g_assert_true (cmq_release_get_headline_found (release));
    }
}

/* A letter with no kind line: its addressee is known by the salutation, the subject line or the
 * address under it, and neither it nor its address is the headline: the title comes from the
 * story (or, @from_story FALSE, from the subject line, which names the letter). */
static void
test_addressee_by_its_block (void)
{
  static const struct
  {
    const char *block;
    gboolean from_story;
  } cases[] = {
    { "To the President of the National Assembly\n\nDear Mr President,\n\n", TRUE },
    { "Al Presidente della Camera dei deputati\n\nRoma, 12 marzo 2019\n\nEgregio Presidente,\n\n",
      TRUE },
    { "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den "
      "Haag\n\n",
      TRUE },
    { "An den Präsidenten des Deutschen Bundestages\nPlatz der Republik 1\n11011 Berlin\n\n",
      TRUE },
    { "Do Pana Marszałka Sejmu\n\nSzanowny Panie Marszałku!\n\n", TRUE },
    { "To the Chair of the Committee\n\nSubject: press freedom in the region\n\n", TRUE },
    { "À Monsieur le Président du Sénat\n\nObjet : la liberté de la presse\n\n", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].block, STORY_EN, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *title = cmq_release_get_title (release);

      g_assert_false (g_str_has_prefix (cases[i].block, title));
      if (cases[i].from_story)
        g_assert_true (g_str_has_prefix (title, "The league writes"));
      else
        g_assert_true (strstr (title, "la liberté de la presse") != NULL);
    }
}

/* "Brief regering : …", "Open letter: …": the label saying that the release is a letter is not
 * part of its headline; a letter is no kind of the lexicon, so no kind is read from it. */
static void
test_letter_label_before_headline (void)
{
  static const char *const labels[] = { "Brief regering : ", "Open letter: ", "Lettre ouverte : ",
                                        "Offener Brief: " };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = g_strconcat (
          labels[i], "Press freedom in the region\n\nVienna, 12 March 2019\n\n", STORY_EN, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "Press freedom in the region");
      g_assert_null (cmq_release_get_kind (release));
    }
}

/* A letter's place and date in the forms of its language, alone over a short headline: the
 * dateline, never the headline, and its date read. */
static void
test_letter_datelines (void)
{
  static const struct
  {
    const char *dateline;
    const char *date;
  } cases[] = {
    { "Berlin, den 7. Januar 2015", "2015-01-07" },
    { "Bonn, den 3.5.2001", "2001-05-03" },
    { "Madrid, a 3 de mayo de 2010", "2010-05-03" },
    { "Warszawa, dnia 3 maja 2010 r.", "2010-05-03" },
    { "Kraków, 3 maja 2010 r.", "2010-05-03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].dateline,
          "\n\n\nWolność pod ostrzałem\n\n\n"
          "Liga potępia z największą stanowczością zabójstwo dwunastu osób w redakcji gazety.\n\n"
          "Nic nie może usprawiedliwić takiej przemocy.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "Wolność pod ostrzałem");
      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpuint (n_paragraphs (release), ==, 2);
    }
}

/* The salutation opens the story of a letter with no headline; the title comes from the
 * sentence under it. */
static void
test_salutation_never_title (void)
{
  static const char *const salutations[] = { "Dear Mr President,", "Sehr geehrter Herr Präsident,",
                                             "Monsieur le Président,", "Geachte Voorzitter,",
                                             "Estimado señor Presidente:" };

  for (guint i = 0; i < G_N_ELEMENTS (salutations); i++)
    {
      g_autofree char *text =
          g_strconcat ("Vienna, 12 March 2019\n\n", salutations[i], "\n\n", STORY_EN, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "The league writes"));
      g_assert_cmpuint (n_paragraphs (release), ==, 3);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/letters/addressee-never-headline", test_addressee_never_headline);
  g_test_add_func ("/importer/letters/headline-over-addressee", test_headline_over_addressee);
  g_test_add_func ("/importer/letters/office-headline-stays", test_office_headline_stays);
  g_test_add_func ("/importer/letters/addressee-shaped-headline-stays",
                   test_addressee_shaped_headline_stays);
  g_test_add_func ("/importer/letters/addressee-by-its-block", test_addressee_by_its_block);
  g_test_add_func ("/importer/letters/label-before-headline", test_letter_label_before_headline);
  g_test_add_func ("/importer/letters/datelines", test_letter_datelines);
  g_test_add_func ("/importer/letters/salutation-never-title", test_salutation_never_title);
  return g_test_run ();
}
