/* test-importer-found37.c: the importer on synthetic pages that carry what issue 11's headline
 * missed in the nineteenth held-out set (heldout19 geneve-01): an office's name over the page's
 * date line ("Conseil d'Etat" over "communiqué de presse du …") is the issuer, not the headline;
 * and the lead's first sentence, cut before a bulleted list it opens, is never the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define LIST_STORY                                                                                   \
  "Le conseil a répondu à une consultation du ministère de la justice sur\n\n"                    \
  "  • l'avant-projet de loi sur la révision totale de la loi sur la protection des données et " \
  "sur la modification d'autres lois qui en découlent,\n"                                           \
  "  • le projet de modernisation de la convention pour la protection des personnes à l'égard "  \
  "du traitement automatisé des données.\n\n"                                                      \
  "Dans sa réponse, le conseil salue les objectifs poursuivis par le projet de loi et "             \
  "approuve les mesures proposées.\n"

static void
test_office_over_date_not_headline (void)
{
  static const char *const offices[] = {
    "Conseil d'Etat",
    "Conseil d’Etat",
    "Department of Justice",
  };

  for (guint i = 0; i < G_N_ELEMENTS (offices); i++)
    {
      g_autofree char *text =
          g_strconcat (offices[i], "\n\ncommuniqué de presse du 29 mars 2017\n\n",
                       "Protection des données : oui au projet de révision\n\n", LIST_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Protection des données : oui au projet de révision");
    }
}

/* The lead cut before its list stays the story's first paragraph, under the headline. */
static void
test_list_opener_not_headline (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Protection des données : oui au projet de révision\n\n" LIST_STORY);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Protection des données : oui au projet de révision");
  g_assert_true (
      g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Le conseil a répondu"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found37/office-over-date-not-headline",
                   test_office_over_date_not_headline);
  g_test_add_func ("/importer-found37/list-opener-not-headline", test_list_opener_not_headline);
  return g_test_run ();
}
