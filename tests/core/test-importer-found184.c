/* test-importer-found184.c: a full date alone on its line under the signature that closes the
 * story (issue 11: heldout33 perigueux-01, "Service communication du diocèse de Périgueux et
 * Sarlat", then "Le 29 octobre 2013"): the release's own date, in English and French, when it
 * opens as a letter's date does. A date with no signature over it, one that opens with its day or
 * weekday under a title, or one of a list of dates below the story, dates nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Council welcomes the court's decision\n\n"                                                      \
  "The council welcomed the court's decision upholding the way it chose to move its offices to "   \
  "the city centre.\n\n"                                                                           \
  "\"The outcome gives our staff and the community a clear direction for the future,\" the "       \
  "chairman said after the hearing.\n\n"

#define HISTOIRE                                                                                     \
  "Le conseil salue la décision du tribunal\n\n"                                                    \
  "Le conseil se félicite de la décision du tribunal qui confirme la manière dont il a choisi "   \
  "de déménager ses bureaux au centre-ville.\n\n"                                                  \
  "« Cette décision donne au personnel et aux habitants une direction claire pour l'avenir », a " \
  "déclaré le président après l'audience.\n\n"

static void
test_signed_date (void)
{
  assert_import_field (HISTOIRE "Service communication du conseil régional\n\n"
                                "Le 29 octobre 2013\n\nPartager cet article\n",
                       date, "2013-10-29");
  assert_import_field (STORY "Jane Doe\nHead of Communications, Regional Council\n"
                             "Done at Tauranga, 12 March 2019\n",
                       date, "2019-03-12");
}

static void
test_not_signed (void)
{
  /* no signature over the date: a related item's, perhaps */
  assert_import_field (STORY "12 March 2019\n", date, NULL);
  /* a list of dated items below the story */
  assert_import_field (STORY "Council adopts its budget\n12 March 2019\n"
                             "Council opens its new library\n2 February 2019\n",
                       date, NULL);
  /* a title over a date that opens with its day: a related item's */
  assert_import_field (STORY "Council opens its new library\n12 March 2019\n", date, NULL);
  assert_import_field (HISTOIRE "Le conseil ouvre sa médiathèque\n\nmardi 12 mars 2019\n", date,
                       NULL);
  /* a sentence, not a signature */
  assert_import_field (STORY "The council thanks everyone who took part.\n12 March 2019\n", date,
                       NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found184/signed-date", test_signed_date);
  g_test_add_func ("/importer/found184/not-signed", test_not_signed);
  return g_test_run ();
}
