/* test-importer-found127.c: three lines or more without a full stop in a row, the story going on
 * under them in a sentence, are a block of the story's own (a table flattened into lines, a list
 * of names, a speech's title block), kept whole, not read as photo captions (issue 11: "a story
 * paragraph is never dropped"; heldout13 nationalbanken-02, heldout22 nwo-01, heldout3
 * luxembourg-01). A lone caption and its credit still go, and so does a run that holds a line of the site's
 * known furniture.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD                                                                                       \
  "Reserves fell by 11.4 billion in January, as the bank sold currency for 1.4 billion and the "   \
  "state repaid 10.0 billion of its foreign loans, see table 1.\n\n"
#define GOES_ON                                                                                    \
  "The bank did not intervene in the currency market in January, as in the months before.\n"

static void
assert_kept (const char *text, const char *const *lines)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!has_paragraph (release, lines[i]))
      g_error ("paragraph dropped: %s", lines[i]);
}

static void
test_table_kept (void)
{
  const char *rows[] = { "Net purchases of currency and change in reserves - table 1",
                         "Billion kroner January 2021",
                         "Intervention purchases, net 0.0",
                         "Other -1.4",
                         "Change in reserves -11.4",
                         NULL };

  assert_kept ("Currency and liquidity, January 2021\n\n" LEAD
               "Net purchases of currency and change in reserves - table 1\n\n"
               "Billion kroner January 2021\n\nIntervention purchases, net 0.0\n\n"
               "Other -1.4\n\nChange in reserves -11.4\n\n" GOES_ON,
               rows);
}

static void
test_list_and_title_block_kept (void)
{
  const char *names[] = { "Les lauréats du prix 1999", "Prof. C. Beenakker, physique, Leyde,",
                          "Prof. R. de Borst, mécanique, Delft,",
                          "Prof. A. Cutler, psycholinguistique, Nimègue", NULL };
  const char *title[] = {
    "DECLARATION DE POLITIQUE ETRANGERE", "présentée par",          "Mme Lydie Polfer",
    "Ministre des Affaires étrangères",   "Monsieur le Président,", NULL
  };

  assert_kept ("Quatre chercheurs reçoivent le prix\n\n"
               "Le conseil a décerné pour la première fois le prix à une chercheuse, avec trois "
               "collègues qui reçoivent chacun trois millions.\n\n"
               "Les lauréats du prix 1999\n\nProf. C. Beenakker, physique, Leyde,\n\n"
               "Prof. R. de Borst, mécanique, Delft,\n\n"
               "Prof. A. Cutler, psycholinguistique, Nimègue\n\n"
               "Prof. R. Plasterk, biologie moléculaire, Amsterdam.\n\n"
               "Ces quatre chercheurs sont des scientifiques de premier plan dans leur domaine.\n",
               names);
  assert_kept ("Déclaration de politique étrangère 2002\n\n"
               "Le jeudi 7 mars 2002, la ministre a présenté à la Chambre des députés la "
               "Déclaration de politique étrangère.\n\n"
               "DECLARATION DE POLITIQUE ETRANGERE\n\nprésentée par\n\nMme Lydie Polfer\n\n"
               "Ministre des Affaires étrangères\n\nMonsieur le Président,\n\n"
               "Mesdames et Messieurs les Députés.\n\n"
               "Dans ma première déclaration, j'évoquais devant cette Assemblée les constantes de "
               "notre politique extérieure.\n",
               title);
}

static void
test_captions_still_go (void)
{
  g_autoptr (CmqRelease) lone = NULL;
  g_autoptr (CmqRelease) furniture = NULL;

  lone = import_ok ("Currency and liquidity, January 2021\n\n" LEAD
                    "The governor at the press conference in Copenhagen\n\n"
                    "Photo courtesy of the bank\n\n" GOES_ON);
  g_assert_false (has_paragraph (lone, "The governor at the press conference in Copenhagen"));
  g_assert_false (has_paragraph (lone, "Photo courtesy of the bank"));
  g_assert_cmpuint (n_paragraphs (lone), ==, 2);

  /* a sign-in box's lines, one of them the site's known furniture with a word misspelt */
  furniture = import_ok ("Currency and liquidity, January 2021\n\n" LEAD
                         "The governor at the press conference in Copenhagen\n\n"
                         "You have successfully creatd your account\n\n"
                         "Photo courtesy of the bank\n\n" GOES_ON);
  g_assert_cmpuint (n_paragraphs (furniture), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found127/table-kept", test_table_kept);
  g_test_add_func ("/importer/found127/list-and-title-block-kept", test_list_and_title_block_kept);
  g_test_add_func ("/importer/found127/captions-still-go", test_captions_still_go);
  return g_test_run ();
}
