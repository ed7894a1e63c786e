/* test-importer-found15b.c: the importer on synthetic pages that carry what the fifteenth
 * held-out set (tests/fixtures/heldout15) showed: the lines under a story that send the reader to
 * the full text or the article elsewhere, or ask them to share the page; a release-date line
 * whose office, after the place, has a long name.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define POINTER_STORY                                                                              \
  "Minister visits the contingent\n\n"                                                             \
  "The minister today visited the soldiers who will leave next week for a mission abroad, and "    \
  "thanked them and their families for their service.\n\n"                                         \
  "The contingent of two hundred soldiers will serve for six months under the command of the "     \
  "multinational force.\n\n"

/* The last paragraph of the story above. */
#define POINTER_LAST "The contingent of two hundred soldiers will serve"

/* The last paragraph of @text starts with @prefix. */
static void
assert_last_starts (const char *text, const char *prefix)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = g_strv_length ((char **) paragraphs);

  g_assert_cmpuint (n, >, 0);
  if (!g_str_has_prefix (paragraphs[n - 1], prefix))
    g_error ("last paragraph %s", paragraphs[n - 1]);
}

/* "Leia a intervenção na íntegra em anexo." under the speech's excerpt (heldout15 portugal-01),
 * "Lire l’article sur RSF Monde" with the article's title glued to it, then "Partagez cet
 * article !" (heldout15 rsf-01): lines that send the reader to the text elsewhere or ask them to
 * share it, in the languages the importer reads, are not the story's end. */
static void
test_reader_pointer_at_end (void)
{
  static const char *const tails[] = {
    "Leia a intervenção na íntegra em anexo.",
    "Read the full statement here.",
    "Lire l’article sur RSF MondeComores : deux journalistes interpellés\n\n"
    "Partagez cet article !",
    "Lesen Sie die vollständige Rede hier.",
    "Leggi il comunicato integrale",
    "Share this article",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (POINTER_STORY, tails[i], NULL);

      assert_last_starts (text, POINTER_LAST);
    }
}

/* A story's last paragraph that speaks of reading a text, without opening with a verb that tells
 * the reader to read it, stays the story's; so does a long one that opens with such a verb. */
static void
test_reader_story_stays (void)
{
  static const char *const lasts[] = {
    "The minister asked parliament to read the text of the agreement before the vote next week.",
    "Read the statement of the ministers, the alliance said, as a sign of unity that no one "
    "should doubt in the months ahead, when the allies meet again in the capital to decide on "
    "the mission's future and on its budget.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lasts); i++)
    {
      g_autofree char *text = g_strconcat (POINTER_STORY, lasts[i], "\n", NULL);
      g_autofree char *prefix = g_strndup (lasts[i], 30);

      assert_last_starts (text, prefix);
    }
}

/* "December 15, 2017 – Ottawa – National Defence / Canadian Armed Forces" under the headline
 * (heldout15 canada-01): a release-date line whose office, after the place, has a longer name
 * written in capitals ("/" and "of" join its names); the headline stays the title. */
static void
test_date_line_long_office (void)
{
  static const char *const lines[] = {
    "December 15, 2017 – Ottawa – National Defence / Canadian Armed Forces",
    "15 December 2017 - Brussels - Ministry of Foreign Affairs of Belgium",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text =
          g_strconcat ("Minister to travel to the region\n\n", lines[i], "\n\n",
                       POINTER_STORY + strlen ("Minister visits the contingent\n\n"), NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "Minister to travel to the region");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/reader-pointer-at-end", test_reader_pointer_at_end);
  g_test_add_func ("/importer/reader-story-stays", test_reader_story_stays);
  g_test_add_func ("/importer/date-line-long-office", test_date_line_long_office);
  return g_test_run ();
}
