/* cmq-query.c: the search language, turned into an FTS5 MATCH expression and date filters.
 *
 * The input is first cut into tokens (words, "phrases", OR), then each token is read as a term,
 * a filter or an operator. Anything that does not read as what it looks like becomes a plain
 * word, so no input is an error. Every term ends up inside an FTS5 string ("…", with inner quotes
 * doubled): the characters the user typed are never FTS5 syntax.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-query"

#include <string.h>

#include "cmq-query-tokens.h"
#include "cmq-query.h"
#include "cmq-search.h"

/* Longer input is cut, between words or at a character boundary in a word: nobody types more,
 * and it bounds the work. A phrase is never cut into words: one that reaches past the limit is
 * searched as written, up to MAX_PHRASE_BYTES; a longer one makes the query too long (it matches
 * nothing, see cmq_query_is_too_long()). */
#define MAX_INPUT_BYTES  2048
#define MAX_PHRASE_BYTES (16 * 1024)
/* Years outside this range are not dates but words ("year:12"). */
#define MIN_YEAR 1000
#define MAX_YEAR 9998

typedef struct
{
  char *text; /* as typed, inside the FTS5 string */
  gboolean title;
  gboolean prefix;
  gboolean negated;
  gboolean phrase;
  int group; /* terms of one group are joined by OR */
} Term;

struct _CmqQuery
{
  gatomicrefcount ref_count;
  char *text;
  CmqQueryFlags flags;
  char *match;
  char *exclude_match;
  char *date_from;
  char *date_until;
  GString *sources;         /* source: filters, see cmq_query_get_sources() */
  GString *exclude_sources; /* -source: filters */
  GStrv highlight_terms;
  gboolean too_long;
  char *prefix_match, *short_prefixes, *word_match; /* see cmq_query_get_prefix_match() */
  char *fts_prefix_match;                           /* see cmq_query_get_fts_prefix_match() */
};

static void
term_clear (Term *term)
{
  g_free (term->text);
}

