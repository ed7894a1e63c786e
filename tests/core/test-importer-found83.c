/* test-importer-found83.c: the story's last line ending with a colon, a sentence that introduced
 * a quote or a document the saved page lost ("Commenting, Pride President, Calvin Gipson, said
 * :", "Retrouvez ci-dessous le communiqué du CNOSF :", issue 11: heldout23 sfpride-01,
 * ffkarate-01), is kept as the story's last paragraph, in English and French; a page's short
 * label under the story ("Contact:") is still cut, and so is a long one with more of the page's
 * lines under it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(tail)                                                                              \
  "Pride Committee shares its net proceeds with its partners\n\n"                                  \
  "The committee announced today that its partners will receive a larger share of the net "        \
  "proceeds of this year's event.\n\n"                                                             \
  "If all goes well the committee plans to raise the share of its partners again next "            \
  "year.\n\n" tail

static void
test_kept (void)
{
  assert_last_paragraph (RELEASE ("Commenting, Pride President, Calvin Gipson, said :\n"),
                         "Commenting, Pride President, Calvin Gipson, said :");
  assert_last_paragraph (RELEASE ("Retrouvez ci-dessous le communiqué du comité olympique :\n\n"),
                         "Retrouvez ci-dessous le communiqué du comité olympique :");
}

static void
test_cut (void)
{
  const char *last = "If all goes well the committee plans to raise the share of its partners "
                     "again next year.";

  assert_last_paragraph (RELEASE ("Press contact:\n"), last);
  assert_last_paragraph (
      RELEASE ("Read more of the latest news from the committee here:\n\nHome\n\nEvents\n"), last);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found83/kept", test_kept);
  g_test_add_func ("/importer/found83/cut", test_cut);
  return g_test_run ();
}
