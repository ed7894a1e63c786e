/* test-importer-found31.c: a site's publishing stamp above the story, its name before the date
 * and a time of day ("Just Earth News 28 Sep 2016, 05:52 am Print", issue 11: heldout7
 * unesco-02), is the release's date line; an update's stamp is not. (A name and a date without a
 * time, or with a sentence after it, are read as a headline by other rules, and so left out.)
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "\"I condemn the attack on the reporters of the local radio,\" declared the Director-General "   \
  "of the organisation in a statement.\n"                                                          \
  "\"Targeting journalists for their work is an attack on society as a whole,\" she added.\n"      \
  "The Director-General issues statements on the killing of media workers in line with a "         \
  "resolution adopted by the Member States.\n"

static void
test_named_stamp (void)
{
  static const struct
  {
    const char *line;
    const char *date;
  } cases[] = {
    { "Just Earth News 28 Sep 2016, 05:52 am Print", "2016-09-28" },
    { "Daily Wire Sep 28, 2016 5:52 PM", "2016-09-28" },
    { "Agence Presse 28/09/2016 14:05", "2016-09-28" },
    /* an update's stamp is a decoy */
    { "Mise à jour 28 septembre 2016 14:05", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].line, "\nJane Reporter\n" STORY, NULL);

      assert_import_field (text, date, cases[i].date);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found31/named-stamp", test_named_stamp);
  return g_test_run ();
}
