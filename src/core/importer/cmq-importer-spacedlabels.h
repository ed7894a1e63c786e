/* cmq-importer-spacedlabels.h: letter-spaced labels, a letterhead's shape
 * (cmq-importer-spacedlabels.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The kind (kinds.txt) that the letter-spaced letters opening @text spell ("N E W S R E L E A S
 * E", "C O M M U N I Q U É  D E  P R E S S E"), or NULL; *@spaced is set to whether @text opens
 * with letter-spaced letters at all, and *@rest to what follows them. */
const char *cmq_importer_spaced_label_kind (const char *text, gboolean *spaced, const char **rest);
/* Lines down to the story's first line @first that open with letter-spaced letters, the label of
 * a letterhead: the kind they spell set in @parts; a line of that label alone is the kind's
 * line, a longer one (the label, then the sender's address, phone, contact) the letterhead,
 * leading chrome, when the story goes on under it. Returns the story's first line, under the
 * letterhead when it was @first, or @first. */
guint cmq_importer_skip_spaced_letterhead (GArray *lines, const LineInfo *info, guint first,
                                           CmqDumpParts *parts);

G_END_DECLS
