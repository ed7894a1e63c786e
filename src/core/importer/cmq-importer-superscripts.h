/* cmq-importer-superscripts.h: a line of a PDF's text broken at a superscript
 * (cmq-importer-superscripts.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether line @i ends with a figure and the next line that is not blank holds only an ordinal's
 * superscript ("… qui aura lieu le 1" over "er" over "décembre 2015, …"): a sentence of a PDF's
 * text broken where the superscript was raised, never a headline. */
gboolean cmq_importer_breaks_at_superscript (GArray *lines, guint i);

G_END_DECLS
