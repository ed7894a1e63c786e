/* cmq-importer-partnerlists.h: the organisations a page lists as its partners.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether line @i of @lines is an item of a list of names under a line presenting them as
 * partners, sponsors or those that declared or support what the page is about ("… par :",
 * "With the support of:", "Partners:"): a name there is never the page's sender
 * (cmq-importer-partnerlists.c). */
gboolean cmq_importer_is_partner_listed (GArray *lines, guint i);

G_END_DECLS