/* "2021" or "2021-06-01" (a real day). */
static gboolean
parse_date (const char *text, GDate *date, gboolean *year_only)
{
  guint64 year, month, day;
  char *end;

  if (!g_ascii_isdigit (text[0]) || strlen (text) < 4)
    return FALSE;
  year = g_ascii_strtoull (text, &end, 10);
  if (end - text != 4 || year < MIN_YEAR || year > MAX_YEAR)
    return FALSE;
  if (*end == '\0')
    {
      g_date_set_dmy (date, 1, G_DATE_JANUARY, year);
      *year_only = TRUE;
      return TRUE;
    }
  if (strlen (end) != 6 || end[0] != '-' || end[3] != '-' || !g_ascii_isdigit (end[1]) ||
      !g_ascii_isdigit (end[2]) || !g_ascii_isdigit (end[4]) || !g_ascii_isdigit (end[5]))
    return FALSE;
  month = g_ascii_strtoull (end + 1, NULL, 10);
  day = g_ascii_strtoull (end + 4, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  *year_only = FALSE;
  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
narrow_from (char **from, const GDate *date)
{
  g_autofree char *text = format_date (date);

  if (*from == NULL || strcmp (text, *from) > 0)
    {
      g_free (*from);
      *from = g_steal_pointer (&text);
    }
}

static void
narrow_until (char **until, const GDate *date)
{
  g_autofree char *text = format_date (date);

  if (*until == NULL || strcmp (text, *until) < 0)
    {
      g_free (*until);
      *until = g_steal_pointer (&text);
    }
}

/* One source: filter, folded as cmq_search_normalize() folds the source it is compared with
 * (" united nations "); a prefix ends without the space (" united nat"). FALSE when it holds no
 * letter or digit. */
static gboolean
add_source (CmqQuery *self, const char *text, gboolean negated, gboolean prefix)
{
  g_autofree char *normalized = NULL;
  GString **list = negated ? &self->exclude_sources : &self->sources;
  gsize len;

  if (!cmq_query_has_alnum (text))
    return FALSE;
  normalized = cmq_search_normalize (text);
  len = strlen (normalized);
  if (prefix && len > 1 && normalized[len - 1] == ' ')
    normalized[len - 1] = '\0';
  if (*list == NULL)
    *list = g_string_new (NULL);
  else
    g_string_append_c (*list, '\n');
  g_string_append (*list, normalized);
  return TRUE;
}

/* source:word, -source:word, source:word* (a prefix), and the last word being typed. */
static gboolean
parse_source (CmqQuery *self, const char *word, gboolean last)
{
  gboolean negated = word[0] == '-';
  g_autofree char *bare = NULL;
  gboolean prefix = FALSE;
  gsize len;

  if (negated)
    word++;
  if (g_ascii_strncasecmp (word, "source:", 7) != 0)
    return FALSE;
  bare = g_strdup (word + 7);
  len = strlen (bare);
  while (len > 0 && bare[len - 1] == '*')
    {
      bare[--len] = '\0';
      prefix = TRUE;
    }
  if (last && !negated && (self->flags & CMQ_QUERY_FLAGS_LAST_IS_PREFIX))
    prefix = TRUE;
  return add_source (self, bare, negated, prefix);
}

/* year:, before:, after:, source:. FALSE when @word is none of them or its date is not one. */
static gboolean
parse_filter (CmqQuery *self, const char *word, gboolean last)
{
  GDate date;
  gboolean year_only;

  if (parse_source (self, word, last))
    return TRUE;
  g_date_clear (&date, 1);

  if (g_ascii_strncasecmp (word, "year:", 5) == 0)
    {
      if (!parse_date (word + 5, &date, &year_only) || !year_only)
        return FALSE;
      narrow_from (&self->date_from, &date);
      g_date_add_years (&date, 1);
      narrow_until (&self->date_until, &date);
      return TRUE;
    }
  if (g_ascii_strncasecmp (word, "before:", 7) == 0)
    {
      if (!parse_date (word + 7, &date, &year_only))
        return FALSE;
      narrow_until (&self->date_until, &date);
      return TRUE;
    }
  if (g_ascii_strncasecmp (word, "after:", 6) == 0)
    {
      if (!parse_date (word + 6, &date, &year_only))
        return FALSE;
      if (year_only)
        g_date_add_years (&date, 1);
      else
        g_date_add_days (&date, 1);
      narrow_from (&self->date_from, &date);
      return TRUE;
    }
  return FALSE;
}

static void
add_term (GArray *terms, const char *text, gboolean phrase, gboolean negated, gboolean title,
          gboolean prefix, gboolean join_previous)
{
  Term term = { g_strdup (text), title, prefix, negated, phrase, 0 };

  if (!cmq_query_has_alnum (text) || terms->len >= CMQ_QUERY_MAX_TERMS)
    {
      g_free (term.text);
      return;
    }
  if (terms->len > 0)
    {
      Term *previous = &g_array_index (terms, Term, terms->len - 1);
      term.group = join_previous ? previous->group : previous->group + 1;
    }
  g_array_append_val (terms, term);
}

/* A plain word, with its -, title: and trailing *. */
static void
add_word (CmqQuery *self, GArray *terms, const Token *token, gboolean join_previous)
{
  const char *word = token->text;
  gboolean negated = FALSE;
  gboolean title = FALSE;
  gboolean prefix = FALSE;
  g_autofree char *bare = NULL;
  gsize len;

  if (word[0] == '-' && word[1] != '\0')
    {
      negated = TRUE;
      word++;
    }
  if (g_ascii_strncasecmp (word, "title:", 6) == 0 && cmq_query_has_alnum (word + 6))
    {
      title = TRUE;
      word += 6;
    }
  bare = g_strdup (word + (token->last ? strspn (word, "\"") : 0));
  len = strlen (bare);
  while (len > 0 && bare[len - 1] == '*')
    {
      bare[--len] = '\0';
      prefix = TRUE;
    }
  if (!prefix && token->last && !negated && (self->flags & CMQ_QUERY_FLAGS_LAST_IS_PREFIX))
    {
      /* One letter being typed is not searched yet (nor "c, a phrase being typed: the quote
       * is not a letter; FTS5 drops it too): as a prefix it would match nearly every release
       * (a scan of the whole index), as a word nearly none, so the list would empty between
       * "defence" and "defence ministers". It counts from the second letter or a space. */
      if (g_utf8_strlen (bare, -1) < 2)
        return;
      prefix = TRUE;
    }

  add_term (terms, bare, FALSE, negated, title, prefix, join_previous && !negated);
}

/* A phrase whose quote is not closed. While the user types, its last word matches as a prefix,
 * as a plain word's does: not before its second letter ("collective d" is "collective" until the
 * next one), and whole after a space. A prefix of two or three letters at the end of a phrase
 * would make FTS5 read every word that starts with it (half a second at 100,000 releases): until
 * the fourth letter, it is a word of its own, looked up in the prefixes table, next to the
 * phrase of the words before it ("collective de" is "collective" and de…, "collective def" the
 * phrase "collective def…"). */
static void
add_open_phrase (CmqQuery *self, GArray *terms, const Token *token, gboolean join_previous)
{
  g_autofree char *text = g_strdup (token->text);
  g_autofree char *short_prefix = NULL;
  gboolean prefix = FALSE;

  if (token->last && !token->negated && (self->flags & CMQ_QUERY_FLAGS_LAST_IS_PREFIX))
    {
      char *space = strrchr (text, ' ');
      const char *word = space != NULL ? space + 1 : text;
      glong length = g_utf8_strlen (word, -1);

      if (length >= 4 || space == NULL)
        prefix = length >= 2;
      else
        {
          if (length >= 2)
            short_prefix = g_strdup (word);
          *space = '\0';
          g_strchomp (text);
        }
      if (space == NULL && !prefix)
        return;
    }
  add_term (terms, text, TRUE, token->negated, token->title, prefix, join_previous);
  if (short_prefix != NULL)
    add_term (terms, short_prefix, FALSE, FALSE, token->title, TRUE, FALSE);
}

static void
append_fts_string (GString *out, const Term *term)
{
  if (term->title)
    g_string_append (out, "title : ");
  g_string_append_c (out, '"');
  for (const char *p = term->text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      /* Control characters separate words as spaces do; the index's tokenizer gives one of them
       * a meaning of its own (CMQ_INDEX_TERMS_MARK, cmq-index-terms.c). */
      g_string_append_c (out, (guchar) *p < 0x20 ? ' ' : *p);
    }
  g_string_append_c (out, '"');
  if (term->prefix)
    g_string_append_c (out, '*');
}

/* Whether term @i is a prefix of two or three letters or digits (one FTS5 token), alone in its
 * group, not title: only: see cmq_query_get_prefix_match(). */
static gboolean
is_short_prefix (GArray *terms, guint i)
{
  const Term *term = &g_array_index (terms, Term, i);
  glong n_chars = 0;

  if (!term->prefix || term->phrase || term->title || term->negated)
    return FALSE;
  if ((i > 0 && g_array_index (terms, Term, i - 1).group == term->group) ||
      (i + 1 < terms->len && g_array_index (terms, Term, i + 1).group == term->group))
    return FALSE;
  for (const char *p = term->text; *p != '\0'; p = g_utf8_next_char (p), n_chars++)
    if (!g_unichar_isalnum (g_utf8_get_char (p)) || n_chars > 3)
      return FALSE;
  return n_chars >= 2 && n_chars <= 3;
}

/* The terms that must match but those @skip marks: groups joined by AND, their terms by OR. */
static void
build_positive (GArray *terms, const gboolean *skip, GString *positive)
{
  int group = -1;
  gboolean group_open = FALSE;

  for (guint i = 0; i < terms->len; i++)
    {
      const Term *term = &g_array_index (terms, Term, i);
      gboolean grouped =
          (i > 0 && g_array_index (terms, Term, i - 1).group == term->group) ||
          (i + 1 < terms->len && g_array_index (terms, Term, i + 1).group == term->group);

      if (term->negated || (skip != NULL && skip[i]))
        continue;
      if (term->group != group)
        {
          if (group_open)
            g_string_append_c (positive, ')');
          if (positive->len > 0)
            g_string_append (positive, " AND ");
          group_open = grouped;
          if (grouped)
            g_string_append_c (positive, '(');
          group = term->group;
        }
      else
        g_string_append (positive, " OR ");
      append_fts_string (positive, term);
    }
  if (group_open)
    g_string_append_c (positive, ')');
}

static char *
join_match (GString *positive, GString *negative)
{
  if (positive->len > 0 && negative->len > 0)
    return g_strdup_printf ("(%s) NOT (%s)", positive->str, negative->str);
  return positive->len > 0 ? g_strdup (positive->str) : NULL;
}

/* Short prefixes go to the prefixes table; with nothing else to match, the exclusions are
 * taken from them (cmq_query_get_exclude_match()). */
static void
build_prefix_match (CmqQuery *self, GArray *terms, GString *negative)
{
  g_autofree gboolean *skip = g_new0 (gboolean, terms->len + 1);
  g_autoptr (GString) prefixes = g_string_new (NULL);
  g_autoptr (GString) fts_prefixes = g_string_new (NULL);
  g_autoptr (GString) words = g_string_new (NULL);
  g_autoptr (GString) rest = g_string_new (NULL);

  for (guint i = 0; i < terms->len; i++)
    if ((skip[i] = is_short_prefix (terms, i)))
      {
        const Term *term = &g_array_index (terms, Term, i);

        g_string_append_printf (prefixes, "%s\"%s\"", prefixes->len > 0 ? " " : "", term->text);
        g_string_append_printf (fts_prefixes, "%s\"%s\"*", fts_prefixes->len > 0 ? " " : "",
                                term->text);
        g_string_append_printf (words, "%s%s", words->len > 0 ? " " : "", term->text);
      }
  if (prefixes->len == 0)
    return;
  build_positive (terms, skip, rest);
  self->prefix_match = g_string_free (g_steal_pointer (&prefixes), FALSE);
  self->fts_prefix_match = g_string_free (g_steal_pointer (&fts_prefixes), FALSE);
  self->short_prefixes = g_string_free (g_steal_pointer (&words), FALSE);
  self->word_match = join_match (rest, negative);
  if (rest->len == 0 && negative->len > 0)
    self->exclude_match = g_strdup (negative->str);
}

static void
build_expressions (CmqQuery *self, GArray *terms)
{
  g_autoptr (GString) positive = g_string_new (NULL);
  g_autoptr (GString) negative = g_string_new (NULL);
  g_autoptr (GPtrArray) highlight = g_ptr_array_new ();

  for (guint i = 0; i < terms->len; i++)
    {
      const Term *term = &g_array_index (terms, Term, i);
      g_autofree char *normalized = NULL;
      char *stripped;

      if (term->negated)
        {
          if (negative->len > 0)
            g_string_append (negative, " OR ");
          append_fts_string (negative, term);
          continue;
        }
      normalized = cmq_search_normalize (term->text);
      stripped = g_strstrip (normalized);
      if (*stripped != '\0')
        g_ptr_array_add (highlight, g_strconcat (stripped, term->prefix ? "*" : "", NULL));
    }
  build_positive (terms, NULL, positive);

  g_ptr_array_add (highlight, NULL);
  self->highlight_terms = (GStrv) g_ptr_array_steal (highlight, NULL);

  self->match = join_match (positive, negative);
  if (positive->len == 0 && negative->len > 0)
    self->exclude_match = g_strdup (negative->str);
  build_prefix_match (self, terms, negative);
}

static gboolean
is_or (const Token *token)
{
  return token->kind == TOKEN_WORD && strcmp (token->text, "OR") == 0;
}

/* Whether a token can stand on one side of an OR: a term that is not excluded nor a filter. */
static gboolean
can_join (const Token *token)
{
  CmqQuery probe = { 0 };
  gboolean filter;

  if (token->kind == TOKEN_PHRASE)
    return !token->negated && !token->source && cmq_query_has_alnum (token->text);
  if (token->text[0] == '-' || is_or (token) || !cmq_query_has_alnum (token->text))
    return FALSE;
  filter = parse_filter (&probe, token->text, FALSE);
  g_free (probe.date_from);
  g_free (probe.date_until);
  if (probe.sources != NULL)
    g_string_free (probe.sources, TRUE);
  if (probe.exclude_sources != NULL)
    g_string_free (probe.exclude_sources, TRUE);
  return !filter;
}

/* Keeps the tokens that fit in MAX_INPUT_BYTES (see there); FALSE when a phrase is too long to
 * be searched, and the query must match nothing. */
static gboolean
fit_tokens (GArray *tokens)
{
  gsize used = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);
      gsize length = strlen (token->text);

      if (used + length <= MAX_INPUT_BYTES)
        {
          used += length + 1;
          continue;
        }
      if (token->kind == TOKEN_PHRASE)
        {
          g_array_set_size (tokens, length <= MAX_PHRASE_BYTES ? i + 1 : 0);
          return length <= MAX_PHRASE_BYTES;
        }
      /* A word: cut at a character boundary, and typed on (it may be a prefix). */
      if (used < MAX_INPUT_BYTES)
        {
          *g_utf8_find_prev_char (token->text, token->text + (MAX_INPUT_BYTES - used) + 1) = '\0';
          token->last = TRUE;
        }
      g_array_set_size (tokens, used < MAX_INPUT_BYTES && token->text[0] != '\0' ? i + 1 : i);
      return TRUE;
    }
  return TRUE;
}

