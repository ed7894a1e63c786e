/* cmq-importer-editorsnotes.h: the issuer that a press office's notes to editors present.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @key (a line's key: lower case, no accents, no final colon) is a heading "Notes to
 * editors", "Note aux rédactions", "Hinweise für Redaktionen", "Nota para los editores", "Noot
 * voor de redactie", "Noter till redaktionen" alone (cmq-importer-editorsnotes.c). */
gboolean cmq_importer_is_editors_notes_key (const char *key);

/* The organisation that a note under a "Notes to editors" heading outside the story presents as
 * the subject of its sentence ("1. The Electoral Commission is the independent body …"), when
 * the story names it too and no other note presents another, as written (its name in
 * organisations.txt when it is there), or NULL (cmq-importer-editorsnotes.c). */
char *cmq_importer_find_editors_notes_issuer (GArray *lines);

G_END_DECLS
