/* test-importer-found132.c: a repost's own sentence introducing the release is not its lead
 * (issue 11: heldout27 caricom-01, "The following communiqué was issued today…" over
 * "GEORGETOWN – The…"). The story starts at the release's dateline, in English and French; the
 * issuer's own sentence naming what it publishes stays the lead, and so does an intro over no
 * dateline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_english (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Leaders meet on regional trade\n\n"
      "The following communiqué was issued today at the close of the meeting of the Heads of "
      "Government of the Community.\n\n"
      "KINGSTON – The Heads of Government of the Community met in Kingston on 3 and 4 March to "
      "review the progress of the single market and the regional trade agreements.\n\n"
      "The meeting was chaired by the Prime Minister of Jamaica, who welcomed the delegations.\n");

  g_assert_true (g_str_has_prefix (first_paragraph (release), "KINGSTON – The Heads"));
  g_assert_false (has_paragraph (release, "The following communiqué was issued today at the "
                                          "close of the meeting of the Heads of Government of "
                                          "the Community."));
}

static void
test_french (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Sommet régional sur le commerce\n\n"
      "Le communiqué suivant a été publié aujourd'hui à l'issue de la réunion des chefs de "
      "gouvernement de la Communauté.\n\n"
      "DAKAR – Les chefs de gouvernement de la Communauté se sont réunis à Dakar les 3 et 4 mars "
      "pour examiner les progrès du marché unique et des accords commerciaux régionaux.\n\n"
      "La réunion était présidée par le Premier ministre du Sénégal, qui a accueilli les "
      "délégations.\n");

  g_assert_true (g_str_has_prefix (first_paragraph (release), "DAKAR – Les chefs"));
}

/* The issuer naming itself: its own lead, kept. */
static void
test_issuer_own (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Communiqué of the Presidency\n\n"
      "The Presidency of the Republic publishes the following communiqué:\n\n"
      "LISBON – The President of the Republic received today the Prime Minister, who informed him "
      "of the decisions of the Council of Ministers on the budget.\n\n"
      "The President of the Republic will address the country on Friday evening.\n");

  g_assert_cmpstr (first_paragraph (release), ==,
                   "The Presidency of the Republic publishes the following communiqué:");
}

/* No dateline under it: nothing says where the release starts, the sentence is kept. */
static void
test_no_dateline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Leaders meet on regional trade\n\n"
      "The following statement was issued today at the close of the meeting of the Heads of "
      "Government of the Community.\n\n"
      "The Heads of Government of the Community met in Kingston on 3 and 4 March to review the "
      "progress of the single market and the regional trade agreements.\n");

  g_assert_true (g_str_has_prefix (first_paragraph (release), "The following statement"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found132/english", test_english);
  g_test_add_func ("/importer/found132/french", test_french);
  g_test_add_func ("/importer/found132/issuer-own", test_issuer_own);
  g_test_add_func ("/importer/found132/no-dateline", test_no_dateline);
  return g_test_run ();
}
