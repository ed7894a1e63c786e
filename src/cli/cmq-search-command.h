/* cmq-search-command.h: `communique --search QUERY`, hits printed with no window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CMQ_SEARCH_FLAGS_NONE = 0,
  CMQ_SEARCH_FLAGS_JSON = 1 << 0,     /* one JSON object per hit */
  CMQ_SEARCH_FLAGS_RESCAN = 1 << 1,   /* check every file for changes, even if no folder changed */
  CMQ_SEARCH_FLAGS_SNIPPETS = 1 << 2, /* with CMQ_SEARCH_FLAGS_JSON: each hit's snippet too */
} CmqSearchFlags;

/* Brings the index of @folders up to date (quietly; only when a folder changed since the last
 * complete update, see cmq_index_folders_unchanged(), unless CMQ_SEARCH_FLAGS_RESCAN), runs
 * @query_text (words match whole unless written with "*") and prints one line per hit to stdout:
 * "date  title  file", or with CMQ_SEARCH_FLAGS_JSON one JSON object per line (id, file, title,
 * date, score; with CMQ_SEARCH_FLAGS_SNIPPETS also snippet, which marks matched words with "**").
 * Without CMQ_SEARCH_FLAGS_SNIPPETS no release's body is read: a snippet per hit costs more than
 * the search when a common word matches most of a large library. @limit 0 prints every hit.
 * Needs no display and no D-Bus. Returns the process exit status: 0 when something was found, 1
 * when nothing was, 2 on a usage error. */
int cmq_search_command (const char *const *folders, const char *query_text, int limit,
                        CmqSearchFlags flags);

G_END_DECLS
