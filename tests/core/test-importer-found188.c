/* test-importer-found188.c: the year of a date stated without one, narrowed by office-holders
 * and names that are data with their sources (office-holders.txt, events.txt): a foreign
 * minister named with his title and the pandemic the text names (heldout29 mongolia-01,
 * "Foreign Minister D.Tsogtbaatar", "COVID-19"), and a minister with two terms, the weekday and
 * the ministry's name, which it only bore from 2012 (heldout17 slovakia-01, "Minister Lajčák",
 * "Monday evening (June 1)", "Foreign and European Affairs of the Slovak Republic"), and the
 * head of a public body with the weekday (heldout28 envagency-01, "today (Friday 16 February)",
 * "Sir James Bevan, Chief Executive of the Environment Agency"). A year is given only when the
 * evidence leaves one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define DONATION(minister, disease)                                                                \
  "Donation handed over to the embassy\n\n"                                                        \
  "On March 13, a ceremony was held at the Ministry of Foreign Affairs to hand over the "          \
  "donation raised to support the fight against the " disease " outbreak.\n\n"                     \
  "At the event, " minister " expressed his pleasure at giving the donation.\n"

/* a minister in office from 2017 to 2020, and a disease named from 2020 */
static void
test_minister_and_pandemic (void)
{
  assert_import_field (DONATION ("Foreign Minister D.Tsogtbaatar", "COVID-19"), date, "2020-03-13");
  assert_import_field (DONATION ("le ministre mongol D. Tsogtbaatar", "COVID-19"), date,
                       "2020-03-13");
  /* either alone leaves several years */
  assert_import_field (DONATION ("Foreign Minister D.Tsogtbaatar", "flu"), date, NULL);
  assert_import_field (DONATION ("the Foreign Minister", "COVID-19"), date, NULL);
  /* out of office */
  assert_import_field (DONATION ("former Foreign Minister D.Tsogtbaatar", "COVID-19"), date, NULL);
}

#define MEETING(ministry, weekday)                                                                 \
  "Moscow (June 1) – Deputy Prime Minister and Minister of " ministry " Miroslav Lajčák met "    \
  "with his Russian counterpart in Moscow on " weekday " evening (June 1).\n\n"                    \
  "Minister Lajčák opened the issue of a recent documentary.\n"

/* Monday 1 June: 2009 and 2015 in the minister's two terms; the ministry's name only from 2012 */
static void
test_terms_weekday_and_name (void)
{
  assert_import_field (MEETING ("Foreign and European Affairs of the Slovak Republic", "Monday"),
                       date, "2015-06-01");
  /* without the name, 2009 fits too */
  assert_import_field (MEETING ("Foreign Affairs of the Slovak Republic", "Monday"), date, NULL);
  /* another weekday: no year in his terms fits it alone */
  assert_import_field (MEETING ("Foreign and European Affairs of the Slovak Republic", "Tuesday"),
                       date, NULL);
  /* another country's ministry of that name says nothing of Slovakia's */
  assert_import_field (MEETING ("Foreign and European Affairs of Croatia", "Monday"), date, NULL);
}

#define WARNING(who)                                                                               \
  "Climate change means more frequent flooding, warns Environment Agency\n\n"                      \
  "Intense bouts of flooding are set to become more frequent, the Environment Agency has warned "  \
  "today (Friday 16 February).\n\n" who ", Chief Executive of the Environment Agency, said:\n\n"   \
  "Climate change is likely to mean more frequent and intense flooding.\n"

/* Friday 16 February: 2018 and 2024; the chief executive was in office from 2015 to 2023 */
static void
test_head_of_public_body (void)
{
  assert_import_field (WARNING ("Sir James Bevan"), date, "2018-02-16");
  assert_import_field (WARNING ("Our chief executive"), date, NULL);
  assert_import_field (WARNING ("Former chief executive Sir James Bevan"), date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found188/minister-and-pandemic", test_minister_and_pandemic);
  g_test_add_func ("/importer/found188/terms-weekday-and-name", test_terms_weekday_and_name);
  g_test_add_func ("/importer/found188/head-of-public-body", test_head_of_public_body);
  return g_test_run ();
}
