/* test-importer-found40.c: a speech whose salutation the page lays out as a bulleted list
 * ("• Membres du corps diplomatique,", "• Sénateurs,", issue 11: heldout15 canada-03) starts
 * with its first addressee as written, without the bullet; a list inside the story keeps its
 * bullets.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_bulleted_salutation (void)
{
  static const struct
  {
    const char *salutation;
    const char *first;
  } cases[] = {
    { "  • Membres du corps diplomatique,\n  • Sénateurs,\n  • Chers invités venus de loin.\n",
      "Membres du corps diplomatique," },
    { "  • Members of the diplomatic corps,\n  • Senators,\n  • Distinguished guests.\n",
      "Members of the diplomatic corps," },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Speech by the Minister at the annual defence conference in the capital\n\n"
          "Speech\n\n%s\n"
          "Good morning, and welcome to this conference on the defence of our country.\n\n"
          "We have done a great deal together over the past year, and there is more to do:\n\n"
          "  • We have trained thirty thousand soldiers from the partner countries.\n"
          "  • We have sent tanks and ammunition to the front line this winter.\n\n"
          "Thank you all for your attention and for your work over the past months.\n",
          cases[i].salutation);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);
      gboolean bullets_kept = FALSE;

      g_assert_cmpuint (n_paragraphs (release), >, 0);
      g_assert_cmpstr (paragraphs[0], ==, cases[i].first);
      for (guint k = 0; paragraphs[k] != NULL; k++)
        bullets_kept |= g_str_has_prefix (paragraphs[k], "• We have trained");
      g_assert_true (bullets_kept);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found40/bulleted-salutation", test_bulleted_salutation);
  return g_test_run ();
}
