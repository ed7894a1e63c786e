/* cmq-importer-repostintros.h: a repost's own sentence introducing the release it reposts.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether @text is a sentence saying that what follows is a release, with the release itself
 * its subject ("The following communiqué was issued today…", "The following is a statement
 * issued by…", "Le communiqué suivant a été publié…"). */
gboolean cmq_importer_is_repost_intro (const char *text);

/* The story's first line @first, such a sentence, right over a story paragraph that opens with
 * a dateline ("GEORGETOWN – The…"): the repost's words, not the release's lead (standfirst).
 * Returns that paragraph, or @first (cmq-importer-repostintros.c). */
guint cmq_importer_skip_repost_intro (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
