/* cmq-importer-gluedbrackets.c: a headline glued before a dateline that gives its place in
 * brackets with its region and a dash ("Joslyn Art Museum Announces Opening of Reinstalled
 * European Galleries; Four New Acquisitions Unveiled (Omaha, NE) – A new presentation …",
 * heldout26 joslyn-01): the text of a PDF or of a page saved with no line break under the
 * headline. A sentence does not put a place and its region in brackets, then a dash and a
 * capital: the bracket opens the dateline, what stands before it is the headline, in any
 * language. A mangled e-mail address ("[email protected]", what a page that hides its addresses
 * shows in their place) that closes the contacts above and opens the line is cut off first.
 * In doubt (a head that reads as a sentence or is long, a short story), the line stays whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The headline before the bracket has this many words at least, and at most. */
#define MIN_HEAD_WORDS 4
#define MAX_HEAD_WORDS 40
/* The story after the dash has this many words at least. */
#define MIN_STORY_WORDS 15

/* What a page that hides its e-mail addresses shows in their place. */
#define HIDDEN_ADDRESS "[email protected] "

/* Where the bracketed dateline glued after @text's headline starts, or 0. */
static gsize
glued_bracket_dateline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *head = NULL;
  int start = 0, story = 0;
  guint words;

  /* most lines have no "), " or ") – ": no regex for them */
  if (strstr (text, ") ") == NULL || strchr (text, '(') == NULL)
    return 0;
  /* case-sensitive: a place of capitalised words, a comma and its region, a dash, a capital */
  cmq_regex_get (&initialised, &regex,
                 "(?-i)\\s(\\((?:\\p{Lu}[\\p{L}.'’-]*\\s){0,2}\\p{Lu}[\\p{L}.'’-]*,\\s"
                 "\\p{Lu}[\\p{L}.]{0,15}(?:\\s\\p{Lu}[\\p{L}.]{0,15})?\\)\\s[-–—]\\s)(\\p{Lu})");
  if (!cmq_regex_find (regex, text, 1, &start, NULL) ||
      !cmq_regex_find (regex, text, 2, &story, NULL))
    return 0;
  head = g_strchomp (g_strndup (text, start));
  words = cmq_importer_count_words (head);
  if (!g_unichar_isupper (g_utf8_get_char (head)) || words < MIN_HEAD_WORDS ||
      words > MAX_HEAD_WORDS || strstr (head, ". ") != NULL || cmq_importer_ends_sentence (head) ||
      cmq_importer_count_words (text + story) < MIN_STORY_WORDS ||
      strstr (text + story, ". ") == NULL)
    return 0;
  return (gsize) start;
}

void
cmq_importer_split_glued_bracket_dateline (GArray *lines, Line *line)
{
  gsize hidden = g_str_has_prefix (line->text, HIDDEN_ADDRESS) ? strlen (HIDDEN_ADDRESS) : 0;
  gsize start = glued_bracket_dateline (line->text + hidden);
  char *rest;

  if (start == 0)
    return;
  if (hidden > 0)
    cmq_importer_append_paragraph (lines, line->text, hidden);
  cmq_importer_append_paragraph (lines, line->text + hidden, start);
  rest = g_strdup (line->text + hidden + start);
  g_free (line->text);
  line->text = rest;
}
