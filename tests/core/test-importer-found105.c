/* test-importer-found105.c: a year-less day of the story whose year only its weekday would give
 * is not the release's date (issue 11: heldout25 ps92-01, "se rassembler … mercredi 28 mars à
 * 19h", dated 2018 by the weekday and the file's date alone). The latest year whose calendar fits
 * is no year the text gives, and a story's day is as often an event's as the release's: the
 * release has no date, and says why. A name or an event that narrows the year, a story that says
 * the day is today, and a dateline, which states the release's day, keep it dated.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_no_date (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), "weekday"));
}

static void
check_year (const char *text, const char *year)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_nonnull (cmq_release_get_date (release));
  g_assert_true (g_str_has_prefix (cmq_release_get_date (release), year));
}

static void
test_rally_fr (void)
{
  check_no_date ("La fédération dénonce l'incendie de son siège\n\n"
                 "Un incendie d'origine criminelle a ravagé le siège de la fédération.\n\n"
                 "Elle appelle les citoyens à se rassembler, mercredi 28 mars à 19h, devant le "
                 "siège de la fédération.\n");
}

static void
test_vigil_en (void)
{
  check_no_date ("Council condemns the attack on the library\n\n"
                 "The town council condemned the fire that destroyed the library's archive.\n\n"
                 "Residents are asked to gather in front of the town hall on Wednesday 28 March "
                 "at 7pm.\n");
}

/* the Secretary General's term narrows the year: real/007 */
static void
test_named_office_holder (void)
{
  check_year ("NATO Secretary General Mark Rutte met the Prime Minister of Belgium\n\n"
              "NATO Secretary General Mark Rutte met the Prime Minister of Belgium in Brussels on "
              "Wednesday 15 October to discuss the Alliance's support for Ukraine.\n",
              "2025");
}

static void
test_today (void)
{
  check_year ("Council opens the new library\n\n"
              "The town council opened the new library today, Wednesday 28 March, after two "
              "years of work.\n",
              "2018");
}

static void
test_dateline (void)
{
  check_year ("La fédération dénonce l'incendie de son siège\n\n"
              "PARIS, mercredi 28 mars – Un incendie d'origine criminelle a ravagé le siège de la "
              "fédération.\n",
              "2018");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found105/rally-fr", test_rally_fr);
  g_test_add_func ("/importer/found105/vigil-en", test_vigil_en);
  g_test_add_func ("/importer/found105/named-office-holder", test_named_office_holder);
  g_test_add_func ("/importer/found105/today", test_today);
  g_test_add_func ("/importer/found105/dateline", test_dateline);
  return g_test_run ();
}
