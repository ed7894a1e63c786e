/* cmq-importer-memoheads.c: a release written as a memo opens with its header fields, "From:"
 * with the contacts' names, phones and addresses, "To:", "Re:", "Subject:", then its kind as a
 * label ("News Advisory:"), and only then the story (heldout27 citymuseum-01). The "From:" line is
 * long enough to read as a sentence; it is the header's, as is every field of such a run: the
 * story starts under them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-memoheads.h"
#include "cmq-importer-private.h"

/* A label of a memo's kind under its fields ("News Advisory:", "Media Alert:") has at most this
 * many words. */
#define MAX_MEMO_KIND_WORDS 3

gboolean
cmq_importer_is_memo_field (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  const char *colon = strchr (text, ':');

  /* the field's name is one or two short words */
  if (colon == NULL || colon - text > 20)
    return FALSE;
  cmq_regex_get (&init, &regex,
                 "^(?:from|to|re|subject|cc|attn|attention|for|de|objet|destinataires?|"
                 "expediteur|von|an|betreff|van|aan|onderwerp|oggetto|asunto|para)\\s?:\\s*\\S");
  return cmq_regex_match (regex, text);
}

/* "Subject: …", "Re: …", "Objet : …": the field that names what the memo is about. */
static gboolean
is_subject_field (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&init, &regex, "^(?:re|subject|objet|betreff|onderwerp|oggetto|asunto)\\s?:");
  return cmq_regex_match (regex, text);
}

/* "News Advisory:", "Media Alert:", "Communiqué :": a kind's label alone, with its colon. */
static gboolean
is_kind_label (const char *text, const LineInfo *line)
{
  g_autofree char *folded = NULL;

  if (!line->label || line->words > MAX_MEMO_KIND_WORDS || strpbrk (text, "0123456789") != NULL)
    return FALSE;
  folded = cmq_importer_fold (text);
  return cmq_importer_kind_of_start (folded, FALSE) != NULL ||
         strstr (folded, "advisory") != NULL || strstr (folded, "alert") != NULL;
}

/* Whether line @i is of a memo's header: a field, or the kind's label. */
static gboolean
is_head_line (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return role_at (lines, i) == CMQ_LINE_STORY &&
         (cmq_importer_is_memo_field (text) || is_kind_label (text, &info[i]));
}

guint
cmq_importer_skip_memo_head (GArray *lines, const LineInfo *info, guint first)
{
  guint start = first;
  guint i;
  guint fields = 0;

  /* the header may stand over the first paragraph, its long "From:" line the first or not */
  for (guint k = nonblank_above (lines, first); k < lines->len && is_head_line (lines, info, k);
       k = nonblank_above (lines, k))
    start = k;
  for (i = start; i < lines->len; i = nonblank_below (lines, i))
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (role_at (lines, i) != CMQ_LINE_STORY)
        return first;
      if (cmq_importer_is_memo_field (text))
        fields++;
      else if (fields == 0 || !is_kind_label (text, &info[i]))
        break;
    }
  /* the story goes on under the header: a paragraph of it */
  if (fields == 0 || i >= lines->len || i < first || !info[i].body)
    return first;
  /* a subject's field names the text: left to the headline's reading (a letter's title) */
  for (guint k = start; k < i; k = nonblank_below (lines, k))
    if (!is_subject_field (g_array_index (lines, Line, k).text))
      set_role (lines, k,
                cmq_importer_is_memo_field (g_array_index (lines, Line, k).text)
                    ? CMQ_LINE_LEADING_CHROME
                    : CMQ_LINE_KIND);
  return i;
}
