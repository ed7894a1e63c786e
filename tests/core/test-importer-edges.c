/* test-importer-edges.c: the importer at the story's two edges on synthetic pages: the heading
 * of the organisation's note, what follows the story's last paragraph and what stands above its
 * first.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer.h"
#include "importer-fixture.h"

static gboolean
is_note_heading (const char *text)
{
  g_autofree char *key = cmq_importer_key (text);

  return cmq_importer_is_note_heading (text, key, cmq_importer_count_words (key));
}

/* The heading of the organisation's note: one of the openers of interface-words.txt ("About",
 * "À propos", "Über", "Acerca de"), then a name (a capital), never a sentence; one long name
 * too. */
static void
test_note_heading (void)
{
  static const char *const headings[] = {
    "About the ICRC",
    "À propos de l'OCDE",
    "About Ulkoministeriö / Utrikesministeriet",
    "Über die Kommission",
    "About News from the Ministry of Foreign Affairs of Denmark",
  };
  static const char *const others[] = {
    "About the new dams",
    "About the ICRC.",
    "About",
    "About this release: what the ministry said about the floods of the spring in the North",
    "The report about the Ministry",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_assert_true (is_note_heading (headings[i]));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_false (is_note_heading (others[i]));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/note-heading", test_note_heading);
  return g_test_run ();
}
