/* cmq-importer-welcomenotes.h: a site's signed welcome note above the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The story's first line under the site's signed welcome note that opens at line @first, or
 * @first (cmq-importer-welcomenotes.c). */
guint cmq_importer_skip_welcome_note (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
