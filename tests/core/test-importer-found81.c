/* test-importer-found81.c: an update stamp above the story a few days after the lead's date
 * (issue 11: heldout13 defense-fr-01, "Mise à jour : 08/02/2013 11:23" under the headline, "Le 5
 * février 2013, le général … s'est rendu …" in the lead). The stamp is a decoy, never the
 * release's date; the lead's date, a few days before the page was written, is the event's day,
 * not the release's: the release has no date, and says why, in every language the date code
 * reads. A stamp long after the lead's date (a later edit), or one under the story, leaves the
 * lead's date the release's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD(headline, stamp) "Home | News\n\n" headline "\n\n" stamp "\n\n"

static void
check_no_date (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (strstr (cmq_release_get_date_note (release), "update stamp"));
}

static void
check_date (const char *text, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
}

static void
test_stamp_after_lead (void)
{
  check_no_date (
      HEAD ("Le chef d'état-major visite le régiment",
            "Mise à jour : 08/02/2013 11:23") "Le 5 février 2013, le chef d'état-major s'est rendu "
                                              "au régiment pour une visite de "
                                              "commandement un peu particulière.\n\n"
                                              "Les soldats maintiendront la capacité "
                                              "opérationnelle du régiment jusqu'au bout.\n");
  check_no_date (
      HEAD ("Army chief visits the regiment",
            "Last updated: 8 February 2013") "On 5 February 2013, the chief of staff visited the "
                                             "regiment for a command visit unlike "
                                             "any other.\n\n"
                                             "The soldiers will keep the regiment ready for "
                                             "operations until the very end.\n");
  check_no_date (HEAD ("Generalstabschef besucht das Regiment",
                       "Aktualisiert: 08.02.2013") "Am 5. Februar 2013 besuchte der "
                                                   "Generalstabschef das Regiment zu einem "
                                                   "besonderen Truppenbesuch.\n\n"
                                                   "Die Soldaten halten die Einsatzbereitschaft "
                                                   "des Regiments bis zuletzt aufrecht.\n");
}

/* A stamp a year later is an edit; one in the footer says nothing of when the page was written;
 * a stamp the same day as the lead's date leaves it the release's. */
static void
test_stamp_not_after_lead (void)
{
  check_date (HEAD ("Army chief visits the regiment",
                    "Last updated: 8 February 2014") "On 5 February 2013, the chief of staff "
                                                     "visited the regiment for a command visit "
                                                     "unlike any other.\n\n"
                                                     "The soldiers will keep the regiment ready "
                                                     "for operations until the very end.\n",
              "2013-02-05");
  check_date ("Army chief visits the regiment\n\n"
              "On 5 February 2013, the chief of staff visited the regiment for a command visit "
              "unlike any other.\n\n"
              "The soldiers will keep the regiment ready for operations until the very end.\n\n"
              "Last updated: 8 February 2013\n",
              "2013-02-05");
  check_date (HEAD ("Army chief visits the regiment",
                    "Last updated: 5 February 2013") "On 5 February 2013, the chief of staff "
                                                     "visited the regiment for a command visit "
                                                     "unlike any other.\n\n"
                                                     "The soldiers will keep the regiment ready "
                                                     "for operations until the very end.\n",
              "2013-02-05");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found81/stamp-after-lead", test_stamp_after_lead);
  g_test_add_func ("/importer/found81/stamp-not-after-lead", test_stamp_not_after_lead);
  return g_test_run ();
}
