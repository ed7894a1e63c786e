/* cmq-importer-questionheads.c: a headline that asks a question. "Quel dispositif pour une
 * disparition inquiétante ?" alone on the dump's first line, over the bullets "Par la capitaine
 * …" and "Publié le 26 février 2018" (heldout26 gendarmerie-01): a short question alone above a
 * byline and the page's date is the article's headline, not the story's first sentence, as
 * "Why we are striking" would be. Its byline is the head's, its date line the release's date,
 * and a line over a picture's credit ("© J. Smith") between them and the story is the picture's
 * caption.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-headlabels.h"
#include "cmq-importer-private.h"
#include "cmq-importer-questionheads.h"

/* Lines between a headline and the story: a byline, a date, perhaps both and a label. */
#define MAX_META_LINES 3
/* A question of fewer words ("Need help?", "Questions?") is a site's prompt. */
#define MIN_QUESTION_WORDS 3
/* A byline or a picture's credit is this short. */
#define MAX_BYLINE_WORDS 8

/* One sentence, a question: its only end is its one question mark, with at most closing marks
 * and spaces after it ("… inquiétante ?", "Why now?»"). */
static gboolean
is_lone_question (const char *text)
{
  const char *mark = strchr (text, '?');

  if (mark == NULL || strchr (mark + 1, '?') != NULL || strpbrk (text, ".!") != NULL)
    return FALSE;
  for (const char *p = mark + 1; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && c != 0x00A0 && c != 0x202F && !g_unichar_ispunct (c))
        return FALSE;
    }
  return TRUE;
}

/* The line without its round bullet, if any. */
static const char *
unbulleted (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  const char *after = cmq_importer_after_bullet (text);

  return after != NULL ? after : text;
}

/* "By Jane Doe", "Par la capitaine Gaëlle Pupin": the word for "by" and a few words. */
static gboolean
is_byline (const char *text, guint words)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:by|par|por|von|door|di|przez|af|av)\\s+\\p{L}[^.!?:;]*$");
  return words >= 2 && words <= MAX_BYLINE_WORDS && cmq_regex_match (regex, text);
}

/* "© J. Smith", "© Major F. Balsamo": a picture's credit alone on its line. */
static gboolean
is_bare_credit (const char *text, guint words)
{
  return g_str_has_prefix (text, "©") && words >= 1 && words <= MAX_BYLINE_WORDS &&
         !g_unichar_isdigit (g_utf8_get_char (g_utf8_next_char (text) + (text[2] == ' ')));
}

/* The date lines and bylines right under line @head, up to the first other line, returned;
 * *@dated says whether one of them is a date line. */
static guint
meta_lines_end (GArray *lines, const LineInfo *info, guint head, gboolean *dated)
{
  guint i = nonblank_below (lines, head);
  guint n = 0;

  *dated = FALSE;
  for (; i < lines->len && n < MAX_META_LINES; i = nonblank_below (lines, i), n++)
    {
      const char *text = unbulleted (lines, i);

      if (info[i].body || info[i].words > MAX_EDGE_WORDS)
        break;
      if (cmq_importer_date_line_role (text) == CMQ_LINE_RELEASE_DATE ||
          role_at (lines, i) == CMQ_LINE_RELEASE_DATE)
        *dated = TRUE;
      else if (!is_byline (text, info[i].words))
        break;
    }
  return i;
}

/* Line @i over a bare credit, over the story: a picture's caption; returns the story's line. */
static guint
skip_caption (GArray *lines, const LineInfo *info, guint i, CmqDumpParts *parts)
{
  guint credit = nonblank_below (lines, i);
  guint story = nonblank_below (lines, credit);

  if (story >= lines->len || role_at (lines, i) != CMQ_LINE_STORY ||
      info[i].words > MAX_CAPTION_WORDS ||
      !is_bare_credit (g_array_index (lines, Line, credit).text, info[credit].words) ||
      !info[story].body)
    return i;
  set_role (lines, i, CMQ_LINE_CAPTION);
  set_role (lines, credit, CMQ_LINE_CAPTION);
  g_ptr_array_add (parts->captions, g_strdup (g_array_index (lines, Line, i).text));
  return story;
}

/* The first line down to @first that is a short question with no story sentence above it, or
 * lines->len: still of the story, or taken for the site's by an earlier rule (a sentence over a
 * date line) but learnt nowhere as the site's. */
static guint
question_at_head (GArray *lines, const LineInfo *info, guint first)
{
  for (guint i = 0; i <= first && i < lines->len; i++)
    {
      CmqLineRole role = role_at (lines, i);

      if (is_blank (lines, i) || (role != CMQ_LINE_STORY && role != CMQ_LINE_LEADING_CHROME))
        continue;
      if (info[i].words >= MIN_QUESTION_WORDS && info[i].words <= MAX_EDGE_WORDS &&
          !info[i].known && !info[i].repeated && !info[i].on_site && !info[i].interface &&
          is_lone_question (g_array_index (lines, Line, i).text))
        return opens_story (lines, info, i) ? i : lines->len;
      if (info[i].body || info[i].sentence)
        return lines->len;
    }
  return lines->len;
}

guint
cmq_importer_skip_question_headline (GArray *lines, const LineInfo *info, guint first,
                                     CmqDumpParts *parts)
{
  guint head = question_at_head (lines, info, first);
  gboolean dated;
  guint story;

  if (head >= lines->len)
    return first;
  story = meta_lines_end (lines, info, head, &dated);
  if (!dated || story >= lines->len || story == nonblank_below (lines, head))
    return first;
  for (guint i = 0; i < head; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_LEADING_CHROME);
  set_role (lines, head, CMQ_LINE_HEADLINE);
  if (parts->headline == NULL)
    parts->headline = g_strdup (g_array_index (lines, Line, head).text);
  for (guint i = head + 1; i < story; i++)
    {
      if (is_blank (lines, i) || role_at (lines, i) != CMQ_LINE_STORY)
        continue;
      if (cmq_importer_date_line_role (unbulleted (lines, i)) == CMQ_LINE_RELEASE_DATE)
        {
          set_role (lines, i, CMQ_LINE_RELEASE_DATE);
          g_ptr_array_add (parts->date_lines, g_strdup (unbulleted (lines, i)));
        }
      else
        set_role (lines, i, CMQ_LINE_STANDFIRST);
    }
  return MAX (first, skip_caption (lines, info, story, parts));
}

/* A question shorter than this is a site's prompt more than a headline over its deck. */
#define MIN_DECKED_QUESTION_WORDS 4

guint
cmq_importer_question_over_deck (GArray *lines, const LineInfo *info, guint headline, guint first)
{
  guint upper = nonblank_above (lines, headline);

  if (upper >= lines->len || info[upper].words < MIN_DECKED_QUESTION_WORDS ||
      info[upper].words >= info[headline].words ||
      !is_lone_question (g_array_index (lines, Line, upper).text) ||
      strchr (g_array_index (lines, Line, headline).text, '?') != NULL ||
      !cmq_importer_is_fresh_headline (lines, info, upper) ||
      !cmq_importer_is_deck_under_opening (lines, info, upper, headline, first))
    return headline;
  set_role (lines, headline, CMQ_LINE_STANDFIRST);
  set_role (lines, upper, CMQ_LINE_HEADLINE);
  return upper;
}
