/* cmq-importer-speechtags.h: a speech tag on its own paragraph that ends in a semicolon, over
 * the quote it introduces.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @paragraph ("Vanessa John, from Pembrokeshire Association of Voluntary Services
 * (PAVS) said;") ends in a semicolon and @next, the paragraph under it, opens with a quote mark:
 * the tag of that quote, the story's, as it would be ending in a colon. */
gboolean cmq_importer_is_semicolon_speech_tag (const char *paragraph, const char *next);

G_END_DECLS
