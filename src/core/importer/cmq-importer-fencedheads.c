/* cmq-importer-fencedheads.c: a long headline parted from its story by the head's labels. The
 * page's first line, too long for a headline's shape (more than MAX_HEADLINE_WORDS, or one
 * sentence ending with its stop), then the release's kind alone ("Communiqué de presse") or its
 * fields ("Prononcé le", "Intervenant(s) :", "Circonstance : …", "Texte intégral"), then the
 * story (heldout36 ars-01, heldout35 fnsea-02): the labels say that the head ends there, and
 * the line over them, which the importer took for the story's first paragraph, is the headline.
 * A lead never stands over the release's kind or its fields; a line of two sentences stays the
 * story's whatever stands under it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-fencedheads.h"

/* A field's label, before its colon, is this many words at most ("Intervenant(s)"). */
#define MAX_FIELD_LABEL_WORDS 3
/* Lines of labels looked at under the headline, blank lines not counted. */
#define MAX_FENCE_LINES 6

/* "Intervenant(s) :", "Circonstance : 62ème congrès de la FNSEA à Nantes le 3 avril 2008": a
 * short label in capitals first, a colon, perhaps a short value; not a sentence. */
static gboolean
is_field_line (const char *text, const LineInfo *info)
{
  const char *colon = strchr (text, ':');
  g_autofree char *label = NULL;
  guint words;

  if (colon == NULL || colon == text || info->sentence || info->words > MAX_EDGE_WORDS ||
      !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  label = g_strstrip (g_strndup (text, colon - text));
  words = cmq_importer_count_words (label);
  return *label != '\0' && words <= MAX_FIELD_LABEL_WORDS;
}

/* Whether line @i, a short line in the story's role, is one of the head's labels: the kind
 * alone, a field, or a label of a few words ("Prononcé le", "Texte intégral"), which counts only
 * beside one of the others; a speech's salutation ("Monsieur le Ministre,") is the story's. */
static gboolean
is_head_label (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  if (info[i].body || info[i].sentence)
    return FALSE;
  return cmq_importer_is_kind_label (text) || is_field_line (text, &info[i]) ||
         (!info[i].label && info[i].words <= MAX_CONTACT_LABEL_WORDS &&
          (g_unichar_isalnum (last) || last == ')'));
}

/* The head's labels between the headline @first and the story @story leave the story: the kind
 * read into @parts, the others the page's. */
static void
take_labels (GArray *lines, guint first, guint story, CmqDumpParts *parts)
{
  for (guint i = first + 1; i < story; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (is_blank (lines, i))
        continue;
      if (cmq_importer_is_kind_label (text))
        {
          g_autofree char *folded = cmq_importer_fold (text);

          if (parts->kind == NULL)
            parts->kind = cmq_importer_kind_of_start (folded, TRUE);
          set_role (lines, i, CMQ_LINE_KIND);
        }
      else if (role_at (lines, i) == CMQ_LINE_STORY)
        set_role (lines, i, CMQ_LINE_LEADING_CHROME);
    }
}

/* Whether line @first, the first of the dump, is shaped like a long headline: a capital first,
 * no label, one sentence at most, and no longer than a caption. A line ending with its stop
 * is a headline only over fields (is_field_line ()), which no lead stands over. */
static gboolean
is_long_head_shape (GArray *lines, const LineInfo *info, guint first)
{
  const char *text = g_array_index (lines, Line, first).text;
  gsize len = strlen (text);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + len));

  if (info[first].label || info[first].known || info[first].interface ||
      info[first].words > MAX_CAPTION_WORDS || last == ',' || last == ';' ||
      !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  /* a headline with its stop is one sentence; the one without is beyond a headline's shape */
  if (info[first].sentence)
    return cmq_importer_first_sentence_length (text) == len;
  return info[first].words > MAX_HEADLINE_WORDS;
}

guint
cmq_importer_skip_fenced_headline (GArray *lines, const LineInfo *info, guint first,
                                   CmqDumpParts *parts)
{
  guint labels = 0, fields = 0, seen = 0;
  guint story = first;

  if (first >= lines->len || nonblank_above (lines, first) != lines->len ||
      role_at (lines, first) != CMQ_LINE_STORY || !is_long_head_shape (lines, info, first))
    return first;
  while ((story = nonblank_below (lines, story)) < lines->len)
    {
      if (++seen > MAX_FENCE_LINES)
        return first;
      /* the page's own lines pass, and the kind's label counts when known as chrome */
      if (role_at (lines, story) != CMQ_LINE_STORY)
        labels += cmq_importer_is_kind_label (g_array_index (lines, Line, story).text);
      else if (is_head_label (lines, info, story))
        {
          const char *text = g_array_index (lines, Line, story).text;

          labels += cmq_importer_is_kind_label (text);
          fields += is_field_line (text, &info[story]);
        }
      else
        break;
    }
  if (labels + fields == 0 || (info[first].sentence && fields == 0) || story >= lines->len ||
      story_body_below (lines, info, story - 1) == lines->len)
    return first;
  take_labels (lines, first, story, parts);
  set_role (lines, first, CMQ_LINE_HEADLINE);
  if (parts->headline == NULL)
    parts->headline = g_strdup (g_array_index (lines, Line, first).text);
  return story;
}
