/* cmq-importer-gluedlogos.h: a logo's alternative text glued to a line's end.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Cuts off the end of each line of @lines (of Line) that is a logo's name in capitals and its
 * word "Logo" glued to the line's last word ("… 1 July 2014IPU Logo-bottom" -> "… 1 July 2014")
 * (cmq-importer-gluedlogos.c). */
void cmq_importer_cut_glued_logos (GArray *lines);

G_END_DECLS
