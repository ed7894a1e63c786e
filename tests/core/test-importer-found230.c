/* test-importer-found230.c: a long headline parted from its story by the head's labels (issue
 * 11: heldout36 ars-01, heldout35 fnsea-02). The page's first line, longer than a headline's
 * shape or one sentence with its stop, over the release's kind alone ("Communiqué de presse") or
 * a speech's fields ("Prononcé le", "Intervenant(s) :", "Circonstance : …", "Texte intégral"),
 * then the story: the headline, the labels out of the story, in French and English. A lead of
 * two sentences, or a sentence over the kind alone, stays the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD_FR                                                                                    \
  "Communes de l'agglomération touchées par des coupures de l'alimentation en eau potable "      \
  "pendant le long week-end de juillet - Restriction de consommation en lien avec la remise "      \
  "progressive en eau des réseaux du secteur nord"
#define LEAD_FR                                                                                     \
  "À la suite de problèmes techniques sur la production d'eau, plusieurs secteurs ont connu des " \
  "manques ponctuels d'eau durant la semaine."
#define STORY_FR                                                                                      \
  LEAD_FR "\n\n"                                                                                      \
          "Les travaux réalisés pendant le week-end permettent une réalimentation progressive de " \
          "ces secteurs à compter de ce lundi, selon les exploitants du réseau.\n"

#define HEAD_EN                                                                                    \
  "Towns of the district affected by interruptions of the drinking water supply over the long "    \
  "July weekend - Restrictions on use while the networks of the northern sector are gradually "    \
  "brought back into service"
#define LEAD_EN                                                                                    \
  "Following technical problems with water production, several areas went without water at "       \
  "times during the week."
#define STORY_EN                                                                                   \
  LEAD_EN "\n\n"                                                                                   \
          "The work carried out over the weekend allows a gradual return of supply to these "      \
          "areas from this Monday, the operators of the network said.\n"

#define SPEECH_FR                                                                                     \
  "Déclaration de M. Jean Dupont, président de la fédération, sur le développement durable, la " \
  "hausse des prix alimentaires et la politique agricole commune, Nantes le 3 avril 2008."
#define SPEECH_EN                                                                                  \
  "Statement by Mr. John Smith, president of the federation, on sustainable development, rising "  \
  "food prices and the common agricultural policy, Nantes, 3 April 2008."

static void
assert_headline (const char *text, const char *headline, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_true (g_str_has_prefix (headline, cmq_release_get_title (release)));
  g_assert_cmpstr (first_paragraph (release), ==, first);
  g_assert_false (has_paragraph (release, headline));
}

static void
test_over_kind (void)
{
  g_autoptr (CmqRelease) release = NULL;

  assert_headline (HEAD_FR "\n\nCommuniqué de presse\n\n" STORY_FR, HEAD_FR, LEAD_FR);
  assert_headline (HEAD_EN "\n\nPress release\n\n" STORY_EN, HEAD_EN, LEAD_EN);
  release = import_ok (HEAD_FR "\n\nCommuniqué de presse\n\n" STORY_FR);
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

static void
test_over_fields (void)
{
  assert_headline (SPEECH_FR "\n\nPrononcé le\n\nIntervenant(s) :\n\nCirconstance : 62ème congrès "
                             "de la fédération à Nantes le 3 avril 2008\n\nTexte intégral\n\n"
                             "Monsieur le Ministre,\n" STORY_FR,
                   SPEECH_FR, "Monsieur le Ministre,");
  assert_headline (SPEECH_EN "\n\nDelivered on\n\nSpeaker(s):\n\nOccasion: the federation's "
                             "62nd congress in Nantes on 3 April 2008\n\nFull text\n\n"
                             "Minister,\n" STORY_EN,
                   SPEECH_EN, "Minister,");
}

static void
test_lead_kept (void)
{
  /* two sentences: a lead, whatever stands under it */
  g_autoptr (CmqRelease) two = import_ok (LEAD_FR " La situation perdure chez certains abonnés du "
                                                  "secteur nord, selon les exploitants.\n\n"
                                                  "Communiqué de presse\n\n" STORY_FR);
  /* one sentence over the kind alone: no field says that the head ends there */
  g_autoptr (CmqRelease) one = import_ok (SPEECH_EN "\n\nPress release\n\n" STORY_EN);

  g_assert_true (g_str_has_prefix (first_paragraph (two), LEAD_FR));
  g_assert_cmpstr (first_paragraph (one), ==, SPEECH_EN);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found230/over-kind", test_over_kind);
  g_test_add_func ("/importer/found230/over-fields", test_over_fields);
  g_test_add_func ("/importer/found230/lead-kept", test_lead_kept);
  return g_test_run ();
}
