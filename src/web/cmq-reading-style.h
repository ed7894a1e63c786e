/* cmq-reading-style.h: the reader's page classes from the reading settings.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The <html> classes (cmq_html_page_class()) for the reading settings in @settings (typeface,
 * line width, colours, paragraph numbers). A scheme that follows the system ("default") is the
 * window's look: "dark" when @dark, else "light". */
char *cmq_reading_style_page_class (GSettings *settings, gboolean dark);

G_END_DECLS
