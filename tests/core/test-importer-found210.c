/* test-importer-found210.c: a site's line of links to its social networks after the story
 * ("Facebook, Twitter, YouTube, Instagram, Snapchat, or LinkedIn Facebook Follow @metoffice on
 * Twitter …", issue 11: heldout34 metoffice-01), longer than a menu's line, is not the story's
 * end, in English and French; a sentence of the story that names networks is kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static const char *const story =
    "Weather service warns of storm disruption\n\nForecasters have issued a red warning for "
    "stormy conditions across the country this evening.\n\n";

static void
test_social_line (void)
{
  const char *last[] = { "Another storm will follow on Friday, with strong winds on the coast.",
                         "Une autre tempête suivra vendredi, avec des vents forts sur la côte." };
  const char *social[] = {
    "Follow us on\n\nFacebook, Twitter, YouTube, Instagram, Snapchat, or LinkedIn Facebook Follow "
    "@metoffice on Twitter YouTube Instagram Snapchat LinkedIn",
    "Suivez-nous sur Facebook, Twitter, Instagram, LinkedIn, YouTube et Pinterest @meteofrance "
    "Facebook Twitter Instagram",
  };

  for (guint i = 0; i < G_N_ELEMENTS (last); i++)
    {
      g_autofree char *text = g_strconcat (story, last[i], "\n\n", social[i], "\n", NULL);

      assert_last_paragraph (text, last[i]);
    }
}

/* networks named in a sentence of the story, with other words, are the story's */
static void
test_story_sentence (void)
{
  const char *last = "Facebook, Twitter and YouTube agreed on Monday to remove the false warnings "
                     "within a day.";
  g_autofree char *text = g_strconcat (story, last, "\n", NULL);

  assert_last_paragraph (text, last);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found210/social-line", test_social_line);
  g_test_add_func ("/importer/found210/story-sentence", test_story_sentence);
  return g_test_run ();
}
