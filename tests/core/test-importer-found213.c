/* test-importer-found213.c: a short sentence of the site's own opening the page (an
 * advertisement: heldout33 vzniedersachsen-01, "Seite 1 bei Google kann so einfach sein."), over
 * the section's label and the headline, is not the story's first paragraph, and the headline
 * under it is found, in German, English and French; a short lead that the story goes on to
 * tell (its words said again) stays the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_DE                                                                                   \
  "\"Discounter oder Bio-Laden – Alles Qualität?\", fragt die Verbraucherzentrale "             \
  "Niedersachsen. Laut Stiftung Warentest genüge Discountware oft nur mittleren Ansprüchen, "    \
  "schreiben die Verbraucherschützer in ihrer neuen Broschüre.\n\n"                              \
  "Auf regionale Herkunft der Ware werde bei den Discountern aber kein Wert gelegt, anders als "   \
  "im Naturkosthandel und wenigen Supermärkten.\n"

#define STORY_EN                                                                                   \
  "The consumer association warns that cheap food from discount stores often meets only "          \
  "average standards, according to the tests of the national testing foundation published "        \
  "this week.\n\n"                                                                                 \
  "Regional origin of the goods plays no part at the discounters, unlike in organic shops and "    \
  "a few supermarkets.\n"

#define STORY_FR                                                                                      \
  "L'association de consommateurs constate que les produits des magasins discount ne "                \
  "répondent souvent qu'à des exigences moyennes, selon les essais de la fondation publiés cette " \
  "semaine.\n\n"                                                                                      \
  "L'origine régionale des produits ne compte pas chez les discounters, contrairement aux "          \
  "magasins biologiques et à quelques supermarchés.\n"

static void
assert_head (const char *text, const char *title, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], first));
}

static void
test_opening_promo (void)
{
  assert_head ("Seite 1 bei Google kann so einfach sein.\n\n"
               "Verbraucherzentrale Warnungen\n\n"
               "Kein Tipp für Geringverdiener\n\n" STORY_DE,
               "Kein Tipp für Geringverdiener", "\"Discounter oder Bio-Laden");
  assert_head ("Your website on page one of Google made easy!\n\n"
               "Consumer warnings\n\n"
               "No bargain for the low paid\n\n" STORY_EN,
               "No bargain for the low paid", "The consumer association warns");
  assert_head ("Votre site en première page de Google, tout simplement.\n\n"
               "Alertes consommateurs\n\n"
               "Pas une bonne affaire pour les petits revenus\n\n" STORY_FR,
               "Pas une bonne affaire pour les petits revenus", "L'association de consommateurs");
}

static void
test_short_lead_kept (void)
{
  /* the story says its words again: a short lead, the story's first paragraph */
  g_autoptr (CmqRelease) release =
      import_ok ("Discount stores fail the consumer association's tests.\n\n"
                 "Consumer warnings\n\n"
                 "No bargain for the low paid\n\n" STORY_EN);

  g_assert_true (has_paragraph (release, "Discount stores fail the consumer association's tests."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found213/opening-promo", test_opening_promo);
  g_test_add_func ("/importer/found213/short-lead-kept", test_short_lead_kept);
  return g_test_run ();
}
