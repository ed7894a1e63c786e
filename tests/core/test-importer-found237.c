/* test-importer-found237.c: the note a reposting site's owner addresses to the reader above the
 * releases it carries, closed by a welcome and the owner's name (issue 11: heldout36 lama-01,
 * "De quoi s'agit-il ici ? …", "Bienvenue !", "Jean-Bernard Emery", the site's lines, then the
 * release), is not the story, in French and English: the story starts at the release. A note
 * with no story under it, or a welcome with no name under it, keeps its paragraphs.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define NOTE_FR                                                                                     \
  "Intro\n\n"                                                                                       \
  "De quoi s'agit-il ici ? Pas d'un site d'information, puisque nul journaliste n'en a écrit une " \
  "ligne, mais de celui d'un attaché de presse occupé par le cinéma et travaillant à Paris.\n"  \
  "Le contenu de ce site est aussi bien accessible au public qu'à la presse : ces informations "   \
  "sont brutes, non encore polies par celle-ci.\n"
#define NOTE_EN                                                                                    \
  "What is this site? Not a news site, since no journalist wrote a line of it, but that of a "     \
  "press attaché working for films in Paris, who posts the releases he sends.\n"

#define RELEASE_FR                                                                                  \
  "Le 25e Festival du Film s'est achevé sur un nouveau succès public, avec dix pour cent de "     \
  "spectateurs de plus que l'an dernier.\n"                                                         \
  "Les trois sites de projection ont plusieurs fois affiché complet, notamment pour les séances " \
  "en présence des réalisateurs.\n"
#define FIRST_FR                                                                                   \
  "Le 25e Festival du Film s'est achevé sur un nouveau succès public, avec dix pour cent de "    \
  "spectateurs de plus que l'an dernier."
#define RELEASE_EN                                                                                 \
  "The 25th Film Festival closed with a new attendance record, ten per cent more than last year, " \
  "in its three cinemas.\n\n"                                                                      \
  "The screenings were sold out several times, and chairs had to be added for the closing night "  \
  "of the festival.\n"
#define FIRST_EN                                                                                   \
  "The 25th Film Festival closed with a new attendance record, ten per cent more than last year, " \
  "in its three cinemas."

static void
test_welcome_note (void)
{
  assert_first_paragraph (NOTE_FR "Bienvenue !\nJean-Bernard Emery\n"
                                  "CinePressContact, site ouvert en janvier 2007.\n\n"
                                  "> si vous souhaitez recevoir nos communiqués, cliquez ici\n\n"
                                  "Actu\n\n" RELEASE_FR,
                          FIRST_FR);
  assert_first_paragraph (NOTE_EN "Welcome!\nJane Doe\n\nNews\n\n" RELEASE_EN, FIRST_EN);
}

static void
test_note_kept (void)
{
  /* no name under the welcome */
  assert_first_paragraph (NOTE_EN "Welcome!\n\nNews\n\n" RELEASE_EN,
                          "What is this site? Not a news site, since no journalist wrote a line "
                          "of it, but that of a press attaché working for films in Paris, who "
                          "posts the releases he sends.");
  /* one paragraph under the note: no story goes on there */
  assert_first_paragraph (NOTE_EN "Welcome!\nJane Doe\n\nNews\n\n"
                                  "The 25th Film Festival closed with a new attendance record, "
                                  "ten per cent more than last year, in its three cinemas.\n",
                          "What is this site? Not a news site, since no journalist wrote a line "
                          "of it, but that of a press attaché working for films in Paris, who "
                          "posts the releases he sends.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found237/welcome-note", test_welcome_note);
  g_test_add_func ("/importer/found237/note-kept", test_note_kept);
  return g_test_run ();
}
