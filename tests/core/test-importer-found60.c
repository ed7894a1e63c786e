/* test-importer-found60.c: the release's date written after its headline on the same line
 * (issue 11: heldout22 nwo-01). A press release service that prints "Twaalf Spinoza-miljoenen
 * voor vier toponderzoekers 21 oktober 1999" gives the headline and, after it, the day the
 * release went out: the title is the headline without the date, and the date is still the
 * release's. A date the headline itself introduces ("… du 23 février 2000", "… on 31 May 2017")
 * stays in the title.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_title_and_date (const char *text, const char *title, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
}

static void
test_dutch_date_after_headline (void)
{
  check_title_and_date ("PERSBERICHT\n\n"
                        "Nieuwe subsidies voor drie regionale musea 14 maart 2003\n\n"
                        "De provincie kent dit jaar nieuwe subsidies toe aan drie regionale "
                        "musea. Het geld is bedoeld voor de restauratie van hun collecties.\n\n"
                        "De musea kunnen de subsidie gebruiken tot het einde van volgend jaar. "
                        "Een commissie beoordeelt de plannen.\n",
                        "Nieuwe subsidies voor drie regionale musea", "2003-03-14");
}

static void
test_english_us_date_after_headline (void)
{
  check_title_and_date ("News Release\n\n"
                        "County opens three new public libraries October 2, 2006\n\n"
                        "The county opened three new public libraries today in its northern "
                        "towns. Each library holds a reading room and a children's corner.\n\n"
                        "The libraries will be open every day of the week. Their hours are "
                        "posted on the county's site.\n",
                        "County opens three new public libraries", "2006-10-02");
}

/* a date the headline introduces with a linking word is the headline's own */
static void
test_linked_date_kept (void)
{
  check_title_and_date ("Communiqué\n\n"
                        "Séance extraordinaire du conseil municipal du 23 février 2004\n\n"
                        "Le conseil municipal s'est réuni en séance extraordinaire pour "
                        "examiner le budget de la ville. Les conseillers ont adopté le budget.\n\n"
                        "La prochaine séance aura lieu au mois de mars. L'ordre du jour sera "
                        "publié sur le site de la ville.\n",
                        "Séance extraordinaire du conseil municipal du 23 février 2004",
                        "2004-02-23");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found60/dutch-date-after-headline", test_dutch_date_after_headline);
  g_test_add_func ("/importer/found60/english-us-date-after-headline",
                   test_english_us_date_after_headline);
  g_test_add_func ("/importer/found60/linked-date-kept", test_linked_date_kept);
  return g_test_run ();
}
