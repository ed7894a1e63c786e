/* cmq-utf8.h: g_utf8_validate_len() with its ASCII runs checked eight bytes at a time.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What g_utf8_validate_len (@text, @length, NULL) returns: TRUE when the @length bytes are valid
 * UTF-8 with no NUL among them. */
gboolean cmq_utf8_validate_len (const char *text, gsize length);

G_END_DECLS
