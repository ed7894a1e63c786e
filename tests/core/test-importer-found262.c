/* test-importer-found262.c: the Polish "komunikat" alone (a communiqué) is a press release's
 * kind word, opening a headline ("Komunikat klubu FKS Stal Mielec S.A. w sprawie meczu z Ruchem
 * Chorzów", issue 11: heldout38 stalmielec-01) or alone on a label line ("KOMUNIKAT"), as
 * "communiqué" and "comunicado" are; the plural "Komunikaty" (a section's name) is none, and the
 * Spanish, Italian and Portuguese words stay read.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_PL                                                                                   \
  "Informujemy, iż klub otrzymał maila na temat ewentualnego przełożenia meczu mniej niż 24 " \
  "godziny przed pierwszym gwizdkiem arbitra.\n\n"                                                 \
  "Warto zaznaczyć, iż Prezes Zarządu naszego klubu utrzymuje bardzo dobry kontakt z Panem "    \
  "Prezesem Ruchu Chorzów.\n"

static void
test_komunikat (void)
{
  assert_import_field ("Komunikat klubu FKS Stal Mielec S.A. w sprawie meczu z Ruchem "
                       "Chorzów\n\n" STORY_PL,
                       kind, "press release");
  assert_import_field ("KOMUNIKAT\n\nMecz z Ruchem Chorzów przełożony na niedzielę\n\n" STORY_PL,
                       kind, "press release");
  assert_import_field ("KOMUNIKAT\n\nMecz z Ruchem Chorzów przełożony na niedzielę\n\n" STORY_PL,
                       title, "Mecz z Ruchem Chorzów przełożony na niedzielę");
  assert_import_field (
      "Komunikat prasowy\n\nMecz z Ruchem Chorzów przełożony na niedzielę\n\n" STORY_PL, kind,
      "press release");
}

static void
test_not_komunikat (void)
{
  assert_import_field ("Komunikaty\n\nMecz z Ruchem Chorzów przełożony na niedzielę\n\n" STORY_PL,
                       kind, NULL);
}

static void
test_other_languages (void)
{
  assert_import_field ("Comunicado del club sobre el partido del domingo\n\n"
                       "Informamos de que el club recibió un correo sobre el posible aplazamiento "
                       "del partido menos de 24 horas antes del pitido inicial.\n",
                       kind, "press release");
  assert_import_field ("Comunicato della società sulla partita di domenica\n\n"
                       "Informiamo che la società ha ricevuto una mail sul possibile rinvio della "
                       "partita meno di 24 ore prima del fischio d'inizio.\n",
                       kind, "press release");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found262/komunikat", test_komunikat);
  g_test_add_func ("/importer/found262/not-komunikat", test_not_komunikat);
  g_test_add_func ("/importer/found262/other-languages", test_other_languages);
  return g_test_run ();
}
