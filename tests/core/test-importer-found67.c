/* test-importer-found67.c: a press office's e-mail address at a subdomain of an umbrella domain
 * (issue 11: heldout15 canada-01, "mlo-blm@forces.gc.ca" gave "Government of Canada" for a
 * release of the Department of National Defence). A domain under which the organisations' table
 * knows another organisation's own subdomain ("gc.ca", with Global Affairs Canada at
 * "international.gc.ca") is an umbrella: its other subdomains are bodies the table does not
 * know, and the umbrella's name would be a wrong source. The known subdomain, and the umbrella's
 * own domain, still name their organisations.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

#define RELEASE(mail)                                                                              \
  "Minister to travel to the harbour towns\n\n"                                                    \
  "The Minister will travel to the harbour towns of the north from March 3 to 7, where he will "   \
  "meet the crews of the ferries and the harbour masters.\n\n"                                     \
  "Opportunities will be provided for media to engage with the Minister during his trip.\n\n"      \
  "Contacts\n\n"                                                                                   \
  "Media Relations\n"                                                                              \
  "Phone: 613-996-2353\n"                                                                          \
  "Email: " mail "\n"

static void
test_umbrella_subdomain (void)
{
  check_source (RELEASE ("media@forces.gc.ca"), NULL);
  check_source (RELEASE ("media@harbours.gc.ca"), NULL);
  check_source (RELEASE ("media@international.gc.ca"), "Global Affairs Canada");
  check_source (RELEASE ("media@gc.ca"), "Government of Canada");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found67/umbrella-subdomain", test_umbrella_subdomain);
  return g_test_run ();
}
