/* cmq-importer-namenotes.c: an organisation's note under the story that opens with its name
 * alone on a line ("UNAIDS"), over a paragraph that presents that same name, spelt out before it
 * perhaps ("The Joint United Nations Programme on HIV/AIDS (UNAIDS) leads …", heldout21
 * unaids-02): the note, not the story, in any language whose presenting verbs the table of
 * presenting-openings.txt holds. The heading says "About" in no word, so only the paragraph
 * under it, naming the heading as its subject, tells it from a story's subheading.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A name heading has at most this many words ("Médecins Sans Frontières", "World Wide Fund for
 * Nature"). */
#define MAX_NAME_HEADING_WORDS 6

/* An article before a name ("Die Welthilfe", "De Stichting", "A Fundação") is this short. */
#define MAX_ARTICLE_BYTES 3

/* Whether @subject, the subject of a presenting sentence, is @name, after an article perhaps, or
 * @name's spelt-out form with @name in brackets after it ("Joint United Nations Programme on
 * HIV/AIDS (UNAIDS)"), or @name with an apposition after a comma ("UNAIDS, the Joint …,").
 * Compared without regard to case. */
static gboolean
subject_is_name (const char *subject, const char *name)
{
  g_autofree char *folded_subject = g_utf8_casefold (subject, -1);
  g_autofree char *folded_name = g_utf8_casefold (name, -1);
  g_autofree char *bracketed = g_strdup_printf ("(%s)", folded_name);
  gsize len = strlen (folded_name);
  const char *space;

  g_strstrip (folded_subject);
  space = strchr (folded_subject, ' ');
  if (space != NULL && space - folded_subject <= MAX_ARTICLE_BYTES &&
      strcmp (space + 1, folded_name) == 0)
    return TRUE;
  if (strcmp (folded_subject, folded_name) == 0 || g_str_has_suffix (folded_subject, bracketed))
    return TRUE;
  return strncmp (folded_subject, folded_name, len) == 0 && folded_subject[len] == ',';
}

/* Whether line @i is a name heading: short, no sentence, no label, a capital first, and no
 * chrome the other rules already know. */
static gboolean
is_name_heading (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return !is_blank (lines, i) && info[i].words >= 1 && info[i].words <= MAX_NAME_HEADING_WORDS &&
         !info[i].sentence && !info[i].label && !info[i].body && !info[i].known &&
         g_unichar_isupper (g_utf8_get_char (text)) && strpbrk (text, ".,;:!?") == NULL;
}

/* Whether @text holds @name without regard to case. The subject a presenting sentence is read
 * for is a part of it, folded character by character as the whole is, and subject_is_name ()
 * finds @name in it: a paragraph without @name is spared the costly pattern. */
static gboolean
holds_folded (const char *text, const char *name)
{
  g_autofree char *folded_text = g_utf8_casefold (text, -1);
  g_autofree char *folded_name = g_utf8_casefold (name, -1);

  return strstr (folded_text, folded_name) != NULL;
}

/* Whether the paragraph @para presents the name that line @heading holds, as its subject. */
static gboolean
presents_heading (GArray *lines, const LineInfo *info, guint heading, guint para)
{
  const Line *line = &g_array_index (lines, Line, para);
  g_autofree char *subject = NULL;

  if (!info[para].body || !info[para].sentence ||
      !holds_folded (line->text, g_array_index (lines, Line, heading).text))
    return FALSE;
  subject = cmq_importer_name_before_closing (line->text,
                                              CMQ_PRESENTING_PRESENT | CMQ_PRESENTING_ACTIVITY);
  return subject != NULL && subject_is_name (subject, g_array_index (lines, Line, heading).text);
}

/* Whether @text, up to @p, ends with @mark. */
static gboolean
ends_with_mark (const char *text, const char *p, const char *mark)
{
  gsize len = strlen (mark);

  return (gsize) (p - text) >= len && memcmp (p - len, mark, len) == 0;
}

/* Whether the word at @p of @text opens a sentence: the paragraph's start, or after a sentence's
 * stop, a colon or an opening quote mark. */
