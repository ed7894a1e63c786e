/* test-importer-found261.c: a line under the story that asks the reader to call or see the
 * press office or a site for more ("For more information on the week please see
 * www.volunteersweek.org.uk or call 020 7520 8947.", issue 11: heldout38 charitycomm-01) is a
 * contact line, with its full stop, also when loose lines stand under it (a second prompt
 * without its full stop, the author's initials, a related-stories heading and its items), in
 * English and French. A story's sentence under such lines still ends the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Volunteers celebrated across the region this week\n\n"                                          \
  "With only one month to go to this year's national week, partners are encouraging local "        \
  "charities to hold their own events to celebrate their volunteers.\n\n"                          \
  "There are already thirty events in the region being promoted on the website, from training "    \
  "sessions to evenings matching charities with volunteers.\n\n" LAST "\n\n"
#define LAST                                                                                       \
  "Jane Smith, chair of the association, said: \"Good volunteers are the cornerstone of a "        \
  "healthy charity at both a community and national level.\""
#define RELATED                                                                                    \
  "Related National News Stories\nClick here for the latest headlines.\n\n26 January 2004\n"       \
  "Warning over bogus doorstep charity collectors\nAs people begin to think about spring "         \
  "cleaning, the Office of Fair Trading has warned the public to be wary of bogus charity "        \
  "clothing collections.\n12 May 2003\nChurch exonerated over report\n"

#define STORY_FR                                                                                   \
  "Les bénévoles à l'honneur dans la région\n\n"                                               \
  "A un mois de la semaine nationale, les partenaires encouragent les associations locales à "    \
  "organiser leurs propres événements.\n\n" LAST_FR "\n\n"
#define LAST_FR                                                                                          \
  "Trente événements sont déjà annoncés dans la région, des formations aux soirées de rencontre " \
  "entre associations et bénévoles."

static void
test_prompt_over_loose_lines (void)
{
  assert_last_paragraph (STORY "For more information on the week please see "
                               "www.volunteersweek.org.uk or call 020 7520 8947.\n\n"
                               "For information on local volunteering opportunities please call "
                               "0845 601 4008 or visit www.timebank.org.uk\n\n(JS)\n\n" RELATED,
                         LAST);
  assert_last_paragraph (STORY_FR "Pour plus de renseignements sur la semaine, consultez "
                                  "www.semaine-benevolat.fr ou appelez le 01 53 38 66 00.\n\n"
                                  "Pour les offres de bénévolat près de chez vous : "
                                  "www.benevolat.fr\n\n(MD)\n\nA lire aussi sur le site\n"
                                  "Cliquez ici pour les dernières actualités.\n",
                         LAST_FR);
}

/* at the end of the dump, as before */
static void
test_prompt_at_end (void)
{
  assert_last_paragraph (STORY "For more information on the week please see "
                               "www.volunteersweek.org.uk or call 020 7520 8947.\n",
                         LAST);
}

/* a sentence of the story under the loose line: the story goes on, the prompt stays */
static void
test_story_under (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      STORY "For more information on the week please see www.volunteersweek.org.uk or call 020 "
            "7520 8947.\n\n(JS)\n\nThe week ends on Sunday with a concert in the town hall, "
            "where the mayor will thank the volunteers of the region.\n");

  g_assert_true (has_paragraph (release, "For more information on the week please see "
                                         "www.volunteersweek.org.uk or call 020 7520 8947."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found261/prompt-over-loose-lines", test_prompt_over_loose_lines);
  g_test_add_func ("/importer/found261/prompt-at-end", test_prompt_at_end);
  g_test_add_func ("/importer/found261/story-under", test_story_under);
  return g_test_run ();
}
