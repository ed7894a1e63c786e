/* cmq-reading-style.c: the reader's page classes from the reading settings.
 *
 * The main window's reader and every compare window show the same look; both read it here. It
 * lives in the web layer, below the widgets and the window, so that both may include it; the
 * window's light or dark look (libadwaita's, above this layer) is given by the caller.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-reading-style"

#include "cmq-reading-style.h"
#include "cmq-html.h"

char *
cmq_reading_style_page_class (GSettings *settings, gboolean dark)
{
  g_autofree char *font = NULL;
  g_autofree char *width = NULL;
  g_autofree char *scheme = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  font = g_settings_get_string (settings, "font-style");
  width = g_settings_get_string (settings, "line-width");
  scheme = g_settings_get_string (settings, "color-scheme");
  /* Following the system, the page takes the window's light or dark look. */
  if (g_str_equal (scheme, "default"))
    {
      g_free (scheme);
      scheme = g_strdup (dark ? "dark" : "light");
    }
  return cmq_html_page_class (font, width, scheme,
                              g_settings_get_boolean (settings, "paragraph-numbers"));
}
