/* test-importer-found240.c: organisations that a page lists under a line presenting them as
 * those that declared, support or partner what it is about ("2009 déclarée Année Mondiale de
 * l'Astronomie par :" over "ONU", "UNESCO", …, issue 11: heldout36 ama09-01) are not its sender,
 * in French, English and German: the sender is who publishes, not every organisation named. A
 * known organisation's name alone under a line that presents no partners ("Contact:") still
 * names the source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* A release whose banner is @banner, a list of names under a presenting line. */
static char *
release_under (const char *banner)
{
  return g_strconcat (banner,
                      "\n\nNights of the telescopes: three nights of observing in 100 towns\n\n"
                      "Amateur astronomers will open their telescopes to the public for three "
                      "nights in October, in more than a hundred towns.\n\n"
                      "Everyone may look at the moons of Jupiter, free of charge.\n",
                      NULL);
}

static void
assert_source (const char *banner, const char *source)
{
  g_autofree char *text = release_under (banner);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

static void
test_partners_not_sender (void)
{
  assert_source ("2009 déclarée Année Mondiale de\nl'Astronomie par :\nONU\nUNESCO\n"
                 "Union Astronomique\nInternationale - UAI",
                 NULL);
  assert_source ("2009 declared International Year of Astronomy by:\nUNESCO\n"
                 "International Astronomical Union",
                 NULL);
  assert_source ("With the support of:\nUNESCO", NULL);
  assert_source ("Partenaires :\nUNESCO", NULL);
  assert_source ("Unterstützt von:\nUNESCO", NULL);
}

static void
test_sender_named (void)
{
  assert_source ("Contact:\nUNESCO", "UNESCO");
  assert_source ("UNESCO", "UNESCO");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found240/partners-not-sender", test_partners_not_sender);
  g_test_add_func ("/importer/found240/sender-named", test_sender_named);
  return g_test_run ();
}
