/* cmq-importer-storylines.h: a line of the story without its full stop, kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @paragraph, which ends without a sentence's end, reads as a line of the story: it
 * opens with a capital, has as many words as a sentence of the story, written in sentence case
 * (few words after the first open with a capital), and stands between two paragraphs of some
 * words, @previous and @next (or NULL): never a caption then (cmq-importer-storylines.c). */
gboolean cmq_importer_is_story_line (const char *paragraph, const char *previous, const char *next);

/* Whether the line or paragraph @next goes on with a sentence that the one above it left open:
 * it starts in lower case or with a comma or a semicolon, after any quote marks ("« , explique le
 * communiqué.", heldout37 mali-01). A story line's @next may be that short. */
gboolean cmq_importer_runs_on_from_above (const char *next);

G_END_DECLS
