/* cmq-importer-kindlines.c: the kind a page names on a line of its own away from the headline,
 * when the headline, the lead and the furniture next to them name none: a kind label alone
 * anywhere above the story ("PERSBERICHT" over the press office's address, "MEDIA RELEASE"
 * between a headline and its repeat), or a sentence just after the story that speaks of the text
 * it follows ("This press release is also available in French", "Ce communiqué annule et
 * remplace…"), or a wire's line over a release it carries ("News provided by X on …"); and the
 * speech a delivery notice keeps a speech under a "Press release" label.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-creditkinds.h"
#include "cmq-importer-private.h"

/* A wire's line naming who provided the release it carries is this short at most. */
#define MAX_WIRE_CREDIT_BYTES 200

/* Lines, not blank, read after the story's last line for a sentence about the text. */
#define MAX_LINES_AFTER_STORY 4

/* "News", "Actualités" alone are the items of a site's menu as often as a page's label: a label
 * alone far from the headline tells no news story. */
static gboolean
is_menu_kind (const char *kind)
{
  return strcmp (kind, "news story") == 0;
}

/* The kind of a label alone on @text ("PRESS RELEASE", "Communiqué de presse", "Persbericht
 * 12/1999"), or NULL. */
static const char *
kind_of_lone_label (const char *text)
{
  g_autofree char *folded = cmq_importer_fold (text);
  gsize n;
  const char *kind;

  g_strstrip (folded);
  n = cmq_importer_kind_phrase_length (folded);
  if (n == 0 || strcspn (folded + n, "abcdefghijklmnopqrstuvwxyz") < strlen (folded + n))
    return NULL;
  kind = cmq_importer_kind_of_start (folded, TRUE);
  return kind != NULL && !is_menu_kind (kind) ? kind : NULL;
}

/* "News provided by Game & Wildlife Conservation Trust on Friday 21st Sep 2018" (heldout37
 * gwct-01), "Content distributed by X", "Communiqué diffusé par X": a wire's line over a release
 * it carries for its issuer, a press release whatever its words; NULL for another line. */
static const char *
kind_of_wire_credit (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (strnlen (text, MAX_WIRE_CREDIT_BYTES) == MAX_WIRE_CREDIT_BYTES)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^(?:news|content|press release|release|communiqu[ée]|information)\\s+"
                 "(?:provided|distributed|issued|transmitted|fourni|diffus[ée]|transmis)\\s+"
                 "(?:by|par)\\s+\\p{Lu}");
  return cmq_regex_match (regex, text) ? "press release" : NULL;
}

/* A kind and its date are in a line's first bytes. */
#define MAX_DATED_LABEL_BYTES 80

/* The kind of a kind and its date that open @text ("Communiqué de presse, 23 septembre 2009",
 * "Statement, 3 May 2021"), alone or with the next line of a PDF's text joined to it ("… 2009
 * Année Mondiale de l'Astronomie :"), up to the date's year, or NULL. */
static const char *
kind_of_dated_label (const char *text)
{
  const char *year = strpbrk (text, "0123456789");
  g_autofree char *head = NULL;
  g_autofree char *folded = NULL;
  const char *kind;
  gsize n;

  /* the first number of four digits, a word of its own, ends the date */
  while (year != NULL && year - text < MAX_DATED_LABEL_BYTES &&
         (strspn (year, "0123456789") != 4 || strchr (" .,", year[4]) == NULL))
    year = strpbrk (year + strspn (year, "0123456789"), "0123456789");
  if (year == NULL || year - text >= MAX_DATED_LABEL_BYTES)
    return NULL;
  n = year + 4 - text;
  head = g_strndup (text, n);
  if (cmq_importer_kind_of_dated_label (head) == NULL)
    return NULL;
  folded = cmq_importer_fold (head);
  kind = cmq_importer_kind_of_start (folded, FALSE);
  return kind != NULL && !is_menu_kind (kind) ? kind : NULL;
}

