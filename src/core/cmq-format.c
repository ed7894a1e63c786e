/* cmq-format.c: numbers and quotations as a person reads them (see cmq-format.h).
 *
 * "%'u" groups thousands only where the locale says how; the C.UTF-8 locale of many containers
 * and minimal systems says nothing, and 100000 is hard to read at a glance.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-format"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <string.h>

#include "cmq-format.h"

static gboolean
locale_groups (void)
{
  const struct lconv *conv = localeconv ();

  return conv->thousands_sep != NULL && conv->thousands_sep[0] != '\0' && conv->grouping != NULL &&
         conv->grouping[0] > 0 && conv->grouping[0] != CHAR_MAX;
}

char *
cmq_format_count (guint n)
{
  g_autofree char *digits = NULL;
  const char *separator;
  GString *out;
  gsize length;

  if (locale_groups ())
    return g_strdup_printf ("%'u", n);
  digits = g_strdup_printf ("%u", n);
  length = strlen (digits);
  /* Translators: the separator between groups of three digits in numbers ("100,000"), used
   * where the system's locale gives none; in French a narrow no-break space (U+202F), as the
   * fr_FR locale has it */
  separator = C_("thousands separator", ",");
  out = g_string_sized_new (length + length / 3 * strlen (separator));
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* The quotation marks a text can open with, in the languages of the releases: straight and
 * curly double and single ones, low-9 ones (German, Polish), guillemets either way round. */
static gboolean
opens_with_quotation_mark (const char *text)
{
  static const gunichar marks[] = { '"',    '\'',   0x201C, 0x201D, 0x201E, 0x2018,
                                    0x2019, 0x201A, 0x00AB, 0x00BB, 0x2039, 0x203A };
  gunichar c = g_utf8_get_char (text);

  for (gsize i = 0; i < G_N_ELEMENTS (marks); i++)
    if (c == marks[i])
      return TRUE;
  return FALSE;
}

char *
cmq_format_quotation (const char *text, guint max_chars)
{
  g_autofree char *shown = NULL;

  if (g_utf8_strlen (text, -1) > max_chars)
    {
      g_autofree char *start = g_utf8_substring (text, 0, max_chars);

      shown = g_strconcat (start, "…", NULL);
    }
  else
    shown = g_strdup (text);
  if (opens_with_quotation_mark (shown))
    return g_steal_pointer (&shown);
  /* Translators: a highlighted passage quoted in a list */
  return g_strdup_printf (_("“%s”"), shown);
}
