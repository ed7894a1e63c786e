/* cmq-format.h: numbers and quotations as a person reads them in the window and the status
 * lines.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @n with its thousands grouped: by the locale's grouping ("100 000" in French), or, where the
 * locale groups nothing (C, C.UTF-8, POSIX), by threes with the translation's separator
 * ("100,000"). Never NULL; free with g_free(). */
char *cmq_format_count (guint n);

/* @text shown as a quotation in a list, cut after @max_chars characters with "…": within the
 * translation's quotation marks (“…”, « … »), unless it opens with a quotation mark of its own
 * (a passage that starts with a speaker's words), which is then not quoted twice. Never NULL;
 * free with g_free(). */
char *cmq_format_quotation (const char *text, guint max_chars);

G_END_DECLS
