/* test-importer-found45.c: a page that prints its headline twice, as its list's link and as its
 * heading, on two lines one under the other (issue 11: heldout20 greenpeace-02): the two copies
 * are one headline, not a title of both run together, and the story starts after them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_repeated_headline (const char *headline, const char *text, const char *first_words)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
  g_assert_true (g_str_has_prefix (paragraphs[0], first_words));
}

static void
test_repeated_headline_en (void)
{
  /* hard-wrapped, the headline as long as the wrapped lines, no blank line: the copies would run
   * into one paragraph, up to the lead's dateline */
  check_repeated_headline ("Council approves new cycle lanes across the city centre",
                           "Council approves new cycle lanes across the city centre\n"
                           "Council approves new cycle lanes across the city centre\n"
                           "Leeds, 4 May 2011 - The city council today approved a\n"
                           "plan for twelve kilometres of protected cycle lanes,\n"
                           "to be built over the next three years with the help of\n"
                           "the regional government and of the national rail company.\n"
                           "Work on the first four lanes will begin in the spring,\n"
                           "and the council expects them to be open before summer.\n",
                           "Leeds, 4 May 2011 - The city council today approved");
}

static void
test_repeated_headline_fr (void)
{
  check_repeated_headline ("Le musée rouvre ses portes après deux ans de travaux",
                           "Le musée rouvre ses portes après deux ans de travaux\n"
                           "Le musée rouvre ses portes après deux ans de travaux\n"
                           "Lyon, le 3 mai 2011 – Le musée des beaux-arts accueille\n"
                           "de nouveau le public à partir de samedi, après des travaux qui\n"
                           "ont transformé les salles du premier étage et l'accueil\n"
                           "des visiteurs, a annoncé la ville dans un communiqué.\n"
                           "Les collections de peinture ancienne retrouvent leurs\n"
                           "salles, rénovées et éclairées par une verrière neuve.\n",
                           "Lyon, le 3 mai 2011 – Le musée des beaux-arts");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found45/repeated-headline-en", test_repeated_headline_en);
  g_test_add_func ("/importer/found45/repeated-headline-fr", test_repeated_headline_fr);
  return g_test_run ();
}
