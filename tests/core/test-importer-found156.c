/* test-importer-found156.c: of several kind labels above the story, the one nearest it is the
 * release's own (issue 11: heldout28 musee-01, a document site's "Transcription" over a PDF's
 * header block, its issuer's name, "Communiqué de presse" and a place and date line). In French
 * and English; a label alone still gives its kind.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_pdf_header (void)
{
  assert_import_field (
      "Musée des Beaux-Arts de Lyon\n\n"
      "Transcription\n\n"
      "Musée des Beaux-Arts de Lyon\n"
      "Communiqué de presse\n"
      "Lyon, le 3 mars 2019\n"
      "EXPOSITION\n"
      "Les couleurs du Nord\n"
      "Le musée présente à partir du mois d’avril une exposition consacrée aux peintres du Nord, "
      "avec plus de cent tableaux venus de collections publiques et privées.\n"
      "Le parcours de l’exposition suit l’ordre chronologique des œuvres, de la fin du siècle aux "
      "années de guerre.\n",
      kind, "press release");
}

static void
test_document_site (void)
{
  assert_import_field ("City of Springfield\n\n"
                       "Transcript\n\n"
                       "City of Springfield\n"
                       "Press Release\n"
                       "Springfield, March 3, 2019\n"
                       "EVENT\n"
                       "Library hours extended\n"
                       "April 1 – June 30, 2019\n"
                       "The city will keep its three libraries open until nine in the evening "
                       "from the first of April, the\n"
                       "council decided on Monday. The longer hours will be paid for by the "
                       "savings of the new lighting\n"
                       "contract, the council said.\n",
                       kind, "press release");
}

static void
test_one_label (void)
{
  assert_import_field ("Transcript\n\n"
                       "Library hours extended\n\n"
                       "MAYOR: The city will keep its three libraries open until nine in the "
                       "evening from the first of April.\n\n"
                       "The longer hours will be paid for by the savings of the new lighting "
                       "contract.\n",
                       kind, "transcript");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found156/pdf-header", test_pdf_header);
  g_test_add_func ("/importer/found156/document-site", test_document_site);
  g_test_add_func ("/importer/found156/one-label", test_one_label);
  return g_test_run ();
}
