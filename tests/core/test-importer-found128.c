/* test-importer-found128.c: a media advisory whose story opens with its fields ("WANN: …", "WO:
 * …", "WHEN: …", "Lieu : …") above its first sentence starts with them, and keeps every field,
 * one that ends no sentence as well (issue 11: "a story paragraph is never dropped"; heldout7
 * amnesty-03). A page with no such field starts where it did.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
assert_fields_kept (const char *text, const char *first, const char *field)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (first_paragraph (release), ==, first);
  g_assert_true (has_paragraph (release, field));
}

static void
test_fields_open_the_story (void)
{
  assert_fields_kept (
      "Media advisory\n\nPhoto opportunity: human rights in the coalition agreement\n\n"
      "WHEN: Tuesday, 5 November 2013, 8:20-10:15\n\n"
      "WHERE: Outside the Bavarian representation, Behrenstrasse 21, Berlin\n\n"
      "PICTURE 1: The Secretary General arrives at about 8:25 with other activists in a yellow "
      "double-decker bus to call on the parties to write human rights into their agreement.\n\n"
      "WHY: Human rights must be a central part of the coalition agreement, with clear and "
      "concrete commitments.\n",
      "WHEN: Tuesday, 5 November 2013, 8:20-10:15",
      "WHERE: Outside the Bavarian representation, Behrenstrasse 21, Berlin");
  assert_fields_kept (
      "Invitation presse\n\nLes droits humains dans l'accord de coalition\n\n"
      "Quand : mardi 5 novembre 2013, de 8 h 20 à 10 h 15\n\n"
      "Lieu : devant la représentation de la Bavière, Behrenstrasse 21, Berlin\n\n"
      "Image 1 : la secrétaire générale arrive vers 8 h 25 avec d'autres militants dans un bus "
      "à impériale jaune pour demander aux partis d'inscrire les droits humains dans l'accord.\n\n"
      "Les droits humains doivent être au cœur de l'accord de coalition, avec des engagements "
      "clairs et concrets.\n",
      "Quand : mardi 5 novembre 2013, de 8 h 20 à 10 h 15",
      "Lieu : devant la représentation de la Bavière, Behrenstrasse 21, Berlin");
}

static void
test_no_field_no_change (void)
{
  assert_first_paragraph (
      "Media advisory\n\nPhoto opportunity: human rights in the coalition agreement\n\n"
      "Contact: press office\n\n"
      "The Secretary General arrives at about 8:25 with other activists in a yellow "
      "double-decker bus to call on the parties to write human rights into their agreement.\n\n"
      "Human rights must be a central part of the coalition agreement, with clear and concrete "
      "commitments.\n",
      "The Secretary General arrives at about 8:25 with other activists in a yellow "
      "double-decker bus to call on the parties to write human rights into their agreement.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found128/fields-open-the-story", test_fields_open_the_story);
  g_test_add_func ("/importer/found128/no-field-no-change", test_no_field_no_change);
  return g_test_run ();
}
