/* test-importer-found134.c: an op-ed's last paragraph, left without its final stop, over its
 * author's name alone as the signature, is the story's last paragraph, not a pull quote (a fault
 * of cmq-importer-pullquotes.c found by the lead on a NATO-shaped op-ed: the paragraph was
 * dropped). The author is named whole, in a byline or in the introduction, never by the surname
 * alone as a story about a person does; in English and French.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LAST_EN                                                                                    \
  "In a more unpredictable world we need NATO more than ever, and we will keep it strong together"
#define LAST_FR                                                                                    \
  "Dans un monde plus imprévisible, nous avons plus que jamais besoin de l'OTAN, et nous la "     \
  "garderons forte ensemble"

static void
test_op_ed_kept (void)
{
  /* the author in a byline and in the introduction */
  assert_last_paragraph ("Why NATO matters\n\nBy Jens Stoltenberg\n\n"
                         "BRUSSELS, 4 April 2019 – Seventy years ago, twelve nations signed the "
                         "Washington Treaty. Jens Stoltenberg, NATO Secretary General, wrote this "
                         "article for the anniversary.\n\n"
                         "The Alliance has kept its members safe for seven decades.\n\n" LAST_EN
                         "\n\nJens Stoltenberg\n",
                         LAST_EN);
  assert_last_paragraph ("Pourquoi l'OTAN compte\n\n"
                         "BRUXELLES, 4 avril 2019 – Il y a soixante-dix ans, douze nations "
                         "signaient le traité de Washington. Jens Stoltenberg, secrétaire général "
                         "de l'OTAN, a écrit cette tribune pour l'anniversaire.\n\n"
                         "L'Alliance protège ses membres depuis sept décennies.\n\n" LAST_FR
                         "\n\nJens Stoltenberg\n",
                         LAST_FR);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found134/op-ed-kept", test_op_ed_kept);
  return g_test_run ();
}
