/* test-importer-found111.c: lines of a page's head shaped like a headline and never one, passed
 * over when the headline is looked for: a notice that the text was published elsewhere first
 * ("Originally published", "Publié initialement le …"), a picture's file name left as its text
 * ("2-2016 Gun1", "IMG_2034"), a postal code and its place, perhaps with a wire's tag ("53937
 * Schleiden (ots)", "69002 Lyon (AFP)") (issue 11: heldout25 dec-01, mpd-01, euskirchen-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "\n\nThe council has approved the new cycling plan for the city centre after a long debate "     \
  "among its members.\n\n"                                                                         \
  "The plan adds twenty kilometres of protected lanes and new parking for bicycles near the "      \
  "stations.\n"

#define HISTOIRE                                                                                       \
  "\n\nLe conseil a approuvé le nouveau plan vélo pour le centre-ville après un long débat entre " \
  "ses membres.\n\n"                                                                                   \
  "Le plan ajoute vingt kilomètres de pistes protégées et des places pour les vélos près des "    \
  "gares.\n"

static void
test_republication_notice (void)
{
  assert_import_field ("Council approves the cycling plan\n\nNews and Press Release\n"
                       "Originally published" STORY,
                       title, "Council approves the cycling plan");
  assert_import_field ("Council approves the cycling plan\n\n"
                       "First published on 12 March 2019 by the City Council" STORY,
                       title, "Council approves the cycling plan");
  assert_import_field (
      "Le conseil adopte le plan vélo\n\nPublié initialement le 12 mars 2019" HISTOIRE, title,
      "Le conseil adopte le plan vélo");
  /* the words opening a headline of their own are no notice */
  assert_import_field ("First Published Guide to the City Wins a Prize" STORY, title,
                       "First Published Guide to the City Wins a Prize");
}

static void
test_image_file_name (void)
{
  assert_import_field (
      "Council Approves the Cycling Plan\n\nafter a long debate\n\n2-2016 Gun1" STORY, title,
      "Council Approves the Cycling Plan");
  assert_import_field ("Le conseil adopte le plan vélo\n\nIMG_2034" HISTOIRE, title,
                       "Le conseil adopte le plan vélo");
  assert_import_field ("Council Approves the Cycling Plan\n\ncycling-plan_03.jpg" STORY, title,
                       "Council Approves the Cycling Plan");
  /* a year and a name with figures are no file name */
  assert_import_field ("G20 Summit 2016" STORY, title, "G20 Summit 2016");
}

static void
test_postal_place (void)
{
  assert_import_field ("Police seek witnesses after the fires\n53937 Schleiden (ots)" STORY, title,
                       "Police seek witnesses after the fires");
  assert_import_field ("Le conseil adopte le plan vélo\n69002 Lyon" HISTOIRE, title,
                       "Le conseil adopte le plan vélo");
  /* four figures that may be a year need a wire's tag */
  assert_import_field ("Council plan\n2019 Cycling Plans" STORY, title, "2019 Cycling Plans");
  assert_import_field ("Le conseil adopte le plan vélo\n1000 Bruxelles (Belga)" HISTOIRE, title,
                       "Le conseil adopte le plan vélo");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found111/republication-notice", test_republication_notice);
  g_test_add_func ("/importer/found111/image-file-name", test_image_file_name);
  g_test_add_func ("/importer/found111/postal-place", test_postal_place);
  return g_test_run ();
}
