/* test-importer-found257.c: the note an organisation puts under every release of a kind, citing
 * the resolution under which it does what the release did (issue 11: heldout7 unesco-01,
 * unesco-02, "The Director-General of UNESCO issues statements on the killing of media workers
 * in line with Resolution 29 adopted by UNESCO Member States in 1997, entitled “Condemnation of
 * Violence against Journalists.”"), is not the story, in English, French and German, though it
 * holds figures and quotation marks (the resolution's number, year and title). What the
 * organisation does without citing a resolution, a paragraph that quotes someone, and a note
 * of an organisation the story does not name stay the story's last (test-importer-found64.c
 * keeps the others).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "UNESCO Chief Condemns Killing of Journalist\n\n"                                                \
  "The Director-General of UNESCO today denounced the killing of the correspondent Jane Doe on "   \
  "Sunday in the north of the country.\n\n"                                                        \
  "Jane Doe was reporting near the town when a rocket killed her.\n\n"
#define LAST_EN "Jane Doe was reporting near the town when a rocket killed her."

#define STORY_FR                                                                                   \
  "La Directrice générale de l'UNESCO condamne le meurtre d'une journaliste\n\n"                 \
  "La Directrice générale de l'UNESCO a condamné aujourd'hui le meurtre de la journaliste "     \
  "Jeanne Martin, tuée dimanche dans le nord du pays.\n\n"                                        \
  "Jeanne Martin était rédactrice en chef d'un journal local depuis dix ans.\n\n"
#define LAST_FR "Jeanne Martin était rédactrice en chef d'un journal local depuis dix ans."

#define STORY_DE                                                                                   \
  "UNESCO-Generaldirektorin verurteilt Tötung einer Journalistin\n\n"                             \
  "Die Generaldirektorin der UNESCO hat heute die Tötung der Journalistin Erika Muster im "       \
  "Norden des Landes verurteilt.\n\n"                                                              \
  "Erika Muster war seit zehn Jahren Chefredakteurin einer örtlichen Zeitung.\n\n"
#define LAST_DE "Erika Muster war seit zehn Jahren Chefredakteurin einer örtlichen Zeitung."

static void
test_mandate_note (void)
{
  assert_last_paragraph (STORY_EN "The Director-General of UNESCO issues statements on the "
                                  "killing of media workers in line with Resolution 29 adopted "
                                  "by UNESCO Member States in 1997, entitled “Condemnation of "
                                  "Violence against Journalists.”\n",
                         LAST_EN);
  assert_last_paragraph (STORY_EN "The Director-General of UNESCO issues statements on the "
                                  "killing of media workers in line with Resolution 29 adopted "
                                  "by UNESCO Member States in 1997. These statements are posted "
                                  "on a dedicated webpage, UNESCO condemns the killing of "
                                  "journalists\n",
                         LAST_EN);
  assert_last_paragraph (STORY_FR "La Directrice générale de l'UNESCO publie des déclarations sur "
                                  "le meurtre de professionnels des médias conformément à la "
                                  "résolution 29 adoptée par les États membres en 1997.\n",
                         LAST_FR);
  assert_last_paragraph (STORY_DE "Die UNESCO verurteilt die Tötung von Medienschaffenden gemäß "
                                  "der Resolution 29, die ihre Mitgliedstaaten 1997 verabschiedet "
                                  "haben.\n",
                         LAST_DE);
}

static void
test_story_kept (void)
{
  /* no resolution cited: what the organisation did, with a figure */
  assert_last_paragraph (STORY_EN "UNESCO promotes the safety of journalists through the 12 "
                                  "projects of its Plan of Action in the region.\n",
                         "UNESCO promotes the safety of journalists through the 12 projects of "
                         "its Plan of Action in the region.");
  /* a quotation, its speech tag after it */
  assert_last_paragraph (STORY_EN
                         "“UNESCO condemns every such killing in line with Resolution 29”, "
                         "the Director-General said in Paris on Monday.\n",
                         "“UNESCO condemns every such killing in line with Resolution 29”, the "
                         "Director-General said in Paris on Monday.");
  /* an organisation the story does not name */
  assert_last_paragraph (STORY_EN "The Secretary-General of NATO issues statements on attacks on "
                                  "journalists in line with the decision of its Council in "
                                  "2019.\n",
                         "The Secretary-General of NATO issues statements on attacks on "
                         "journalists in line with the decision of its Council in 2019.");
  /* another body's resolution: what the Alliance does under the UN's is the story's */
  assert_last_paragraph ("NATO trains Afghan forces\n\n"
                         "BRUSSELS, 12 March 2015 – NATO Defence Ministers met today in Brussels "
                         "to review the training mission in Afghanistan.\n\n"
                         "NATO supports the Afghan security forces in line with UN Security "
                         "Council Resolution 2189, adopted unanimously in December 2014.\n",
                         "NATO supports the Afghan security forces in line with UN Security "
                         "Council Resolution 2189, adopted unanimously in December 2014.");
  /* a past act, not a standing practice */
  assert_last_paragraph (STORY_EN "UNESCO adopted in 1997 a resolution on the safety of "
                                  "journalists, in line with Resolution 29 of its General "
                                  "Conference.\n",
                         "UNESCO adopted in 1997 a resolution on the safety of journalists, in "
                         "line with Resolution 29 of its General Conference.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found257/mandate-note", test_mandate_note);
  g_test_add_func ("/importer/found257/story-kept", test_story_kept);
  return g_test_run ();
}
