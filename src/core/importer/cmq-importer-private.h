/* cmq-importer-private.h: what the importer's units (text, chrome, paragraphs, title, quotes,
 * language) share.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer.h"

G_BEGIN_DECLS

#define CMQ_TITLE_MAX_CHARS 100

struct _CmqImporter
{
  GObject parent_instance;

  GHashTable *learnt_files; /* checksum of the contents, a set */
  GHashTable *learnt_lines; /* line key -> number of distinct files holding it */
};

/* One line of a dump. */
typedef struct
{
  char *text; /* trimmed, spaces collapsed; "" for a blank line */
  char *key;  /* cmq_importer_key() of the text, once known */
  gboolean chrome;
} Line;

/* g_utf8_strlen (@text, -1) of valid UTF-8 when that is at most @max, otherwise @max + 1. */
gsize cmq_importer_chars_up_to (const char *text, gsize max);
/* The words of a key (words are separated by one space). */
guint cmq_importer_count_words (const char *key);
/* Of Line, split on LF, CRLF and CR alike, each trimmed with its spaces collapsed; keys unset. */
GArray *cmq_importer_split_lines (const char *text);
void cmq_importer_line_clear (Line *line);

/* Whether a line is in the chrome phrase table. @n_words: cmq_importer_count_words (@key). */
gboolean cmq_importer_is_known_chrome (const char *line, const char *key, guint n_words);
/* Whether a line recurs in enough of the files learnt by @self to be chrome. */
gboolean cmq_importer_is_repeated (CmqImporter *self, const char *key);

/* Whether @text ends like a sentence: . ! ? : … or a closing quote mark, before any ) or ]. */
gboolean cmq_importer_ends_sentence (const char *text);
/* Joins the lines that are not chrome into paragraphs (see cmq-importer-paragraphs.c). */
void cmq_importer_build_paragraphs (GArray *lines, GPtrArray *paragraphs, GArray *n_lines,
                                    GPtrArray *keys);
guint cmq_importer_remove_captions (GPtrArray *paragraphs, GArray *n_lines, GPtrArray *keys);

/* "en", "fr"… from the keys of the paragraphs, which it cuts into words; NULL when unknown. */
const char *cmq_importer_detect_language (GPtrArray *keys);

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
