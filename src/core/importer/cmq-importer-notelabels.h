/* cmq-importer-notelabels.h: a paragraph opened by a note label ("Note: Guyane - Le 21 mars
 * 2009"), the story's closing note (cmq-importer-closingnotes.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether paragraph @text opens with a note label and a few words after it: the story's closing
 * note, no caption (cmq-importer-paragraphs.c). */
gboolean cmq_importer_opens_with_note (const char *text);

G_END_DECLS
