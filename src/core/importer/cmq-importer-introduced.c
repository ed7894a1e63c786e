/* cmq-importer-introduced.c: the kind a line at the top of a page names for the text it
 * introduces below it ("Découvrez ci-dessous la Communiqué de Presse du CFFP concernant …",
 * heldout24 cffp-01; "Please find below the statement of the Board"; "Lesen Sie nachfolgend die
 * Pressemitteilung …"): a site reposting a release says what it is in its own line, when no label,
 * headline or lead does.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The introduction is among the first lines of the page, not blank, */
#define MAX_LINES 4
/* a short line, not a story sentence speaking of a statement in passing, */
#define MAX_WORDS 40
/* with at most this many small words between "below" and the kind ("the full", "la"). */
#define MAX_LINK_WORDS 2

/* "Below", "hereafter", as keys, in en fr de nl es it pt. */
static const char *const below_words[] = {
  "below",          "hereafter",    "hereunder",    "ci dessous", "ci apres",       "ci joint",
  "nachfolgend",    "untenstehend", "im folgenden", "hieronder",  "a continuacion", "di seguito",
  "qui di seguito", "a seguir",     "abaixo",       NULL,
};

/* Small words between the cue and the kind, as keys. */
static const char *const link_words[] = {
  "the",     "our", "its", "la",     "le",     "l",   "les",   "notre", "son",
  "sa",      "die", "der", "das",    "unsere", "het", "de",    "ons",   "el",
  "nuestro", "il",  "lo",  "nostro", "o",      "a",   "nosso", NULL,
};

/* The kind starting at a word of @p, past at most MAX_LINK_WORDS small words, or NULL. */
static const char *
kind_after (const char *p)
{
  for (guint links = 0; links <= MAX_LINK_WORDS; links++)
    {
      gsize n = strcspn (p, " ");
      g_autofree char *word = NULL;

      if (cmq_importer_kind_phrase_length (p) > 0)
        return cmq_importer_kind_of_start (p, FALSE);
      if (p[n] == '\0')
        return NULL;
      word = g_strndup (p, n);
      if (!g_strv_contains (link_words, word))
        return NULL;
      p += n + 1;
    }
  return NULL;
}

/* The kind that @key, a line's key, names right after a "below" word ("… ci dessous la
 * communique de presse du …"), or NULL. */
static const char *
kind_below (const char *key)
{
  for (guint i = 0; below_words[i] != NULL; i++)
    {
      gsize n = strlen (below_words[i]);

      for (const char *p = strstr (key, below_words[i]); p != NULL;
           p = strstr (p + 1, below_words[i]))
        {
          const char *kind;

          if ((p != key && p[-1] != ' ') || p[n] != ' ')
            continue;
          if ((kind = kind_after (p + n + 1)) != NULL)
            return kind;
        }
    }
  return NULL;
}

const char *
cmq_importer_kind_introduced (GArray *lines)
{
  guint seen = 0;

  for (guint i = 0; i < lines->len && seen < MAX_LINES; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *key = NULL;
      const char *kind;

      if (*line->text == '\0')
        continue;
      seen++;
      key = cmq_importer_key (line->text);
      if (cmq_importer_count_words (key) <= MAX_WORDS && (kind = kind_below (key)) != NULL)
        return kind;
    }
  return NULL;
}
