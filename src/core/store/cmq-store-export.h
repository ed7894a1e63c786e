/* cmq-store-export.h: what the store keeps about each release beyond its title and date, notes
 * in Markdown, and the format of an exported file. Internal to the store.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "cmq-store.h"

G_BEGIN_DECLS

/* The release's source, address and date source ("stated", "inferred-year", "relative"), copied
 * when a note or star is set; what the release does not say leaves the copy as it was. */
void cmq_store_about_from_release (CmqStoreEntry *entry, CmqRelease *release);
void cmq_store_about_copy (CmqStoreEntry *copy, const CmqStoreEntry *entry);
void cmq_store_about_clear (CmqStoreEntry *entry);
gboolean cmq_store_about_equal (const CmqStoreEntry *a, const CmqStoreEntry *b);
/* @keep_both: where nothing may be lost (an import, a merge with an unsaved local edit). */
void cmq_store_about_merge (CmqStoreEntry *local, const CmqStoreEntry *incoming,
                            gboolean incoming_newer, gboolean keep_both);
/* Whether the entry has a passage that is not removed. */
gboolean cmq_store_about_has_content (const CmqStoreEntry *entry);
void cmq_store_about_read_key_file (CmqStoreEntry *entry, GKeyFile *key_file, const char *group);
void cmq_store_about_write_key_file (const CmqStoreEntry *entry, GKeyFile *key_file,
                                     const char *group);
gboolean cmq_store_about_date_inferred (const CmqStoreEntry *entry);
/* JSON members source, url, date_source and date_inferred. */
void cmq_store_about_to_json (const CmqStoreEntry *entry, JsonBuilder *builder);
gboolean cmq_store_about_from_json (CmqStoreEntry *entry, JsonObject *object, GError **error);

/* Reads the member @member of @object, a string or null, into @value (made valid UTF-8, the
 * old value freed); an absent or null member leaves @value as it was. */
gboolean cmq_store_json_read_string (JsonObject *object, const char *member, char **value,
                                     GError **error);
/* @text (nullable: NULL) as an ISO 8601 date and time, or NULL with @error set. */
GDateTime *cmq_store_json_parse_time (const char *text, GError **error);

/* "Date: 2021-06-01", "Date: 2021-06-01 (inferred)", "Date: unknown". */
char *cmq_store_markdown_date_line (const CmqStoreEntry *entry);
/* Writes @text into Markdown as text, escaped (cmq-store-merge.c has the Markdown rules). */
typedef void (*CmqStoreMarkdownWriter) (GString *out, const char *text);
/* "- Source: NATO" and "- Address: …" lines, for what is known. */
void cmq_store_markdown_append_about (GString *out, const CmqStoreEntry *entry,
                                      CmqStoreMarkdownWriter append_text);
/* Each passage of the entry in Markdown: the quote, its paragraph and its note. */
void cmq_store_markdown_append_passages (GString *out, const CmqStoreEntry *entry,
                                         CmqStoreMarkdownWriter append_text,
                                         CmqStoreMarkdownWriter append_note);

/* cmq-store-passages.c */
GPtrArray *cmq_store_passages_copy (GPtrArray *passages);
gboolean cmq_store_passages_equal (GPtrArray *a, GPtrArray *b);
/* Both sides' passages; per passage the newer wins, its note joined when @keep_both. */
void cmq_store_passages_merge (GPtrArray **local, GPtrArray *incoming, gboolean keep_both);
gboolean cmq_store_passages_have_content (GPtrArray *passages);
/* In the one order used everywhere: oldest first. */
void cmq_store_passages_sort (GPtrArray *passages);
GPtrArray *cmq_store_passages_read_key_file (GKeyFile *key_file, const char *group);
void cmq_store_passages_write_key_file (GPtrArray *passages, GKeyFile *key_file, const char *group);

G_END_DECLS
