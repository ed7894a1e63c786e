/* cmq-importer-amounts.h: a line that opens with a sum of money written with its currency's
 * sign.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text opens with a currency's sign and a figure ("$104 Million is …", "£16M for …",
 * "€ 3 millions pour …"): a line that opens with a word, as a headline or a deck does. */
gboolean cmq_importer_opens_with_amount (const char *text);

G_END_DECLS
