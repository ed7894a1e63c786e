/* test-importer-found177.c: a story's first date that only tells when something happened is not
 * the release's date, on a page that states none (heldout32): followed by the time of day of
 * what happened ("Dimanche 19 avril 2020, peu après 20 heures, le centre reçoit un appel", a fire
 * service's report, sdis78-01), or inside a relative clause in the past with "of" ("the report,
 * which was discussed by the City Board at their meeting of 1 June 2020", helsinki-01). A date
 * followed by a number that is no hour, or told in the main clause, stays the release's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_undated (const char *text, const char *why)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), why));
}

static void
test_time_of_day (void)
{
  check_undated ("Les interventions\n\n"
                 "Dimanche 19 avril 2020, peu après 20 heures, le centre de traitement reçoit un "
                 "appel pour signaler un feu de pavillon sur une commune du sud du département.\n\n"
                 "Les occupants ont évacué les lieux avant l'arrivée des secours.\n",
                 "at a time of that day");
  check_undated ("Fire at the old mill\n\n"
                 "On Sunday 3 May 2020 at about 8.30 p.m., a fire broke out in the roof of the old "
                 "mill by the river, and four crews were sent.\n\n"
                 "No one was hurt, and the mill's machines were saved.\n",
                 "at a time of that day");
  check_undated ("Brand in der alten Mühle\n\n"
                 "Am 3. Mai 2020 gegen 20 Uhr brach im Dach der alten Mühle am Fluss ein Feuer "
                 "aus, und vier Löschzüge rückten aus.\n\n"
                 "Niemand wurde verletzt.\n",
                 "at a time of that day");
  check_undated ("Fire at the old mill\n\n"
                 "A fire broke out on 3 May 2020, 21:15, in the roof of the old mill by the river, "
                 "and four crews were sent to put it out.\n\n"
                 "No one was hurt, and the mill's machines were saved.\n",
                 "at a time of that day");
}

static void
test_meeting_of (void)
{
  check_undated ("Nature reserves grow\n\n"
                 "Three new nature reserves were set up last year. The figures are in the city's "
                 "environmental report, which was discussed by the City Board at their meeting of "
                 "1 June 2020.\n\n"
                 "The report also follows the climate programme.\n",
                 "relative clause");
}

/* a number after the date that is no hour, a date in the main clause: the release's */
static void
test_release_dates (void)
{
  assert_import_field ("Ministers agree on port fees\n\n"
                       "On 3 May 2020 the ministers agreed on new port fees of 2.50 euros a tonne "
                       "for every ship.\n\n"
                       "They will meet again next year.\n",
                       date, "2020-05-03");
  assert_import_field ("City Board approves the report\n\n"
                       "The City Board approved the environmental report at its meeting of 1 June "
                       "2020, and asked for a plan by the autumn.\n\n"
                       "The plan will be public.\n",
                       date, "2020-06-01");
  assert_import_field ("Ministers meet in Brussels\n\n"
                       "On 3 May 2020, 14 ministers met in Brussels to agree on the new port fees "
                       "for every ship.\n\n"
                       "They will meet again next year.\n",
                       date, "2020-05-03");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found177/time-of-day", test_time_of_day);
  g_test_add_func ("/importer/found177/meeting-of", test_meeting_of);
  g_test_add_func ("/importer/found177/release-dates", test_release_dates);
  return g_test_run ();
}
