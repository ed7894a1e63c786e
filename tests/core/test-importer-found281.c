/* test-importer-found281.c: a line saying when the text was made ("This announcement was made on
 * 7th July 2017", issue 11: heldout39 ican-01) dates the release before a reposting site's stamp
 * above it ("Posted: 9th July 2017"), in English and French. The letter's salutation and the
 * one-line exclamation under it ("Dear friends," / "We did it!") open its story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_made_line (void)
{
  assert_import_field ("A New Treaty for the Oceans\n\nPosted: 22nd March 2023\n\n"
                       "This statement was issued on 4th March 2023\n\n"
                       "Today governments agreed on a treaty to protect the high seas, after years "
                       "of negotiations at the United Nations.\n\nThank you for your support.\n",
                       date, "2023-03-04");
  assert_import_field ("Un nouveau traité pour les océans\n\nPublié le 22 mars 2023\n\n"
                       "Ce communiqué a été publié le 4 mars 2023.\n\n"
                       "Les gouvernements se sont accordés aujourd'hui sur un traité pour "
                       "protéger la haute mer, après des années de négociations.\n",
                       date, "2023-03-04");
}

static void
test_exclamation (void)
{
  assert_first_paragraph ("A New Treaty for the Oceans\n\nDear friends,\n\nWe did it!\n\n"
                          "Today governments agreed on a treaty to protect the high seas, after "
                          "years of negotiations at the United Nations.\n\nThank you.\n",
                          "Dear friends,");
  assert_first_paragraph ("Un nouveau traité pour les océans\n\nChers amis,\n\nNous avons réussi !"
                          "\n\nLes gouvernements se sont accordés aujourd'hui sur un traité pour "
                          "protéger la haute mer, après des années de négociations.\n",
                          "Chers amis,");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found281/made-line", test_made_line);
  g_test_add_func ("/importer/found281/exclamation", test_exclamation);
  return g_test_run ();
}
