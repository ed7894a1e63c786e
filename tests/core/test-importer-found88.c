/* test-importer-found88.c: a date broken over two lines, its year alone on the second (issue 11:
 * heldout23 ebop-01, "For immediate release: Tuesday 14 April," then "2009"): the year completes
 * the date above it, day first or month first, in English and French. A year alone under a line
 * that does not end with a day and a month is left as it is, and never made a date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "A court decision upholding the council's processes in deciding to relocate its headquarters "   \
  "was welcomed by the council's chairman.\n"                                                      \
  "\"The outcome gives staff and the organisation a clear direction for the future,\" he said.\n"

#define HISTOIRE                                                                                       \
  "Le conseil régional se félicite de la décision du tribunal sur le déménagement de son siège " \
  "à Tauranga.\n"                                                                                     \
  "« Cette décision donne au personnel une direction claire pour l'avenir », a déclaré le "       \
  "président.\n"

static void
test_year_completes_date (void)
{
  assert_import_field ("Council welcomes decision\nMEDIA RELEASE\n"
                       "For immediate release: Tuesday 14 April,\n2009\n" STORY,
                       date, "2009-04-14");
  assert_import_field ("Council welcomes decision\nMEDIA RELEASE\n"
                       "For immediate release: April 14,\n2009\n" STORY,
                       date, "2009-04-14");
  assert_import_field ("Le conseil se félicite de la décision\nCOMMUNIQUÉ DE PRESSE\n"
                       "Publié le mardi 14 avril\n2009\n" HISTOIRE,
                       date, "2009-04-14");
}

static void
test_year_alone (void)
{
  /* the line above names no day: the year is a line of its own, and no date is made */
  assert_import_field ("Council welcomes decision\nMEDIA RELEASE\n"
                       "For immediate release\n2009\n" STORY,
                       date, NULL);
  /* the date above states its own year */
  assert_import_field ("Council welcomes decision\nMEDIA RELEASE\n"
                       "For immediate release: Tuesday 14 April 2009\n2010\n" STORY,
                       date, "2009-04-14");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found88/year-completes-date", test_year_completes_date);
  g_test_add_func ("/importer/found88/year-alone", test_year_alone);
  return g_test_run ();
}
