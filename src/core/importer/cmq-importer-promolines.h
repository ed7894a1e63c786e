/* cmq-importer-promolines.h: a site's promotional sentence opening the page, over the release's
 * head (cmq-importer-promolines.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Above the story's first line @first: when @first is a short sentence alone that opens the file
 * ("Seite 1 bei Google kann so einfach sein."), with headline-shaped lines and no sentence
 * between it and the next paragraph of the story, and none of its long words said in the story,
 * it is the site's advertisement, not the story's lead: marks it chrome and returns that
 * paragraph's line (the headline is then looked for above it). Otherwise returns @first. */
guint cmq_importer_skip_opening_promo (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
