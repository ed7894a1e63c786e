/* cmq-importer-datedsubtitles.h: a headline over its subtitle under the release's place and date
 * (cmq-importer-datedsubtitles.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether line @i, just above the line @headline taken for the headline, is the headline and
 * @headline its subtitle: @i stands right under a place and date alone ("Genève, le 25 novembre
 * 2015"), is no copy of @headline, and names something @headline names too, written alike (a
 * long word or an acronym: "Journée mondiale de lutte contre le SIDA" over "Les HUG informent
 * sur le traitement préventif du SIDA …", heldout31 hug-01). */
gboolean cmq_importer_is_dated_headline_over_subtitle (GArray *lines, const LineInfo *info, guint i,
                                                       guint headline);

G_END_DECLS
