/* test-importer-found172.c: a separator line between two paragraphs of the story ("***",
 * "* * *", "---", "___", "~~~", "◆", "•••", "⁂"; heldout14 romania-01, heldout22
 * healthfoundation-01) is part of the story's layout: kept, and the story goes on after it, in
 * English and French. Above the story's first paragraph or under its last, it starts and ends
 * nothing and is no paragraph; between the two halves of a sentence broken across lines, it is
 * no scene break.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static const char *const separators[] = {
  "***", "* * *", "---", "___", "~~~", "◆", "•••", "⁂", "=====", "* * * * *",
};

static void
assert_kept_between (const char *before, const char *after, const char *separator)
{
  g_autofree char *text = g_strdup_printf ("The minister's address to the annual meeting\n\n"
                                           "%s\n\n%s\n\n%s\n",
                                           before, separator, after);
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_cmpstr (paragraphs[0], ==, before);
  g_assert_cmpstr (paragraphs[1], ==, separator);
  g_assert_cmpstr (paragraphs[2], ==, after);
}

static void
test_between_paragraphs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      assert_kept_between ("I would now invite you to keep a moment of silence in memory of our "
                           "colleague, who served this ministry for thirty years.",
                           "I have recently taken up the office of minister, a task that both "
                           "obliges and honours me before all of you today.",
                           separators[i]);
      assert_kept_between ("Je voudrais maintenant vous inviter à garder un moment de silence à "
                           "la mémoire de notre collègue, qui a servi ce ministère.",
                           "J'ai récemment pris la fonction de ministre des Affaires étrangères, "
                           "une tâche qui m'oblige et m'honore devant vous.",
                           separators[i]);
    }
}

static void
test_at_the_edges (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Ministers meet to discuss the future of the common market\n\n%s\n\n"
          "The ministers met in Brussels on Monday to discuss the future of the market.\n\n"
          "They agreed to meet again in the spring to decide on the next steps together.\n\n"
          "%s\n",
          separators[i], separators[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpuint (n_paragraphs (release), ==, 2);
      g_assert_cmpstr (first_paragraph (release), ==,
                       "The ministers met in Brussels on Monday to discuss the future of the "
                       "market.");
      g_assert_false (has_paragraph (release, separators[i]));
    }
}

static void
test_not_separators (void)
{
  /* a lone dash or bullet, a bar, an end mark: not a separator of the story's sections */
  static const char *const others[] = { "-", "•", "|", "###" };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Ministers meet to discuss the future of the common market\n\n"
          "The ministers met in Brussels on Monday to discuss the future of the market.\n\n"
          "%s\n\n"
          "They agreed to meet again in the spring to decide on the next steps together.\n",
          others[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_false (has_paragraph (release, others[i]));
    }
}

static void
test_inside_a_sentence (void)
{
  /* a sentence broken across two lines, a separator between its halves: no scene break */
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Ministers meet to discuss the future of the common market\n\n"
          "The ministers met in Brussels on Monday to discuss the future of the market.\n\n"
          "They agreed to meet again in the spring to decide on the\n%s\n"
          "next steps together, with the Commission and the Parliament.\n",
          separators[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_false (has_paragraph (release, separators[i]));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found172/between-paragraphs", test_between_paragraphs);
  g_test_add_func ("/importer/found172/at-the-edges", test_at_the_edges);
  g_test_add_func ("/importer/found172/not-separators", test_not_separators);
  g_test_add_func ("/importer/found172/inside-a-sentence", test_inside_a_sentence);
  return g_test_run ();
}
