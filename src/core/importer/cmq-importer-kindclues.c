/* cmq-importer-kindclues.c: the kind of a release said by the shape of the dump rather than by a
 * kind word at the start of a line: a kind ending a compound word of the headline, a release's
 * number and year before the headline or the lead, speakers' labels opening the story's
 * paragraphs, a lead introducing its speaker's statement.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A kind word ending a compound is this long at least ("interview", "pressekonferenz"): a short
 * one ("rede", "nota") ends too many words that are no compound of it. */
#define MIN_COMPOUND_KIND_BYTES 6
/* and the words before it in the compound this long ("jahres", "regierungs"). */
#define MIN_COMPOUND_HEAD_BYTES 3

/* "in der Regierungspressekonferenz", "im Sommerinterview", "tijdens de regeringspersconferentie":
 * a preposition of the occasion, in the languages that write compounds (de, nl), then the compound
 * whose last part is a kind (kinds.txt). The kind is what was said there; without the preposition
 * the headline may announce it ("Minister lädt zur Jahrespressekonferenz"), and it gives none. A
 * news item ends too many compounds ("Kurznachrichten") and is not taken. */
static const char *
kind_ending_compound (const char *folded)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;

  cmq_importer_regex_get (&initialised, &regex,
                          "(?:^|\\s)(?:in der|bei der|auf der|aus der|wahrend der|im|beim|in de|"
                          "tijdens de|op de|bij de|uit de)\\s+([a-z]{9,})\\b");
  for (g_regex_match (regex, folded, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *word = g_match_info_fetch (match, 1);
      gsize n = strlen (word);

      for (gsize at = MIN_COMPOUND_HEAD_BYTES; at + MIN_COMPOUND_KIND_BYTES <= n; at++)
        {
          const char *kind;

          if (cmq_importer_kind_phrase_length (word + at) != n - at)
            continue;
          kind = cmq_importer_kind_of_start (word + at, FALSE);
          if (g_strcmp0 (kind, "news story") != 0)
            return kind;
        }
    }
  return NULL;
}

/* "N° 48–2014: Petit-déjeuner de presse…", "ESA INFO 10-2003. Le 27 mai…", "Nr. 584/02: …": a
 * release's number in its year's series, perhaps after its series' name in capitals, then a colon
 * or a full stop and the headline or the story: a numbered press release. */
static gboolean
opens_with_release_number (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "(?-i)^\\s*(?:[Nn][°º]|N[or]\\.|\\p{Lu}{2,8}(?:\\s\\p{Lu}{2,8})?)\\s*"
                 "\\d{1,4}\\s*[-–/]\\s*(?:\\d\\d|19\\d\\d|20\\d\\d)\\s*[.:]\\s+\\p{Lu}");
  return text != NULL && cmq_regex_match (regex, text);
}

/* A speaker's label before its colon is this short. */
#define MAX_LABEL_BYTES 40
#define MAX_LABEL_WORDS 4
/* Paragraphs opened by a speaker's label, for turns to be taken. */
#define MIN_TURNS 3

/* The label that opens @paragraph, a speaker's name or role before a colon ("Q", "MODERATOR", "Al.
 * PAPAIOANNOU", "Herr Wagner"): capitalised words, without figures or a sentence's end; or NULL.
 * Sets @named when it is a person's name: an initial or a title, then a surname in capitals. */
static char *
speaker_label (const char *paragraph, gboolean *named)
{
  static gsize initialised = 0;
  static CmqRegex *name = NULL;
  const char *colon = strchr (paragraph, ':');
  g_autofree char *label = NULL;

  *named = FALSE;
  if (colon == NULL || colon == paragraph || colon - paragraph > MAX_LABEL_BYTES || colon[1] != ' ')
    return NULL;
  label = g_strstrip (g_strndup (paragraph, colon - paragraph));
  if (*label == '\0' || !g_unichar_isupper (g_utf8_get_char (label)) ||
      strpbrk (label, "0123456789,;!?()\"") != NULL ||
      cmq_importer_count_words (label) > MAX_LABEL_WORDS)
    return NULL;
  cmq_regex_get (&initialised, &name,
                 "(?-i)^(?:\\p{Lu}\\p{Ll}?\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Mme|Mlle|Herr|"
                 "Frau|Sr\\.|Sra\\.)\\s(?:\\p{Lu}\\p{Ll}?\\.\\s)?\\p{Lu}{2,}(?:-\\p{Lu}{2,})?$");
  *named = cmq_regex_match (name, label);
  return g_steal_pointer (&label);
}

