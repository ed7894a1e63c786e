/* test-importer-found165.c: the importer on synthetic pages whose first line under the headline
 * names a speaker and a subject, then quotes the headline after a colon ("Dr. Ingo Wolf zur
 * Festnahme der … Gewaltverbrecher: „Ein großartiger Erfolg der nordrhein-westfälischen
 * Polizei“", heldout29 nrw-01): the page's deck, not the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_DE                                                                                       \
  "„Die neue Brücke über den Rhein ist ein starkes Zeichen für die ganze Region. Sie verbindet " \
  "zwei Städte, die lange getrennt waren“, sagte Verkehrsminister Hans Müller."

#define LEAD_FR                                                                                      \
  "« Le nouveau pont sur le Rhône est un signal fort pour toute la région. Il relie deux villes " \
  "longtemps séparées », a déclaré la ministre des transports, Anne Dupont."

#define LEAD_EN                                                                                    \
  "“The new bridge over the river is a strong signal for the whole region. It joins two towns "  \
  "that were apart for too long,” said the transport minister, Ann Smith."

/* In German: the headline, the date, the deck quoting the headline with an article before it. */
static void
test_deck_quoting_headline (void)
{
  assert_first_paragraph ("Starkes Zeichen für die ganze Region\n\n"
                          "1. Dezember 2009\n\n"
                          "Minister Hans Müller zur Eröffnung der neuen Rheinbrücke: „Ein starkes "
                          "Zeichen für die ganze Region“\n\n" LEAD_DE "\n\n"
                          "Die Brücke wurde in drei Jahren gebaut und kostete 40 Millionen "
                          "Euro, weniger als geplant.\n",
                          LEAD_DE);
}

/* In French and in English: the headline quoted whole, in guillemets with their spaces and in
 * curly quotes. */
static void
test_deck_quoting_headline_fr_en (void)
{
  assert_first_paragraph ("Un signal fort pour toute la région\n\n"
                          "1 décembre 2009\n\n"
                          "La ministre Anne Dupont sur l’ouverture du nouveau pont : « Un signal "
                          "fort pour toute la région »\n\n" LEAD_FR "\n\n"
                          "Le pont a été construit en trois ans et a coûté 40 millions d’euros, "
                          "moins que prévu.\n",
                          LEAD_FR);
  assert_first_paragraph ("A strong signal for the whole region\n\n"
                          "1 December 2009\n\n"
                          "Minister Ann Smith on the opening of the new bridge: “A strong signal "
                          "for the whole region”\n\n" LEAD_EN "\n\n"
                          "The bridge was built in three years and cost 40 million pounds, less "
                          "than planned.\n",
                          LEAD_EN);
}

/* A sentence goes on after the quotation: the line is the story's first paragraph, kept. */
static void
test_quotation_in_sentence (void)
{
  static const char *const first =
      "Minister Ann Smith on the opening of the new bridge: “A strong signal for the whole "
      "region”, she said on Monday as the first cars crossed the river.";

  assert_first_paragraph ("A strong signal for the whole region\n\n"
                          "1 December 2009\n\n"
                          "Minister Ann Smith on the opening of the new bridge: “A strong signal "
                          "for the whole region”, she said on Monday as the first cars crossed "
                          "the river.\n\n" LEAD_EN "\n\n"
                          "The bridge was built in three years and cost 40 million pounds, less "
                          "than planned.\n",
                          first);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found165/deck-quoting-headline", test_deck_quoting_headline);
  g_test_add_func ("/importer/found165/deck-quoting-headline-fr-en",
                   test_deck_quoting_headline_fr_en);
  g_test_add_func ("/importer/found165/quotation-in-sentence", test_quotation_in_sentence);
  return g_test_run ();
}
