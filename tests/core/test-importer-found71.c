/* test-importer-found71.c: a press contact block's institution on the line below its press
 * service's label (issue 11: heldout15 canada-01, "Media Relations" over "Department of National
 * Defence"), as on the line above it ("Polizei Hamburg" over "Pressestelle"). The name of the
 * person to call, which the same blocks put there too, is never an issuer.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(contacts)                                                                          \
  "Minister to travel to the harbour towns\n\n"                                                    \
  "The Minister will travel to the harbour towns of the north from March 3 to 7, where he will "   \
  "meet the crews of the ferries and the harbour masters.\n\n"                                     \
  "Opportunities will be provided for media to engage with the Minister during his trip.\n\n"      \
  "Contacts\n\n" contacts "\n"

static void
test_below_the_label (void)
{
  assert_import_field (RELEASE ("Media Relations\n"
                                "Department of Harbours and Ferries\n"
                                "Phone: 613-996-2353"),
                       source, "Department of Harbours and Ferries");
  assert_import_field (RELEASE ("Service de presse\n"
                                "Ministère des Ports\n"
                                "Téléphone : 01 53 38 66 00"),
                       source, "Ministère des Ports");
}

static void
test_no_institution (void)
{
  /* the person to call */
  assert_import_field (RELEASE ("Media Relations\n"
                                "Jane Smith\n"
                                "Phone: 613-996-2353"),
                       source, NULL);
  /* only the nearest line: a person's office further down is not the issuer */
  assert_import_field (RELEASE ("Media Relations\n"
                                "Jane Smith\n"
                                "Department of Harbours and Ferries"),
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found71/below-the-label", test_below_the_label);
  g_test_add_func ("/importer/found71/no-institution", test_no_institution);
  return g_test_run ();
}
