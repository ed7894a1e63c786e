/* test-importer-found133.c: a memo's header fields are no story (issue 11: heldout27
 * citymuseum-01, "From: <contacts>" and "News Advisory:" over "WHO: …"). The story starts
 * under the fields and the memo's kind label, in English and French; a memo whose only
 * paragraph is a field keeps it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_english (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Reporters invited to tour the new science centre before it opens\n\n"
      "From: Jane Miller, 555-0100, e-mail: jmiller@example.org, and Tom Reed, 555-0101, "
      "e-mail: treed@example.org, both for the Science Centre of Springfield\n\n"
      "Media Advisory:\n\n"
      "WHO: The Science Centre of Springfield opens its new building, the largest hands-on "
      "museum of science in the state, to reporters and photographers.\n\n"
      "WHERE: The centre stands at 12 River Street, across from the railway station.\n");

  g_assert_true (g_str_has_prefix (first_paragraph (release), "WHO: The Science Centre"));
  g_assert_false (has_paragraph (release, "Media Advisory:"));
}

static void
test_french (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Les journalistes invités à visiter le nouveau centre des sciences avant son ouverture\n\n"
      "De : Jeanne Martin, 01 23 45 67 89, courriel : jmartin@example.org, pour le Centre des "
      "sciences de Lyon, et Paul Durand, pour la Ville de Lyon.\n\n"
      "Objet : visite de presse du nouveau centre des sciences\n\n"
      "Le Centre des sciences de Lyon ouvre son nouveau bâtiment aux journalistes et aux "
      "photographes le lundi 12 mai, trois jours avant son inauguration.\n\n"
      "Les visites commencent à 10 heures, à l'entrée principale.\n");

  g_assert_true (g_str_has_prefix (first_paragraph (release), "Le Centre des sciences de Lyon"));
  g_assert_false (
      has_paragraph (release, "Objet : visite de presse du nouveau centre des sciences"));
}

/* A field over no paragraph of story: the only text, kept. */
static void
test_field_alone (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Reporters invited to tour the new science centre\n\n"
      "From: Jane Miller, 555-0100, e-mail: jmiller@example.org, and Tom Reed, 555-0101, "
      "e-mail: treed@example.org, both for the Science Centre of Springfield.\n");

  g_assert_true (g_str_has_prefix (first_paragraph (release), "From: Jane Miller"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found133/english", test_english);
  g_test_add_func ("/importer/found133/french", test_french);
  g_test_add_func ("/importer/found133/field-alone", test_field_alone);
  return g_test_run ();
}