CmqQuery *
cmq_query_parse (const char *text, CmqQueryFlags flags)
{
  CmqQuery *self = g_new0 (CmqQuery, 1);
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (GArray) terms = g_array_new (FALSE, TRUE, sizeof (Term));
  g_autofree char *valid = NULL;
  gboolean join_next = FALSE;

  g_atomic_ref_count_init (&self->ref_count);
  self->text = g_strdup (text != NULL ? text : "");
  self->flags = flags;
  g_array_set_clear_func (terms, (GDestroyNotify) term_clear);

  valid = g_utf8_make_valid (self->text, -1);
  tokens = cmq_query_tokenize (valid);
  self->too_long = !fit_tokens (tokens);

  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      gboolean join = join_next;

      join_next = FALSE;
      if (is_or (token) && i > 0 && i + 1 < tokens->len &&
          can_join (&g_array_index (tokens, Token, i - 1)) &&
          can_join (&g_array_index (tokens, Token, i + 1)) && terms->len > 0)
        {
          join_next = TRUE;
          continue;
        }

      if (token->kind == TOKEN_PHRASE && token->source)
        add_source (self, token->text, token->negated, token->prefix);
      else if (token->kind == TOKEN_PHRASE && token->open)
        add_open_phrase (self, terms, token, join);
      else if (token->kind == TOKEN_PHRASE)
        add_term (terms, token->text, TRUE, token->negated, token->title, token->prefix, join);
      else if (!parse_filter (self, token->text, token->last))
        add_word (self, terms, token, join);
    }

  build_expressions (self, terms);
  return self;
}

