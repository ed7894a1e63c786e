/* test-importer-found252.c: a headline ending with a date written in capitals like the words
 * before it ("New Procedure for Announcing Opinions BEGINS JULY 1"; issue 11: heldout37
 * nhcourts-01) keeps its date: the date is the headline's own phrase, not the page's date glued
 * after it, in English and French. The page's date glued after a headline in ordinary type is
 * still cut off it (heldout unesco: "… in Ukraine 22 March").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The Supreme Court announced today that the clerk's office will no longer give advance notice "  \
  "by mail that an opinion will be issued.\n\n"                                                    \
  "Print copies of opinions will be available at the court on the release date.\n"

#define STORY_FR                                                                                   \
  "La cour a annoncé aujourd'hui que le greffe n'enverra plus d'avis par courrier avant la "      \
  "publication d'un arrêt.\n\n"                                                                   \
  "Les arrêts seront disponibles au greffe le jour de leur publication.\n"

static void
test_date_in_capitals (void)
{
  assert_import_field ("DATE: June 29, 2004\n\n\n"
                       "New Procedure for Announcing Opinions BEGINS JULY 1\n\n" STORY,
                       title, "New Procedure for Announcing Opinions BEGINS JULY 1");
  assert_import_field (
      "Nouvelle procédure de publication des arrêts DÈS LE 1ER JUILLET\n\n" STORY_FR, title,
      "Nouvelle procédure de publication des arrêts DÈS LE 1ER JUILLET");
  assert_import_field ("Court Announces New Procedure For Opinions STARTING 1 JULY\n\n" STORY,
                       title, "Court Announces New Procedure For Opinions STARTING 1 JULY");
}

static void
test_page_date_glued (void)
{
  assert_import_field ("UNESCO Chief Condemns Killing of Journalist in Ukraine 22 March\n\n" STORY,
                       title, "UNESCO Chief Condemns Killing of Journalist in Ukraine");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found252/date-in-capitals", test_date_in_capitals);
  g_test_add_func ("/importer/found252/page-date-glued", test_page_date_glued);
  return g_test_run ();
}
