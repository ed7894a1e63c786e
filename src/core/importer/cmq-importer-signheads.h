/* cmq-importer-signheads.h: a headline that opens with an amount or a label between brackets.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* When no headline was found above the story starting at line @first: the line right above it
 * when it opens with an amount ("£16M Boost for …") or a label between brackets naming a kind
 * ("[Communiqué] La FF Handball …") and is otherwise shaped like a headline, now with the
 * headline's role, and the kind its label names in @parts; lines->len when there is none
 * (cmq-importer-signheads.c). */
guint cmq_importer_sign_opened_headline (GArray *lines, const LineInfo *info, guint first,
                                         CmqDumpParts *parts);

G_END_DECLS
