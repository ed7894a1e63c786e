/* cmq-importer-welcomenotes.c: the note a reposting site's owner addresses to the reader above
 * the releases it carries, closed by a welcome and the owner's name ("De quoi s'agit-il ici ?
 * Pas d'un site d'information, … mais de celui d'un attaché de presse …", "Bienvenue !", "Jean
 * Dupont", then the site's lines and the release, heldout36 lama-01; "What is this site? …",
 * "Welcome!", "Jane Doe"). A release does not end on a welcome to the reader: the paragraphs
 * above it are the site's, and the story starts at the next paragraph under the site's lines
 * that follow the signature. Only when the story goes on there for more than one paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-welcomenotes.h"

/* The welcome is this many lines at most under the note's first line. */
#define MAX_NOTE_LINES 12
/* A welcome ("Bienvenue !", "Welcome to all!") is this short. */
#define MAX_WELCOME_WORDS 3
/* A signature is a name of this many words. */
#define MIN_NAME_WORDS 2
#define MAX_NAME_WORDS 4
/* Under the signature, the story has this many paragraphs at least. */
#define MIN_STORY_PARAGRAPHS 2

/* The welcomes, as keys, in the languages the importer reads. */
static const char *const welcomes[] = {
  "bienvenue", "welcome", "willkommen", "bienvenido", "bienvenidos", "benvenuti",
  "benvenuto", "welkom",  "bem vindo",  "bem vindos", "witamy",      NULL,
};

static gboolean
is_welcome (const Line *line, guint words)
{
  if (words == 0 || words > MAX_WELCOME_WORDS || line->key == NULL)
    return FALSE;
  for (guint i = 0; welcomes[i] != NULL; i++)
    {
      gsize len = strlen (welcomes[i]);

      if (strncmp (line->key, welcomes[i], len) == 0 &&
          (line->key[len] == '\0' || line->key[len] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* A person's name alone on its line: a few words, each with a capital, no figure, no stop. */
static gboolean
is_name (const char *text, guint words)
{
  g_auto (GStrv) parts = NULL;

  if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS ||
      strpbrk (text, "0123456789.,:;!?") != NULL)
    return FALSE;
  parts = g_strsplit (text, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0' && !g_unichar_isupper (g_utf8_get_char (parts[i])))
      return FALSE;
  return TRUE;
}

/* The line after the signature under the welcome at line @welcome, or lines->len. */
static guint
signature_end (GArray *lines, const LineInfo *info, guint welcome)
{
  guint i = welcome + 1;

  while (i < lines->len && is_blank (lines, i))
    i++;
  if (i >= lines->len || !is_name (g_array_index (lines, Line, i).text, info[i].words))
    return lines->len;
  return i + 1;
}

guint
cmq_importer_skip_welcome_note (GArray *lines, const LineInfo *info, guint first)
{
  guint n_lines = 0, n_body = 0, n_between = 0, n_story = 0;
  guint welcome = lines->len, story;

  for (guint i = first; i < lines->len && n_lines < MAX_NOTE_LINES; i++)
    {
      if (is_blank (lines, i))
        continue;
      n_lines++;
      n_body += info[i].body;
      /* the word count first: a welcome is a short line */
      if (info[i].words <= MAX_WELCOME_WORDS &&
          is_welcome (&g_array_index (lines, Line, i), info[i].words))
        {
          welcome = i;
          break;
        }
    }
  /* a note of the site's above the welcome */
  if (welcome == lines->len || n_body == 0)
    return first;
  /* the site's lines under the signature (its name, a prompt, a label), then the story: a
   * paragraph longer than those */
  for (story = signature_end (lines, info, welcome);
       story < lines->len && (!info[story].body || info[story].words <= MAX_EDGE_WORDS); story++)
    n_between += !is_blank (lines, story);
  if (story >= lines->len || n_between == 0)
    return first;
  for (guint i = story + 1; i < lines->len; i++)
    n_story += info[i].body;
  if (n_story + 1 < MIN_STORY_PARAGRAPHS)
    return first;
  for (guint i = first; i < story; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_LEADING_CHROME);
  return story;
}
