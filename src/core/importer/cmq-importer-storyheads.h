/* cmq-importer-storyheads.h: a heading of the story the caption rules would drop, kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @paragraph, which ends without a sentence's end, is a heading of the story between two
 * of its paragraphs, @previous and @next (or NULL): a few words from an article ("La résolution
 * du Conseil d'Administration de la Fédération Hospitalière de France"), or a few words in
 * square brackets ("[Dire la vérité]"); kept as a subheading (cmq-importer-storyheads.c). */
gboolean cmq_importer_is_story_heading (const char *paragraph, const char *previous,
                                        const char *next);

G_END_DECLS
