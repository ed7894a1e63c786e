/* test-importer-found232.c: a page's address slug taken for its headline (issue 11: heldout35
 * rnli-01, "RNLI-lifeboat-crews-and-lifeguards-ready-for-…" over "Byline: RNLI lifeboat crews
 * and lifeguards ready for …"). The line of the head that says the slug's words, perhaps after a
 * short label, is the headline, in English and French; a slug with no such line stays as it is,
 * and a hyphenated word in a headline is no slug.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "Come rain or shine, the bank holiday is one of the busiest weekends of the year for the "       \
  "charity's volunteer lifeboat crews and lifeguards.\n\n"                                         \
  "Last year, lifeboats launched 230 times to those in danger at sea, while lifeguards responded " \
  "to 819 incidents on busy beaches.\n"
#define STORY_FR                                                                                    \
  "Qu'il pleuve ou qu'il vente, le week-end prolongé est l'un des plus chargés de l'année pour " \
  "les équipages bénévoles des canots de sauvetage.\n\n"                                         \
  "L'an dernier, les canots sont sortis 230 fois pour porter secours en mer, et les sauveteurs "    \
  "sont intervenus 819 fois sur les plages.\n"

static void
test_slug_over_headline (void)
{
  assert_import_field ("Lifeboat-crews-ready-for-busy-bank-holiday-weekend\n\nByline: Lifeboat "
                       "crews ready for busy bank holiday weekend\nPage Content:\n\n" STORY_EN,
                       title, "Lifeboat crews ready for busy bank holiday weekend");
  assert_import_field ("Les-sauveteurs-en-mer-prets-pour-un-week-end-charge\n\nTitre : Les "
                       "sauveteurs en mer prêts pour un week-end chargé\n\n" STORY_FR,
                       title, "Les sauveteurs en mer prêts pour un week-end chargé");
}

static void
test_slug_alone (void)
{
  /* no line says its words: the slug is kept, nothing is made of it */
  assert_import_field ("Lifeboat-crews-ready-for-busy-bank-holiday-weekend\n\n" STORY_EN, title,
                       "Lifeboat-crews-ready-for-busy-bank-holiday-weekend");
  /* words joined by hyphens inside a headline are no slug */
  assert_import_field ("Search-and-rescue crews ready for the bank holiday\n\n" STORY_EN, title,
                       "Search-and-rescue crews ready for the bank holiday");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found232/slug-over-headline", test_slug_over_headline);
  g_test_add_func ("/importer/found232/slug-alone", test_slug_alone);
  return g_test_run ();
}