static gboolean
opens_sentence (const char *text, const char *p)
{
  while (p > text && p[-1] == ' ')
    p--;
  return p == text || strchr (".!?:\"(", p[-1]) != NULL || ends_with_mark (text, p, "“") ||
         ends_with_mark (text, p, "«");
}

/* Whether @name is written as a name, whole words with its capitals and not only where a
 * sentence opens (where "The", "It" or "This" have one too), in a story paragraph above line
 * @para, after @first: the release's own subject, not one its last paragraph brings in. */
static gboolean
named_above (GArray *lines, const LineInfo *info, guint first, guint para, const char *name)
{
  gsize len = strlen (name);

  for (guint k = first; k < para; k++)
    {
      const char *text = g_array_index (lines, Line, k).text;

      if (!info[k].body || role_at (lines, k) != CMQ_LINE_STORY)
        continue;
      for (const char *p = strstr (text, name); p != NULL; p = strstr (p + 1, name))
        if ((p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)))) &&
            !g_unichar_isalnum (g_utf8_get_char (p + len)) && !opens_sentence (text, p))
          return TRUE;
    }
  return FALSE;
}

/* "UNESCO promotes the safety of journalists through …", "Saab förser den globala marknaden
 * med …" (heldout7 unesco-03, heldout14 saab-01): the last paragraph of the story part, with
 * nothing but short lines under it, whose subject is a name of a few words that the story
 * names above it, with a verb of what the organisation does (presenting-openings.txt,
 * "activity"), and no figure nor quotation mark (a story's last paragraph that says what the
 * organisation did or said has them, a note that says what it is and does has none). The
 * paragraph, or lines->len. */
static guint
unheaded_note_start (GArray *lines, const LineInfo *info, guint first)
{
  guint i = lines->len;
  const char *text;
  const char *end;
  g_autofree char *opening = NULL;
  g_autofree char *subject = NULL;
  guint n_spaces = 0;

  while (i-- > first + 1 && !info[i].body)
    ;
  if (i <= first || i >= lines->len || role_at (lines, i) != CMQ_LINE_STORY || !info[i].sentence)
    return lines->len;
  text = g_array_index (lines, Line, i).text;
  if (strpbrk (text, "0123456789\"") != NULL || strstr (text, "“") != NULL ||
      strstr (text, "«") != NULL || strstr (text, "„") != NULL)
    return lines->len;
  /* the subject and its verb open the paragraph: only its first words are matched */
  for (end = text; *end != '\0' && n_spaces <= MAX_NAME_HEADING_WORDS + 1; end++)
    n_spaces += *end == ' ';
  opening = g_strndup (text, end - text);
  subject = cmq_importer_name_before_closing (opening, CMQ_PRESENTING_ACTIVITY);
  if (subject == NULL || cmq_importer_count_words (subject) > MAX_NAME_HEADING_WORDS ||
      !g_unichar_isupper (g_utf8_get_char (subject)) || strchr (subject, '(') != NULL ||
      !named_above (lines, info, first, i, subject))
    return lines->len;
  return i;
}

guint
cmq_importer_name_note_start (GArray *lines, const LineInfo *info, guint first)
{
  guint n_body = 0;
  guint below = lines->len;

  /* the note is the dump's last paragraphs but a few: what is under it is chrome or one more
   * paragraph of it */
  for (guint i = lines->len; i-- > first + 1 && n_body <= MAX_NOTE_PARAGRAPHS;)
    {
      if (is_blank (lines, i))
        continue;
      if (below < lines->len && role_at (lines, i) == CMQ_LINE_STORY &&
          is_name_heading (lines, info, i) && presents_heading (lines, info, i, below))
        {
          /* a story paragraph above it, or it is the story's own subject */
          for (guint k = i; k-- > first;)
            if (info[k].body && role_at (lines, k) == CMQ_LINE_STORY)
              return i;
          return lines->len;
        }
      n_body += info[i].body;
      below = i;
    }
  return unheaded_note_start (lines, info, first);
}
