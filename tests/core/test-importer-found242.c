/* test-importer-found242.c: a story's first date that a legal act's past participle governs
 * (issue 11: heldout37 mali-01, "les auteurs invoquent le décret n°08-039/PM-RM signé par le
 * Premier ministre le 22 janvier 2008, …"), with nothing else dating the release, is the act's
 * day, not the release's: no date is made of it, in French and English, with or without the
 * act's number. A minister who signs an act in the main clause, an act's participle far from the
 * day, a date line, and "the law passed on" (a simple past as well) keep the date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(lead)                                                                              \
  "The spokesman keeps his post\n\n" lead "\n\n"                                                   \
  "The government recalls that three decrees follow every new cabinet, and that none of them "     \
  "changed the minister's duties.\n"

#define RELEASE_FR(lead)                                                                           \
  "Le porte-parole garde sa fonction\n\n" lead "\n\n"                                              \
  "Le gouvernement rappelle que trois décrets suivent chaque formation du gouvernement, et "      \
  "qu’aucun d’eux n’a changé les attributions du ministre.\n"

static void
test_act_day (void)
{
  assert_import_field (RELEASE_FR ("A l’appui de cette allégation, les auteurs invoquent le décret "
                                   "n°08-039/PM-RM signé par le Premier ministre le 22 janvier "
                                   "2008, lequel porte répartition des services publics."),
                       date, NULL);
  assert_import_field (RELEASE_FR ("Les auteurs invoquent la loi adoptée par le Parlement le 3 mai "
                                   "2012, qui réforme les services publics."),
                       date, NULL);
  assert_import_field (RELEASE_FR ("Les auteurs invoquent l’arrêté publié au Journal officiel le 3 "
                                   "mai 2012, qui répartit les services publics."),
                       date, NULL);
  assert_import_field (RELEASE ("The authors cite the decree 08-039/PM signed by the Prime "
                                "Minister on 22 January 2008, which shares out the public "
                                "services."),
                       date, NULL);
  assert_import_field (RELEASE ("The authors cite the Act passed by Parliament on May 3, 2012, "
                                "which reformed the public services."),
                       date, NULL);
}

static void
test_release_dated (void)
{
  /* the act signed in the main clause: the release's day */
  assert_import_field (RELEASE_FR ("Le Premier ministre a signé le 22 janvier 2008 le décret qui "
                                   "porte répartition des services publics."),
                       date, "2008-01-22");
  assert_import_field (RELEASE ("The Prime Minister signed the decree on 22 January 2008, sharing "
                                "out the public services."),
                       date, "2008-01-22");
  /* no "by": a simple past as well as a participle */
  assert_import_field (RELEASE ("The new law passed on 22 January 2008 after a long debate in "
                                "the Assembly."),
                       date, "2008-01-22");
  /* a date line dates the release */
  assert_import_field ("23 January 2008\n\n" RELEASE ("The authors cite the decree signed by the "
                                                      "Prime Minister on 22 January 2008, which "
                                                      "shares out the public services."),
                       date, "2008-01-23");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found242/act-day", test_act_day);
  g_test_add_func ("/importer/found242/release-dated", test_release_dated);
  return g_test_run ();
}
