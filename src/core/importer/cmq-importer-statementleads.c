/* cmq-importer-statementleads.c: a lead that says the text is its speaker's statement: "Il
 * presidente federale …, è intervenuto con una dichiarazione: “…" (heldout28 fipav-01), "The
 * Minister issued a statement: “…", "… a réagi par une déclaration : « …", "… in einer
 * Erklärung: „…": a statement word of kinds.txt just before a colon, then a quotation that runs
 * to the lead's end or beyond. The quotation is the text; the lead only introduces it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The colon introducing the statement is in the lead's first sentence or two: this many bytes. */
#define MAX_INTRO_BYTES 480
/* The statement word is among the last words before the colon ("a joint press statement"). */
#define MAX_PHRASE_WORDS 3

/* Quotation marks that open a quotation, and those that close it. */
static const struct
{
  const char *open;
  const char *close[3];
} quote_marks[] = {
  { "\u201c", { "\u201d", NULL } },           /* “…” */
  { "\u00ab", { "\u00bb", NULL } },           /* «…» */
  { "\u00bb", { "\u00ab", NULL } },           /* »…« */
  { "\u201e", { "\u201c", "\u201d", NULL } }, /* „…“ */
  { "\u2018", { "\u2019", NULL } },           /* ‘…’ */
  { "\"", { "\"", NULL } },
};

/* @p past spaces, no-break ones too. */
static const char *
skip_spaces (const char *p)
{
  for (;;)
    {
      if (*p == ' ')
        p++;
      else if (g_str_has_prefix (p, "\u00a0") || g_str_has_prefix (p, "\u202f"))
        p += 2;
      else
        return p;
    }
}

/* Whether a quotation opens at @p and runs to the end of @p's paragraph: not closed, or closed
 * with nothing after it but punctuation ("… attuali.”"), so that no narrative goes on after it. */
static gboolean
opens_whole_quotation (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (quote_marks); i++)
    {
      const char *inside = p + strlen (quote_marks[i].open);
      const char *close = NULL;

      if (!g_str_has_prefix (p, quote_marks[i].open))
        continue;
      for (guint c = 0; quote_marks[i].close[c] != NULL; c++)
        {
          const char *at = strstr (inside, quote_marks[i].close[c]);

          if (at != NULL && (close == NULL || at < close))
            close = at;
        }
      if (close == NULL)
        return TRUE;
      for (const char *q = close; *q != '\0'; q = g_utf8_next_char (q))
        if (g_unichar_isalnum (g_utf8_get_char (q)))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* Whether the last words of @intro, folded, are a statement phrase of kinds.txt after at least
 * one other word ("con una dichiarazione", "in a statement"): a label alone ("Statement:") is
 * read elsewhere. */
static gboolean
ends_with_statement_phrase (const char *intro)
{
  g_autofree char *folded = g_strchomp (cmq_importer_fold (intro));
  gsize n = strlen (folded);
  guint words = 0;

  for (gsize at = n; at > 0 && words < MAX_PHRASE_WORDS; at--)
    {
      const char *phrase = folded + at;

      if (folded[at - 1] != ' ')
        continue;
      words++;
      if (cmq_importer_kind_phrase_length (phrase) == n - at &&
          g_strcmp0 (cmq_importer_kind_of_start (phrase, FALSE), "statement") == 0)
        return TRUE;
    }
  return FALSE;
}

const char *
cmq_importer_kind_of_statement_lead (const char *paragraph)
{
  for (const char *colon = strchr (paragraph, ':');
       colon != NULL && colon - paragraph < MAX_INTRO_BYTES; colon = strchr (colon + 1, ':'))
    {
      g_autofree char *intro = NULL;

      if (!opens_whole_quotation (skip_spaces (colon + 1)))
        continue;
      /* (folding drops the space French typography puts before the colon, a no-break one too) */
      intro = g_strndup (paragraph, colon - paragraph);
      return ends_with_statement_phrase (intro) ? "statement" : NULL;
    }
  return NULL;
}
