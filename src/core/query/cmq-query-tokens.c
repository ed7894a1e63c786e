/* cmq-query-tokens.c: the search text cut into words, "phrases" and OR, before cmq-query.c reads
 * each token as a term, a filter or an operator.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-query"

#include <string.h>

#include "cmq-query-tokens.h"

gboolean
cmq_query_has_alnum (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
token_clear (Token *token)
{
  g_free (token->text);
}

static void
add_token (GArray *tokens, TokenKind kind, const char *start, gsize length)
{
  Token token = { kind, g_strndup (start, length) };

  g_array_append_val (tokens, token);
}

static Token *
add_phrase (GArray *tokens, const char *start, gsize length, gboolean negated, gboolean title)
{
  Token *token;

  add_token (tokens, TOKEN_PHRASE, start, length);
  token = &g_array_index (tokens, Token, tokens->len - 1);
  token->negated = negated;
  token->title = title;
  return token;
}

/* Whether @text holds two words or more, each with a letter or a digit. */
static gboolean
has_two_words (const char *text)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \t\n", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL && n < 2; i++)
    if (cmq_query_has_alnum (words[i]))
      n++;
  return n >= 2;
}

GArray *
cmq_query_tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = text;

  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);

  while (*p != '\0')
    {
      const char *start;
      const char *close;
      gboolean negated = FALSE;
      gboolean title = FALSE;
      gboolean source = FALSE;

      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      if (*p == '-')
        {
          negated = TRUE;
          p++;
        }
      if (g_ascii_strncasecmp (p, "title:", 6) == 0)
        {
          title = TRUE;
          p += 6;
        }
      else if (g_ascii_strncasecmp (p, "source:", 7) == 0)
        {
          source = TRUE;
          p += 7;
        }
      if (*p == '"' && (close = strchr (p + 1, '"')) != NULL)
        {
          Token *token = add_phrase (tokens, p + 1, close - p - 1, negated, title);

          token->source = source;
          p = close + 1;
          while (*p == '*')
            {
              token->prefix = TRUE;
              p++;
            }
          continue;
        }

      if (*p == '"' && !source && has_two_words (p + 1))
        {
          Token *token = add_phrase (tokens, p + 1, strlen (p + 1), negated, title);

          g_strchomp (token->text);
          token->open = TRUE;
          p += strlen (p);
          continue;
        }

      /* A plain word: up to the next space, or the next quote that opens a closed phrase. */
      p = start;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      add_token (tokens, TOKEN_WORD, start, p - start);
    }

  if (tokens->len > 0 && *text != '\0' &&
      !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (text + strlen (text)))))
    g_array_index (tokens, Token, tokens->len - 1).last = TRUE;

  return tokens;
}
