/* test-importer-found80.c: a sentence cut short in the source, inside the story, is kept (issue
 * 11: heldout14 saab-02, "About 50 aircraft of the basic model are currently in use throughout
 * the"). A paragraph of eight words or more ending on a word no sentence ends with (an article,
 * a preposition, a conjunction, in lower case) is never a caption; a caption that ends on a noun
 * still goes.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(line)                                                                              \
  "The company has won an order worth several million from an aircraft maker for parts of its "    \
  "new regional jet.\n\n"                                                                          \
  "The order covers the design and the delivery of the parts over the next five years.\n\n" line   \
  "\n\n"                                                                                           \
  "The contract strengthens the company's position as a supplier to the industry.\n\n"             \
  "Deliveries will start next year, from the plant in the south of the country.\n"

static void
test_cut_sentence (void)
{
  static const char *const lines[] = {
    "About 50 aircraft of the basic model are currently in use throughout the",
    "Une cinquantaine d'appareils du modèle de base sont en service dans les pays de",
    "Some fifty aircraft of the basic model now fly with airlines in Europe and",
    NULL,
  };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf (RELEASE ("%s"), lines[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (has_paragraph (release, lines[i]));
    }
}

/* A caption of as many words, ending on a noun, stays out. */
static void
test_caption_kept_out (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (RELEASE ("The new regional jet on its first flight over the plant in spring"));

  g_assert_false (
      has_paragraph (release, "The new regional jet on its first flight over the plant in spring"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found80/cut-sentence", test_cut_sentence);
  g_test_add_func ("/importer/found80/caption-kept-out", test_caption_kept_out);
  return g_test_run ();
}
