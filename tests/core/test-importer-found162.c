/* test-importer-found162.c: headlines (issue 11). A headline marked by an emoji or a symbol
 * before its first word ("🔴 COMMUNIQUÉ DU PRÉSIDENT", heldout29 fleury-01; "► …", "★ …") is
 * still the headline, and a kind label behind such a mark still names the release's kind, in
 * French and English; the symbols alone are no headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static const char *const french =
    "haut de page\n\n"
    "\U0001F534 COMMUNIQUÉ DU PRÉSIDENT\n\n\n"
    "Le club a décidé de fermer toutes ses activités jusqu'à nouvel ordre, en raison de la "
    "situation sanitaire que traverse le pays.\n\n"
    "Les tournois programmés sont annulés et les licenciés seront informés de la reprise.\n";

static void
test_emoji_kind_label (void)
{
  g_autoptr (CmqRelease) release = import_ok (french);

  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_title (release), ==, "\U0001F534 Communiqué du président");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

static void
test_symbol_headline (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Skip to content\n\n"
                 "\u25BA New Opening Hours for the Town Library\n\n"
                 "From Monday the town library will open at eight in the morning and close at "
                 "eight in the evening, six days a week.\n\n"
                 "The longer hours follow a survey of the library's readers last year.\n");

  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "\u25BA New Opening Hours for the Town Library");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found162/emoji-kind-label", test_emoji_kind_label);
  g_test_add_func ("/importer/found162/symbol-headline", test_symbol_headline);
  return g_test_run ();
}
