/* cmq-importer-closingnotes.h: the author's note that closes a story ("Note: Guyane - Le 21 mars
 * 2009"), kept with it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-notelabels.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether line @i, the first line under the story's last paragraph @last, is the author's note
 * that closes the story: a note label written as a word ("Note:", "Remarque :", "Nota:", one of
 * the labels interface-words.txt gives with "!"), then a few words of its own. */
gboolean cmq_importer_is_closing_note (GArray *lines, const LineInfo *info, guint last, guint i);

G_END_DECLS
