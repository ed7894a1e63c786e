/* test-importer-found282.c: a pointer to a video of the story under its last paragraph ("Focus en
 * vidéo sur cette nouvelle unité.", issue 11: heldout39 colomiers-01; "Voir la vidéo …", "Watch
 * the video …") is not the story's end, in French and English.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                   \
  "Nouvelle piste cyclable le long du canal\n\nLa Ville a ouvert lundi une nouvelle piste "        \
  "cyclable de quatre kilomètres le long du canal, entre le centre et le parc.\n\n"               \
  "Elle relie les quartiers nord au centre-ville en moins de quinze minutes.\n\n"
#define LAST_FR "Elle relie les quartiers nord au centre-ville en moins de quinze minutes."

static void
test_video_pointer (void)
{
  assert_last_paragraph (STORY_FR "Focus en vidéo sur cette nouvelle piste.\n", LAST_FR);
  assert_last_paragraph (STORY_FR "Voir la vidéo de l'inauguration.\n", LAST_FR);
  assert_last_paragraph ("NATO Secretary General meets the Prime Minister of Poland\n\n"
                         "On Monday (3 May 2021), NATO Secretary General Jens Stoltenberg met "
                         "with the Prime Minister of Poland in Brussels to discuss deterrence.\n\n"
                         "\"Allies stand together,\" Mr. Stoltenberg said.\n\n"
                         "Watch the video of the press conference\n",
                         "\"Allies stand together,\" Mr. Stoltenberg said.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found282/video-pointer", test_video_pointer);
  return g_test_run ();
}
