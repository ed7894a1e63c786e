/* test-importer-found212.c: a document's title made of a label and the issuer's name, written
 * twice at the top of a PDF's copy, then the label alone over the release's headline
 * (heldout30 martinique-01: "Dossier de presse - Les services de l'État en Martinique" twice,
 * the place and date, "Dossier de presse", the headline): the headline is the line under the
 * lone label, in French and English; a title written twice without its label said again alone
 * stays the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                   \
  "Le préfet de la Gironde et le président du conseil départemental inaugureront ce jeudi le "  \
  "nouveau pont sur la Garonne, ouvert à la circulation depuis le mois de mai.\n"                 \
  "Ce pont relie les deux rives de l'agglomération et réduit de moitié le temps de trajet des " \
  "habitants des communes du nord du département.\n"

#define STORY_EN                                                                                   \
  "The Minister for Transport and the mayor will open the new bridge over the river on "           \
  "Thursday, in service since the month of May.\n"                                                 \
  "The bridge links both banks of the city and halves the journey of the people living in the "    \
  "northern towns of the county.\n"

static void
assert_title (const char *text, const char *title)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
}

static void
test_label_said_again (void)
{
  assert_title ("Dossier de presse - Les services de l'État en Gironde\n\n"
                "Transcription\n\n"
                "Dossier de presse - Les services de l'État en Gironde\n"
                "Bordeaux, le 3 mars 2016\n"
                "Dossier de presse\n"
                "Inauguration du nouveau pont sur la Garonne\n"
                "Contacts réservés aux médias :\n"
                "Marie Dupont 05-56-90-60-60 ou 06-12-34-56-78\n"
                "www.gironde.gouv.fr/\n" STORY_FR,
                "Inauguration du nouveau pont sur la Garonne");
  assert_title ("Press kit – Ministry of Transport\n\n"
                "Transcript\n\n"
                "Press kit – Ministry of Transport\n"
                "London, 3 March 2016\n"
                "Press kit\n"
                "Opening of the new bridge over the river\n"
                "Media contacts:\n"
                "Mary Smith 020 7946 0000 or 07700 900000\n"
                "www.transport.gov.uk/\n" STORY_EN,
                "Opening of the new bridge over the river");
}

static void
test_title_without_label_again (void)
{
  /* the title twice, no label alone under it: the title is the headline, as it was */
  assert_title ("Dossier de presse - Les services de l'État en Gironde\n\n"
                "Transcription\n\n"
                "Dossier de presse - Les services de l'État en Gironde\n"
                "Bordeaux, le 3 mars 2016\n"
                "Contacts réservés aux médias :\n"
                "Marie Dupont 05-56-90-60-60 ou 06-12-34-56-78\n"
                "www.gironde.gouv.fr/\n" STORY_FR,
                "Dossier de presse - Les services de l'État en Gironde");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found212/label-said-again", test_label_said_again);
  g_test_add_func ("/importer/found212/title-without-label-again", test_title_without_label_again);
  return g_test_run ();
}
