/* cmq-importer-editorsnotes.c: the issuer that a press office's notes to editors present
 * (heldout34 eleccomm-01: "Notes to editors" over "1. The Electoral Commission is the
 * independent body which oversees elections …"). A release's notes present its issuer by a
 * sentence whose subject is its name and whose verb is one of presenting-openings.txt's
 * (its "present" kind: "is", "est", "ist", "es", "è", "é"), in any language whose
 * heading the pattern below knows. Tried after every other way of cmq-importer-source.c: the
 * story must name the organisation too, and when two notes present two organisations (a
 * partner's note) neither is taken.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-editorsnotes.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Notes to editors are read this many lines under their heading at most. */
#define MAX_NOTE_LINES 12

/* A notes heading's key is shorter than this ("nota para los editores" and its like). */
#define MAX_HEADING_BYTES 48

/* Longer lines are no note's sentence. */
#define MAX_NOTE_LINE_BYTES 1200

gboolean
cmq_importer_is_editors_notes_key (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  /* Every heading opens with an n, e or h (a key is in lower case): the other lines need no
   * regex. */
  if (key == NULL || *key == '\0' || strchr ("neh", *key) == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^(?:notes? (?:to|for) (?:the )?editors?|editors? notes?|"
                 "notes? (?:aux|pour les|a l) (?:redactions?|redacteurs?)|"
                 "hinweise? (?:fur|an) (?:die )?redaktion(?:en)?|"
                 "nota (?:para|a|ai|alla|per la) (?:los |las )?"
                 "(?:editores|redattori|redazioni?|redacciones|redaccion|redacoes|redacao)|"
                 "noot voor (?:de )?redactie|"
                 "not(?:er)? till (?:redaktion(?:en|erna)?|redaktorer(?:na)?))$");
  return cmq_regex_match (regex, key);
}

/* Whether line @line is such a heading, and short (a note's sentence is not). */
static gboolean
is_notes_heading (const Line *line)
{
  return line->key != NULL && strnlen (line->key, MAX_HEADING_BYTES) < MAX_HEADING_BYTES &&
         cmq_importer_is_editors_notes_key (line->key);
}

/* @text after a note's number ("1. ", "2) ") or bullet ("• ", "- "), if it has one. */
static const char *
after_note_mark (const char *text)
{
  const char *after = *text < 0 ? cmq_importer_after_bullet (text) : NULL;
  gsize digits = strspn (text, "0123456789");

  if (after != NULL)
    return after;
  if ((*text == '-' || *text == '*') && text[1] == ' ')
    return text + 2 + strspn (text + 2, " ");
  if (digits > 0 && digits <= 2 && (text[digits] == '.' || text[digits] == ')') &&
      text[digits + 1] == ' ')
    return text + digits + 2 + strspn (text + digits + 2, " ");
  return text;
}

/* The articles a note's subject may open with, where the presenting pattern strips none: "Die
 * Welthilfe", "De Stichting", "El Consejo", "A Fundação". */
#define NOTE_ARTICLES " die der das de het el la los las il lo o a "

/* @name after its article, if it opens with one of NOTE_ARTICLES, in place. */
static void
strip_article (char *name)
{
  gsize len = strcspn (name, " ");
  g_autofree char *word = g_ascii_strdown (name, len);
  g_autofree char *spaced = g_strconcat (" ", word, " ", NULL);

  if (name[len] == ' ' && len <= 3 && strstr (NOTE_ARTICLES, spaced) != NULL)
    memmove (name, name + len + 1, strlen (name + len + 1) + 1);
}

/* The organisation that note line @text presents as its subject, of two words or more or an
 * acronym, as written, or NULL. */
static char *
presented_in_note (const char *text)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;

  if (strnlen (text, MAX_NOTE_LINE_BYTES) == MAX_NOTE_LINE_BYTES)
    return NULL;
  text = after_note_mark (text);
  if (!g_unichar_isupper (g_utf8_get_char (text)))
    return NULL;
  name = cmq_importer_name_before_closing (text, CMQ_PRESENTING_PRESENT);
  if (name == NULL)
    return NULL;
  g_strstrip (name);
  strip_article (name);
  if (!cmq_importer_is_label_name (name))
    return NULL;
  key = cmq_importer_key (name);
  if (cmq_importer_count_words (key) < 2 && !cmq_importer_is_capitals (name))
    return NULL;
  return g_steal_pointer (&name);
}

/* The organisation the notes under heading @heading present, that the story names; NULL when
 * none does or two differ ("Commission" within "Electoral Commission" is the same). */
static char *
notes_issuer (GArray *lines, guint heading)
{
  g_autofree char *found = NULL;
  guint seen = 0;

  for (guint i = heading + 1; i < lines->len && seen < MAX_NOTE_LINES; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *name = NULL;

      if (*line->text == '\0')
        continue;
      if (line->role == CMQ_LINE_STORY)
        break;
      seen++;
      name = presented_in_note (line->text);
      if (name == NULL || (!cmq_importer_story_names (lines, name) &&
                           !cmq_importer_story_names_inflected (lines, name)))
        continue;
      if (found == NULL)
        found = g_steal_pointer (&name);
      else if (strstr (found, name) == NULL && strstr (name, found) == NULL)
        return NULL;
    }
  return g_steal_pointer (&found);
}

char *
cmq_importer_find_editors_notes_issuer (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *name = NULL;

      if (line->role == CMQ_LINE_STORY || !is_notes_heading (line))
        continue;
      name = notes_issuer (lines, i);
      if (name == NULL)
        return NULL;
      return cmq_importer_known_or_written (name);
    }
  return NULL;
}
