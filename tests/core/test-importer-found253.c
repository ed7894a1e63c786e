/* test-importer-found253.c: a headline over its deck, where the deck, the short line nearer the
 * story, was taken for it (issue 11: heldout37 kzbv-01, heldout36 mil-01): over a wire's
 * dateline ("Frankfurt/M. (ots) – "), a headline-shaped phrase a blank line above the deck; and
 * a newsroom's headline over a label, the page's date line ("- Erschienen am 24.03.2020") and
 * one or two decks. The decks are not story. An office's name over a wire's headline is no
 * headline (heldout25 euskirchen-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define WIRE_STORY                                                                                    \
  "Frankfurt/M. (ots) – Anlässlich der Vertreterversammlung haben sich die Verbände erneut klar " \
  "gegen die aktuelle Gesundheitspolitik positioniert.\n\n"                                           \
  "Die Vertreter fordern dringende politische Maßnahmen für die Praxen und Apotheken.\n"

static void
test_wire_deck (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Verbandsbüro\n\n"
      "KZBV, KBV und ABDA warnen vor drohendem Versorgungsdesaster\n\n"
      "Gemeinsamer Appell gegen die Gesundheitspolitik von Minister Lauterbach\n\n" WIRE_STORY);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "KZBV, KBV und ABDA warnen vor drohendem Versorgungsdesaster");
  g_assert_true (g_str_has_prefix (first_paragraph (release), "Frankfurt/M. (ots) – "));
}

static void
test_dated_decks (void)
{
  const char *de = "Toolbar-Menü\n\n"
                   "Fahrplanangebot bleibt erhalten\n\n"
                   "Pressestatement\n\n"
                   "- Erschienen am 24.03.2020\n\n"
                   "Anpassungen im Regionalverkehr in Berlin und Brandenburg\n"
                   "Stabiles Fahrplanangebot bleibt erhalten – aktuelle Verbindungsauskünfte\n\n"
                   "Der Regionalverkehr in Berlin und Brandenburg wird aufgrund der aktuellen "
                   "Situation angepasst.\n\n"
                   "Die wichtigsten Linien werden weiter versorgt.\n";
  const char *fr = "Menu\n\n"
                   "Les horaires des trains régionaux sont maintenus\n\n"
                   "Communiqué\n\n"
                   "Publié le 24 mars 2020\n\n"
                   "Adaptations du trafic régional dans la métropole\n\n"
                   "Le trafic régional est adapté à la situation actuelle, a annoncé la région "
                   "mardi.\n\n"
                   "Les lignes principales restent desservies.\n";
  g_autoptr (CmqRelease) german = import_ok (de);
  g_autoptr (CmqRelease) french = import_ok (fr);

  g_assert_cmpstr (cmq_release_get_title (german), ==, "Fahrplanangebot bleibt erhalten");
  g_assert_cmpstr (cmq_release_get_date (german), ==, "2020-03-24");
  g_assert_cmpstr (first_paragraph (german), ==,
                   "Der Regionalverkehr in Berlin und Brandenburg wird aufgrund der aktuellen "
                   "Situation angepasst.");
  g_assert_cmpstr (cmq_release_get_title (french), ==,
                   "Les horaires des trains régionaux sont maintenus");
  g_assert_cmpstr (first_paragraph (french), ==,
                   "Le trafic régional est adapté à la situation actuelle, a annoncé la région "
                   "mardi.");
}

static void
test_office_over_wire (void)
{
  assert_import_field ("Kreispolizeibehörde Euskirchen\n\n"
                       "Polizei sucht nach weiteren Zeugen\n\n" WIRE_STORY,
                       title, "Polizei sucht nach weiteren Zeugen");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found253/wire-deck", test_wire_deck);
  g_test_add_func ("/importer/found253/dated-decks", test_dated_decks);
  g_test_add_func ("/importer/found253/office-over-wire", test_office_over_wire);
  return g_test_run ();
}
