/* cmq-importer-listdescriptions.h: a list of releases described above its first item.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The story's first paragraph under the list's description at line @first ("Latest press
 * releases from …"), the description made leading chrome; or @first
 * (cmq-importer-listdescriptions.c). */
guint cmq_importer_skip_list_description (GArray *lines, const LineInfo *info, guint first);

/* The line where the list's next item starts, under the release that is its first item, line
 * @first, when a list's description is above it and only items follow; or lines->len
 * (cmq-importer-listdescriptions.c). */
guint cmq_importer_list_items_start (GArray *lines, const LineInfo *info, guint first);

/* The sender a list's description names ("Latest press releases from Cancer Research UK, as
 * well as …": "Cancer Research UK"), @key the line's key; or NULL
 * (cmq-importer-listdescriptions.c). */
char *cmq_importer_list_description_sender (const char *text, const char *key);

G_END_DECLS
