/* test-importer-found229.c: a story's first date written right after a verb that says an event is
 * over (issue 11: heldout36 lama-01, "Le 25e Festival du Film de Lama s'est achevé vendredi 3 août
 * 2018, …"), with nothing else dating the release, is the event's day, not the release's: no
 * date is made of it, in English, French and German. A relative clause ("à la suite du Comité
 * exécutif qui s'est achevé le …"), a sentence saying "today" of its event, a date line, a verb
 * far from the day, and a meeting "held" on its day keep the date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(lead)                                                                              \
  "A record year for the film festival\n\n" lead "\n\n"                                            \
  "The screenings were sold out several times, and chairs had to be added for the closing "        \
  "night.\n"

#define RELEASE_FR(lead)                                                                           \
  "Une année record pour le festival\n\n" lead "\n\n"                                              \
  "Les séances ont plusieurs fois affiché complet, et il a fallu rajouter des chaises pour la "  \
  "soirée de clôture.\n"

static void
test_ended_event (void)
{
  assert_import_field (RELEASE_FR ("Le 25e Festival du Film s'est achevé vendredi 3 août 2018, "
                                   "sur un nouveau succès public."),
                       date, NULL);
  assert_import_field (RELEASE_FR ("La rencontre des jeunes auteurs s'est terminée le 3 août 2018 "
                                   "à Bastia, devant un public nombreux."),
                       date, NULL);
  assert_import_field (RELEASE ("The 25th Film Festival ended on Friday, 3 August 2018, with a "
                                "new attendance record."),
                       date, NULL);
  assert_import_field (RELEASE ("The young authors' meeting came to an end in Bastia on August "
                                "3, 2018, before a large audience."),
                       date, NULL);
  assert_import_field (RELEASE ("Das 25. Filmfestival ging am 3. August 2018 mit einem neuen "
                                "Besucherrekord zu Ende."),
                       date, NULL);
}

static void
test_release_dated (void)
{
  /* a relative clause: the release is the meeting's own */
  assert_import_field (RELEASE_FR ("Communiqué de la Fédération à la suite du Comité exécutif qui "
                                   "s'est achevé le vendredi 3 août 2018."),
                       date, "2018-08-03");
  /* "today" of its event */
  assert_import_field (RELEASE ("The 25th Film Festival ended today, Friday 3 August 2018, with a "
                                "new attendance record."),
                       date, "2018-08-03");
  /* a meeting held on a single day: its communiqué's day (test-importer-found129.c) */
  assert_import_field (RELEASE ("The meeting of the festival's board was held in Bastia on 3 "
                                "August 2018."),
                       date, "2018-08-03");
  /* a main verb far from the day */
  assert_import_field (RELEASE ("The ministers concluded two days of preparations for the "
                                "upcoming summit on Friday (3 August 2018)."),
                       date, "2018-08-03");
  assert_import_field (RELEASE_FR ("Le ministre a présenté le bilan du festival le vendredi 3 août "
                                   "2018."),
                       date, "2018-08-03");
  /* a date line dates the release */
  assert_import_field ("4 August 2018\n\n" RELEASE ("The 25th Film Festival ended on Friday, 3 "
                                                    "August 2018, with a new attendance record."),
                       date, "2018-08-04");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found229/ended-event", test_ended_event);
  g_test_add_func ("/importer/found229/release-dated", test_release_dated);
  return g_test_run ();
}
