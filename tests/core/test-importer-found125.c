/* test-importer-found125.c: an address glued before a title's words (issue 11). A contact
 * block's e-mail address, or the form a page's protection leaves of it ("[email protected]"),
 * that the copy ran into the next line ("[email protected] Joslyn Art Museum Announces …",
 * heldout26 joslyn-01), is never part of the title, in English and French; the story's
 * paragraph keeps it whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_mangled_en (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("[email protected] Art Museum Announces Opening of Reinstalled Galleries. "
                 "A new presentation of the museum's collection awaits visitors today.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Art Museum Announces Opening of Reinstalled Galleries");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "[email protected]"));
}

static void
test_address_fr (void)
{
  assert_import_field ("presse@musee.fr Le musée rouvre ses galeries européennes. Une nouvelle "
                       "présentation de la collection attend les visiteurs dès aujourd'hui.\n",
                       title, "Le musée rouvre ses galeries européennes");
}

static void
test_sentence_kept (void)
{
  assert_import_field ("info@example.org is the address to write to for the museum's tickets. "
                       "The galleries open again today.\n",
                       title,
                       "info@example.org is the address to write to for the museum's tickets");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found125/mangled-en", test_mangled_en);
  g_test_add_func ("/importer/found125/address-fr", test_address_fr);
  g_test_add_func ("/importer/found125/sentence-kept", test_sentence_kept);
  return g_test_run ();
}
