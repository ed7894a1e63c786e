/* test-importer-found48.c: the page's date stamp glued before the dateline (issue 11: heldout21
 * unaids-01, unaids-02). A page that shows its date in an element of its own, once or twice, and
 * whose copy runs it into the dateline with no space ("16 June 2009 16 June 2009NEW YORK, 16 June
 * 2009 – Ahead of …"): the date is a line of its own, the story starts at the capital, and the
 * headline over it is the title; a headline that ends quoting a phrase in single quotes ("…
 * theme of ‘Universal Access and Human Rights’") is no sentence.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_glued_stamp (const char *text, const char *title, const char *lead, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_true (g_str_has_prefix (paragraphs[0], lead));
  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
}

static void
test_stamp_twice (void)
{
  check_glued_stamp (
      "Press Release\n"
      "Ministers agree on a common plan for the protection of the coastal wetlands\n"
      "4 March 2011 4 March 2011BRUSSELS, 4 March 2011 – The ministers of the environment "
      "agreed today on a common plan to protect the coastal wetlands of the region.\n"
      "The plan sets out the measures that each country will take over the next five years. "
      "It will be reviewed at the ministers' next meeting.\n",
      "Ministers agree on a common plan for the protection of the coastal wetlands",
      "BRUSSELS, 4 March 2011 – The ministers", "2011-03-04");
}

static void
test_stamp_once (void)
{
  check_glued_stamp (
      "Communiqué de presse\n"
      "Les ministres s'accordent sur un plan commun pour les zones humides\n"
      "12 mai 2015GENÈVE, 12 mai 2015 — Les ministres de l'environnement se sont accordés "
      "aujourd'hui sur un plan commun pour protéger les zones humides côtières de la région.\n"
      "Le plan fixe les mesures que chaque pays prendra au cours des cinq prochaines années. "
      "Il sera revu à la prochaine réunion des ministres.\n",
      "Les ministres s'accordent sur un plan commun pour les zones humides",
      "GENÈVE, 12 mai 2015 — Les ministres", "2015-05-12");
}

/* a headline that ends quoting a phrase in single quotes, as British and UN usage does, is no
 * sentence: it stays the title, not the story's first paragraph */
static void
test_single_quoted_phrase_headline (void)
{
  check_glued_stamp ("Press Release\n"
                     "Regional Ministers, the Water Forum and the Commission launch this "
                     "year\u2019s World Water Day theme of \u2018Clean Water for Every "
                     "Village\u2019\n"
                     "4 March 2011\n"
                     "BRUSSELS, 4 March 2011 \u2013 The ministers of the environment of the "
                     "region launched today the theme of this year\u2019s campaign for clean "
                     "water.\n"
                     "The campaign sets out the measures that each country will take over the "
                     "next five years. It will be reviewed at the ministers\u2019 next meeting.\n",
                     "Regional Ministers, the Water Forum and the Commission launch this "
                     "year\u2019s World Water Day theme of \u2018Clean Water for Every "
                     "Village\u2019",
                     "BRUSSELS, 4 March 2011 \u2013 The ministers", "2011-03-04");
}

/* a year and a word with a space between them, or a figure glued to a unit, are no stamp */
static void
test_no_glue (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Ministers agree on a common plan for the coastal wetlands\n\n"
                 "4 March 2011 Brussels hosted the ministers of the environment, who agreed "
                 "on a common plan to protect the coastal wetlands of the region.\n\n"
                 "The plan sets out the measures that each country will take over the next "
                 "five years.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_true (g_str_has_prefix (paragraphs[0], "4 March 2011 Brussels hosted") ||
                 g_str_has_prefix (paragraphs[0], "Brussels hosted"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found48/stamp-twice", test_stamp_twice);
  g_test_add_func ("/importer/found48/stamp-once", test_stamp_once);
  g_test_add_func ("/importer/found48/no-glue", test_no_glue);
  g_test_add_func ("/importer/found48/single-quoted-phrase-headline",
                   test_single_quoted_phrase_headline);
  return g_test_run ();
}
