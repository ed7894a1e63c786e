/* cmq-importer-fencedheads.h: a long headline parted from its story by the head's labels.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The dump's first line @first, taken for the story's first paragraph but shaped like a long
 * headline, over the release's kind alone or its fields and then the story: the headline, in
 * @parts, the labels out of the story. Returns the line where the story starts, or @first. */
guint cmq_importer_skip_fenced_headline (GArray *lines, const LineInfo *info, guint first,
                                         CmqDumpParts *parts);

G_END_DECLS
