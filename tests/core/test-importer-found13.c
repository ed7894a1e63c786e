/* test-importer-found13.c: the importer on synthetic pages that carry what the thirteenth
 * held-out set (tests/fixtures/heldout13) showed: a release in Czech, a language it did not know;
 * a site's masthead showing the date of the day the page is shown above the menu's home link.
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/czech-language", test_czech_language);
  g_test_add_func ("/importer/masthead-date-over-home-link", test_masthead_date_over_home_link);
  g_test_add_func ("/importer/date-under-home-link-stays", test_date_under_home_link_stays);
  return g_test_run ();
}
