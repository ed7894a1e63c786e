/* test-importer-found239.c: a document site's label over a PDF's text ("Transcription") is
 * farther from the story than the PDF's own kind and date line that opens it, joined to the next
 * line of the PDF's broken lines ("Communiqué de presse, 23 septembre 2009 Année Mondiale de
 * l'Astronomie :", issue 11: heldout36 ama09-01): the release is a press release, not a
 * transcript. A "News" line with its date there names no kind: the site's label stands.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* A PDF's text as a document site shows it: the document's title cut short, the site's label,
 * the title again, a banner of names, then @label, the release's title and lead broken into
 * lines, no blank line between them. */
#define DOCUMENT(label)                                                                            \
  "Année Mondiale de l`Astronomie : Les Nuits lavoisiennes, hommage\n\n"                          \
  "Transcription\n\n"                                                                              \
  "Année Mondiale de l`Astronomie : Les Nuits lavoisiennes, hommage\n"                            \
  "2009 déclarée Année Mondiale de\nl'Astronomie par :\nONU\nUNESCO\nUnion Astronomique\n"      \
  "Internationale - UAI\n" label "\n"                                                              \
  "Année Mondiale de l'Astronomie :\nLes Nuits lavoisiennes, hommage à Lavoisier,\n"             \
  "un grand rassemblement international autour\nd’observations de la voûte céleste\n"          \
  "du 23 au 25 octobre 2009\n"                                                                     \
  "Lancées à l’initiative des astronomes français, Les Nuits\n"                               \
  "lavoisiennes permettront au public des 146 pays impliqués\n"                                   \
  "dans l’Année Mondiale de l’Astronomie d’admirer le ciel en\n"                            \
  "octobre prochain, et tout particulièrement les satellites de\n"                                \
  "Saturne, découverts par le célèbre savant de la Renaissance.\n"

static void
test_dated_label_nearest (void)
{
  assert_import_field (DOCUMENT ("Communiqué de presse, 23 septembre 2009"), kind, "press release");
}

static void
test_site_label_stands (void)
{
  assert_import_field (DOCUMENT ("Actualités, 23 septembre 2009"), kind, "transcript");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found239/dated-label-nearest", test_dated_label_nearest);
  g_test_add_func ("/importer/found239/site-label-stands", test_site_label_stands);
  return g_test_run ();
}
