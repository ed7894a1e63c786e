/* cmq-importer-colontitles.h: a headline ending with a colon, opening the page over a dated lead.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* When no headline was found over the story's first line @first: a kind's line that names more
 * than its kind (cmq_importer_kind_line_headline ()), or else the line right above @first when it
 * ends with a colon, opens the page under chrome only and @first opens with a dateline, made the
 * headline; its line, or lines->len (cmq-importer-colontitles.c). */
guint cmq_importer_kind_or_colon_headline (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
