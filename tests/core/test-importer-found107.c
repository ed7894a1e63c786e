/* test-importer-found107.c: the kind a site's introduction names for the text below it (issue
 * 11: heldout24 cffp-01, "Découvrez ci-dessous la Communiqué de Presse du CFFP concernant …"), in
 * French and English; a "below" with no kind after it names none. The institution a signatory's
 * office names after the story is the source (heldout24 unistra-01, "Président de l'université
 * de Strasbourg" under the president's name); an office naming no institution gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_ci_dessous (void)
{
  assert_import_field ("Chers adhérents,\n"
                       "Découvrez ci-dessous le communiqué de presse de la fédération concernant "
                       "la réforme des rythmes scolaires\n"
                       "La fédération regrette que la réforme ait été adoptée sans concertation "
                       "avec les associations de parents d'élèves.\n"
                       "Elle demande au ministre de recevoir ses représentants avant la rentrée.\n",
                       kind, "press release");
}

static void
test_below (void)
{
  assert_import_field ("Dear members,\n"
                       "Please find below the statement of the Board on the closure of the "
                       "northern branch\n"
                       "The Board regrets that the branch will close at the end of the year after "
                       "a long review of its finances.\n"
                       "Members of the branch will be welcome at the central office.\n",
                       kind, "statement");
}

static void
test_no_kind (void)
{
  assert_import_field ("Dear members,\n"
                       "Please find below the minutes of the meeting of the branch\n"
                       "The branch met on a cold evening to discuss the closure of its office "
                       "after a long review of its finances.\n"
                       "Members will be welcome at the central office.\n",
                       kind, NULL);
}

static void
test_signature (void)
{
  assert_import_field ("Chers collègues,\n\n"
                       "La procédure annoncée la semaine dernière est suspendue, puisqu'elle a "
                       "suscité des réactions que nous n'attendions pas.\n\n"
                       "Ma porte reste ouverte pour la discussion et l'échange.\n\n"
                       "Jeanne Martin\n\n"
                       "Présidente de l'université de Lorraine",
                       source, "Université de Lorraine");
}

static void
test_signature_en (void)
{
  assert_import_field (
      "Dear colleagues,\n\n"
      "The agency will close its northern office for three months next year while its roof is "
      "repaired, and its staff will work from other offices.\n\n"
      "I thank you all for your patience.\n\n"
      "John Smith\n\n"
      "Director of the Environment Agency",
      source, "Environment Agency");
}

static void
test_signature_without_institution (void)
{
  assert_import_field ("Dear colleagues,\n\n"
                       "The club will close for three months next year while its roof is "
                       "repaired, and the members will meet in the town hall.\n\n"
                       "I thank you all for your patience.\n\n"
                       "John Smith\n\n"
                       "Chairman of the Friends of Hill Road",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found107/ci-dessous", test_ci_dessous);
  g_test_add_func ("/importer/found107/below", test_below);
  g_test_add_func ("/importer/found107/no-kind", test_no_kind);
  g_test_add_func ("/importer/found107/signature", test_signature);
  g_test_add_func ("/importer/found107/signature-en", test_signature_en);
  g_test_add_func ("/importer/found107/signature-without-institution",
                   test_signature_without_institution);
  return g_test_run ();
}
