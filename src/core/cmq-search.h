/* cmq-search.h: search-as-you-type matching for the sidebar.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Case-folded, accents removed, every run of non-alphanumeric characters one space, with a
 * leading and trailing space so that word starts and ends are easy to find. */
char *cmq_search_normalize (const char *text);

typedef struct _CmqSearchQuery CmqSearchQuery;

CmqSearchQuery *cmq_search_query_new (const char *text);
CmqSearchQuery *cmq_search_query_ref (CmqSearchQuery *query);
void cmq_search_query_unref (CmqSearchQuery *query);
gboolean cmq_search_query_is_empty (CmqSearchQuery *query);
const char *cmq_search_query_get_text (CmqSearchQuery *query);
/* Normalised words; the last one may be a prefix (see _last_is_prefix). */
const char *const *cmq_search_query_get_terms (CmqSearchQuery *query);
gboolean cmq_search_query_last_is_prefix (CmqSearchQuery *query);
/* @normalized is text from cmq_search_normalize(). Every term must match a whole word, the last
 * one (while it is being typed) the start of a word. */
gboolean cmq_search_query_matches (CmqSearchQuery *query, const char *normalized);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqSearchQuery, cmq_search_query_unref)

G_END_DECLS
