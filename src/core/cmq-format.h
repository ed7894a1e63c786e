/* cmq-format.h: numbers as a person reads them in the window and the status lines.
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

G_END_DECLS
