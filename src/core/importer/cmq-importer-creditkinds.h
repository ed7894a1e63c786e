/* cmq-importer-creditkinds.h: the kind a credit or source line names.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "Crédits (c) Communiqué de presse …", "Photo: press release", "Source : communiqué de presse":
 * "press release" when a credit or source line of @lines says the page's text or picture is a
 * press release's, or NULL (cmq-importer-creditkinds.c). */
const char *cmq_importer_kind_of_credit (GArray *lines);

G_END_DECLS
