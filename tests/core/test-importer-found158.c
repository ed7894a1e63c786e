/* test-importer-found158.c: sources shown (issue 11). The institution a header line names is the
 * source when the story names it with other declension endings (heldout28 bayern-01,
 * "Bayerischer Landtag" over a story that writes "im Bayerischen Landtag"), as when it names it
 * as written; a story that names it in neither form gives no source. The publisher a line after
 * the story points to as the author of all its releases is the source (heldout28 tuc-01, "All
 * TUC press releases can be found at www.tuc.org.uk"), in English and French, when the story
 * names it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_declined (void)
{
  assert_import_field ("Sächsischer Landtag\n\n"
                       "Landtagspräsident empfängt Schülergruppen\n\n"
                       "Dienstag, 4. März 2008\n\n"
                       "Dresden – Der Präsident des Sächsischen Landtages empfängt am Donnerstag "
                       "drei Schülergruppen aus Leipzig.\n\n"
                       "Die Schüler besichtigen anschließend den Plenarsaal im Sächsischen "
                       "Landtag.\n",
                       source, "Sächsischer Landtag");
}

static void
test_as_written (void)
{
  assert_import_field ("Bayerisches Staatsministerium\n\n"
                       "Neue Förderung für Schulen\n\n"
                       "Dienstag, 4. März 2008\n\n"
                       "München – Das Bayerisches Staatsministerium fördert im neuen Jahr "
                       "zwanzig Schulen im ländlichen Raum.\n",
                       source, "Bayerisches Staatsministerium");
}

static void
test_not_named (void)
{
  assert_import_field ("Sächsischer Landtag\n\n"
                       "Landtagspräsident empfängt Schülergruppen\n\n"
                       "Dienstag, 4. März 2008\n\n"
                       "Dresden – Der Präsident empfängt am Donnerstag drei Schülergruppen aus "
                       "Leipzig.\n\n"
                       "Die Schüler besichtigen anschließend den Plenarsaal.\n",
                       source, NULL);
}

static void
test_all_releases (void)
{
  assert_import_field ("Responding to the report on nurses' pay, RCN General Secretary Jane Doe "
                       "said:\n\n"
                       "\u201cNurses have waited too long for a fair offer, and the report shows "
                       "why so many are leaving the profession.\u201d\n\n"
                       "NOTES TO EDITORS:\n\n"
                       "- All RCN press releases can be found at www.example.org.uk\n",
                       source, "RCN");
}

static void
test_tous_les_communiques (void)
{
  assert_import_field ("La Fondation Abbé Pierre publie ce matin son rapport annuel sur le "
                       "mal-logement, qui compte plus de quatre millions de personnes.\n\n"
                       "Le rapport sera présenté à la presse à Paris dans l'après-midi.\n\n"
                       "NOTES AUX RÉDACTIONS\u00a0:\n\n"
                       "- Tous les communiqués de presse de la Fondation Abbé Pierre sont "
                       "disponibles sur www.example.fr\n",
                       source, "Fondation Abbé Pierre");
}

static void
test_all_releases_unnamed (void)
{
  assert_import_field ("Responding to the report on nurses' pay, the General Secretary Jane Doe "
                       "said:\n\n"
                       "\u201cNurses have waited too long for a fair offer, and the report shows "
                       "why so many are leaving the profession.\u201d\n\n"
                       "NOTES TO EDITORS:\n\n"
                       "- All RCN press releases can be found at www.example.org.uk\n",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found158/declined", test_declined);
  g_test_add_func ("/importer/found158/as-written", test_as_written);
  g_test_add_func ("/importer/found158/not-named", test_not_named);
  g_test_add_func ("/importer/found158/all-releases", test_all_releases);
  g_test_add_func ("/importer/found158/tous-les-communiques", test_tous_les_communiques);
  g_test_add_func ("/importer/found158/all-releases-unnamed", test_all_releases_unnamed);
  return g_test_run ();
}
