/* cmq-query-tokens.h: the search text cut into words and phrases, for cmq-query.c only.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TOKEN_WORD,
  TOKEN_PHRASE,
} TokenKind;

typedef struct
{
  TokenKind kind;
  char *text;       /* a word as typed (with its -, title:, *) or a phrase's inside */
  gboolean negated; /* phrase only: -"…" */
  gboolean title;   /* phrase only: title:"…" */
  gboolean source;  /* phrase only: source:"…" */
  gboolean prefix;  /* phrase only: "…"* */
  gboolean open;    /* phrase only: its quote is not closed (it runs to the end of the text) */
  gboolean last;    /* the last token, not followed by a space */
} Token;

/* Whether @text holds a letter or a digit. */
gboolean cmq_query_has_alnum (const char *text);

/* Cuts @text (valid UTF-8) into an array of Token. A quote opens a phrase at the start of a word
 * (or after its -, title: or -title:) when it is closed later, or when the rest of the text holds
 * two words or more: a phrase being typed, or whose closing quote was forgotten. Otherwise the
 * quote is part of the word. */
GArray *cmq_query_tokenize (const char *text);

G_END_DECLS
