/* test-importer-found171.c: a story's first date that another document bears is not the
 * release's (heldout33 perigueux-01: "son communiqué, daté du 10 septembre 2013, …", a diocese
 * answering its earlier communiqué): "daté du", "en date du", "dated", "datiert vom", "de fecha".
 * A date the same words do not govern ("updated" is no "dated") stays the release's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_undated (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), "another document"));
}

static void
test_dated_documents (void)
{
  check_undated ("Mise au point de l'évêque\n\n"
                 "Monseigneur l'évêque est étonné du retentissement donné à son communiqué, daté "
                 "du 10 septembre 2013, dont il ne renie pas la teneur.\n\n"
                 "Il était uniquement adressé aux prêtres du diocèse.\n");
  check_undated ("The minister answers the committee\n\n"
                 "The minister has answered the committee's letter dated 3 May 2013 on the new "
                 "rules for ports.\n\n"
                 "The answer is published in full.\n");
  check_undated ("Antwort an den Ausschuss\n\n"
                 "Der Minister beantwortet das Schreiben des Ausschusses, datiert vom 3. Mai "
                 "2013, zu den neuen Regeln für die Häfen.\n\n"
                 "Die Antwort wird veröffentlicht.\n");
  check_undated ("Respuesta del ministro\n\n"
                 "El ministro responde a la carta de fecha 3 de mayo de 2013 sobre las nuevas "
                 "normas de los puertos.\n\n"
                 "La respuesta se publica completa.\n");
}

static void
test_other_words (void)
{
  assert_import_field ("Ministers update the port rules\n\n"
                       "On 3 May 2013 the ministers updated the rules for the ports and the data "
                       "they publish.\n\n"
                       "They will meet again next year.\n",
                       date, "2013-05-03");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found171/dated-documents", test_dated_documents);
  g_test_add_func ("/importer/found171/other-words", test_other_words);
  return g_test_run ();
}
