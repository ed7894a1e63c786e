/* cmq-importer-memoheads.h: a memo's header fields over the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether @text is a memo's header field: "From: …", "To: …", "Re: …", "Subject: …", "Objet :
 * …", "Betreff: …", a field's name, a colon and its value. */
gboolean cmq_importer_is_memo_field (const char *text);

/* From the story's first line @first, a run of memo header fields ("From: <contacts>", "To: …")
 * and the memo's kind labelled under them ("News Advisory:"), over a story paragraph: the
 * release's header, not its story (leading chrome, the label its kind line). Returns that
 * paragraph, or @first (cmq-importer-memoheads.c). */
guint cmq_importer_skip_memo_head (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
