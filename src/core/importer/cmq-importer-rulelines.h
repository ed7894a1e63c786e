/* cmq-importer-rulelines.h: a rule line under the story, over the press office's additions.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Where the press office's additions under a rule line at the end of the dump start (the
 * contact lines above the rule, or the rule), or lines->len (cmq-importer-rulelines.c). */
guint cmq_importer_rule_line_start (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
