/* test-importer-found214.c: the kind a headline names after its issuer's name, then the topic
 * of the statement: "Electoral Commission statement on the running of the 5 May polls"
 * (heldout34 eleccomm-01), in the languages the importer reads; a speech's noun that is another
 * word before a topic ("intervention on prices", "address on Main Street") names no kind.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A story that names no kind in its first sentence. */
#define STORY                                                                                      \
  "The Commission has worked with the returning officers across the country to make sure that "    \
  "every vote could be cast in safety, and that the count was carried out in time.\n\n"            \
  "It will now gather information from voters, candidates and campaigners, and it will report "    \
  "to Parliament in the autumn.\n"

/* Headlines that name a statement after its issuer, then its topic. */
static const char *const statements[] = {
  "Electoral Commission statement on the running of the 5 May polls",
  "Electoral Commission statement regarding the count in three constituencies",
  "Commission électorale : déclaration sur le déroulement du scrutin",
  "Wahlkommission Erklärung zum Ablauf der Wahlen",
  "Comisión Electoral declaración sobre el desarrollo de las elecciones",
  "Commissione elettorale dichiarazione sullo svolgimento del voto",
  "Kiesraad verklaring over het verloop van de verkiezingen",
};

/* Headlines whose word after a name is a kind's only by chance. */
static const char *const others[] = {
  "Government intervention on energy prices",
  "New address on Main Street for the office",
  "Lawmakers speech on Main Street ends in applause",
};

static void
test_statement_on_topic (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      g_autofree char *text = g_strconcat (statements[i], "\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, statements[i]);
      g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
    }
}

static void
test_other_words_on_topic (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autofree char *text = g_strconcat (others[i], "\n\n", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, others[i]);
      g_assert_null (cmq_release_get_kind (release));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/statement-on-topic", test_statement_on_topic);
  g_test_add_func ("/importer/other-words-on-topic", test_other_words_on_topic);
  return g_test_run ();
}
