/* cmq-importer-looselines.h: a short line without a sentence's end under the story's contact
 * lines.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text, a line still the story's under its last paragraph, is a loose line that does
 * not end a sentence ("(GMcG)", "Related UK National News Stories", "For information on local
 * volunteering opportunities please call 0845 601 4008 or visit www.timebank.org.uk"): no
 * paragraph of the story, so the press office's contact lines and prompts above it still close
 * the story from below. */
gboolean cmq_importer_is_loose_line_under_contacts (const char *text);

G_END_DECLS
