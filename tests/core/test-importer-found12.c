/* test-importer-found12.c: the importer on synthetic pages that carry what the twelfth held-out
 * set (tests/fixtures/heldout12) showed: a place and its date alone on a line above a short
 * headline ("Paris, le 7 janvier 2015" over "La République blessée").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* "Paris, le 7 janvier 2015" over "La République blessée" (heldout12 ldh-01): a dateline, a place
 * and its date alone, above a headline shorter than it is the page's dateline, not a headline
 * ending with its date over a subtitle. */
static void
test_dateline_over_short_headline (void)
{
  static const struct
  {
    const char *dateline;
    const char *headline;
    const char *story;
  } cases[] = {
    { "Paris, le 7 janvier 2015", "La République blessée",
      "La Ligue condamne avec la plus grande force l'assassinat de douze personnes dans les locaux "
      "d'un journal.\n\nRien ne peut justifier une telle violence." },
    { "Geneva, 7 January 2015", "Freedom under attack",
      "The League condemns in the strongest terms the killing of twelve people in the offices of "
      "a newspaper.\n\nNothing can justify such violence." },
    { "Madrid, 7 de enero de 2015", "La libertad herida",
      "La Liga condena con la mayor firmeza el asesinato de doce personas en la redacción de un "
      "periódico.\n\nNada puede justificar semejante violencia." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].dateline, "\n\n\n", cases[i].headline, "\n\n\n",
                                           cases[i].story, "\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2015-01-07");
      g_assert_cmpuint (n_paragraphs (release), ==, 2);
    }
}

/* A headline holding its date over a shorter line stays the headline ("… del 22 giugno 2017" over
 * "Consiglio europeo"): only a place and a date alone are a dateline. */
static void
test_dated_headline_over_subtitle_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Osservazioni del presidente sulle riunioni del Consiglio del 22 giugno 2017\n\n"
      "Consiglio europeo\n\n"
      "Innanzitutto, i leader hanno discusso di terrorismo, che rimane una grave minaccia. Siamo "
      "fermamente decisi a proteggere i nostri cittadini.\n\n"
      "Il Consiglio ha convenuto di intensificare gli sforzi.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Osservazioni del presidente sulle riunioni del Consiglio del 22 giugno 2017");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/dateline-over-short-headline", test_dateline_over_short_headline);
  g_test_add_func ("/importer/dated-headline-over-subtitle-stays",
                   test_dated_headline_over_subtitle_stays);
  return g_test_run ();
}
