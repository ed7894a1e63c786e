/* test-importer-found236.c: the paragraph an organisation puts under every release of a kind,
 * saying what it does as a rule (issue 11: heldout7 unesco-01, "The Director-General of UNESCO
 * issues statements on the killing of media workers in line with Resolution 29 …"; "UNESCO
 * promotes the safety of journalists through …"), is not the story, in English, French and
 * German. What the organisation does about the story's event ("UNESCO calls on the authorities
 * …", "The Director-General of UNESCO is deeply concerned …") stays, as does a note naming an
 * organisation the story does not name.
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

#define STORY_FR                                                                                      \
  "La Directrice générale de l'UNESCO condamne le meurtre d'une journaliste\n\n"                    \
  "La Directrice générale de l'UNESCO a condamné aujourd'hui le meurtre de la journaliste Jeanne " \
  "Martin, tuée dimanche dans le nord du pays.\n\n"                                                  \
  "Jeanne Martin était rédactrice en chef d'un journal local depuis dix ans.\n\n"
#define LAST_FR "Jeanne Martin était rédactrice en chef d'un journal local depuis dix ans."

#define STORY_DE                                                                                    \
  "UNESCO-Generaldirektorin verurteilt Tötung einer Journalistin\n\n"                              \
  "Die Generaldirektorin der UNESCO hat heute die Tötung der Journalistin Erika Muster im Norden " \
  "des Landes verurteilt.\n\n"                                                                      \
  "Erika Muster war seit zehn Jahren Chefredakteurin einer örtlichen Zeitung.\n\n"
#define LAST_DE "Erika Muster war seit zehn Jahren Chefredakteurin einer örtlichen Zeitung."

static void
test_standing_note (void)
{
  assert_last_paragraph (STORY_EN "The Director-General of UNESCO issues statements on the killing "
                                  "of media workers in line with Resolution 29 adopted by UNESCO "
                                  "Member States in 1997.\n",
                         LAST_EN);
  assert_last_paragraph (STORY_EN "UNESCO promotes the safety of journalists through global "
                                  "awareness-raising, capacity building and the UN Plan of "
                                  "Action.\n",
                         LAST_EN);
  assert_last_paragraph (STORY_FR "L'UNESCO promeut la sécurité des journalistes par la "
                                  "sensibilisation, le renforcement des capacités et le plan "
                                  "d'action des Nations unies.\n",
                         LAST_FR);
  assert_last_paragraph (STORY_DE "Die UNESCO fördert die Sicherheit von Journalistinnen und "
                                  "Journalisten durch Sensibilisierung und den Aktionsplan der "
                                  "Vereinten Nationen.\n",
                         LAST_DE);
}

static void
test_story_kept (void)
{
  /* the organisation acts on the story's event */
  assert_last_paragraph (STORY_EN "UNESCO calls on the authorities to investigate this crime and "
                                  "to bring its perpetrators to trial without delay.\n",
                         "UNESCO calls on the authorities to investigate this crime and to bring "
                         "its perpetrators to trial without delay.");
  assert_last_paragraph (STORY_EN "The Director-General of UNESCO is deeply concerned by the "
                                  "safety of the journalists who work in the region.\n",
                         "The Director-General of UNESCO is deeply concerned by the safety of "
                         "the journalists who work in the region.");
  /* a quotation, its speech tag after it */
  assert_last_paragraph (STORY_EN "UNESCO supports the journalists of the region”, the "
                                  "Director-General said. “I call on all parties to protect them "
                                  "and their work.”\n",
                         "UNESCO supports the journalists of the region”, the Director-General "
                         "said. “I call on all parties to protect them and their work.”");
  /* an organisation the story does not name */
  assert_last_paragraph (STORY_EN "NATO supports the reconstruction of the town's radio station "
                                  "with a grant and the help of its engineers.\n",
                         "NATO supports the reconstruction of the town's radio station with a "
                         "grant and the help of its engineers.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found236/standing-note", test_standing_note);
  g_test_add_func ("/importer/found236/story-kept", test_story_kept);
  return g_test_run ();
}
