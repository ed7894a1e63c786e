/* test-importer-found205.c: the importer on synthetic pages that carry what issue 11's heldout34
 * showed (onf-01, dpc-01): a line of the story that ends without a full stop, between two
 * paragraphs of the story, written in sentence case and as long as a sentence, is kept, whatever
 * its last character; a photo's caption of few words, each name in capitals, still goes.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Harbour authority sets out its plans for the coming winter season"
#define FIRST                                                                                      \
  "The harbour authority met on Tuesday to review the plans drawn up for the winter season. "      \
  "The board approved the budget presented by the director and the new timetable."
#define LAST                                                                                       \
  "The new timetable will be published on the authority's website in the course of next month, "   \
  "the director said after the meeting."

/* Lines of the story without a full stop: an objective opened by an adverb, a sentence whose
 * last word ends it, in English and French, and one ending on a closing bracket. */
static const char *const story_lines[] = {
  "Firstly to make sure that every vessel calling at the harbour during the storms would find a "
  "safe berth and a pilot ready to guide it in",
  "Toutes les jetées du port de commerce et certaines des digues du port de plaisance seront "
  "fermées au public pendant toute la durée des travaux",
  "The works on the northern quay will be carried out in three stages over the winter months "
  "(between the end of the fishing season and the spring)",
};

/* Each line, between two paragraphs of the story, is one of its paragraphs, whole. */
static void
test_story_line_kept (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (story_lines); i++)
    {
      g_autofree char *text =
          g_strconcat (HEADLINE "\n\n" FIRST "\n\n", story_lines[i], "\n\n" LAST "\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (has_paragraph (release, story_lines[i]));
      g_assert_cmpuint (n_paragraphs (release), ==, 3);
    }
}

/* The same line glued to the next sentence of the story, with no blank line between them. */
static void
test_story_line_glued (void)
{
  g_autofree char *text = g_strconcat (HEADLINE "\n\n" FIRST "\n\n", story_lines[1],
                                       "\nLes mesures seront levées dès la fin des travaux sur "
                                       "les jetées, au plus tard au mois de mars.\n\n" LAST "\n",
                                       NULL);
  g_autoptr (CmqRelease) release = import_ok (text);
  g_autofree char *all = g_strjoinv ("\n", (char **) cmq_release_get_paragraphs (release));

  g_assert_nonnull (strstr (all, "seront fermées au public pendant toute la durée des travaux"));
}

/* A caption naming people, places and events, in capitals, still goes. */
static void
test_caption_still_removed (void)
{
  static const char *const captions[] = {
    "Harbour Master John Smith With The Pilots Of The Northern Quay At The Winter Review In "
    "Portsmouth Harbour Office",
    "Harbour Master John Smith with the pilots of the Northern Quay at the Winter Review in "
    "Portsmouth",
  };

  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    {
      g_autofree char *text =
          g_strconcat (HEADLINE "\n\n" FIRST "\n\n", captions[i], "\n\n" LAST "\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_false (has_paragraph (release, captions[i]));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found205/story-line-kept", test_story_line_kept);
  g_test_add_func ("/importer-found205/story-line-glued", test_story_line_glued);
  g_test_add_func ("/importer-found205/caption-still-removed", test_caption_still_removed);
  return g_test_run ();
}
