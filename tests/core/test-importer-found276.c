/* test-importer-found276.c: "Pressestatement" alone under a headline is a statement (issue 11:
 * heldout36 mil-01), and "News provided by X on <date>" over a release a wire carries is a press
 * release (heldout37 gwct-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_pressestatement (void)
{
  assert_import_field ("Fahrplanangebot bleibt erhalten\n\nPressestatement\n\n"
                       "- Erschienen am 24.03.2020\n\n"
                       "Das Fahrplanangebot der Stadtwerke bleibt trotz der Lage erhalten. Alle "
                       "Linien fahren wie gewohnt.\n\n"
                       "Die Fahrgäste werden gebeten, Abstand zu halten.\n",
                       kind, "statement");
}

static void
test_news_provided_by (void)
{
  assert_import_field ("GWCT disappointed at Natural Resources Wales decision\n\n"
                       "News provided by Game & Wildlife Conservation Trust on Friday 21st Sep "
                       "2018\n\n"
                       "The Game & Wildlife Conservation Trust (GWCT) feels the decision to end "
                       "shooting on their land is bizarre.\n\n"
                       "The trust will ask the board to reconsider.\n",
                       kind, "press release");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found276/pressestatement", test_pressestatement);
  g_test_add_func ("/importer/found276/news-provided-by", test_news_provided_by);
  return g_test_run ();
}
