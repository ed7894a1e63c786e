/* cmq-importer-markup.h: a page's markup left in its text (cmq-importer-markup.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether @text opens with the rest of an HTML tag's style attribute ("\"margin-left:0px;
 * min-height:30px;\"> …"): markup, never words of a story. */
gboolean cmq_importer_opens_with_markup (const char *text);
/* The first line under the story's first line @first that opens with markup: it and every line
 * under it become trailing chrome, and the story's last line is then the nearest paragraph
 * above it, down to @last, returned; otherwise @last. */
guint cmq_importer_markup_end (GArray *lines, const LineInfo *info, guint first, guint last);

G_END_DECLS
