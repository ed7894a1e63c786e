/* cmq-importer-namewords.h: the words of a line as written, and the names two lines share
 * (cmq-importer-namewords.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The next word of letters and figures at or after *@at, its length in *@len, *@at moved past
 * it; NULL at the end. */
const char *cmq_importer_next_word (const char **at, gsize *len);

/* Whether the texts @a and @b share a word of MIN_SHARED_WORD_BYTES or more, or an acronym,
 * written alike: a name ("Spindelegger", "OPCW"), not a common word that one writes in Title
 * Case and the other not ("Ministry of Foreign Affairs" over "… new foreign policy strategy"). */
gboolean cmq_importer_shares_name (const char *a, const char *b);

G_END_DECLS
