/* cmq-importer-private.h: what the importer's units (chrome, title, quotes) share.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer.h"

G_BEGIN_DECLS

#define CMQ_TITLE_MAX_CHARS 100

/* The bytes of a file as UTF-8 text with no byte-order mark and no NUL, checked against the
 * limits of cmq-importer.h; NULL with @error set when they are not the text of a release.
 * @converted_from receives the name of the encoding the text was converted from (a static
 * string), or NULL when it was UTF-8 already. */
char *cmq_importer_decode (const char *data, gsize length, const char **converted_from,
                           GError **error);

/* Lower case, accents removed, every run of spaces (no-break ones too) made one space, curly
 * apostrophes and quotes made straight. */
char *cmq_importer_fold (const char *line);
/* Only the words of cmq_importer_fold(): letters and digits, one space between words. */
char *cmq_importer_key (const char *line);

/* Byte length of the first sentence of @text, abbreviations and initials taken into account. */
gsize cmq_importer_first_sentence_length (const char *text);
/* A readable headline of at most CMQ_TITLE_MAX_CHARS characters, never empty. */
char *cmq_importer_derive_title (const char *const *paragraphs);

/* Of CmqQuote. */
GPtrArray *cmq_importer_find_quotes (const char *const *paragraphs);

G_END_DECLS