/* A transcript known by its speakers alone: a paragraph opened by a person's name in capitals
 * after an initial or a title ("Al. PAPAIOANNOU: Good morning", "Mr. KIRBY: Thank you"), which
 * a dateline ("BRUSSELS:") never is; or speakers taking turns, paragraphs opened by labels of
 * which one comes back after another ("Q: … A: … Q: …"). */
static gboolean
has_speaker_turns (GPtrArray *paragraphs)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  /* (the array ends with a NULL) */
  for (guint i = 0; i < paragraphs->len && g_ptr_array_index (paragraphs, i) != NULL; i++)
    {
      gboolean named;
      char *label = speaker_label (g_ptr_array_index (paragraphs, i), &named);

      if (named)
        {
          g_free (label);
          return TRUE;
        }
      if (label != NULL)
        g_ptr_array_add (labels, label);
    }
  if (labels->len < MIN_TURNS)
    return FALSE;
  for (guint i = 2; i < labels->len; i++)
    if (strcmp (labels->pdata[i - 2], labels->pdata[i]) == 0 &&
        strcmp (labels->pdata[i - 1], labels->pdata[i]) != 0)
      return TRUE;
  return FALSE;
}

const char *
cmq_importer_kind_of_shape (const char *headline, GPtrArray *paragraphs)
{
  const char *kind = NULL;

  if (headline != NULL)
    {
      g_autofree char *folded = cmq_importer_fold (headline);

      kind = kind_ending_compound (folded);
    }
  if (kind != NULL)
    return kind;
  if (opens_with_release_number (headline) ||
      (paragraphs->len > 0 && g_ptr_array_index (paragraphs, 0) != NULL &&
       opens_with_release_number (g_ptr_array_index (paragraphs, 0))))
    return "press release";
  if (has_speaker_turns (paragraphs))
    return "transcript";
  return paragraphs->len > 0 && g_ptr_array_index (paragraphs, 0) != NULL
             ? cmq_importer_kind_of_statement_lead (g_ptr_array_index (paragraphs, 0))
             : NULL;
}

/* A notice is this short: a sentence of the story that quotes one is no notice. */
#define MAX_DELIVERY_NOTICE_WORDS 8

#define DELIVERY_NOTICES_PATH "/io/github/communique/Communique/core/delivery-notices.txt"

/* The notices of delivery-notices.txt as one pattern on a folded line: from its start, after
 * any brackets, stars or dashes, to a word's end. Made once. */
const char *
cmq_importer_delivery_notice_pattern (void)
{
  static gsize initialised = 0;
  static char *pattern = NULL;

  if (g_once_init_enter (&initialised))
    {
      g_autofree char *any =
          cmq_importer_data_alternation (DELIVERY_NOTICES_PATH, "delivery notices");

      pattern = g_strdup_printf ("^[\\s(\\[*-]*(?:%s)\\b", any);
      g_once_init_leave (&initialised, 1);
    }
  return pattern;
}

/* "Check against delivery", "Seul le prononcé fait foi", "Es gilt das gesprochene Wort": a notice
 * that the text was written to be read aloud, on its own line outside the story, makes the
 * release a speech, whatever else its page shows. Read folded; the same notices are chrome, so
 * they never stay in the story. */
const char *
cmq_importer_kind_of_delivery_notice (GArray *lines)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, cmq_importer_delivery_notice_pattern ());
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *folded = NULL;

      if (*line->text == '\0' || line->role == CMQ_LINE_STORY ||
          cmq_importer_count_words (line->text) > MAX_DELIVERY_NOTICE_WORDS)
        continue;
      folded = cmq_importer_fold (line->text);
      if (cmq_regex_match (regex, folded))
        return "speech";
    }
  return NULL;
}
