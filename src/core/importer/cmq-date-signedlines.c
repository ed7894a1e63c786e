/* cmq-date-signedlines.c: a full date alone on its line ("Le 29 octobre 2013", "12 March 2019")
 * under the signature that closes the story ("Service communication du diocèse de Périgueux et
 * Sarlat", heldout33 perigueux-01): the release is signed off with its own date, which is the
 * page's when nothing above the story dates it. The date opens as a letter's does, with a word
 * ("Le 29 octobre 2013", "Done at Brussels, 12 March 2019") or its place ("Paris, le 3 mai
 * 2016"): a date that opens with its day, its month or its weekday under a line or two ("Related
 * news", "Minister visits the troops") is a related item's; so is one with no signature over it,
 * or one among other dates alone on their lines below the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-date-private.h"
#include "cmq-date-rules.h"
#include "cmq-date-words.h"
#include "cmq-date.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The signature's lines between the story and the date: a name, an office, a service. */
#define MAX_SIGNATURE_LINES 2
/* A signature line has at most this many words. */
#define MAX_SIGNATURE_WORDS 10
/* A date alone: "Le 29 octobre 2013", "Paris, le mardi 29 octobre 2013". */
#define MAX_DATE_WORDS 7

/* Whether @text is a date alone, perhaps after its place. */
static gboolean
is_date_alone (const char *text)
{
  return cmq_importer_count_words (text) <= MAX_DATE_WORDS && cmq_importer_is_place_date (text);
}

/* Whether @text opens with a word that is neither a month nor a weekday: "Le", "Done", a place. */
static gboolean
opens_as_letter_date (const char *text)
{
  g_autofree char *ascii = cmq_date_to_ascii (text);
  g_autofree char *first = NULL;
  gsize n = 0;

  while (g_ascii_isalpha (ascii[n]))
    n++;
  if (n == 0)
    return FALSE;
  first = g_ascii_strdown (ascii, n);
  return cmq_date_month_word (first, LANG_ALL) == NULL &&
         cmq_date_weekday_word (first, LANG_ALL) == G_DATE_BAD_WEEKDAY;
}

/* Whether @text may sign a release: a few words with no figure, that end no sentence and open
 * with a capital ("Service communication du diocèse…", "Jean Dupont, maire de Sarlat"). */
static gboolean
is_signature (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  g_autofree char *key = cmq_importer_key (text);
  guint n_words = cmq_importer_count_words (key);

  return cmq_importer_count_words (text) <= MAX_SIGNATURE_WORDS && g_unichar_isupper (first) &&
         !cmq_importer_is_known_chrome (text, key, n_words) &&
         !cmq_importer_is_related_opener (text, key, n_words) &&
         strpbrk (text, "0123456789") == NULL && !cmq_importer_ends_sentence (text) &&
         !g_str_has_suffix (text, ":");
}

/* The last line of the story in @lines, or lines->len when there is none. */
static guint
story_end (GArray *lines)
{
  for (guint i = lines->len; i-- > 0;)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      return i;
  return lines->len;
}

void
cmq_date_read_signed_date_line (GArray *lines, char **sign_off)
{
  guint end = story_end (lines);
  guint signature = 0;
  guint date = lines->len;

  if (*sign_off != NULL || end == lines->len)
    return;
  for (guint i = end + 1; i < lines->len && date == lines->len; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (is_blank (lines, i))
        continue;
      if (signature > 0 && is_date_alone (text))
        date = i;
      else if (signature < MAX_SIGNATURE_LINES && is_signature (text))
        signature++;
      else
        return;
    }
  if (date == lines->len || !opens_as_letter_date (g_array_index (lines, Line, date).text) ||
      !cmq_date_states_full_date (g_array_index (lines, Line, date).text))
    return;
  /* another date alone below it: a list of dated items */
  for (guint i = date + 1; i < lines->len; i++)
    if (!is_blank (lines, i) && is_date_alone (g_array_index (lines, Line, i).text))
      return;
  *sign_off = g_strdup (g_array_index (lines, Line, date).text);
}
