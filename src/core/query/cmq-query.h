/* cmq-query.h: the search language, turned into an FTS5 MATCH expression and date filters.
 *
 * What people type                 what it means
 * ------------------------------   -------------------------------------------------------------
 * ukraine summit                   both words (all words must match, in any order)
 * "collective defence"             the words next to each other, in this order
 * -russia                          releases without the word
 * ukraine OR georgia               either word (OR binds the two words next to it)
 * nato*                            words starting with "nato"
 * title:ukraine                    the word in the title (also title:"…" and title:nato*)
 * source:osce  source:"un news"    published by that source: its words, in this order, in the
 *                                  release's source ("source:nations" finds "United Nations");
 *                                  several: any of them; -source:… leaves them out; source:un*
 *                                  a prefix (and the last word while typing)
 * year:2021                        dated in 2021
 * before:2021  before:2021-06-01   dated before (the start of) that year or day
 * after:2021   after:2021-06-01    dated after (the end of) that year or day
 *
 * Matching ignores case and accents ("turkiye" finds "Türkiye"). Malformed input never fails: an
 * unclosed quote, a lone "-", an OR with nothing on one side, an empty "title:", an impossible
 * date ("year:abc", "before:2021-13-45") are taken as plain words (or dropped when they hold no
 * letter or digit). Words that hold no letter or digit ("*", "--", "&&") are dropped.
 *
 * The MATCH expression is built by this parser only: every word is a double-quoted FTS5 string,
 * so no character the user types is an FTS5 operator, and the caller binds the expression as an
 * SQL parameter, never splicing it into SQL.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CMQ_QUERY_FLAGS_NONE = 0,
  /* While the user types: the last plain word (not a phrase, not excluded) matches as a prefix
   * when it has at least two characters and the text does not end with a space. Without this
   * flag (the command line) words match whole unless written with "*". */
  CMQ_QUERY_FLAGS_LAST_IS_PREFIX = 1 << 0,
} CmqQueryFlags;

typedef struct _CmqQuery CmqQuery;

/* Never fails; @text may be NULL, invalid UTF-8 or any length (only the first 2,048 bytes and
 * the first CMQ_QUERY_MAX_TERMS words are used; a phrase is never cut, see
 * cmq_query_is_too_long()). */
#define CMQ_QUERY_MAX_TERMS 32
CmqQuery *cmq_query_parse (const char *text, CmqQueryFlags flags);
CmqQuery *cmq_query_ref (CmqQuery *query);
void cmq_query_unref (CmqQuery *query);

const char *cmq_query_get_text (CmqQuery *query);
/* Whether @a and @b (either may be %NULL) were parsed from the same text with the same flags, so
 * they match and highlight the same; %NULL is equal to an empty query. */
gboolean cmq_query_equal (CmqQuery *a, CmqQuery *b);
CmqQueryFlags cmq_query_get_flags (CmqQuery *query);
/* Whether @a and @b find the same releases: the same words to match and to leave out, dates,
 * sources, and both too long or neither. Their text may differ ("nato " and "nato"), and so may
 * the words they mark (cmq_query_get_highlight_terms()). Neither may be %NULL. */
gboolean cmq_query_finds_same (CmqQuery *a, CmqQuery *b);

/* TRUE when the query neither matches words nor filters dates: show every release. */
gboolean cmq_query_is_empty (CmqQuery *query);
/* TRUE when a phrase in it is too long to be searched (more than 16 KiB): the query matches
 * nothing, and the user should be told why. A long input is otherwise cut between words. */
gboolean cmq_query_is_too_long (CmqQuery *query);

/* The FTS5 MATCH expression for the words that must match (with the exclusions folded in as
 * NOT), or NULL when no word must match (only exclusions and/or date filters). */
const char *cmq_query_get_match (CmqQuery *query);
/* When no word must match but some are excluded (or only short prefixes must match, see
 * cmq_query_get_prefix_match()): a MATCH expression for the excluded words, to be used as
 * "rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)". NULL otherwise. */
const char *cmq_query_get_exclude_match (CmqQuery *query);

/* Words of two or three letters being typed ("na", "nat": a prefix alone in its group, of letters
 * and digits only, not title: nor excluded) are looked up in the index's table of the prefixes of
 * each release's words, which has no positions. cmq_query_get_prefix_match() is the MATCH
 * expression for that table (each prefix as an FTS5 string, all of them required), NULL when the
 * query has none; cmq_query_get_word_match() is then cmq_query_get_match() without them (NULL
 * when nothing else must match), to be run over the full-text index with the releases of the
 * prefix match; without short prefixes it is cmq_query_get_match(). The prefixes stay in
 * cmq_query_get_match() (which still matches the same releases, more slowly) and in the highlight
 * terms. */
const char *cmq_query_get_prefix_match (CmqQuery *query);
const char *cmq_query_get_word_match (CmqQuery *query);
/* The same prefixes as FTS5 prefix queries over the full-text index ("na"* "nat"*), NULL without:
 * what matches them while the prefixes table is unfinished (cmq_index_match_for()). */
const char *cmq_query_get_fts_prefix_match (CmqQuery *query);
/* The same prefixes as typed, separated by spaces (for snippets); NULL without. */
const char *cmq_query_get_short_prefixes (CmqQuery *query);

/* Date filters as a half-open range of "YYYY-MM-DD" strings: a release matches when
 * date >= from (inclusive) and date < until (exclusive). Either is NULL when unbounded. When either
 * is set, releases without a full date do not match. A range that cannot hold any date (after:2022
 * before:2020) is kept as it is: it matches nothing. */
const char *cmq_query_get_date_from (CmqQuery *query);
const char *cmq_query_get_date_until (CmqQuery *query);

/* The source: filters, each folded as cmq_search_normalize() folds (" united nations "; a
 * prefix without its trailing space), one per line; NULL without any. A release matches when
 * cmq_query_source_matches() its source with them, and does not match -source: filters. */
const char *cmq_query_get_sources (CmqQuery *query);
const char *cmq_query_get_exclude_sources (CmqQuery *query);
/* Whether @source (nullable: a release that names none) holds one of @sources (as above; NULL:
 * no filter, TRUE). */
gboolean cmq_query_source_matches (const char *source, const char *sources);

/* The words and phrases that must match, for highlighting them in a release: each one as
 * cmq_search_normalize() gives it without the outer spaces ("collective defence"), with a
 * trailing "*" when it is a prefix ("nato*"). Excluded words are not listed. Never NULL. */
const char *const *cmq_query_get_highlight_terms (CmqQuery *query);

/* A readable form of what was understood, for tests and debugging output. */
char *cmq_query_to_string (CmqQuery *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqQuery, cmq_query_unref)

G_END_DECLS
