/* test-importer-found190.c: the weekday a text gives elsewhere to the day and month of a date it
 * states without one narrows the years: the dateline "Moscow (June 1) – " has none, but the lead
 * says "on Monday evening (June 1)" (heldout17 slovakia-01). Two weekdays for the same day, or a
 * weekday given to another day, give none; and the year is still given only when one fits.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* Foreign Minister Tsogtbaatar was in office from October 2017 to July 2020: 13 March of 2018,
 * 2019 or 2020, a Tuesday, a Wednesday and a Friday. */
#define CEREMONY(lead)                                                                             \
  "Ulaanbaatar, March 13 – Foreign Minister D.Tsogtbaatar handed over a donation to the "        \
  "ambassador.\n\n" lead "\n\nThe minister thanked the donors.\n"

#define CEREMONIE(lead)                                                                            \
  "Oulan-Bator, 13 mars – Le ministre mongol D. Tsogtbaatar a remis un don à "                  \
  "l'ambassadeur.\n\n" lead "\n\nLe ministre a remercié les donateurs.\n"

static void
test_weekday_elsewhere (void)
{
  assert_import_field (CEREMONY ("The ceremony was held on Friday morning (March 13)."), date,
                       "2020-03-13");
  assert_import_field (CEREMONY ("The ceremony was held on Friday, 13 March, at the ministry."),
                       date, "2020-03-13");
  assert_import_field (CEREMONIE ("La cérémonie a eu lieu le vendredi 13 mars au ministère."), date,
                       "2020-03-13");
}

static void
test_no_weekday (void)
{
  /* no weekday: three years fit */
  assert_import_field (CEREMONY ("The ceremony was held at the ministry."), date, NULL);
  /* a weekday of another day */
  assert_import_field (CEREMONY ("The ceremony was held before Friday, March 20."), date, NULL);
  /* two weekdays for the same day */
  assert_import_field (
      CEREMONY ("The ceremony was held on Friday (March 13), after Tuesday 13 March."), date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found190/weekday-elsewhere", test_weekday_elsewhere);
  g_test_add_func ("/importer/found190/no-weekday", test_no_weekday);
  return g_test_run ();
}
