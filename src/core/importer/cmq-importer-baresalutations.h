/* cmq-importer-baresalutations.h: a letter's salutation written without its comma.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text is a letter's salutation with nothing at its end ("Chères et chers
 * étudiant-e-s, chers et chères collègues", "Dear colleagues", "Liebe Kolleginnen und
 * Kollegen"): each of its parts between commas one that cmq_importer_is_letter_salutation ()
 * knows, with its comma. */
gboolean cmq_importer_is_bare_letter_salutation (const char *text);

G_END_DECLS