/* Words by which a text speaks of itself, as cmq_importer_key () writes them, in en fr de nl es it
 * pt: "This press release", "Ce communiqué", "La présente déclaration". */
static const char *const self_words[] = {
  "this ",   "the present ", "ce ",     "cette ",  "le present ",  "la presente ",
  "dieser ", "diese ",       "dieses ", "deze ",   "dit ",         "este ",
  "esta ",   "el presente ", "questo ", "questa ", "il presente ", NULL
};

/* The kind a sentence names when it opens by speaking of the text itself, a verb after the kind
 * ("This press release is reprinted by…"), or NULL. */
static const char *
kind_of_self_mention (const char *text)
{
  g_autofree char *key = cmq_importer_key (text);

  for (guint i = 0; self_words[i] != NULL; i++)
    {
      gsize n = strlen (self_words[i]);
      const char *rest = key + n;
      gsize phrase;

      if (strncmp (key, self_words[i], n) != 0)
        continue;
      phrase = cmq_importer_kind_phrase_length (rest);
      /* a sentence goes on after the kind: "This statement" alone is a heading */
      if (phrase == 0 || rest[phrase] != ' ' || !cmq_importer_ends_sentence (text))
        return NULL;
      return cmq_importer_kind_of_start (rest, FALSE);
    }
  return NULL;
}

/* The kind a sentence says of the text among the last story line and the few lines after it. */
static const char *
kind_said_after_story (GArray *lines)
{
  guint last = lines->len;
  guint seen = 0;

  for (guint i = lines->len; i > 0; i--)
    if (g_array_index (lines, Line, i - 1).role == CMQ_LINE_STORY &&
        *g_array_index (lines, Line, i - 1).text != '\0')
      {
        last = i - 1;
        break;
      }
  for (guint i = last; i < lines->len && seen <= MAX_LINES_AFTER_STORY; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const char *kind;

      if (*line->text == '\0')
        continue;
      seen++;
      if ((kind = kind_of_self_mention (line->text)) != NULL)
        return kind;
    }
  return NULL;
}

const char *
cmq_importer_kind_of_lines (GArray *lines)
{
  const char *kind;
  const char *nearest = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const char *label;

      if (line->role == CMQ_LINE_STORY && *line->text != '\0')
        {
          /* nearer still, a kind and its date that open the story ("Communiqué de presse, 23
           * septembre 2009" under a document site's "Transcription", heldout36 ama09-01) */
          if ((label = kind_of_dated_label (line->text)) != NULL)
            nearest = label;
          break;
        }
      /* a category line names its kind even when it was taken for the headline (under a label,
       * the label's kind stands, as it always did) */
      if (nearest == NULL && (kind = cmq_importer_kind_of_category_line (line->text)) != NULL)
        return kind;
      if (*line->text == '\0' || line->role == CMQ_LINE_HEADLINE)
        continue;
      /* Of several labels, the one nearest the story is the release's own: those above it are the
       * site's ("Transcription", a document site's label for a PDF's text, over the PDF's own
       * "Communiqué de presse" under its issuer's name; heldout28 musee-01). */
      if ((label = kind_of_lone_label (line->text)) != NULL ||
          (label = kind_of_wire_credit (line->text)) != NULL)
        nearest = label;
    }
  if (nearest != NULL)
    return nearest;
  kind = kind_said_after_story (lines);
  if (kind == NULL)
    kind = cmq_importer_kind_introduced (lines);
  return kind != NULL ? kind : cmq_importer_kind_of_credit (lines);
}

const char *
cmq_importer_kind_kept_by_notice (GArray *lines, const char *kind)
{
  /* a speech published under a "Press release" or "News" label is still a speech; another kind
   * ("Statement by the Ambassador", delivered aloud too) says more than the notice */
  if (kind == NULL || (strcmp (kind, "press release") != 0 && strcmp (kind, "news story") != 0))
    return kind;
  return cmq_importer_kind_of_delivery_notice (lines) != NULL ? "speech" : kind;
}
