/* cmq-importer-deckheads.c: a headline over its deck, where the choosers took the deck, the
 * short line nearer the story: a wire's release ("KZBV, KBV und ABDA warnen vor drohendem
 * Versorgungsdesaster" over "Gemeinsamer Appell gegen die Gesundheitspolitik von Minister
 * Lauterbach", then "Frankfurt/M. (ots) – …"), and a newsroom's page whose kind label and date
 * line stand between the headline and its decks ("Fahrplanangebot bleibt erhalten" /
 * "Pressestatement" / "- Erschienen am 24.03.2020" / decks / story).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-deckheads.h"
#include "cmq-importer-private.h"

/* A headline over its deck says something: a few words, not an office's name. */
#define MIN_DECKED_HEADLINE_WORDS 3
/* Decks under a page's date line, at most this many. */
#define MAX_DECKS 2

gboolean
cmq_importer_has_common_word (const char *text)
{
  for (const char *p = text; *p != '\0';)
    {
      gsize len = strcspn (p, " ");
      g_autofree char *word = g_strndup (p, len);

      if (len > 0 && g_unichar_islower (g_utf8_get_char (word)) &&
          !cmq_importer_is_name_small_word (word))
        return TRUE;
      p += len;
      p += strspn (p, " ");
    }
  return FALSE;
}

/* Whether line @i may head a deck: a fresh headline-shaped line saying a phrase. */
static gboolean
is_decked_headline (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return info[i].words >= MIN_DECKED_HEADLINE_WORDS && !info[i].sentence &&
         cmq_importer_is_fresh_headline (lines, info, i) && cmq_importer_has_common_word (text) &&
         !cmq_importer_is_institution_name (text) && !cmq_importer_is_kind_label (text);
}

/* Whether line @i is a deck: headline-shaped, no sentence, no full stop at its end. */
static gboolean
is_deck (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return !info[i].sentence && text[strlen (text) - 1] != '.' &&
         cmq_importer_is_fresh_headline (lines, info, i);
}

guint
cmq_importer_headline_over_wire_deck (GArray *lines, const LineInfo *info, guint headline,
                                      guint first)
{
  guint upper;

  if (first >= lines->len || headline >= first ||
      !cmq_importer_opens_with_wire_dateline (g_array_index (lines, Line, first).text) ||
      nonblank_above (lines, first) != headline || !is_deck (lines, info, headline))
    return headline;
  upper = nonblank_above (lines, headline);
  if (upper == lines->len || upper + 1 == headline || !is_decked_headline (lines, info, upper))
    return headline;
  set_role (lines, headline, CMQ_LINE_STANDFIRST);
  set_role (lines, upper, CMQ_LINE_HEADLINE);
  return upper;
}

/* When line @i is the page's date line, perhaps after a bullet or a dash ("- Erschienen am
 * 24.03.2020"), the line after them; or NULL. */
static const char *
date_line (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  const char *after = cmq_importer_after_bullet (text);

  if (after == NULL && (g_str_has_prefix (text, "- ") || g_str_has_prefix (text, "\xe2\x80\x93 ")))
    after = strchr (text, ' ') + 1;
  if (after == NULL)
    after = text;
  if (role_at (lines, i) == CMQ_LINE_RELEASE_DATE ||
      cmq_importer_date_line_role (after) == CMQ_LINE_RELEASE_DATE)
    return after;
  return NULL;
}

/* Whether line @i is a kind label ("Communiqué"), or a label of one word that is no field's
 * name over its value ("Pressestatement", but not "Date:" over "08/26/19"). */
static gboolean
is_label (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return cmq_importer_is_kind_label (text) || (info[i].words == 1 && strchr (text, ':') == NULL);
}

guint
cmq_importer_headline_over_dated_decks (GArray *lines, const LineInfo *info, guint first,
                                        CmqDumpParts *parts)
{
  guint decks = 0, i = first, date, kind, title;

  if (first >= lines->len)
    return lines->len;
  /* the decks first, cheap to test; then one line, short, for the date's label and figures */
  while ((i = nonblank_above (lines, i)) < lines->len && decks <= MAX_DECKS &&
         role_at (lines, i) != CMQ_LINE_RELEASE_DATE && is_deck (lines, info, i))
    decks++;
  if (decks == 0 || decks > MAX_DECKS || (date = i) == lines->len ||
      info[date].words > MAX_EDGE_WORDS || date_line (lines, date) == NULL ||
      (kind = nonblank_above (lines, date)) == lines->len || !is_label (lines, info, kind) ||
      (title = nonblank_above (lines, kind)) == lines->len ||
      !is_decked_headline (lines, info, title))
    return lines->len;
  for (i = date + 1; i < first; i++)
    if (!is_blank (lines, i))
      set_role (lines, i, CMQ_LINE_STANDFIRST);
  set_role (lines, kind, CMQ_LINE_KIND);
  if (role_at (lines, date) != CMQ_LINE_RELEASE_DATE)
    {
      set_role (lines, date, CMQ_LINE_RELEASE_DATE);
      g_ptr_array_add (parts->date_lines, g_strdup (date_line (lines, date)));
    }
  set_role (lines, title, CMQ_LINE_HEADLINE);
  return title;
}
