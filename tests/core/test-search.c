/* test-search.c: normalising text for matching (case, accents, punctuation), with no display.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-search.h"

static void
test_normalize (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "Türkiye", " turkiye " },
    { "NATO’s  OTAN", " nato s otan " },
    { "Milo Đukanović", " milo dukanovic " },
    { "Secrétaire général", " secretaire general " },
    { "Œuvre, Straße", " oeuvre strasse " },
    { "  -- ", " " },
    { "", " " },
    { "ÉTATS-UNIS", " etats unis " },
    { "2%\u00a0of GDP", " 2 of gdp " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = cmq_search_normalize (cases[i].in);
      g_assert_cmpstr (normalized, ==, cases[i].out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/normalize", test_normalize);

  return g_test_run ();
}
