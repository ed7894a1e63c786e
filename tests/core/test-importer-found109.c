/* test-importer-found109.c: a release-date line written as a list's item, its date followed by a
 * time (issue 11: heldout25 brive-01, "• Publié le 10/01/2012 à 09:42"). A label that says when
 * the page was published, after a round bullet, dates the release, in any language and with
 * any time after the date; "• Date:" among an advisory's "• Time:" and "• Venue:" is the
 * event's, not the release's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The council agreed to keep the town's two libraries open on Saturdays, after a petition "       \
  "signed by more than two thousand residents.\n\n"                                                \
  "The new hours will start in the spring, the council said.\n"

#define RECIT                                                                                      \
  "Le conseil municipal a décidé de garder les deux bibliothèques de la ville ouvertes le "     \
  "samedi, après une pétition signée par plus de deux mille habitants.\n\n"                     \
  "Les nouveaux horaires entreront en vigueur au printemps.\n"

static void
test_publie_le (void)
{
  assert_import_field ("Les bibliothèques resteront ouvertes le samedi\n\n"
                       "  • Publié le 10/01/2012 à 09:42\n"
                       "  • Par Marie Dupont\n\n" RECIT,
                       date, "2012-01-10");
}

static void
test_posted_on (void)
{
  assert_import_field ("Libraries to stay open on Saturdays\n\n"
                       "• Posted on 3 May 2021 at 9:42 am\n"
                       "• By Mary Smith\n\n" STORY,
                       date, "2021-05-03");
}

static void
test_event_date_item (void)
{
  assert_import_field ("Libraries to stay open on Saturdays\n\n" STORY "\n"
                       "• Date: 3 May 2021\n"
                       "• Time: 10:00\n"
                       "• Venue: the town hall\n",
                       date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found109/publie-le", test_publie_le);
  g_test_add_func ("/importer/found109/posted-on", test_posted_on);
  g_test_add_func ("/importer/found109/event-date-item", test_event_date_item);
  return g_test_run ();
}
