/* test-importer-found244.c: a headline that opens with a sign, not a letter (issue 11: heldout37
 * ulster-01 "£16M Boost for University of Ulster Research", ffhb-01 "[Communiqué] La FF Handball
 * apporte des précisions …") is the release's title, not chrome with the title made of the lead,
 * in English and French, for an amount and a label between brackets; a label that names a kind
 * gives the release its kind. A label naming no kind ("[Note] …", test-importer-found13b.c), a
 * sentence, a line ending in a colon and a label with nothing
 * shaped like a headline after it are no headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "\n\nThe University today revealed details of £16m investment for research which will fund "    \
  "three research facilities at its campuses.\n\n"                                                 \
  "The three research proposals received funding under the programme for university "              \
  "research.\n"
/* the title made of the lead when there is no headline */
#define LEAD_TITLE                                                                                 \
  "The University today revealed details of £16m investment for research which will fund three "  \
  "research"
#define STORY_FR                                                                                   \
  "\nLa Fédération a communiqué suite aux dernières mesures gouvernementales et notamment la " \
  "fermeture des gymnases dans les zones d’alerte renforcée.\n"                                 \
  "Les clubs sont ainsi invités à envisager des inversions quand cela est possible.\n"

static void
test_sign_headline (void)
{
  assert_import_field ("£16M Boost for University Research" STORY, title,
                       "£16M Boost for University Research");
  assert_import_field ("$3 Million Grant for New Research Centre" STORY, title,
                       "$3 Million Grant for New Research Centre");
  assert_import_field ("[Communiqué] La Fédération apporte des précisions suite aux mesures "
                       "gouvernementales" STORY_FR,
                       title,
                       "[Communiqué] La Fédération apporte des précisions suite aux mesures "
                       "gouvernementales");
  assert_import_field ("[Communiqué] La Fédération apporte des précisions suite aux mesures "
                       "gouvernementales" STORY_FR,
                       kind, "press release");
  assert_import_field ("[Press release] New Opening Hours for the University Library" STORY, title,
                       "[Press release] New Opening Hours for the University Library");
}

static void
test_no_headline (void)
{
  /* a line ending in a colon, and a label with nothing shaped like a headline after it */
  assert_import_field ("£16M boost for research, the details:" STORY, title, LEAD_TITLE);
  assert_import_field ("[Menu] home" STORY, title, LEAD_TITLE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found244/sign-headline", test_sign_headline);
  g_test_add_func ("/importer/found244/no-headline", test_no_headline);
  return g_test_run ();
}
