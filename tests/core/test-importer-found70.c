/* test-importer-found70.c: the issuer that the lines at the story's head name (issue 11). The
 * organisation whose head the lead quotes at its opening (heldout7 unesco-02, "“I condemn …,”
 * declared Irina Bokova, the Director-General of UN Educational, Scientific and Cultural
 * Organization (UNESCO)."): the head is named by office and "of" after the name the quote is
 * attributed to; an organisation's name may hold commas, and its acronym in parentheses then
 * names it, else all of its name does; a quote of someone else names no source. The issuer a
 * news service's credit names over a release it carries (heldout22 healthfoundation-01, "LONDON,
 * England, June 5 -- The Health Foundation posted the following news release:"): an
 * institution, never a person's office.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(lead)                                                                              \
  "Statement on the outbreak in the northern provinces\n\n" lead "\n\n"                            \
  "The teams on the ground have been reinforced and will stay as long as they are needed.\n\n"     \
  "A further update will follow once the first laboratory results are known.\n"

static void
test_quoted_head (void)
{
  /* a name with commas, by its acronym */
  assert_import_field (RELEASE ("“Every school destroyed is a future lost,” declared Ana Lopes, "
                                "the Director-General of the United Nations Educational, "
                                "Scientific and Cultural Organization (UNESCO)."),
                       source, "UNESCO");
  /* a name without commas, all of it */
  assert_import_field (RELEASE ("“Every life lost to this outbreak is one too many,” said Ana "
                                "Lopes, the Director-General of the World Health Organization."),
                       source, "World Health Organization");
  assert_import_field (RELEASE ("« Chaque vie perdue est une de trop », a déclaré Ana Lopes, la "
                                "directrice générale de l'Organisation mondiale de la Santé "
                                "(OMS)."),
                       source, "World Health Organization");
}

static void
test_not_the_head (void)
{
  /* the quote is the Minister's, who met the head */
  assert_import_field (RELEASE ("“Every life lost is one too many,” said the Minister, who met "
                                "the Director-General of the World Health Organization (WHO)."),
                       source, NULL);
  /* an acronym the importer does not know */
  assert_import_field (RELEASE ("“Every life lost is one too many,” said Ana Lopes, the "
                                "President of the Northern Health Association, Inc. (NHA)."),
                       source, NULL);
  /* the organisation's name goes on: the United Nations Foundation is not the UN */
  assert_import_field (RELEASE ("“Every life lost is one too many,” said Ana Lopes, the "
                                "President of the United Nations Foundation."),
                       source, NULL);
}

#define CARRIED(credit)                                                                            \
  "Response to the committee's report on social care\n\n" credit "\n\n"                            \
  "Responding to the committee's report on the cost of inaction on social care, the director of "  \
  "policy said that the price of continued inaction was high.\n\n"                                 \
  "Many people go without the care they need, and the system is in urgent need of reform.\n"

static void
test_news_service_credit (void)
{
  assert_import_field (CARRIED ("LONDON, England, June 5 -- The Harbour Care Foundation posted "
                                "the following news release:"),
                       source, "Harbour Care Foundation");
  assert_import_field (CARRIED ("GENEVA, June 5 -- The World Health Organization issued the "
                                "following statement:"),
                       source, "World Health Organization");
  /* a person's office is no issuer */
  assert_import_field (CARRIED ("LONDON, England, June 5 -- The Prime Minister issued the "
                                "following statement:"),
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found70/quoted-head", test_quoted_head);
  g_test_add_func ("/importer/found70/not-the-head", test_not_the_head);
  g_test_add_func ("/importer/found70/news-service-credit", test_news_service_credit);
  return g_test_run ();
}
