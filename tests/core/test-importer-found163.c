/* test-importer-found163.c: titles (issue 11). A salutation is never the title: a letter opened
 * by two salutation lines ("Chères adhérentes," over "Chers adhérents,", heldout29 fleury-01),
 * in French, English, German, Spanish, Italian and Dutch, is titled by its first sentence.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check (const char *first, const char *second, const char *sentence)
{
  g_autofree char *text =
      g_strdup_printf ("%s\n\n%s\n\n%s, et la suite suit ici.\n\nUn autre paragraphe suit.\n",
                       first, second, sentence);
  g_autofree char *expected = g_strdup_printf ("%s, et la suite suit ici", sentence);

  assert_import_field (text, title, expected);
}

static void
test_two_salutations (void)
{
  check ("Chères adhérentes,", "Chers adhérents,", "Le club ferme toutes ses activités");
  check ("Dear members,", "Dear friends,", "The club closes all its activities");
  check ("Liebe Mitglieder,", "Liebe Freunde,", "Der Verein schließt alle Aktivitäten");
  check ("Estimados socios,", "Queridos amigos,", "El club cierra todas sus actividades");
  check ("Cari soci,", "Cari amici,", "Il club chiude tutte le attività");
  check ("Beste leden,", "Beste vrienden,", "De club sluit alle activiteiten");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found163/two-salutations", test_two_salutations);
  return g_test_run ();
}
