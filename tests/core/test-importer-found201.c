/* test-importer-found201.c: a date in figures whose day and month cannot be told apart
 * ("11/06/2024"), read the one way the events and office-holders the release names allow (issue
 * 11: heldout unhcr-04, "only a few weeks ago, the Pact for the Future was adopted", on 22
 * September 2024: 6 November, not 11 June). When the text names nothing, or what it names fits
 * both readings, the date stays unknown.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD "Statement to the Third Committee of the General Assembly\n\nPublished: 11/06/2024\n\n"

#define OPENING                                                                                    \
  "We are living through a time of rapid change and of great uncertainty for the people we "       \
  "serve in every region of the world.\n\n"

#define CLOSING                                                                                    \
  "There are today more displaced people in the world than ever before, people who have had to "   \
  "flee violence, persecution and conflict.\n"

static void
test_evidence_decides (void)
{
  assert_import_field (HEAD OPENING
                       "Only a few weeks ago, the Pact for the Future was adopted here in New "
                       "York, but this is also a time of peril.\n\n" CLOSING,
                       date, "2024-11-06");
}

static void
test_evidence_silent (void)
{
  /* nothing named */
  assert_import_field (HEAD OPENING CLOSING, date, NULL);
  /* named, but true on both days */
  assert_import_field (HEAD OPENING
                       "The COVID-19 pandemic has left many of them poorer than they were, and "
                       "this is also a time of peril.\n\n" CLOSING,
                       date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found201/evidence-decides", test_evidence_decides);
  g_test_add_func ("/importer/found201/evidence-silent", test_evidence_silent);
  return g_test_run ();
}
