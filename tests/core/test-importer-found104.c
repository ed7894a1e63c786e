/* test-importer-found104.c: a wire service's dateline alone on its line ("PARIS--(BUSINESS
 * WIRE)--", "PARIS--()--Regulatory News:") and the issuer's tag under it: the story starts under
 * them, even when its first paragraphs are bold lines and bullets without full stops (issue 11:
 * heldout24 carrefour-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD                                                                                       \
  "HALF-YEAR RESULTS 2016: THE GROUP GOES ON GROWING\n\n"                                          \
  "Strong rise in organic sales: +2.9%\n\n"

#define RESULTS_EN                                                                                  \
  "Sales of 40.6 billion euros in the first half: a new rise in organic sales\n\n"                  \
  "  • Sales in France and in Europe resilient in a harder market for consumers, marked by bad "  \
  "weather in the spring\n"                                                                         \
  "  • Very strong growth in the emerging countries, led by Latin America and Taiwan\n\n"         \
  "Investments in the multiformat model\n\n"                                                        \
  "  • Opening of 305 convenience stores, 97 supermarkets, 5 cash and carry and 3 hypermarkets "  \
  "in the half-year across the countries of the group\n"                                            \
  "  • Growth of the digital channel in all the countries of the group\n"                         \
  "  • Faster conversion of the stores bought last year, with 260 stores converted in the first " \
  "half. 412 stores now carry the group's name, and the conversion of the others will be done by "  \
  "the end of the year"

static void
test_wire_dateline (void)
{
  g_autoptr (CmqRelease) lost =
      import_ok (HEAD "PARIS--()--Regulatory News:\n\nThe Group (Paris:GR):\n\n" RESULTS_EN);
  g_autoptr (CmqRelease) named =
      import_ok (HEAD "NEW YORK--(BUSINESS WIRE)--\n\nThe Group (NYSE:GR):\n\n" RESULTS_EN);
  g_autoptr (CmqRelease) untagged = import_ok (HEAD "PARIS--(BUSINESS WIRE)--\n\n" RESULTS_EN);
  const char *first = "Sales of 40.6 billion euros in the first half: a new rise in organic sales";

  g_assert_cmpstr (cmq_release_get_paragraphs (lost)[0], ==, first);
  g_assert_cmpstr (cmq_release_get_paragraphs (named)[0], ==, first);
  g_assert_cmpstr (cmq_release_get_paragraphs (untagged)[0], ==, first);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found104/wire-dateline", test_wire_dateline);
  return g_test_run ();
}
