/* test-importer-found99.c: a speaker's surname is no source (issue 11: heldout24 libdems-01,
 * "Govt must do more to protect charity sector - Davey" over "…, Ed Davey said:"). A headline's
 * tail after its dash that the story writes only after a given name is not given as the
 * source, in English and French; an organisation's name there still is.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_surname (void)
{
  assert_import_field ("Ministers must do more to protect the bus network - Hartley\n\n"
                       "Responding to the transport plan, the leader of the council, Anna Hartley "
                       "said:\n\n"
                       "\"Buses are a lifeline for our villages, and the plan does nothing to keep "
                       "them running after the spring.\"\n\n"
                       "\"We will keep pressing Ministers until they listen,\" she added.\n",
                       source, NULL);
}

static void
test_nom (void)
{
  assert_import_field (
      "Le gouvernement doit protéger les associations - Durand\n\n"
      "Réagissant au plan du gouvernement, la présidente du groupe, Claire Durand, "
      "a déclaré :\n\n"
      "« Les associations jouent un rôle essentiel auprès des plus fragiles, et le "
      "plan ne suffira pas à compenser leurs pertes. »\n",
      source, NULL);
}

static void
test_organisation (void)
{
  assert_import_field ("Charities need more help this winter - Oxfam\n\n"
                       "Oxfam said on Tuesday that charities would need more help this winter as "
                       "demand for food banks grows.\n\n"
                       "The charity asked Ministers to act before the end of the month.\n",
                       source, "Oxfam");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found99/surname", test_surname);
  g_test_add_func ("/importer/found99/nom", test_nom);
  g_test_add_func ("/importer/found99/organisation", test_organisation);
  return g_test_run ();
}
