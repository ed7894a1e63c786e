/* test-importer-found266.c: a picture's text between the page's date line and the lead (issue
 * 11: heldout38 cheltenham-01, "Hands together in a group") is no headline: with none, the title
 * is made from the lead, in English and French; a headline in sentence case that says the
 * story's words, one ending on its own ("!"), or a short line with no date line over it stay the
 * title.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_EN                                                                                    \
  "An event to celebrate trustees in Cheltenham and the crucial role they play in the life of "    \
  "voluntary and community organisations is being held on Monday at the Municipal Offices.\n\n"    \
  "There are at least 250 voluntary and community organisations in the town and all have been "    \
  "invited to nominate two of their trustees to attend.\n"
#define LEAD_FR                                                                                    \
  "Une soirée pour remercier les bénévoles des associations de la ville et le rôle essentiel " \
  "qu'ils jouent dans la vie locale aura lieu lundi à l'hôtel de ville.\n\nAu moins 250 "        \
  "associations de la ville ont été invitées à désigner deux de leurs bénévoles.\n"

static void
assert_no_headline (const char *text, const char *title)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_false (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
}

static void
test_picture_text (void)
{
  assert_no_headline ("Published on 11th November 2016\n\nHands together in a group\n\n" LEAD_EN,
                      "An event to celebrate trustees in Cheltenham and the crucial role they "
                      "play in the life");
  assert_no_headline ("11/11/2016\n\nHands together in a group\n\n" LEAD_EN,
                      "An event to celebrate trustees in Cheltenham and the crucial role they "
                      "play in the life");
  assert_no_headline (
      "Publié le 11 novembre 2016\n\nDes mains posées les unes sur les autres\n\n" LEAD_FR,
      "Une soirée pour remercier les bénévoles des associations de la ville et le "
      "rôle essentiel qu'ils");
}

static void
test_headline_kept (void)
{
  assert_import_field (
      "Published on 11th November 2016\n\nWork of charity trustees celebrated\n\n" LEAD_EN, title,
      "Work of charity trustees celebrated");
  assert_import_field ("Published on 11th November 2016\n\nHead for the day!\n\n" LEAD_EN, title,
                       "Head for the day!");
  assert_import_field ("Publié le 11 novembre 2016\n\nUne soirée pour les bénévoles\n\n" LEAD_FR,
                       title, "Une soirée pour les bénévoles");
  assert_import_field ("Hands together in a group\n\n" LEAD_EN, title, "Hands together in a group");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found266/picture-text", test_picture_text);
  g_test_add_func ("/importer/found266/headline-kept", test_headline_kept);
  return g_test_run ();
}
