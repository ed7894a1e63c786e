/* test-importer-found36.c: the importer on synthetic pages that carry what issue 11's headline
 * missed in the nineteenth held-out set (heldout19 stc-01): a press contact's name and
 * telephone number, and a site's heading made of its name and its news section ("… - latest
 * news"), over a release without a headline, are never its headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Geneva, Switzerland (March 3, 2015) — Thousands of families have fled the fighting in the "   \
  "east of the country, the agency said on Tuesday.\n\n"                                           \
  "Its teams are distributing food, water and blankets in three camps near the border.\n"

static void
test_contact_not_headline (void)
{
  static const char *const heads[] = {
    "Media Contact\nJane Example 202.555.0143\n\n",
    "Press contact\nJean Exemple +41 22 555 01 43\n\n",
    "Aid Agency - latest news\n\nMedia Contact\nJane Example 202.555.0143\n\n",
    "Aid Agency | Newsroom\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = g_strconcat (heads[i], STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_false (cmq_release_get_headline_found (release));
      g_assert_null (strstr (cmq_release_get_title (release), "555"));
      g_assert_null (strstr (cmq_release_get_title (release), "news"));
    }
}

/* A headline ending with a date in figures, or with a year, stays the headline. */
static void
test_dated_headline_kept (void)
{
  assert_import_field ("Annual report of the agency 27.01.2016\n\n" STORY, title,
                       "Annual report of the agency 27.01.2016");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found36/contact-not-headline", test_contact_not_headline);
  g_test_add_func ("/importer-found36/dated-headline-kept", test_dated_headline_kept);
  return g_test_run ();
}
