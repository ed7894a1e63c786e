/* test-importer-found211.c: a headline in capitals broken over two lines (heldout34 ffc-01), its
 * second line ending with the headline's full stop, is one headline, not the headline's first
 * line over a story opened by its second, in English and French; a story's first paragraph in
 * lower case under a headline in capitals stays the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "Following the Prime Minister's announcements of 28 April, the Executive Board of the "          \
  "Federation, meeting by video conference, decided to suspend all competitions until the end "    \
  "of July.\n\n"                                                                                   \
  "The decision, shared with the national league, sets a common date for the return of all "       \
  "events, subject to the authorities' approval.\n"

#define STORY_FR                                                                                      \
  "À la suite des annonces du Premier ministre du 28 avril, le Bureau exécutif de la "              \
  "Fédération, réuni en visioconférence, a décidé de suspendre les compétitions jusqu'à fin " \
  "juillet.\n\n"                                                                                      \
  "Cette décision, partagée avec la Ligue nationale, uniformise la perspective d'une reprise de "   \
  "l'ensemble des épreuves, sous réserve de l'autorisation des autorités publiques.\n"

static void
assert_first (const char *text, const char *title, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  /* the case of each word is the story's, where it writes it */
  g_autofree char *found = g_utf8_casefold (cmq_release_get_title (release), -1);
  g_autofree char *wanted = g_utf8_casefold (title, -1);

  g_assert_cmpstr (found, ==, wanted);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], first));
}

static void
test_wrapped_caps_headline (void)
{
  assert_first ("COMMUNIQUE\n\n"
                "THE CYCLING FEDERATION SETS OUT THE CONDITIONS FOR\n"
                "THE RETURN OF ALL CYCLING ACTIVITIES.\n\n" STORY_EN,
                "The cycling federation sets out the conditions for the return of all cycling "
                "activities.",
                "Following the Prime Minister's announcements");
  assert_first ("COMMUNIQUE\n\n"
                "LA FEDERATION PRECISE LES CONDITIONS DE\n"
                "LA REPRISE DES ACTIVITES CYCLISTES.\n\n" STORY_FR,
                "La federation precise les conditions de la reprise des activites cyclistes.",
                "À la suite des annonces");
}

static void
test_story_under_caps_headline (void)
{
  g_autoptr (CmqRelease) caption = NULL;
  g_autoptr (CmqRelease) capitals = NULL;

  /* a paragraph in lower case is the story's, under a headline in capitals open at its end */
  assert_first ("THE CYCLING FEDERATION SETS OUT THE CONDITIONS FOR THE RETURN\n" STORY_EN,
                "The cycling federation sets out the conditions for the return",
                "Following the Prime Minister's announcements");
  /* a headline ending on a word a headline may end with is whole: a caption under it is not
   * its */
  caption = import_ok ("THE SECRETARY GENERAL MEETS THE PRIME MINISTER OF POLAND\n"
                       "JENS STOLTENBERG, SECRETARY GENERAL OF NATO, AT THE MEETING.\n\n" STORY_EN);
  g_assert_true (
      has_paragraph (caption, "JENS STOLTENBERG, SECRETARY GENERAL OF NATO, AT THE MEETING."));
  /* a story in capitals too: its lines are the story's */
  capitals = import_ok ("THE CYCLING FEDERATION SETS OUT THE CONDITIONS FOR\n"
                        "THE RETURN OF ALL CYCLING ACTIVITIES.\n\n"
                        "FOLLOWING THE PRIME MINISTER'S ANNOUNCEMENTS OF 28 APRIL, THE EXECUTIVE "
                        "BOARD DECIDED TO SUSPEND ALL COMPETITIONS UNTIL THE END OF JULY.\n\n"
                        "THE DECISION SETS A COMMON DATE FOR THE RETURN OF ALL EVENTS, SUBJECT TO "
                        "THE AUTHORITIES' APPROVAL.\n");
  g_assert_true (has_paragraph (capitals, "THE RETURN OF ALL CYCLING ACTIVITIES."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found211/wrapped-caps-headline", test_wrapped_caps_headline);
  g_test_add_func ("/importer/found211/story-under-caps-headline", test_story_under_caps_headline);
  return g_test_run ();
}
