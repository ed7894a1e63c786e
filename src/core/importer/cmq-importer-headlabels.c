/* cmq-importer-headlabels.c: a label of the site's interface that a page glues after its
 * headline, in brackets or parentheses ("… [Archivé]", "… (Archived)", "… [PDF]"): the site's
 * word about the page, not the headline's. Read with the words of interface-words.txt, in any
 * language that file holds; a bracket of other words ("… (Video)", "… [Update 2]") is left.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-headlabels.h"

/* The label in brackets is this many words at most. */
#define MAX_LABEL_WORDS 3

char *
cmq_importer_drop_interface_label (const char *text)
{
  gsize len = strlen (text);
  char close = len > 0 ? text[len - 1] : '\0';
  char open = close == ']' ? '[' : close == ')' ? '(' : '\0';
  const char *start;
  g_autofree char *inner = NULL;
  g_autofree char *key = NULL;
  g_autofree char *head = NULL;
  guint words;

  if (open == '\0' || (start = strrchr (text, open)) == NULL || start == text ||
      !g_ascii_isspace (start[-1]))
    return NULL;
  inner = g_strndup (start + 1, text + len - 1 - (start + 1));
  key = cmq_importer_key (inner);
  words = cmq_importer_count_words (key);
  if (words == 0 || words > MAX_LABEL_WORDS || !cmq_importer_is_interface_line (key, words))
    return NULL;
  head = g_strstrip (g_strndup (text, start - text));
  if (cmq_importer_count_words (head) < MIN_HEADLINE_WORDS)
    return NULL;
  return g_steal_pointer (&head);
}
