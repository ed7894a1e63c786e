/* cmq-importer-leadedges.c: the story's first edge, where a sentence-like line above the story
 * is not its first paragraph: a headline ending in a full stop over the page's date, a byline
 * that the page has for its title, a headline over a wire-dated lead ("PARIS (AFP) - …") or over
 * a place and its date alone on their line. Split from cmq-importer-ends.c, which keeps the
 * story's last edge.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A headline ending in a full stop is shorter than a story paragraph. */
#define MAX_STOPPED_HEADLINE_WORDS 15

/* "INTERPOL announces creation of global anti-crime centres.", then "11 December 2006", then
 * the story: a short single sentence just above the page's date lines, and nothing but them
 * between it and the story, is the headline. */
static guint
stopped_headline (GArray *lines, const LineInfo *info, guint first)
{
  guint dates = 0;

  for (guint i = first; i-- > 0;)
    {
      Line *line = &g_array_index (lines, Line, i);
      const char *stop;

      if (is_blank (lines, i))
        continue;
      if (line->role == CMQ_LINE_RELEASE_DATE || line->role == CMQ_LINE_DATELINE ||
          cmq_importer_is_date_only_line (lines, i, info))
        {
          dates++;
          continue;
        }
      stop = strchr (line->text, '.');
      if (dates == 0 || line->role != CMQ_LINE_STORY || !info[i].sentence || info[i].known ||
          info[i].interface || info[i].words < MIN_HEADLINE_WORDS ||
          info[i].words > MAX_STOPPED_HEADLINE_WORDS || stop == NULL || stop[1] != '\0' ||
          !g_unichar_isupper (g_utf8_get_char (line->text)))
        return lines->len;
      line->role = CMQ_LINE_HEADLINE;
      return i;
    }
  return lines->len;
}

/* "Statement by Mario Draghi, President of the European Central Bank" as the dump's first line,
 * just above the story: a byline that the page has for its title (heldout6); under another
 * title it stays a byline. */
static guint
byline_headline (GArray *lines, guint first)
{
  guint top = 0;

  while (top < first && is_blank (lines, top))
    top++;
  if (top >= first || g_array_index (lines, Line, top).role != CMQ_LINE_KIND ||
      cmq_importer_is_kind_label (g_array_index (lines, Line, top).text))
    return lines->len;
  for (guint i = top + 1; i < first; i++)
    if (!is_blank (lines, i))
      return lines->len;
  g_array_index (lines, Line, top).role = CMQ_LINE_HEADLINE;
  return top;
}

guint
cmq_importer_stopped_headline (GArray *lines, const LineInfo *info, guint first)
{
  guint headline = stopped_headline (lines, info, first);

  return headline < lines->len ? headline : byline_headline (lines, first);
}

/* News agencies whose wire dateline ("Hamburg (ots) - ", "PARIS (AFP) - ", "LONDON, March 3
 * (Reuters) - ") opens a story: German (ots is news aktuell's, presseportal's), Austrian, Swiss,
 * French, Italian, Spanish, Portuguese, Dutch, Belgian, Nordic, Eastern European, Russian,
 * Asian and English-language wires. */
#define WIRE_AGENCIES                                                                              \
  "ots|dpa|epd|kna|ddp|dapd|apa|sda|ats|afp|ap|reuters|upi|ansa|efe|lusa|anp|belga|ntb|ritzau|"    \
  "stt|pap|ctk|mti|agerpres|tass|ria|xinhua|kyodo|yonhap|pti|ians|bernama|anadolu"

/* Words at most of a picture's caption between a headline and a wire-dated lead. */
#define MAX_WIRE_CAPTION_WORDS 15

/* The place (up to 60 characters, a date perhaps) opens with a capital and holds no bracket; the
 * agency may carry a second name ("dpa-AFX", "AFP/Getty"). */
