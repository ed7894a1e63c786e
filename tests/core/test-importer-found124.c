/* test-importer-found124.c: a repost site's posting stamp against the release's own dateline
 * (issue 11). The stamp under the story ("Posted on: Mon, 12 Aug 2013 00:56:42 +0000") is the
 * day the site posted the copy; when the story's first line opens with its dateline, glued after
 * a byline ("… Spokesperson Washington, DC August 9, 2013 On Sunday, …", heldout26 state-01),
 * the text dates itself and the dateline wins, in English and French. Without a dateline, the
 * stamp still dates the text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_dateline_en (void)
{
  assert_import_field ("Embassies to re-open on Sunday\n\n"
                       "Jen Psaki Spokesperson, Office of the Spokesperson Washington, DC August "
                       "9, 2013 On Sunday, August 11, the Department will re-open 18 of the 19 "
                       "embassies. We will continue to evaluate the threats.\n"
                       "Posted on: Mon, 12 Aug 2013 00:56:42 +0000\n",
                       date, "2013-08-09");
}

static void
test_dateline_fr (void)
{
  assert_import_field ("Les ambassades rouvrent dimanche\n\n"
                       "Jean Dupont, porte-parole du ministère Paris, le 9 août 2013 Dimanche "
                       "11 août, le ministère rouvrira dix-huit ambassades. Nous continuerons "
                       "d'évaluer les menaces.\n"
                       "Publié le 12 août 2013\n",
                       date, "2013-08-09");
}

static void
test_stamp_kept (void)
{
  assert_import_field ("Embassies to re-open on Sunday\n\n"
                       "The Department will re-open 18 of the 19 embassies on Sunday, August 11. "
                       "We will continue to evaluate the threats.\n"
                       "Posted on: Mon, 12 Aug 2013 00:56:42 +0000\n",
                       date, "2013-08-12");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found124/dateline-en", test_dateline_en);
  g_test_add_func ("/importer/found124/dateline-fr", test_dateline_fr);
  g_test_add_func ("/importer/found124/stamp-kept", test_stamp_kept);
  return g_test_run ();
}
