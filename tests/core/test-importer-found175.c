/* test-importer-found175.c: the day a measure takes effect is not the release's date (heldout31
 * maersk-01: "a general rate increase effective 1 October 2009", a release of no stated date
 * dated by it): "effective …", "with effect from …", "comes into force on …", "à compter du …",
 * "entre en vigueur le …", "mit Wirkung zum …". A date the same words do not govern stays the
 * release's.
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
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), "takes effect"));
}

static void
test_effect (void)
{
  check_undated ("Carrier announces rate increase\n\n"
                 "The carrier would like to announce a general rate increase effective 1 October "
                 "2009 on its Atlantic services.\n\n"
                 "The increase is needed to keep the services reliable.\n");
  check_undated ("New fares for the ferry\n\n"
                 "The new fares apply with effect from Monday 5 October 2009 on every crossing.\n\n"
                 "Season tickets keep their price.\n");
  check_undated ("Nouveaux tarifs du bac\n\n"
                 "Les nouveaux tarifs s'appliquent à compter du 1er octobre 2009 sur toutes les "
                 "traversées.\n\n"
                 "Les abonnements gardent leur prix.\n");
  check_undated ("Neue Tarife für die Fähre\n\n"
                 "Die neuen Tarife gelten mit Wirkung zum 1. Oktober 2009 für alle Überfahrten.\n\n"
                 "Die Jahreskarten behalten ihren Preis.\n");
}

/* "effective" as a word of the story, not governing the day: the date stays the release's */
static void
test_other_words (void)
{
  assert_import_field ("Ministers agree on effective port checks\n\n"
                       "On 1 October 2009 the ministers agreed on more effective checks at the "
                       "ports.\n\n"
                       "They will meet again next year.\n",
                       date, "2009-10-01");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found175/effect", test_effect);
  g_test_add_func ("/importer/found175/other-words", test_other_words);
  return g_test_run ();
}
