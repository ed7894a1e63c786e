/* test-importer-found146.c: a law, decree or other legal act named by its date is not the
 * release's date (heldout30 martinique-01: "Le CCIAG, créé par la loi du 22 février 2012, …",
 * a press kit of 2016 dated 2012): "la loi du …", "le décret n° 2014-383 du …", "the Act of …",
 * "das Gesetz vom …". A date the same words do not govern stays the release's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_undated (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), "law"));
}

static void
test_legal_act (void)
{
  check_undated ("Installation du conseil de coordination\n\n"
                 "Le conseil de coordination, créé par la loi du 22 février 2012, voit sa "
                 "composition fixée par le décret n° 2014-383 du 28 mars 2014.\n\n"
                 "Il réunit les représentants des ports et des collectivités.\n");
  check_undated ("New port council installed\n\n"
                 "The council, set up under the Ports Act of 22 February 2012, brings together "
                 "the ports and the local authorities.\n\n"
                 "It will meet twice a year.\n");
  check_undated ("Neuer Hafenrat eingesetzt\n\n"
                 "Der Rat, geschaffen durch das Gesetz vom 22. Februar 2012, vereint die Häfen und "
                 "die Gemeinden.\n\n"
                 "Er tritt zweimal im Jahr zusammen.\n");
}

/* "act" as a word of the story, not a legal act's name: the date stays the release's */
static void
test_other_words (void)
{
  assert_import_field ("Ministers act on port security\n\n"
                       "Ministers met on 22 February 2012 to act on the security of the ports.\n\n"
                       "They agreed on new checks.\n",
                       date, "2012-02-22");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found146/legal-act", test_legal_act);
  g_test_add_func ("/importer/found146/other-words", test_other_words);
  return g_test_run ();
}
