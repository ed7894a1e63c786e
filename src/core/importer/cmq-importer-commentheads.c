/* cmq-importer-commentheads.c: the heading of a page's comments under the story ("Comments",
 * "Commenti", "Kommentare", "3 Commentaires", "Leave a reply", heldout37 brindisi-01): what follows
 * it is the readers' comments or the site's related headlines, never the release, so it ends the
 * story. A heading with more story above it than below only: a count of comments under a
 * standfirst is not the story's end; and a bare "Comments" over lines longer than a related
 * headline may head a release's own section ("Comments may be sent to … until …"), and stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"
#include "cmq-importer-sentby.h"

/* The heading is this short: "Laisser un commentaire", "Schreibe einen Kommentar (0)". */
#define MAX_HEADING_WORDS 5

/* What a line is as a comments heading. */
typedef enum
{
  HEADING_NONE,
  HEADING_BARE,   /* "Comments", "Kommentare": a release's own section may be headed so */
  HEADING_MARKED, /* "3 Comments", "Commenti (2)", "Leave a reply": the page's, never a release's */
} Heading;

/* A comments heading, folded: the word in the languages the importer reads, perhaps with its
 * count before it or in brackets after it, or a prompt to write one. */
static Heading
comment_heading (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;
  int start;

  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:(\\d+\\s+)?(?:comments?|commentaires?|commenti|commento|kommentare?|"
                 "comentarios?|reacties?)|"
                 "((?:leave|post|add|write) a (?:reply|comment)|reageer|"
                 "(?:laisser|laissez|ajouter|ecrire) un commentaire|lascia un commento|"
                 "(?:schreibe|schreiben sie) einen kommentar|kommentar schreiben|"
                 "(?:deja|dejar|escribe) (?:un|tu) comentario|deixe (?:um|o seu) comentario|"
                 "laat een reactie achter|plaats een reactie))"
                 "\\s*(\\(\\d+\\))?\\s*:?$");
  if (cmq_regex_exec (regex, folded) == 0)
    return HEADING_NONE;
  for (guint group = 1; group <= 3; group++)
    if (cmq_regex_group (group, &start, NULL) && start >= 0)
      return HEADING_MARKED;
  return HEADING_BARE;
}

/* Under a bare heading, the page's related headlines are this short at most: a release's own
 * "Comments" section goes on in sentences longer than that. */
#define MAX_RELATED_WORDS 12

/* Whether every line under @i is short enough to be a related headline. */
static gboolean
only_short_lines_below (const LineInfo *info, guint n_lines, guint i)
{
  while (++i < n_lines)
    if (info[i].words > MAX_RELATED_WORDS)
      return FALSE;
  return TRUE;
}

/* Whether a line may be a comments heading, before it is folded: a few words, opened (after its
 * count) by the first three letters of a heading's first word. */
static gboolean
may_be_comment_heading (const char *text, guint words)
{
  static const char *const stems[] = { "com", "kom", "rea", "lea", "pos", "add", "wri",
                                       "lai", "aju", "ecr", "écr", "Écr", "las", "sch",
                                       "dej", "esc", "dei", "laa", "pla" };

  if (words == 0 || words > MAX_HEADING_WORDS)
    return FALSE;
  while (g_ascii_isdigit (*text) || *text == ' ')
    text++;
  for (guint s = 0; s < G_N_ELEMENTS (stems); s++)
    if (g_ascii_strncasecmp (text, stems[s], strlen (stems[s])) == 0)
      return TRUE;
  return FALSE;
}

/* The words of the story's lines from @from to @to (not included); @body set when a story
 * paragraph is among them. */
static guint
story_words (GArray *lines, const LineInfo *info, guint from, guint to, gboolean *body)
{
  guint words = 0;

  for (guint k = from; k < to; k++)
    if (role_at (lines, k) == CMQ_LINE_STORY)
      {
        words += info[k].words;
        *body |= info[k].body;
      }
  return words;
}

guint
cmq_importer_comment_heading_start (GArray *lines, const LineInfo *info, guint first)
{
  for (guint i = first + 1; i < lines->len; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;
      gboolean above = FALSE, below = FALSE;

      Heading heading;

      if (!may_be_comment_heading (text, info[i].words) ||
          (heading = comment_heading (text)) == HEADING_NONE ||
          (heading == HEADING_BARE && !only_short_lines_below (info, lines->len, i)))
        continue;
      if (story_words (lines, info, i + 1, lines->len, &below) <
              story_words (lines, info, first, i, &above) &&
          above)
        return i;
    }
  return lines->len;
}
