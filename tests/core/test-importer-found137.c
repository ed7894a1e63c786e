/* test-importer-found137.c: a line under the story that sends its reader to another document for
 * more ("Pour de plus amples renseignements, voir le fiche d'information.", issue 11: heldout27
 * heritage-01; "For more information, see the backgrounder."), with only contacts under it, is
 * not the story's end; with the story going on under it, it stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The foundation welcomed on Monday a series of new measures announced by the minister to "       \
  "promote the country's history.\n\n"

#define LAST "“We are delighted by this investment in our history,” said the foundation's director."

#define HISTOIRE                                                                                      \
  "La fondation se réjouit d'une série de nouvelles mesures annoncées lundi par le ministre pour " \
  "mettre en valeur l'histoire du pays.\n\n"

#define DERNIERE "« Nous sommes heureux de cet important investissement », a déclaré la directrice."

static void
test_pointer (void)
{
  assert_last_paragraph (STORY LAST "\n\nFor more information, see the backgrounder.\n\n"
                                    "Contact:\nJane Doe, Director of Communications\n",
                         LAST);
  assert_last_paragraph (HISTOIRE DERNIERE "\n\nPour de plus amples renseignements, voir le fiche "
                                           "d’information.\n\nPour de plus amples "
                                           "renseignements :\nCarolyn Quinn, directrice des "
                                           "communications\n",
                         DERNIERE);
}

/* The story goes on under it: the line is the story's. */
static void
test_story_goes_on (void)
{
  static const char *pointer = "For more information, see the annex to this release.";
  g_autofree char *text = g_strdup_printf (
      STORY "%s\n\nThe measures will cost the government about four million dollars over the "
            "next three years, the minister said in a statement.\n",
      pointer);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_true (has_paragraph (release, pointer));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found137/pointer", test_pointer);
  g_test_add_func ("/importer/found137/story-goes-on", test_story_goes_on);
  return g_test_run ();
}
