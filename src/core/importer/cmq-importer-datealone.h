/* cmq-importer-datealone.h: a line that is a date and nothing else (cmq-importer-datealone.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text is a date written in words and nothing else: a day, a month's name and a year,
 * perhaps a weekday, full or short ("Mon. Jul 15th, 2024", "Mardi 3 mars 2020", "15. Juli
 * 2024"). A site's date stamp, never the release's headline. */
gboolean cmq_importer_is_date_alone (const char *text);

G_END_DECLS
