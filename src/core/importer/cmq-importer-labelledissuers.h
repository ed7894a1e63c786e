/* cmq-importer-labelledissuers.h: the issuer that a label, a copyright or a header line names.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The issuer that a label line outside the story names ("Press Release: X", "X – Press office"),
 * else the owner of a copyright line whom the story names, else an institution a line above the
 * story names; its name in organisations.txt when it is there, or NULL
 * (cmq-importer-labelledissuers.c). */
char *cmq_importer_find_labelled_issuer (GArray *lines);

G_END_DECLS
