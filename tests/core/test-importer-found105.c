/* test-importer-found105.c: a year-less day of the story whose year only its weekday would give
 * is not the release's date (issue 11: heldout25 ps92-01, "se rassembler … mercredi 28 mars à
 * 19h", dated 2018 by the weekday and the file's date alone). The latest year whose calendar fits
 * is no year the text gives, and a story's day is as often an event's as the release's: the
 * release has no date, and says why. A name or an event that narrows the year, a story that says
 * the day is today, and a dateline, which states the release's day, keep it dated. A sentence
 * that calls its readers to an event to come ("à se rassembler", "are invited to join") dates
 * the event, not the release, even with its year (invitations.txt).
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
test_weekday_fr (void)
{
  check_no_date ("La fédération dénonce l'incendie de son siège\n\n"
                 "Un incendie d'origine criminelle a ravagé le siège de la fédération.\n\n"
                 "Les pompiers sont intervenus mercredi 28 mars devant le siège de la "
                 "fédération.\n");
}

static void
test_weekday_en (void)
{
  check_no_date ("Council condemns the attack on the library\n\n"
                 "The town council condemned the fire that destroyed the library's archive.\n\n"
                 "Firefighters were called to the library on Wednesday 28 March.\n");
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

/* A call to an event to come dates the event, even with its year: the release came before. */
static void
check_invitation (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), "announces"));
}

static void
test_rally_fr (void)
{
  check_invitation ("La fédération dénonce l'incendie de son siège\n\n"
                    "Elle appelle les citoyens à se rassembler, mercredi 28 mars à 19h, devant le "
                    "siège de la fédération.\n");
}

static void
test_invitation_fr (void)
{
  check_invitation ("La fédération dénonce l'incendie de son siège\n\n"
                    "Elle appelle les habitants à se rassembler le samedi 3 mars 2018 devant la "
                    "mairie, pour défendre la liberté d'expression.\n");
}

static void
test_invitation_en (void)
{
  check_invitation ("Council to open the new library\n\n"
                    "Residents are invited to join the council at the opening of the new library "
                    "on Saturday 3 March 2018 at 10am.\n");
}

/* "invited" telling what was done is not a call */
static void
test_invited_partners (void)
{
  check_year ("Minister meets the social partners\n\n"
              "On 3 May 2021, the Minister invited the social partners to discuss the reform of "
              "the pension system.\n",
              "2021");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found105/weekday-fr", test_weekday_fr);
  g_test_add_func ("/importer/found105/weekday-en", test_weekday_en);
  g_test_add_func ("/importer/found105/named-office-holder", test_named_office_holder);
  g_test_add_func ("/importer/found105/today", test_today);
  g_test_add_func ("/importer/found105/dateline", test_dateline);
  g_test_add_func ("/importer/found105/rally-fr", test_rally_fr);
  g_test_add_func ("/importer/found105/invitation-fr", test_invitation_fr);
  g_test_add_func ("/importer/found105/invitation-en", test_invitation_en);
  g_test_add_func ("/importer/found105/invited-partners", test_invited_partners);
  return g_test_run ();
}
