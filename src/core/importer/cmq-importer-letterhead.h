/* cmq-importer-letterhead.h: headline-shaped lines above the story that are never its headline
 * (cmq-importer-letterhead.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether line @repeated, a line written twice above the story, is the issuer's letterhead and
 * not the headline: an organisation's name (a few words, one of them an institution's, no
 * figure and no sentence punctuation), with the release's own head (its kind alone, its date line) between it and the
 * headline-shaped line @headline under it ("Domaine national de Saint-Germain-en-Laye" twice,
 * then "Communiqué de presse", the place and date, and the exhibition's title). */
gboolean cmq_importer_is_letterhead (GArray *lines, const LineInfo *info, guint repeated,
                                     guint headline);
/* Whether @text is a field's label alone on its line, with or without its colon, its value
 * elsewhere or missing ("Issue date", "Published:", "Date"): never a headline. */
gboolean cmq_importer_is_lone_field_label (const char *text);

G_END_DECLS
