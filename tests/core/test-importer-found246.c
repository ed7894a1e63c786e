/* test-importer-found246.c: what a distribution service prints under a release it sends for an
 * organisation (issue 11: heldout37 gwct-01, "Press release distributed by Pressat on behalf of
 * Game & Wildlife Conservation Trust, on Friday 21 September, 2018. …", a line of tags,
 * "Published By", the charity's name, e-mail address and site, "Visit Newsroom", "No media
 * attached. …"), and a closing signature that writes the organisation, then its place and date
 * (heldout37 brindisi-01): not the story, in English, French and Italian. A sender's label or a
 * signature above more story leaves the story whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LAST_EN "The trust will continue to engage with the Welsh Government and the regulator."
#define LAST_FR                                                                                    \
  "La fédération continuera de travailler avec le ministère et les clubs de la région."
#define LAST_IT                                                                                    \
  "La società si riserva di prendere seri provvedimenti nei confronti dei responsabili."

#define STORY_EN(tail)                                                                             \
  "A blow for wildlife, says the Heath & Moor Conservation Trust\n\n"                              \
  "The Heath & Moor Conservation Trust feels the decision to end grazing on public land is a "     \
  "blow for wildlife, as its studies have shown over many years of work in the hills.\n\n" LAST_EN \
  "\n\n" tail

#define STORY_FR(tail)                                                                                  \
  "La fédération salue la décision du ministère\n\n"                                                \
  "La Fédération Régionale des Clubs de Randonnée salue la décision du ministère de rouvrir les " \
  "sentiers du massif après deux années de travaux importants.\n\n" LAST_FR "\n\n" tail

#define STORY_IT(tail)                                                                             \
  "La società: basta con le voci infondate\n\n"                                                   \
  "Purtroppo siamo costretti a smentire voci infondate create ad arte per diffamare la "           \
  "S.S.D. Pallavolo Città di Lecce e i suoi tesserati.\n\n" LAST_IT "\n\n" tail

static void
test_distributor_block (void)
{
  assert_last_paragraph (
      STORY_EN ("Press release distributed by Wirenews on behalf of Heath & Moor Conservation "
                "Trust, on Friday 21 September, 2018. For more information subscribe and follow "
                "https://wirenews.example/\n\n"
                "Wales Grazing Policy Politics Environment & Nature Farming\n"
                "Published By\n\nHeath & Moor Conservation Trust\npress@heathmoor.example\n"
                "https://www.heathmoor.example/\n\nVisit Newsroom\n\nMedia\n\n"
                "No media attached. Please contact Heath & Moor Conservation Trust for more "
                "information.\n\nAdditional PR Formats\n"),
      LAST_EN);
  assert_last_paragraph (
      STORY_FR ("Communiqué diffusé par Fil Presse pour le compte de la Fédération Régionale des "
                "Clubs de Randonnée, le vendredi 21 septembre 2018.\n\n"
                "Randonnée Sentiers Massif Tourisme\n"
                "Publié par\n\nFédération Régionale des Clubs de Randonnée\n"
                "presse@frcr.example\n\nVoir la salle de presse\n"),
      LAST_FR);
  /* a sender's label over its name and address alone */
  assert_last_paragraph (STORY_EN ("Published By\n\nHeath & Moor Conservation Trust\n"
                                   "press@heathmoor.example\nhttps://www.heathmoor.example/\n"),
                         LAST_EN);
}

static void
test_signature (void)
{
  assert_last_paragraph (STORY_IT ("S.S.D. Pallavolo Città di Lecce Lecce, 21 Febbraio 2015\n\n"
                                   "Il nuovo allenatore si presenta\nEmergenza in difesa?\n"),
                         LAST_IT);
  assert_last_paragraph (STORY_FR ("Fédération Régionale des Clubs de Randonnée Grenoble, le 3 "
                                   "mars 2019\n"),
                         LAST_FR);
}

static void
test_story_kept (void)
{
  /* a signature with a story paragraph under it */
  assert_last_paragraph (
      STORY_IT ("S.S.D. Pallavolo Città di Lecce Lecce, 21 Febbraio 2015\n\n"
                "Il presidente ha poi ricordato che la squadra giocherà domenica la partita più "
                "importante della stagione davanti al proprio pubblico, e che i tifosi potranno "
                "acquistare i biglietti presso la sede della società fino a sabato sera.\n"),
      "Il presidente ha poi ricordato che la squadra giocherà domenica la partita più importante "
      "della stagione davanti al proprio pubblico, e che i tifosi potranno acquistare i biglietti "
      "presso la sede della società fino a sabato sera.");
  /* a sender's label with a story paragraph under it */
  assert_last_paragraph (
      STORY_EN ("Published By\n\nHeath & Moor Conservation Trust\npress@heathmoor.example\n\n"
                "The trust's own report on the hills, published last spring, found that grazing "
                "kept the heather young and gave the birds that nest in it more cover in the "
                "first weeks of the season than any other kind of management in the region.\n"),
      "The trust's own report on the hills, published last spring, found that grazing kept the "
      "heather young and gave the birds that nest in it more cover in the first weeks of the "
      "season than any other kind of management in the region.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found246/distributor-block", test_distributor_block);
  g_test_add_func ("/importer/found246/signature", test_signature);
  g_test_add_func ("/importer/found246/story-kept", test_story_kept);
  return g_test_run ();
}