CmqQuery *
cmq_query_ref (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  g_atomic_ref_count_inc (&query->ref_count);
  return query;
}

void
cmq_query_unref (CmqQuery *query)
{
  g_return_if_fail (query != NULL);

  if (g_atomic_ref_count_dec (&query->ref_count))
    {
      g_free (query->text);
      g_free (query->match);
      g_free (query->exclude_match);
      g_free (query->prefix_match);
      g_free (query->fts_prefix_match);
      g_free (query->short_prefixes);
      g_free (query->word_match);
      g_free (query->date_from);
      g_free (query->date_until);
      if (query->sources != NULL)
        g_string_free (query->sources, TRUE);
      if (query->exclude_sources != NULL)
        g_string_free (query->exclude_sources, TRUE);
      g_strfreev (query->highlight_terms);
      g_free (query);
    }
}

const char *
cmq_query_get_text (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->text;
}

gboolean
cmq_query_equal (CmqQuery *a, CmqQuery *b)
{
  gboolean a_empty = a == NULL || cmq_query_is_empty (a);
  gboolean b_empty = b == NULL || cmq_query_is_empty (b);

  if (a == b || (a_empty && b_empty))
    return TRUE;
  if (a_empty || b_empty)
    return FALSE;
  return a->flags == b->flags && g_strcmp0 (a->text, b->text) == 0;
}

