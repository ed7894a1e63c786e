/* cmq-importer-reposts.c: a repost's head glued to its story. A site that reposts a statement
 * titles its page with the statement's first words and its own name ("Update on Status of
 * Embassies and Consulates Press Statement Jen - TopicsExpress"), then gives the statement as
 * one line: the headline, the label, the byline, the place and date and the story, glued
 * (heldout26 state-01). The title's copy at the start of a line that holds a place and a full
 * date before a capital shows the glue: the headline (the title's words, less the site's name,
 * up to a kind label they run into, "Press Statement") and that label are cut off the line as
 * lines of their own; the byline, the dateline and the story stay together, since where the
 * byline ends is not known.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-reposts.h"

/* Lines of the page looked at for its title and the glued head. */
#define MAX_REPOST_HEAD_LINE 12
/* A site's name after the title: a few words. */
#define MAX_SITE_WORDS 3
/* The title's words before its site's name, and the headline's before a kind label. */
#define MIN_TITLE_WORDS 3

/* The page's title: its first line that is not blank, or NULL. */
static const char *
page_title (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    if (*g_array_index (lines, Line, i).text != '\0')
      return g_array_index (lines, Line, i).text;
  return NULL;
}

/* The bytes of @title before its site's name ("… - TopicsExpress", "… | Site"), or 0. */
static gsize
title_before_site (const char *title)
{
  const char *seps[] = { " - ", " – ", " | " };
  const char *at = NULL;
  gsize sep = 0;

  for (guint k = 0; k < G_N_ELEMENTS (seps); k++)
    {
      const char *found = g_strrstr (title, seps[k]);

      if (found != NULL && (at == NULL || found > at))
        {
          at = found;
          sep = strlen (seps[k]);
        }
    }
  if (at == NULL || strpbrk (at, "0123456789") != NULL ||
      cmq_importer_count_words (at + sep) > MAX_SITE_WORDS ||
      !g_unichar_isupper (g_utf8_get_char (at + sep)))
    return 0;
  return at - title;
}

/* The bytes of the kind label that opens @label, as written: as many words as its phrase. */
static gsize
label_bytes (const char *label)
{
  g_autofree char *folded = cmq_importer_fold (label);
  g_autofree char *phrase = g_strndup (folded, cmq_importer_kind_phrase_length (folded));
  guint words = cmq_importer_count_words (phrase);
  const char *p = label;

  for (guint k = 0; k < words && *p != '\0'; k++)
    {
      p += strcspn (p, " ");
      if (k + 1 < words)
        p += strspn (p, " ");
    }
  return p - label;
}

/* Where, in the first @len bytes of @head, a capitalised kind label ("Press Statement", "News
 * Release") starts after a few words, followed by a capital or nothing: the headline's end; or
 * 0. */
static gsize
kind_label_start (const char *head, gsize len)
{
  guint words = 1;

  for (gsize i = 0; i < len; i++)
    {
      g_autofree char *folded = NULL;
      const char *after;

      if (head[i] != ' ' || words++ < MIN_TITLE_WORDS ||
          !g_unichar_isupper (g_utf8_get_char (head + i + 1)))
        continue;
      folded = cmq_importer_fold (head + i + 1);
      if (cmq_importer_kind_phrase_length (folded) == 0)
        continue;
      after = head + i + 1 + label_bytes (head + i + 1);
      if (*after == '\0' || (*after == ' ' && g_unichar_isupper (g_utf8_get_char (after + 1))))
        return i;
    }
  return 0;
}

/* Where the place and the date glued before the story start in @text, or 0: "Washington, DC
 * August 9, 2013 On Sunday", "Paris, 9 août 2013 Le ministre". */
static gsize
glued_place_date (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  int start = 0;

  /* case-sensitive: the place and the story open with capitals */
  if (g_once_init_enter (&initialised))
    {
      regex = g_regex_new ("\\s(\\p{Lu}[\\p{L}.'’-]+,\\s(?:\\p{Lu}{2}\\s|\\p{Lu}\\.\\p{Lu}\\.\\s)?"
                           "(?:(?i:" CMQ_IMPORTER_MONTHS_EN_FR ")\\.?\\s\\d{1,2},?|(?:le\\s)?"
                           "\\d{1,2}(?:er)?\\s(?i:" CMQ_IMPORTER_MONTHS_EN_FR ")\\.?)\\s\\d{4})"
                           "\\s+\\p{Lu}",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&initialised, 1);
    }
  if (!g_regex_match (regex, text, 0, &match) || !g_match_info_fetch_pos (match, 1, &start, NULL))
    return 0;
  return (gsize) start;
}

static void
append_line (GArray *lines, char *text)
{
  Line cut = { text, NULL, FALSE };
  Line blank = { g_strdup (""), NULL, FALSE };

  g_array_append_val (lines, cut);
  g_array_append_val (lines, blank);
}

void
cmq_importer_split_repost_head (GArray *lines, Line *line)
{
  const char *title;
  gsize len;
  gsize head;
  char *rest;

  if (lines->len == 0 || lines->len >= MAX_REPOST_HEAD_LINE ||
      (title = page_title (lines)) == NULL || *line->text != *title ||
      (len = title_before_site (title)) == 0 || strncmp (line->text, title, len) != 0 ||
      line->text[len] != ' ')
    return;
  {
    g_autofree char *copy = g_strndup (title, len);

    if (cmq_importer_count_words (copy) < MIN_TITLE_WORDS)
      return;
  }
  if (glued_place_date (line->text + len) == 0)
    return;
  head = kind_label_start (line->text, len);
  if (head == 0)
    {
      append_line (lines, g_strndup (line->text, len));
      rest = g_strdup (line->text + len + 1);
    }
  else
    {
      const char *label = line->text + head + 1;
      const char *byline = label + label_bytes (label);

      append_line (lines, g_strndup (line->text, head));
      append_line (lines, g_strndup (label, byline - label));
      rest = g_strdup (byline + strspn (byline, " "));
    }
  g_free (line->text);
  line->text = rest;
}
