/* test-importer-found248.c: the sender a page shows under the story gives the release's source
 * when the story names it too (issue 11: heldout37 gwct-01, "Published By" over "Game & Wildlife
 * Conservation Trust", its e-mail address and site; brindisi-01, the closing signature "S.S.D.
 * Calcio Città di Brindisi Brindisi, 21 Febbraio 2015"), in English, French, German and
 * Italian. A person's name, or a name the story does not use, gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY(name, tail)                                                                          \
  "A blow for wildlife on the hills\n\n"                                                           \
  "The " name " feels the decision to end grazing on public land is a blow for wildlife, as its "  \
  "studies have shown over many years of work in the hills.\n\n"                                   \
  "It will continue to engage with the government and the regulator on the matter.\n\n" tail

#define STORY_IT(name, tail)                                                                       \
  "La società: basta con le voci infondate\n\n"                                                   \
  "Purtroppo siamo costretti a smentire voci infondate create ad arte per diffamare la " name      \
  " e i suoi tesserati.\n\n"                                                                       \
  "La società si riserva di prendere seri provvedimenti nei confronti dei responsabili.\n\n" tail

static void
test_published_by (void)
{
  assert_import_field (STORY ("Heath & Moor Conservation Trust",
                              "Published By\n\nHeath & Moor Conservation Trust\n"
                              "press@heathmoor.example\nhttps://www.heathmoor.example/\n\n"
                              "Visit Newsroom\n"),
                       source, "Heath & Moor Conservation Trust");
  assert_import_field (STORY ("Fédération des Clubs & Associations de Randonnée",
                              "Publié par\n\nFédération des Clubs & Associations de Randonnée\n"
                              "presse@fcar.example\n"),
                       source, "Fédération des Clubs & Associations de Randonnée");
  assert_import_field (STORY ("Bergwacht & Naturschutzverein Allgäu",
                              "Veröffentlicht von\n\nBergwacht & Naturschutzverein Allgäu\n"
                              "presse@bergwacht.example\n"),
                       source, "Bergwacht & Naturschutzverein Allgäu");
}

static void
test_signature (void)
{
  assert_import_field (STORY_IT ("S.S.D. Pallavolo Città di Lecce",
                                 "S.S.D. Pallavolo Città di Lecce Lecce, 21 Febbraio 2015\n\n"
                                 "Commenti\n"),
                       source, "S.S.D. Pallavolo Città di Lecce");
}

static void
test_no_source (void)
{
  /* a person */
  assert_import_field (STORY ("walker John Smith", "Published By\n\nJohn Smith\n"
                                                   "john@smith.example\n"),
                       source, NULL);
  /* a name the story does not use */
  assert_import_field (STORY ("Heath & Moor Conservation Trust",
                              "Published By\n\nUpland Birds & Wildlife Network\n"
                              "press@upland.example\n"),
                       source, NULL);
  assert_import_field (STORY_IT ("squadra", "Mario Rossi Lecce, 21 Febbraio 2015\n"), source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found248/published-by", test_published_by);
  g_test_add_func ("/importer/found248/signature", test_signature);
  g_test_add_func ("/importer/found248/no-source", test_no_source);
  return g_test_run ();
}
