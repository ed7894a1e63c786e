/* cmq-importer-signatures.c: the institution a letter's or a statement's signature names after
 * the story ("Michel DENEKEN" / "Président de l'université de Strasbourg", heldout24 unistra-01;
 * "Jane Smith" / "Director of the Environment Agency"): the signatory's office says who issued the
 * text, when nothing else does. Only an office over an institution's name (institution-words.txt):
 * a wrong source is worse than none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Lines, not blank, read after the story's last line: a name and the office under it. */
#define MAX_LINES_AFTER_STORY 3
/* A signatory's name over the office is this short. */
#define MAX_NAME_WORDS 4

/* The institution that @text, a signatory's office, names after the office's title
 * ("Président de l'université de Strasbourg", "Director of the Environment Agency"), its first
 * letter made a capital; or NULL. */
static char *
institution_of_office (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;
  int start;

  cmq_regex_get (&initialised, &regex,
                 "^(?:le |la |the )?(?:pr[ée]sident(?:e)?|directeur|directrice|director|"
                 "secr[ée]taire g[ée]n[ée]ral(?:e)?|secretary[ -]general|chief executive|"
                 "chair(?:man|woman)?|recteur|rectrice|rector|vice[ -]chancellor)"
                 " (?:de la |de l['’]|du |des |de |of the |of )(\\S.*)$");
  if (!cmq_regex_find (regex, text, 1, &start, NULL) || start < 0)
    return NULL;
  name = g_strdup (text + start);
  g_strstrip (name);
  if (!g_unichar_isupper (g_utf8_get_char (name)))
    {
      char first[8] = { 0 };
      g_autofree char *lower = g_steal_pointer (&name);

      g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (lower)), first);
      name = g_strconcat (first, g_utf8_next_char (lower), NULL);
    }
  return cmq_importer_is_institution_name (name) ? g_steal_pointer (&name) : NULL;
}

char *
cmq_importer_find_signature_issuer (GArray *lines)
{
  guint last = lines->len, seen = 0;
  const Line *above = NULL;

  for (guint i = lines->len; i > 0; i--)
    if (g_array_index (lines, Line, i - 1).role == CMQ_LINE_STORY &&
        *g_array_index (lines, Line, i - 1).text != '\0')
      {
        last = i - 1;
        break;
      }
  for (guint i = last + 1; i < lines->len && seen < MAX_LINES_AFTER_STORY; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      char *name;

      if (*line->text == '\0')
        continue;
      seen++;
      /* the office under its signatory's name, a few words without a stop */
      if (above != NULL && above->key != NULL &&
          cmq_importer_count_words (above->key) <= MAX_NAME_WORDS &&
          !cmq_importer_ends_sentence (above->text) &&
          (name = institution_of_office (line->text)) != NULL)
        return name;
      above = line;
    }
  return NULL;
}
