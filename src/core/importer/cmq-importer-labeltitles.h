/* cmq-importer-labeltitles.h: a document's title made of a label and a name, its label said
 * again alone over the headline (cmq-importer-labeltitles.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Under line @repeated, a line written twice above the story @first that is the document's
 * title and not its headline: a short label and a name on either side of a spaced dash
 * ("Dossier de presse - Les services de l'État en Martinique", "Press kit – Ministry of
 * Defence"), with the label said again alone on a line below it: the headline-shaped line right
 * under that lone label, the release's headline. When there is one (and no headline was taken
 * above @repeated), it becomes the headline (*@headline, a line taken under it demoted to the
 * story's), *@repeated is set to lines->len and TRUE is returned. */
gboolean cmq_importer_take_headline_under_label (GArray *lines, const LineInfo *info, guint first,
                                                 guint *repeated, guint *headline);

G_END_DECLS
