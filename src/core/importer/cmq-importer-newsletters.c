/* cmq-importer-newsletters.c: a site's call to subscribe to its newsletter under the story ("Ne
 * manquez rien des actualités de la ville... Abonnez-vous à la newsletter !", heldout28
 * saumur-01; "Stay informed: sign up for our newsletter."), a sentence the story's rules keep as
 * its last paragraph: trailing chrome. Its words are data (newsletter-calls.txt), in every
 * language the importer knows. Only a short line at the story's end goes, and never the story's
 * only paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

#define NEWSLETTER_CALLS_PATH "/io/github/communique/Communique/core/newsletter-calls.txt"

/* A call to subscribe is at most this many words long. */
#define MAX_NEWSLETTER_CALL_WORDS 25

typedef struct
{
  GPtrArray *calls;   /* keys of the verbs that ask */
  GPtrArray *letters; /* keys of what is sent */
} NewsletterWords;

static void
add_key (GPtrArray *keys, const char *phrase)
{
  g_autofree char *key = cmq_importer_key (phrase);

  if (*key != '\0')
    g_ptr_array_add (keys, g_strdup_printf (" %s ", key));
}

/* The phrases of newsletter-calls.txt, loaded once. */
static const NewsletterWords *
newsletter_words_get (void)
{
  static gsize init = 0;
  static NewsletterWords words;

  if (g_once_init_enter (&init))
    {
      g_auto (GStrv) lines =
          cmq_importer_data_lines (NEWSLETTER_CALLS_PATH, "calls to subscribe to a newsletter");

      words.calls = g_ptr_array_new_with_free_func (g_free);
      words.letters = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; lines[i] != NULL; i++)
        if (g_str_has_prefix (lines[i], "call:"))
          add_key (words.calls, lines[i] + strlen ("call:"));
        else if (g_str_has_prefix (lines[i], "letter:"))
          add_key (words.letters, lines[i] + strlen ("letter:"));
      g_once_init_leave (&init, 1);
    }
  return &words;
}

/* Whether one of @phrases (" key ") is in @spaced, a key between spaces. */
static gboolean
has_phrase (const char *spaced, GPtrArray *phrases)
{
  for (guint i = 0; i < phrases->len; i++)
    if (strstr (spaced, g_ptr_array_index (phrases, i)) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_is_newsletter_call (const char *key, guint words)
{
  const NewsletterWords *data = newsletter_words_get ();
  g_autofree char *spaced = NULL;

  if (words == 0 || words > MAX_NEWSLETTER_CALL_WORDS)
    return FALSE;
  spaced = g_strdup_printf (" %s ", key);
  return has_phrase (spaced, data->calls) && has_phrase (spaced, data->letters);
}

void
cmq_importer_mark_newsletter_call (GArray *lines, const LineInfo *info, guint first)
{
  guint last = lines->len;
  guint i;

  for (i = lines->len; i-- > first;)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      {
        last = i;
        break;
      }
  if (last == lines->len ||
      !cmq_importer_is_newsletter_call (g_array_index (lines, Line, last).key, info[last].words))
    return;
  /* the story goes on above it */
  for (i = first; i < last; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY && info[i].body)
      {
        set_role (lines, last, CMQ_LINE_TRAILING_CHROME);
        return;
      }
}
