/* cmq-importer-kindtitles.h: a kind's line that is the page's only title.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* When no headline was found over the story's first line @first (and the salutation over it):
 * the line right above them, read as a kind's line that names more than its kind ("Communiqué de
 * la présidence", "Komunikat Urzędu Miejskiego"), made the headline; its line, or lines->len. The
 * kind read from it stays the release's. */
guint cmq_importer_kind_line_headline (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
