/* cmq-date-ended.c: a story's first date written a few words after a verb that says an event is
 * over ("Le 25e Festival du Film de Lama s'est achevé vendredi 3 août 2018", heldout36 lama-01;
 * "The conference ended on 3 May 2018"; "Das Festival ging am 3. August 2018 zu Ende"): the
 * event's day, told after it, not the release's, when no date line, dateline or signed date
 * dates the release (the caller's story_date_veto ()). The verbs are data (ended-events.txt).
 * A relative pronoun before the verb makes it a clause about a noun of the main one ("à la suite
 * du Comité exécutif qui s'est achevé le vendredi 3 avril"): the date is kept. Verbs that only
 * say an event took place or was held are not there: a communiqué issued at a meeting "held at
 * Georgetown on 16 February 2017" is dated by its day (test-importer-found129.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <stdio.h>
#include <string.h>

#include "cmq-date-ended.h"
#include "cmq-importer-private.h"

#define ENDED_EVENTS_PATH "/io/github/communique/Communique/core/ended-events.txt"
/* The day is at most this many words after the verb ("ended in Paris on Friday 3 May"). */
#define MAX_WORDS_TO_DAY 4

/* A verb of ended-events.txt: its part before the day and the one after it (NULL when none),
 * as keys between spaces. */
typedef struct
{
  char *before;
  char *after;
} EndedVerb;

/* Relative pronouns (as keys between spaces): one right before the verb opens a relative clause. */
static const char *const relatives[] = {
  " qui ",     " que ", " which ", " that ",  " who ", " die ", " der ",  " das ", " welche ",
  " welcher ", " che ", " cui ",   " donde ", " dat ", " wat ", " onde ", NULL,
};

static char *
spaced_key (const char *text)
{
  g_autofree char *key = cmq_importer_key (text);

  return *key != '\0' ? g_strconcat (" ", key, " ", NULL) : NULL;
}

static GArray *
ended_verbs_get (void)
{
  static gsize init = 0;
  static GArray *verbs = NULL;

  if (g_once_init_enter (&init))
    {
      g_auto (GStrv) lines = cmq_importer_data_lines (ENDED_EVENTS_PATH, "verbs of ended events");
      GArray *all = g_array_new (FALSE, FALSE, sizeof (EndedVerb));

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto (GStrv) parts = g_strsplit (lines[i], "...", 2);
          EndedVerb verb = { spaced_key (parts[0]), NULL };

          if (parts[1] != NULL)
            verb.after = spaced_key (parts[1]);
          if (verb.before != NULL)
            g_array_append_val (all, verb);
        }
      verbs = all;
      g_once_init_leave (&init, 1);
    }
  return verbs;
}

/* Whether a relative pronoun ends @key right before @at (a space of @key). */
static gboolean
follows_relative (const char *key, const char *at)
{
  for (guint i = 0; relatives[i] != NULL; i++)
    {
      gsize len = strlen (relatives[i]);

      if ((gsize) (at - key) + 1 >= len && strncmp (at + 1 - len, relatives[i], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Where the word @day is within MAX_WORDS_TO_DAY words from @from (a space of a key), the space
 * after it; NULL when it is not. "3", "1er", "1st" and "3e" are the word of their day. */
static const char *
day_word_after (const char *from, guint day)
{
  char digits[16];
  gsize n = (gsize) g_snprintf (digits, sizeof digits, "%u", day);
  const char *word = from + 1;

  for (guint i = 0; i <= MAX_WORDS_TO_DAY && *word != '\0'; i++)
    {
      const char *end = strchr (word, ' ');

      if (end == NULL)
        return NULL;
      if (strncmp (word, digits, n) == 0 &&
          (word + n == end || (end - word - n <= 2 && g_ascii_isalpha (word[n]))))
        return end;
      word = end + 1;
    }
  return NULL;
}

gboolean
cmq_date_ended_event_governs_day (const char *key, guint day)
{
  GArray *verbs;

  if (key == NULL || day == 0 || day > 31)
    return FALSE;
  verbs = ended_verbs_get ();
  for (guint i = 0; i < verbs->len; i++)
    {
      const EndedVerb *verb = &g_array_index (verbs, EndedVerb, i);
      gsize len = strlen (verb->before);

      for (const char *at = strstr (key, verb->before); at != NULL;
           at = strstr (at + 1, verb->before))
        {
          const char *after_day = day_word_after (at + len - 1, day);

          if (after_day != NULL && !follows_relative (key, at) &&
              (verb->after == NULL || strstr (after_day, verb->after) != NULL))
            return TRUE;
        }
    }
  return FALSE;
}