gboolean
cmq_importer_opens_with_wire_dateline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  const char *open = strchr (text, '(');

  if (open == NULL || open - text > 70)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^(?-i:\\p{Lu})[^()\\n]{1,60}?\\s\\((?:" WIRE_AGENCIES
                 ")(?:[-/]\\p{L}{2,8})?\\)\\s*[-–—]{1,2}\\s*(?-i:[\\p{Lu}\\d\"“„«])");
  return cmq_regex_match (regex, text);
}

static gboolean
opens_story_dateline (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return cmq_importer_opens_with_dateline (text) || cmq_importer_opens_with_wire_dateline (text);
}

static guint
next_filled (GArray *lines, guint i)
{
  while (i < lines->len && is_blank (lines, i))
    i++;
  return i;
}

/* The nearest filled line above @first, when a wire dateline opens it: the story starts there,
 * whatever follows its dash (an event's time and place over the lead). @first otherwise. */
static guint
wire_dateline_above (GArray *lines, guint first)
{
  guint i = first;

  while (i > 0 && is_blank (lines, i - 1))
    i--;
  if (i == 0 || g_array_index (lines, Line, i - 1).role != CMQ_LINE_STORY ||
      !cmq_importer_opens_with_wire_dateline (g_array_index (lines, Line, i - 1).text))
    return first;
  return i - 1;
}

/* A headline too long for a headline's shape and with no final stop (a speech's occasion in
 * full: "Intervención inicial de …, al comparecer ante …"), the first story line @first, over a
 * place and its date alone on their line ("Ciudad de México, 8 de octubre de 2025"), then a
 * story paragraph: the story starts there, under the dateline (the headline then read by
 * is_long_headline_over_dateline ()). Returns that paragraph, or lines->len. */
static guint
lead_under_lone_dateline (GArray *lines, const LineInfo *info, guint first)
{
  guint dateline = next_filled (lines, first + 1);
  guint lead;

  if (info[first].sentence || info[first].label || info[first].words <= MAX_HEADLINE_WORDS ||
      info[first].words > MAX_CAPTION_WORDS ||
      !g_unichar_isupper (g_utf8_get_char (g_array_index (lines, Line, first).text)) ||
      dateline >= lines->len || info[dateline].words > MAX_SIGN_OFF_WORDS ||
      !cmq_importer_is_place_date (g_array_index (lines, Line, dateline).text))
    return lines->len;
  lead = next_filled (lines, dateline + 1);
  if (lead >= lines->len || !info[lead].body || role_at (lines, lead) != CMQ_LINE_STORY)
    return lines->len;
  set_role (lines, first, CMQ_LINE_STANDFIRST);
  return lead;
}

guint
cmq_importer_sentence_over_dateline (GArray *lines, const LineInfo *info, guint first)
{
  guint next;
  guint caption = lines->len;
  guint above = wire_dateline_above (lines, first);

  if (above < first)
    return above;
  if ((next = lead_under_lone_dateline (lines, info, first)) < lines->len)
    return next;
  /* a sentence, or a line with no final stop (a long headline ending on a quotation) */
  if (info[first].label || info[first].words > MAX_CAPTION_WORDS ||
      opens_story_dateline (lines, first))
    return first;
  next = next_filled (lines, first + 1);
  /* a picture's caption, short and no sentence, between the headline and a wire-dated lead */
  if (next < lines->len && !info[next].body && !info[next].sentence && !info[next].label &&
      info[next].words <= MAX_WIRE_CAPTION_WORDS &&
      g_array_index (lines, Line, next).role == CMQ_LINE_STORY)
    {
      guint after = next_filled (lines, next + 1);

      if (after < lines->len &&
          cmq_importer_opens_with_wire_dateline (g_array_index (lines, Line, after).text))
        {
          caption = next;
          next = after;
        }
    }
  if (next >= lines->len || !info[next].body ||
      g_array_index (lines, Line, next).role != CMQ_LINE_STORY ||
      !opens_story_dateline (lines, next))
    return first;
  g_array_index (lines, Line, first).role = CMQ_LINE_STANDFIRST;
  if (caption < lines->len)
    g_array_index (lines, Line, caption).role = CMQ_LINE_CAPTION;
  return next;
}
