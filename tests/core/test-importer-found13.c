/* test-importer-found13.c: the importer on synthetic pages that carry what the thirteenth
 * held-out set (tests/fixtures/heldout13) showed: a release in Czech, a language it did not know;
 * a site's masthead showing the date of the day the page is shown above the menu's home link; the
 * kind of release and its date on one line under the headline; a notice about the reader's
 * browser above the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A short Czech release said Portuguese (heldout13 cnb-01): Czech is told apart, and Polish and
 * Portuguese, whose short words it shares some of ("na", "z", "se"), stay what they are. */
static void
test_czech_language (void)
{
  static const struct
  {
    const char *text;
    const char *language;
  } cases[] = {
    { "Intervence banky na devizovém trhu\n\n"
      "Česká národní banka dnes provádí intervence na devizovém trhu s cílem oslabit kurz české "
      "koruny. Technické podrobnosti o intervenci nemá ve zvyku zveřejňovat.\n",
      "cs" },
    { "Vláda schválila nový plán\n\n"
      "Vláda dnes schválila plán pro obnovu regionů, který podle ministra přinese nová pracovní "
      "místa. Opatření budou platit od ledna a jsou součástí rozpočtu na příští rok.\n",
      "cs" },
    { "Minister spotkał się z ambasadorem\n\n"
      "Minister obrony narodowej spotkał się w Warszawie z ambasadorem, o czym poinformowało "
      "ministerstwo. Rozmowa dotyczyła współpracy, która jest dla Polski ważna, a także ćwiczeń "
      "na wschodniej flance, po których przyjdzie czas na nowe decyzje.\n",
      "pl" },
    { "O Exército rebate notícia\n\n"
      "O Centro de Comunicação Social do Exército expressa o repúdio da Força ao contido na "
      "matéria, que parece buscar a discórdia entre os militares e o ministro. Por fim, a nota "
      "reforça que a coesão é uma característica da Força.\n",
      "pt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_import_field (cases[i].text, language, cases[i].language);
}

#define MASTHEAD_STORY                                                                             \
  "El Campus de Excelencia es un proyecto ambicioso que busca crear un referente internacional "   \
  "en investigación, formación e innovación uniendo dos universidades de Madrid.\n\n"           \
  "A lo largo de este año se van a incorporar diez nuevos doctores al programa, que acaba de "    \
  "comenzar.\n"

/* "Jueves, 26 de diciembre de 2024" over "Inicio" (heldout13 ucm-01): the masthead's date of the
 * day the page was shown, above the menu's link to the home page, is not the release's date, nor
 * is the site's name above it the headline. */
static void
test_masthead_date_over_home_link (void)
{
  static const char *const mastheads[] = {
    "Ir al contenido\n\nBiblioteca de la Universidad\n\nJueves, 26 de diciembre de 2024\n\n"
    "Inicio\n\n",
    "Skip to content\n\nThe University Library\n\nThursday, 26 December 2024\n\n"
    "Home > News\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (mastheads); i++)
    {
      g_autofree char *text =
          g_strconcat (mastheads[i], "Nuevos talentos para el campus\n\n", MASTHEAD_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_null (cmq_release_get_date (release));
      g_assert_cmpstr (cmq_release_get_title (release), ==, "Nuevos talentos para el campus");
    }
}

/* A release's date under the menu's home link stays the release's. */
static void
test_date_under_home_link_stays (void)
{
  assert_import_field ("Inicio\n\nNuevos talentos para el campus\n\n"
                       "Jueves, 14 de febrero de 2013\n\n" MASTHEAD_STORY,
                       date, "2013-02-14");
}

/* "Pressemeddelelse, 7. december 2015" under the headline, under the press section's own
 * description (heldout13 nationalbanken-01): the kind and the date alone after it are a
 * release-date line, whose date is the release's, not one in the lead ("pr. 1. juli 2016"), and
 * whose kind is the release's; the line above it is the headline, and the story starts under it. */
static void
test_kind_and_date_line (void)
{
  static const struct
  {
    const char *head;
    const char *lead;
    const char *date;
  } cases[] = {
    { "Pressemeddelelse, 7. december 2015",
      "Nationalbanken flytter pr. 1. juli 2016 tidspunktet for offentliggørelsen af de daglige "
      "valutakurser, og det er ikke første gang, at banken har gjort det.",
      "2015-12-07" },
    { "Press release, 3 May 2021, 10:00",
      "The Bank will move the publication of its daily exchange rates from 1 July 2022, as the "
      "central bank of the euro area has done.",
      "2021-05-03" },
    { "Communiqué de presse, le 12 mars 2019",
      "La Banque publiera ses taux de change à 16 heures à partir du 1er juillet 2020, comme la "
      "banque centrale de la zone euro.",
      "2019-03-12" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          "Press releases are short texts about major news from the Bank. They are mainly for "
          "you who work as a journalist, or who want to be updated at once.\n\n"
          "About the Bank\n\nThe Bank changes its timetable\n\n",
          cases[i].head, "\n\n", cases[i].lead, "\n\nThe rates will stay the same.\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
      g_assert_cmpstr (cmq_release_get_title (release), ==, "The Bank changes its timetable");
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], cases[i].lead));
    }
}

#define BROWSER_STORY                                                                              \
  "The Reserve Bank today announced new procedures for the release of its quarterly statements "   \
  "and reports, which will be published at nine.\n\n"                                              \
  "The decision follows a review of the arrangements for news media.\n"

/* "Your browser is not supported" and a paragraph asking to update it, above the headline
 * (heldout13 rbnz-01): the site's notice about the reader's browser, leading chrome; the
 * headline and the story under it are the release's. */
static void
test_browser_notice_above_head (void)
{
  static const char *const notices[] = {
    "Your browser is not supported\n\nOur website does not support the browser you are using. "
    "For a better browsing experience update to a compatible browser like the latest browsers "
    "from Chrome, Firefox and Safari.\n\n",
    "Votre navigateur n'est pas pris en charge. Pour une meilleure expérience, veuillez mettre à "
    "jour votre navigateur ou en choisir un autre.\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text =
          g_strconcat (notices[i], "New procedures for policy releases\n\n", BROWSER_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "New procedures for policy releases");
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                       "The Reserve Bank today announced"));
    }
}

/* A release about a browser, its lead asking to update it, stays whole: a notice stands above a
 * short line and more paragraphs. */
static void
test_browser_story_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "New browser released\n\n"
      "The company today released a new version of its web browser, and asks every user to update "
      "the browser before the end of the month.\n\n"
      "The new version is faster and safer than the last one.\n");

  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The company today"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/czech-language", test_czech_language);
  g_test_add_func ("/importer/masthead-date-over-home-link", test_masthead_date_over_home_link);
  g_test_add_func ("/importer/date-under-home-link-stays", test_date_under_home_link_stays);
  g_test_add_func ("/importer/kind-and-date-line", test_kind_and_date_line);
  g_test_add_func ("/importer/browser-notice-above-head", test_browser_notice_above_head);
  g_test_add_func ("/importer/browser-story-stays", test_browser_story_stays);
  return g_test_run ();
}
