/* cmq-importer-separators.h: a separator line between two paragraphs of the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text is a separator line: "***", "* * *", "---", "___", "~~~", "===", "•••" (three
 * marks or more, of one kind, spaces allowed between), or ornaments alone ("◆", "⁂", "❖ ❖ ❖");
 * never a lone bullet ("-", "•"), a bar ("|") or an end mark ("###"). */
gboolean cmq_importer_is_separator (const char *text);

/* A separator line between two lines of the story, from @first to @last, was taken for
 * decoration: it is part of the story's layout, kept as a paragraph of its own. One above the
 * story's first line or under its last stays chrome (cmq-importer-separators.c). */
void cmq_importer_keep_separators (GArray *lines, guint first, guint last);

G_END_DECLS
