/* cmq-format.c: numbers as a person reads them (see cmq-format.h).
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