CmqQueryFlags
cmq_query_get_flags (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, CMQ_QUERY_FLAGS_NONE);
  return query->flags;
}

gboolean
cmq_query_is_empty (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, TRUE);
  return query->match == NULL && query->exclude_match == NULL && query->date_from == NULL &&
         query->date_until == NULL && query->sources == NULL && query->exclude_sources == NULL &&
         !query->too_long;
}

gboolean
cmq_query_is_too_long (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, FALSE);
  return query->too_long;
}

const char *
cmq_query_get_match (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->match;
}

const char *
cmq_query_get_exclude_match (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->exclude_match;
}

const char *
cmq_query_get_prefix_match (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->prefix_match;
}

const char *
cmq_query_get_fts_prefix_match (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->fts_prefix_match;
}

const char *
cmq_query_get_short_prefixes (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->short_prefixes;
}

const char *
cmq_query_get_word_match (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->prefix_match != NULL ? query->word_match : query->match;
}

const char *
cmq_query_get_date_from (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->date_from;
}

const char *
cmq_query_get_date_until (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->date_until;
}

const char *
cmq_query_get_sources (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->sources != NULL ? query->sources->str : NULL;
}

const char *
cmq_query_get_exclude_sources (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return query->exclude_sources != NULL ? query->exclude_sources->str : NULL;
}

const char *const *
cmq_query_get_highlight_terms (CmqQuery *query)
{
  g_return_val_if_fail (query != NULL, NULL);
  return (const char *const *) query->highlight_terms;
}

char *
cmq_query_to_string (CmqQuery *query)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (query != NULL, NULL);

  if (query->too_long)
    g_string_append (out, "too-long");
  if (query->match != NULL)
    g_string_append_printf (out, "match[%s]", query->match);
  if (query->exclude_match != NULL)
    g_string_append_printf (out, "%sexclude[%s]", out->len > 0 ? " " : "", query->exclude_match);
  if (query->date_from != NULL)
    g_string_append_printf (out, "%sfrom[%s]", out->len > 0 ? " " : "", query->date_from);
  if (query->date_until != NULL)
    g_string_append_printf (out, "%suntil[%s]", out->len > 0 ? " " : "", query->date_until);
  if (query->sources != NULL)
    g_string_append_printf (out, "%ssource[%s]", out->len > 0 ? " " : "", query->sources->str);
  if (query->exclude_sources != NULL)
    g_string_append_printf (out, "%snot-source[%s]", out->len > 0 ? " " : "",
                            query->exclude_sources->str);
  return g_string_free (out, FALSE);
}
