/* cmq-importer-provenance.c: a repost's provenance line over the story ("The press release
 * issued by the Scottish Government on 2 August 2023.", "Communiqué publié par la préfecture le
 * 3 mai 2021."): a release-date line, chrome; and what sits between it and the lead, a one-line
 * strapline or the release's highlights in bullets, kept as standfirst (issue 11: heldout20
 * scotgov-01, heldout21 london-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A strapline over the lead is a phrase, not a paragraph: at most this many words. */
#define MAX_STRAPLINE_WORDS 8
/* Highlights over the lead are a few bullets. */
#define MAX_HIGHLIGHTS 6

/* The kind, "issued by" and who issued it, then "on" and a full date ending the line. */
static gboolean
is_provenance_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;
  gsize length;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:the |this )?(?:press release|news release|press statement|statement|"
                 "communique(?: de presse)?|comunicado(?: de prensa)?|comunicato(?: stampa)?|"
                 "pressemitteilung)\\s+(?:was\\s+|a ete\\s+)?(?:issued|published|released|"
                 "publiee?|diffusee?|publicado|pubblicato|veroffentlicht)\\s+(?:by|par|por|da|von)"
                 "\\s+\\S.{1,150}?\\s(?:on|le|el|il|am)\\s+\\S");
  if (!cmq_regex_match (regex, folded))
    return FALSE;
  /* its date ends it, but for a full stop */
  length = strlen (folded);
  if (length > 0 && folded[length - 1] == '.')
    folded[length - 1] = '\0';
  return cmq_importer_ends_with_date (folded);
}

/* Whether @text holds a quotation's opening mark (a strapline quotes nobody). */
static gboolean
has_open_quote (const char *text)
{
  return strstr (text, "“") != NULL || strstr (text, "«") != NULL || strstr (text, "„") != NULL;
}

/* "Festival support for Scotland's artists.": a short line, neither a label, a quotation nor a
 * date, over a longer sentence-like paragraph, line @lead. */
static gboolean
is_strapline (GArray *lines, const LineInfo *info, guint i, guint lead)
{
  const char *text = g_array_index (lines, Line, i).text;
  gunichar first = g_utf8_get_char (text);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  return info[i].words > 0 && info[i].words <= MAX_STRAPLINE_WORDS && !info[i].label &&
         g_unichar_isupper (first) && !(last < 0x80 && strchr (":;,", (int) last) != NULL) &&
         strpbrk (text, "0123456789\"") == NULL && !has_open_quote (text) && lead < lines->len &&
         info[lead].body && info[lead].words > info[i].words;
}

/* A highlight: a bullet and a sentence, not an item of an address or a list that goes on. */
static gboolean
is_highlight (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  const char *after = cmq_importer_after_bullet (text);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  return after != NULL && info[i].words >= MIN_SENTENCE_WORDS &&
         g_unichar_isupper (g_utf8_get_char (after)) &&
         !(last < 0x80 && strchr (":;,", (int) last) != NULL);
}

/* The lead under line @from: over highlights or a strapline, which are made standfirst; or
 * @from. */
static guint
skip_to_lead (GArray *lines, const LineInfo *info, guint from)
{
  guint i = from;
  guint n = 0;

  while (i < lines->len && role_at (lines, i) == CMQ_LINE_STORY && is_highlight (lines, info, i))
    {
      i = nonblank_below (lines, i);
      n++;
    }
  if (n == 0 && from < lines->len && role_at (lines, from) == CMQ_LINE_STORY &&
      is_strapline (lines, info, from, nonblank_below (lines, from)))
    {
      i = nonblank_below (lines, from);
      n = 1;
    }
  /* the story goes on under them, never bulleted: the only paragraph is never dropped */
  if (n == 0 || n > MAX_HIGHLIGHTS || i >= lines->len || role_at (lines, i) != CMQ_LINE_STORY ||
      !info[i].body || cmq_importer_after_bullet (g_array_index (lines, Line, i).text) != NULL)
    return from;
  for (guint k = from; k < i; k++)
    if (!is_blank (lines, k))
      set_role (lines, k, CMQ_LINE_STANDFIRST);
  return i;
}

guint
cmq_importer_skip_provenance (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  const char *text;

  if (first >= lines->len || role_at (lines, first) != CMQ_LINE_STORY)
    return first;
  text = g_array_index (lines, Line, first).text;
  if (!is_provenance_line (text))
    return first;
  set_role (lines, first, CMQ_LINE_RELEASE_DATE);
  g_ptr_array_add (parts->date_lines, g_strdup (text));
  for (guint next = nonblank_below (lines, first); next < lines->len;
       next = nonblank_below (lines, next))
    if (role_at (lines, next) == CMQ_LINE_STORY)
      return skip_to_lead (lines, info, next);
  /* nothing under it: it was the story after all */
  set_role (lines, first, CMQ_LINE_STORY);
  g_ptr_array_remove_index (parts->date_lines, parts->date_lines->len - 1);
  return first;
}
