/* test-importer-found196.c: the switch to a page's easy-read version ("Lectura fácil", "Lecture
 * facile", "Easy read") on the first line is the site's interface, not a headline (heldout33
 * lacaixa-01): a page without a headline gets none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
assert_no_headline (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_false (cmq_release_get_headline_found (release));
}

static void
test_easy_read (void)
{
  assert_no_headline ("Lectura fácil\nBarcelona, 29 dic (EFE).- La fundación recuperará su "
                      "denominación original para proyectar el compromiso social que dio origen "
                      "a la entidad.\nEl presupuesto de 2019 incluye 530 millones de euros.\n");
  assert_no_headline ("Lecture facile\nParis, 29 déc. (AFP) - La fondation reprendra son nom "
                      "d'origine pour rappeler l'engagement social qui a fait naître "
                      "l'institution.\nLe budget de 2019 prévoit 530 millions d'euros.\n");
  assert_no_headline ("Easy read\nLONDON, Dec 29 (Reuters) - The foundation will take back its "
                      "original name to stress the social aims that gave birth to the "
                      "institution.\nIts budget for 2019 is 530 million euros.\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found196/easy-read", test_easy_read);
  return g_test_run ();
}
