/* cmq-importer-standingnotes.c: the paragraph an organisation puts under every release of a kind,
 * saying what it does as a rule, not what happened: "The Director-General of UNESCO issues
 * statements on the killing of media workers in line with Resolution 29 …" (heldout7 unesco-01,
 * unesco-02), "UNESCO promotes the safety of journalists through …", "L'UNESCO promeut la sécurité
 * des journalistes …", "Die UNESCO fördert …". Its subject is the organisation, by the acronym
 * the story names it with, or one of its offices ("The Director-General of UNESCO"), and its verb
 * one of standing practice in the present (issues, promotes, works, supports, represents): "NATO
 * is the guarantor of peace …" says what the organisation claims, often in a quotation, and
 * stays. A paragraph that quotes someone ("…”, the Secretary General said") is never a note.
 * As the last paragraph above what the other rules cut, a note is not the story. What the organisation does about the story's event ("UNESCO calls on the
 * authorities …", "The Director-General of UNESCO is deeply concerned …") stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-standingnotes.h"

/* The verbs of standing practice, in the present, English, French and German. */
#define PRACTICES                                                                                  \
  "issues|promotes|works|supports|coordinates|represents|brings together|publishes|"               \
  "promeut|œuvre|oeuvre|soutient|publie|représente|rassemble|regroupe|coordonne|"                \
  "fördert|unterstützt|vertritt|koordiniert|veröffentlicht"
/* A note is one paragraph of at least this many words. */
#define MIN_NOTE_WORDS 12

/* Whether @text has a run of at least three capitals in a row: an acronym. */
static gboolean
has_acronym (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isupper (*p))
      run = 0;
    else if (++run == 3)
      return TRUE;
  return FALSE;
}

/* Whether @text quotes someone: a quotation closed before a comma, its speech tag after it. */
static gboolean
is_quotation (const char *text)
{
  return strstr (text, "”,") != NULL || strstr (text, "\",") != NULL ||
         strstr (text, "»,") != NULL || strstr (text, "“") == text || *text == '"';
}

/* The organisation's acronym that is the subject of the standing note @text, or NULL. */
static char *
note_subject (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int start = -1, end = -1;

  cmq_regex_get (&initialised, &regex,
                 "^(?-i)(?:(?:The|La|Le|Les|Die|Der|Das)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}"
                 "(?:of|de|du|des|der)\\s+(?:l['’])?(\\p{Lu}{3,})\\s+(?i)(?:" PRACTICES ")|"
                 "(?-i)(?:(?:The|La|Le|Die|Der|Das)\\s+|L['’])?(\\p{Lu}{3,})\\s+(?i)(?:" PRACTICES
                 "))\\s");
  if (cmq_regex_exec (regex, text) == 0)
    return NULL;
  if (!cmq_regex_group (1, &start, &end) && !cmq_regex_group (2, &start, &end))
    return NULL;
  return g_strndup (text + start, end - start);
}

guint
cmq_importer_standing_note_start (GArray *lines, const LineInfo *info, guint first, guint cut)
{
  g_autofree char *subject = NULL;
  guint note = MIN (cut, lines->len);
  const char *text;

  while (note-- > first + 1 && is_blank (lines, note))
    ;
  if (note <= first || note >= lines->len || info[note].words < MIN_NOTE_WORDS)
    return cut;
  text = g_array_index (lines, Line, note).text;
  /* the byte tests first: a capital, and an acronym somewhere */
  if (!g_ascii_isupper (*text) || !has_acronym (text) || is_quotation (text) ||
      (subject = note_subject (text)) == NULL)
    return cut;
  /* the organisation the story names, and a paragraph of the story above the note */
  for (guint i = first; i < note; i++)
    if (info[i].body && strstr (g_array_index (lines, Line, i).text, subject) != NULL)
      return note;
  return cut;
}
