/* test-importer-found114.c: a line that says it is a picture's caption is never the story's first
 * paragraph (issue 11: heldout25 salvation-01, "Photo Caption: Well-known celebrity …" over the
 * story; heldout25 brive-01, "Voeux du centre hospitalier. De gauche à droite: …"): a caption's
 * or a credit's label, or the people of a picture named from left to right, in English and
 * French; a story sentence that mentions a photo stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* Imports @text and checks that its title is @title and its first paragraph @first, whole. */
static void
assert_start (const char *title, const char *text, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_cmpuint (n_paragraphs (release), >, 0);
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, first);
}

static void
test_photo_caption (void)
{
  assert_start (
      "Christmas Appeal Seeks Gifts For Kids",
      "Christmas Appeal Seeks Gifts For Kids\n\n"
      "Photo Caption: Well-known television presenter Jane Smith placed the first present under "
      "the tree at the city mission, launching the appeal. The appeal aims to collect 5,000 "
      "gifts this year.\n"
      "The city mission needs 5,000 gifts for children who will otherwise receive nothing this "
      "Christmas.\n"
      "The director said the need for donated gifts was greater this year than ever before.\n",
      "The city mission needs 5,000 gifts for children who will otherwise receive nothing this "
      "Christmas.");
}

static void
test_legende (void)
{
  assert_start (
      "La maternité de l'hôpital sera agrandie",
      "La maternité de l'hôpital sera agrandie\n\n"
      "Légende : le directeur de l'hôpital et le maire lors de la visite du chantier. Les "
      "travaux ont commencé hier.\n\n"
      "Le directeur de l'hôpital a annoncé hier l'agrandissement de la maternité, qui "
      "accueillera dix lits de plus dès l'an prochain.\n\n"
      "Les travaux dureront un an et coûteront deux millions d'euros.\n",
      "Le directeur de l'hôpital a annoncé hier l'agrandissement de la maternité, qui "
      "accueillera dix lits de plus dès l'an prochain.");
}

static void
test_gauche_droite (void)
{
  assert_start (
      "Hôpital : la maternité sera agrandie",
      "Hôpital : la maternité sera agrandie\n\n"
      "  • Publié le 10/01/2012 à 09:42\n"
      "  • Par Marie Martin\n\n"
      "Vœux du centre hospitalier. De gauche à droite : Jean Martin, représentant de l'agence, "
      "le docteur Paul Durand, président de la commission, et le maire Anne Petit\n\n"
      "Le directeur a annoncé hier soir l'agrandissement de la maternité lors de la cérémonie "
      "des vœux du centre hospitalier.\n\n"
      "Les discours se sont succédé dans le hall de l'hôpital jusqu'à tard dans la soirée.\n",
      "Le directeur a annoncé hier soir l'agrandissement de la maternité lors de la cérémonie "
      "des vœux du centre hospitalier.");
}

static void
test_left_to_right (void)
{
  assert_start (
      "City Awards Its Volunteers",
      "City Awards Its Volunteers\n\n"
      "  • Published 10/01/2012 09:42\n"
      "  • By Mary Martin\n\n"
      "Award ceremony at the town hall. From left to right: John Smith, director of the "
      "centre, volunteer Mary Jones and Mayor Jane Doe\n\n"
      "The city thanked forty volunteers on Monday for their work at the food bank during the "
      "winter.\n\n"
      "The mayor said the food bank could not open without them.\n",
      "The city thanked forty volunteers on Monday for their work at the food bank during the "
      "winter.");
}

/* A sentence of the story that speaks of a photo, without a caption's label, is kept. */
static void
test_story_kept (void)
{
  assert_start (
      "City Awards Its Volunteers",
      "City Awards Its Volunteers\n\n"
      "A photo of the forty volunteers was taken at the town hall on Monday, where the city "
      "thanked them for their work.\n\n"
      "The mayor said the food bank could not open without them.\n",
      "A photo of the forty volunteers was taken at the town hall on Monday, where the city "
      "thanked them for their work.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found114/photo-caption", test_photo_caption);
  g_test_add_func ("/importer/found114/legende", test_legende);
  g_test_add_func ("/importer/found114/gauche-droite", test_gauche_droite);
  g_test_add_func ("/importer/found114/left-to-right", test_left_to_right);
  g_test_add_func ("/importer/found114/story-kept", test_story_kept);
  return g_test_run ();
}
