/* test-importer-found105.c: a year-less day whose year only its weekday would give has no year
 * (issue 11: heldout25 ps92-01, "se rassembler … mercredi 28 mars à 19h", dated 2018 by the
 * weekday and the file's date alone; heldout28 envagency-01, "today (Friday 16 February)", a
 * release of 2018 dated 2024). The latest year whose calendar fits is no year the text gives:
 * a page is often saved years after it was published. Not even when the story says the day is
 * today, or a dateline states it: the day and month stay, without a year, and the release says
 * why. A name or an event that narrows the year keeps it dated. A sentence
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

/* The release's day without its year */
static void
check_day_only (const char *text, const char *day)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
  g_assert_cmpstr (cmq_release_get_partial_date (release), ==, day);
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
  check_day_only ("Council opens the new library\n\n"
                  "The town council opened the new library today, Wednesday 28 March, after two "
                  "years of work.\n",
                  "--03-28");
}

/* "since 2000" bounds the years below, and four years from 2001 to 2024 still fit the weekday */
static void
test_lower_bound (void)
{
  check_day_only ("Flooding to become more frequent, warns the agency\n\n"
                  "Intense bouts of flooding are set to become more frequent, the agency has "
                  "warned today (Friday 16 February).\n\n"
                  "The five wettest winters on record have all happened since 2000.\n",
                  "--02-16");
}

static void
test_dateline (void)
{
  check_day_only ("La fédération dénonce l'incendie de son siège\n\n"
                  "PARIS, mercredi 28 mars – Un incendie d'origine criminelle a ravagé le siège de "
                  "la fédération.\n",
                  "--03-28");
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
  g_test_add_func ("/importer/found105/lower-bound", test_lower_bound);
  g_test_add_func ("/importer/found105/rally-fr", test_rally_fr);
  g_test_add_func ("/importer/found105/invitation-fr", test_invitation_fr);
  g_test_add_func ("/importer/found105/invitation-en", test_invitation_en);
  g_test_add_func ("/importer/found105/invited-partners", test_invited_partners);
  return g_test_run ();
}
