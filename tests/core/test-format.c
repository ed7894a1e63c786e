/* test-format.c: counts with their thousands grouped, in a locale that groups nothing (C) and in
 * French (when the machine has fr_FR.UTF-8).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "cmq-format.h"

static void
assert_count (guint n, const char *expected)
{
  g_autofree char *text = cmq_format_count (n);

  g_assert_cmpstr (text, ==, expected);
}

/* The C locale says nothing of grouping: threes, with the untranslated separator. */
static void
test_c_locale (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_NUMERIC, NULL));

  g_assert_nonnull (setlocale (LC_NUMERIC, "C"));
  assert_count (0, "0");
  assert_count (999, "999");
  assert_count (1000, "1,000");
  assert_count (4210, "4,210");
  assert_count (100000, "100,000");
  assert_count (1234567, "1,234,567");
  assert_count (G_MAXUINT, "4,294,967,295");
  setlocale (LC_NUMERIC, old);
}

/* A locale that groups: its own separator, as "%'u" gives it ("100 000" with a narrow no-break
 * space in French). */
static void
test_locale_grouping (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("no fr_FR.UTF-8 locale here");
      return;
    }
  expected = g_strdup_printf ("%'u", 100000);
  text = cmq_format_count (100000);
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (text, !=, "100000");
  g_assert_cmpstr (text, !=, "100,000");
  setlocale (LC_NUMERIC, old);
}

/* A passage is quoted once: within the translation's marks, unless it opens with its own (a
 * speaker's words), and cut with "…" after the given number of characters, never inside a
 * character. */
static void
test_quotation (void)
{
  static const struct
  {
    const char *text;
    guint max_chars;
    const char *expected;
  } cases[] = {
    { "We will need more", 80, "“We will need more”" },
    { "\"We will need more,\" he said.", 80, "\"We will need more,\" he said." },
    { "“We will need more”", 80, "“We will need more”" },
    { "« Nous aurons besoin »", 80, "« Nous aurons besoin »" },
    { "„Wir werden mehr brauchen“", 80, "„Wir werden mehr brauchen“" },
    { "‘Quoted’ words", 80, "‘Quoted’ words" },
    { "défense collective", 7, "“défense…”" },
    { "\"défense collective\"", 8, "\"défense…" },
    { "", 80, "“”" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cmq_format_quotation (cases[i].text, cases[i].max_chars);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/format/c-locale", test_c_locale);
  g_test_add_func ("/format/locale-grouping", test_locale_grouping);
  g_test_add_func ("/format/quotation", test_quotation);
  return g_test_run ();
}
