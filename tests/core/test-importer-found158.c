/* test-importer-found158.c: the institution a header line names is the source when the story
 * names it with other declension endings (issue 11: heldout28 bayern-01, "Bayerischer Landtag"
 * over a story that writes "im Bayerischen Landtag"), as when it names it as written; a story
 * that names it in neither form gives no source.
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found158/declined", test_declined);
  g_test_add_func ("/importer/found158/as-written", test_as_written);
  g_test_add_func ("/importer/found158/not-named", test_not_named);
  return g_test_run ();
}
