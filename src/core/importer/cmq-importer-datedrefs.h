/* cmq-importer-datedrefs.h: a story's date that another document bears.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether, in @sentence, the day @day is the one a document it cites bears ("son communiqué,
 * daté du 10 septembre 2013", "the letter dated 3 May"): not the release's. */
gboolean cmq_importer_dated_reference_governs_day (const char *sentence, guint day);

G_END_DECLS
