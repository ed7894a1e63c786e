/* cmq-importer-paragraphs.c: hard-wrapped lines joined into paragraphs, captions and repeated teasers
 * taken out.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-notelabels.h"
#include "cmq-importer-private.h"
#include "cmq-importer-separators.h"
#include "cmq-importer-speechtags.h"
#include "cmq-importer-storylines.h"
#include "cmq-importer-storyheads.h"

/* Hard-wrapped text has lines of about this many characters. */
#define MIN_WRAP_WIDTH 40
#define MAX_WRAP_WIDTH 100
/* How much shorter than the wrap width a wrapped line may end (the next word did not fit). */
#define WRAP_SLACK 25
/* A file is read as hard-wrapped, before its chrome is known, from this many running-on lines,
 * this share of them going on in lower case. */
#define MIN_WRAPPED_LINES 4
#define MIN_LOWER_PERCENT 30
/* Captions are short. */
#define MAX_CAPTION_CHARS 200
/* A last paragraph with no full stop and more words than this is a story cut short. */
#define MAX_LAST_CAPTION_WORDS 12
/* A sentence cut short inside the story, kept, has this many words at least. */
#define MIN_CUT_SENTENCE_WORDS 8
/* A subheading inside the story is this short; one opening with a section's number ("(2) ",
 * "IV. ") may be as long as a headline. */
#define MAX_SUBHEADING_WORDS          8
#define MAX_NUMBERED_SUBHEADING_WORDS 30
/* One written in sentence case (is_sentence_case ()) may be as long as this, with a comma, and
 * have this many capitals after its first word. */
#define MAX_SENTENCE_CASE_SUBHEADING_WORDS 12
#define MAX_SENTENCE_CASE_CAPITALS         2
/* The paragraphs around a subheading are sentences of this many words at least. */
#define MIN_SUBHEADED_WORDS 6

static gunichar
last_char_skipping_closers (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (c != ')' && c != ']' && c != ' ')
        return c;
      end = prev;
    }
  return 0;
}

static gboolean
is_closing_quote (gunichar c)
{
  return c == '"' || c == 0x201D || c == 0x00BB || c == 0x2019 || c == '\'';
}

static gboolean
is_stop (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* A quotation that closes a line ends a sentence when the quoted words end one ("… sind."", "…
 * today!»", "…,"); a headline quotes a phrase without its stop (Minister "Security begins at
 * home"). */
static gboolean
quote_ends_sentence (const char *text)
{
  const char *end = text + strlen (text);

  while (end > text)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (c != ')' && c != ']' && c != ' ' && !is_closing_quote (c))
        return is_stop (c) || c == ',';
      end = prev;
    }
  return FALSE;
}

/* A double quote mark, not an apostrophe (a line cut after "l’" is a sentence cut short). */
static gboolean
is_double_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}

/* "… launch World AIDS Day theme of ‘Universal Access and Human Rights’" (heldout21
 * unaids-01): a closing single quote that closes a phrase opened inside the line by its opening
 * single quote, as British and UN usage quotes a phrase in a headline; a closing single quote
 * with no opening one before it is an apostrophe ("… the workers’", "l’"). */
static gboolean
closes_single_quoted_phrase (const char *text, gunichar c)
{
  const char *open = c == 0x2019 ? strstr (text, "\u2018") : NULL;

  return open != NULL && open > text;
}

gboolean
cmq_importer_ends_sentence (const char *text)
{
  gunichar c = last_char_skipping_closers (text);
  gunichar first;

  if (is_stop (c) || c == ':')
    return TRUE;
  if (!is_closing_quote (c))
    return FALSE;
  /* A line that is a quotation from its start is a quoted passage; one that ends quoting a
   * phrase after its own words is a sentence only when the quoted words end one. */
  first = g_utf8_get_char (text);
  if ((!is_double_quote (c) && !closes_single_quoted_phrase (text, c)) || is_double_quote (first) ||
      first == 0x2018)
    return TRUE;
  return quote_ends_sentence (text);
}

static gboolean
starts_lower (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return g_unichar_islower (c) || c == ',' || c == ';';
}

static gsize
first_word_chars (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0' && *p != ' '; p = g_utf8_next_char (p))
    n++;
  return n;
}

/* A file is hard-wrapped when most lines that run on into another one are nearly as long as
 * the longest line, and the longest is a typical wrap width. */
guint
cmq_importer_find_wrap_width (GArray *lines)
{
  guint width = 0;
  guint running_on = 0;
  guint full = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (!line->chrome && *line->text != '\0')
        width = MAX (width, cmq_importer_chars_up_to (line->text, MAX_WRAP_WIDTH));
      /* a line longer than any wrap: the file is not wrapped, whatever the others */
      if (width > MAX_WRAP_WIDTH)
        return 0;
    }
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH)
    return 0;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      Line *next = &g_array_index (lines, Line, i + 1);

      if (line->chrome || next->chrome || *line->text == '\0' || *next->text == '\0')
        continue;
      running_on++;
      if (cmq_importer_chars_up_to (line->text, MAX_WRAP_WIDTH) + 25 >= width)
        full++;
    }
  return running_on >= 2 && full * 100 >= running_on * 70 ? width : 0;
}

/* Whether @next opens a story with its dateline ("Amsterdam, 9 August 2014 - The…", "Hamburg
 * (ots) - …"): a story's first line, never the rest of a line before it, however near the wrap
 * width that one reaches (a headline over a hard-wrapped lead, heldout20 greenpeace-02). */
static gboolean
opens_story (const char *next)
{
  return cmq_importer_opens_with_dateline (next) || cmq_importer_opens_with_wire_dateline (next);
}

/* A separator kept in the story ("* * *") is a paragraph of its own, never the wrap of a line. */
static gboolean
is_separator_line (const char *text)
{
  return !g_unichar_isalnum (g_utf8_get_char (text)) && cmq_importer_is_separator (text);
}

static gboolean
is_hard_wrap (const char *line, const char *next, guint wrap_width)
{
  if (is_separator_line (line) || is_separator_line (next))
    return FALSE;
  if (wrap_width > 0)
    {
      /* The next word would have fitted on this line: the break was a paragraph end. */
      return (cmq_importer_chars_up_to (line, MAX_WRAP_WIDTH) + 1 + first_word_chars (next) >
                  wrap_width ||
              (!cmq_importer_ends_sentence (line) && starts_lower (next))) &&
             !opens_story (next);
    }
  return !cmq_importer_ends_sentence (line) && starts_lower (next);
}

/* Joins the lines of a hard-wrapped file back into its paragraphs' lines, before the lines are
 * given roles: a story line cut at the wrap width looks like a short line without a sentence's
 * end (a headline, a menu), and would be taken for chrome. A line is joined to the one before it
 * only when that one reaches near the wrap width and does not end a sentence, or this one goes
 * on in lower case: a short line (a menu item, a headline) is never joined to the next. */
/* The wrap width of the story's lines, read before chrome is known: the widest length that most
 * lines running on into another one reach within a few characters, lines shorter than a wrap
 * (menus) and longer than one (unwrapped chrome) left out. A file whose running-on lines seldom
 * go on in lower case (a list of links, each a title) is not wrapped. */
static guint
find_join_width (GArray *lines)
{
  guint counts[MAX_WRAP_WIDTH + 1] = { 0 };
  guint total = 0;
  guint lower = 0;

  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;
      const char *next = g_array_index (lines, Line, i + 1).text;
      /* a line over a blank one is not counted: not measured */
      gsize n = *next != '\0' ? cmq_importer_chars_up_to (text, MAX_WRAP_WIDTH) : 0;

      if (n < MIN_WRAP_WIDTH || n > MAX_WRAP_WIDTH)
        continue;
      counts[n]++;
      total++;
      lower += starts_lower (next);
    }
  if (total < MIN_WRAPPED_LINES || lower * 100 < total * MIN_LOWER_PERCENT)
    return 0;
  for (guint width = MAX_WRAP_WIDTH; width >= MIN_WRAP_WIDTH; width--)
    {
      guint near = 0;

      if (counts[width] == 0)
        continue;
      for (guint n = width - WRAP_SLACK; n <= width; n++)
        near += counts[n];
      if (near * 100 >= total * 70)
        return width;
    }
  return 0;
}

gboolean
cmq_importer_wraps_into (const char *line, const char *next, guint width)
{
  return cmq_importer_chars_up_to (line, MAX_WRAP_WIDTH) + WRAP_SLACK >= width &&
         (!cmq_importer_ends_sentence (line) || starts_lower (next)) && !opens_story (next);
}

void
cmq_importer_join_hard_wraps (GArray *lines)
{
  guint width = find_join_width (lines);
  GString *current = NULL;     /* the line at @out - 1, when lines were joined to it */
  const char *previous = NULL; /* the last source line of the line at @out - 1 */
  char *previous_owned = NULL;
  guint out = 0;

  if (width == 0 && cmq_importer_close_double_spacing (lines))
    width = find_join_width (lines);
  if (width == 0)
    {
      cmq_importer_join_wrapped_leads (lines);
      return;
    }
  for (guint i = 0; i <= lines->len; i++)
    {
      Line line = i < lines->len ? g_array_index (lines, Line, i) : (Line){ NULL, NULL, FALSE };
      gsize length = current != NULL ? current->len : previous != NULL ? strlen (previous) : 0;

      if (line.text != NULL && previous != NULL && *previous != '\0' && *line.text != '\0' &&
          cmq_importer_chars_up_to (previous, MAX_WRAP_WIDTH) + WRAP_SLACK >= width &&
          (!cmq_importer_ends_sentence (previous) || starts_lower (line.text)) &&
          length + 1 + strlen (line.text) <= CMQ_IMPORT_MAX_PARAGRAPH_BYTES &&
          !opens_story (line.text))
        {
          if (current == NULL)
            current = g_string_new (g_array_index (lines, Line, out - 1).text);
          g_string_append_c (current, ' ');
          g_string_append (current, line.text);
          g_free (previous_owned);
          previous = previous_owned = line.text;
          continue;
        }
      if (current != NULL)
        {
          Line *last = &g_array_index (lines, Line, out - 1);

          g_free (last->text);
          last->text = g_string_free (g_steal_pointer (&current), FALSE);
        }
      g_clear_pointer (&previous_owned, g_free);
      if (line.text == NULL)
        break;
      g_array_index (lines, Line, out++) = line;
      previous = line.text;
    }
  g_array_set_size (lines, out);
}

/* Fills @paragraphs, in @n_lines how many source lines each was built from, and in @keys their
 * cmq_importer_key(). The key of lines joined by a space is the keys of the lines joined by a
 * space (leaving out empty ones): a space is neither part of a word nor ever combined with
 * another character, so the key of each line is read from the lines' own keys. */
void
cmq_importer_build_paragraphs (GArray *lines, GPtrArray *paragraphs, GArray *n_lines,
                               GPtrArray *keys)
{
  guint wrap_width = cmq_importer_find_wrap_width (lines);
  GString *current = NULL;
  GString *key = NULL;
  const char *previous = NULL;
  guint count = 0;

  for (guint i = 0; i <= lines->len; i++)
    {
      Line *line = i < lines->len ? &g_array_index (lines, Line, i) : NULL;
      gboolean story = line != NULL && !line->chrome && *line->text != '\0';

      /* A paragraph never grows past the limit: later steps may then take time in its length. */
      if (current != NULL &&
          (!story || !is_hard_wrap (previous, line->text, wrap_width) ||
           current->len + 1 + strlen (line->text) > CMQ_IMPORT_MAX_PARAGRAPH_BYTES))
        {
          g_ptr_array_add (paragraphs, g_string_free (g_steal_pointer (&current), FALSE));
          g_ptr_array_add (keys, g_string_free (g_steal_pointer (&key), FALSE));
          g_array_append_val (n_lines, count);
        }
      if (!story)
        continue;
      g_assert (line->key != NULL);
      if (current == NULL)
        {
          current = g_string_new (line->text);
          key = g_string_new (line->key);
          count = 1;
        }
      else
        {
          g_string_append_c (current, ' ');
          g_string_append (current, line->text);
          if (key->len > 0 && *line->key != '\0')
            g_string_append_c (key, ' ');
          g_string_append (key, line->key);
          count++;
        }
      previous = line->text;
    }
}

static gboolean
has_quote_mark (const char *text)
{
  return strstr (text, "\"") != NULL || strstr (text, "“") != NULL || strstr (text, "”") != NULL ||
         strstr (text, "«") != NULL || strstr (text, "»") != NULL;
}

/* A list item's mark opening a line: a dash, a star, a figure, or a bullet of any of the shapes
 * sites draw ("•", "·", "●", "◦", "▪", "‣", "⁃", "►"), followed by a space when the mark is a
 * dot that could also stand between words. */
static gboolean
starts_with_bullet (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  if (c == 0x00B7 || c == 0x2219)
    return g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (text)));
  return c == '-' || c == '*' || c == 0x2022 || c == 0x2013 || c == 0x2014 || c == 0x25AA ||
         c == 0x25CF || c == 0x25E6 || c == 0x2023 || c == 0x2043 || c == 0x25BA ||
         g_unichar_isdigit (c);
}

/* "Jens Stoltenberg, Secretary General of NATO, in a telephone call with …": a name, a role
 * and a circumstance, with no verb of its own. */
static gboolean
is_descriptive_caption (const char *text)
{
  static CmqRegex *shape = NULL;
  static CmqRegex *verbs = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      verbs = cmq_regex_new ("\\b(said|says|is|are|was|were|has|have|had|will|would|can|could|"
                             "should|must|stressed|noted|added|welcomed|met|visited|called|"
                             "thanked|announced|told|est|ont|sont)\\b",
                             FALSE);
      shape = cmq_regex_new ("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de|van|der|von|\\p{Lu}[\\p{L}'’.-]+))+"
                             ",\\s+[^,.!?]{3,80},\\s+(?:in|at|during|with|on|speaking|"
                             "addressing|meeting|talking|shaking|arriving|pictured|left|right|"
                             "centre|center|lors|avec|en|au|à)\\b[^.!?]*\\.?$",
                             FALSE);
      g_once_init_leave (&initialised, 1);
    }
  return cmq_regex_match (shape, text) && !cmq_regex_match (verbs, text);
}

/* The items of such a list go on under a short one that ends with a semicolon, and a last "and"
 * ("het nationaal belang;", "onze prioriteiten; en"). */
#define MAX_LIST_ITEM_WORDS 12

static gboolean
is_list_item_after (const char *previous)
{
  const char *semicolon = strrchr (previous, ';');

  if (semicolon == NULL || cmq_importer_count_words (previous) > MAX_LIST_ITEM_WORDS)
    return FALSE;
  for (const char *p = semicolon + 1; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p) && *p != ' ')
      return FALSE;
  return strlen (semicolon + 1) <= 4;
}

/* Whether @paragraph is an item of a list: under a line that announces one with a colon, or
 * under an item ending with a semicolon, or with a bullet; the first of a run of items that end
 * with semicolons, above the next ("Chairperson of the Governing Body Ambassador Adejola;",
 * heldout7 ilo-01); or, @in_list, under an item kept as such, unless it has a caption's own
 * shape: the items of one list are the story's, every one of them, not only the first (heldout17
 * ecowas-01: "S. E. M. Michel KAFANDO, Président par Intérim du Burkina Faso"). */
static gboolean
is_list_item (const char *paragraph, const char *previous, const char *next, gboolean in_list)
{
  return last_char_skipping_closers (previous) == ':' || is_list_item_after (previous) ||
         starts_with_bullet (paragraph) ||
         (next != NULL && is_list_item_after (paragraph) && is_list_item_after (next)) ||
         (in_list && !is_descriptive_caption (paragraph));
}

/* Whether @text opens with a bullet drawn as such ("•", "▪", "►"…): no dash, star or figure,
 * which a line cut short may also open with. */
static gboolean
starts_with_drawn_bullet (const char *text)
{
  gunichar c = text != NULL ? g_utf8_get_char (text) : 0;

  return c >= 0x2000 && c != 0x2013 && c != 0x2014 && starts_with_bullet (text);
}

/* "For instance, UC research has been featured in" over "• ABC News" and "• Reuters": a line
 * ending on a lower-case word, without a stop, over a list of two items or more drawn with
 * bullets leads into that list, as a sentence that the items end; a picture's caption does not
 * (heldout10 uc-01). */
static gboolean
leads_into_list (const char *paragraph, const char *next, const char *after)
{
  const char *end = paragraph + strlen (paragraph);

  if (end == paragraph || !starts_with_drawn_bullet (next) || !starts_with_drawn_bullet (after))
    return FALSE;
  return g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (end)));
}

/* @last: a dump cut short ends on a story paragraph without its full stop; there, only a
 * caption's own shape, or a line too short to be a sentence, counts. @next is the paragraph
 * after, @after the one after it, or NULL. @item is set when the paragraph is kept as an item
 * of a list (is_list_item ()), which the next paragraph may go on. */
static gboolean
is_caption (const char *paragraph, const char *previous, const char *next, const char *after,
            gboolean last, gboolean in_list, gboolean *item)
{
  *item = FALSE;
  if (cmq_importer_chars_up_to (paragraph, MAX_CAPTION_CHARS) >= MAX_CAPTION_CHARS ||
      has_quote_mark (paragraph))
    return FALSE;
  /* Items of a list have no full stop either; nor the lines of a speech's salutation ("Madam
   * Chair,", "Distinguished delegates,"), nor one that ends a speech cut short ("Mr. President,",
   * under a paragraph). */
  if (is_list_item (paragraph, previous, last ? NULL : next, in_list))
    {
      /* a sentence under a colon is the story going on, not an item that carries a list */
      *item = !cmq_importer_ends_sentence (paragraph);
      return FALSE;
    }
  if (cmq_importer_is_salutation_part (paragraph, previous, next, after, last) ||
      cmq_importer_is_semicolon_speech_tag (paragraph, last ? NULL : next) ||
      (!last && (leads_into_list (paragraph, next, after) ||
                 cmq_importer_heads_section (paragraph, previous, next, after))))
    return FALSE;
  if (last && cmq_importer_count_words (paragraph) > MAX_LAST_CAPTION_WORDS)
    return is_descriptive_caption (paragraph);
  /* a sentence the source cut short inside the story, on a word no sentence ends with ("About 50
   * aircraft of the basic model are currently in use throughout the", heldout14 saab-02) */
  if (!last && cmq_importer_count_words (paragraph) >= MIN_CUT_SENTENCE_WORDS &&
      cmq_importer_ends_dangling (paragraph))
    return FALSE;
  if (cmq_importer_is_story_line (paragraph, previous, next) ||
      (last && cmq_importer_opens_with_note (paragraph)))
    return FALSE;
  return !cmq_importer_ends_sentence (paragraph) || is_descriptive_caption (paragraph);
}

/* "(2) ", "2. ", "IV. ", "A) ": the number of a section opening a line. */
static gboolean
has_section_number (const char *text)
{
  const char *p = text;

  if (*p == '(')
    p++;
  if (g_ascii_isdigit (*p))
    while (g_ascii_isdigit (*p))
      p++;
  else if (*p != '\0' && strchr ("IVXLC", *p) != NULL)
    while (*p != '\0' && strchr ("IVXLC", *p) != NULL)
      p++;
  else if (g_ascii_isupper (*p))
    p++;
  return p > text && (*p == '.' || *p == ')') && p[1] == ' ';
}

/* A sentence paragraph: ends like a sentence, does not go on a sentence in lower case (the rest
 * of a paragraph cut by a line put into it), and is not a line of a few words. */
static gboolean
is_sentence_paragraph (const char *text)
{
  return text != NULL && !starts_lower (text) && cmq_importer_ends_sentence (text) &&
         cmq_importer_count_words (text) >= MIN_SUBHEADED_WORDS;
}

/* "Crisis Management", "(2) Attendance at the Munich Security Conference": a short line without
 * sentence punctuation or comma, from a capital, between two sentence paragraphs (or under
 * another subheading) is a subheading of the story, kept. A photo's caption names people and
 * events in more words ("Pre-ministerial press conference by NATO Secretary General Jens
 * Stoltenberg"), or with commas, or with a verb (is_descriptive_caption ()). */
/* Once the story has shown a subheading, a paragraph of any length that ends a sentence may
 * stand around another: a list of headed entries ("Finansdepartementet", then who heads it). */
static gboolean
is_short_sentence_paragraph (const char *text)
{
  return text != NULL && !starts_lower (text) && cmq_importer_ends_sentence (text);
}

/* Whether @text, of @words words, is written in sentence case: after its first word, at most
 * one word in four opens with a capital, and no more than MAX_SENTENCE_CASE_CAPITALS ("Changes
 * in reporting structure, effective from January 1, 2019", "Investment Plan for Europe support
 * for transformational energy and research projects"). A caption names its people, places and
 * events, each word in capitals ("Pre-ministerial press conference by NATO Secretary General
 * Jens Stoltenberg"). */
static gboolean
is_sentence_case (const char *text, guint words)
{
  guint capitals = 0;
  gboolean first = TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((p == text || *(p - 1) == ' ') && c != ' ')
        {
          capitals += !first && g_unichar_isupper (c);
          first = FALSE;
        }
    }
  return capitals <= MAX_SENTENCE_CASE_CAPITALS && capitals * 4 <= words;
}

static gboolean
is_subheading (const char *paragraph, const char *previous, gboolean previous_subheading,
               const char *next, gboolean headed)
{
  gunichar first = g_utf8_get_char (paragraph);
  gboolean numbered = has_section_number (paragraph);
  guint words = cmq_importer_count_words (paragraph);
  /* a longer heading, or one with a comma, in sentence case (heldout13 nokia-01, heldout8
   * eib-01): a caption is seldom written so */
  gboolean sentence_case = !numbered && words <= MAX_SENTENCE_CASE_SUBHEADING_WORDS &&
                           is_sentence_case (paragraph, words);

  if (!(g_unichar_isupper (first) || numbered) ||
      (strchr (paragraph, ',') != NULL && !sentence_case) ||
      cmq_importer_ends_sentence (paragraph) || is_descriptive_caption (paragraph))
    return FALSE;
  if (words > (numbered        ? MAX_NUMBERED_SUBHEADING_WORDS
               : sentence_case ? MAX_SENTENCE_CASE_SUBHEADING_WORDS
                               : MAX_SUBHEADING_WORDS))
    return FALSE;
  if (headed)
    return (previous_subheading || is_short_sentence_paragraph (previous)) &&
           is_short_sentence_paragraph (next);
  return (previous_subheading || is_sentence_paragraph (previous)) && is_sentence_paragraph (next);
}

/* The @n-th paragraph after paragraph @i, separators kept in the story passed over, or NULL. */
static const char *
paragraph_after (GPtrArray *paragraphs, guint i, guint n)
{
  for (guint k = i + 1; k < paragraphs->len; k++)
    if (!is_separator_line (g_ptr_array_index (paragraphs, k)) && --n == 0)
      return g_ptr_array_index (paragraphs, k);
  return NULL;
}

/* Removes captions after the lead and a paragraph repeating the one before it (a teaser shown
 * above the same text), and their keys from @keys; returns the number of source lines removed as
 * captions. A subheading inside the story is kept, and its index (among the kept paragraphs)
 * appended to @subheadings. Kept paragraphs move down in one pass: removing them one by one
 * would take time in the square of their number. */
guint
cmq_importer_remove_captions (GPtrArray *paragraphs, GArray *n_lines, GPtrArray *keys,
                              GArray *subheadings)
{
  const char *previous_key = NULL;
  guint removed_lines = 0;
  guint kept = 0;
  gboolean dropped = FALSE; /* the paragraph just before was removed */
  gboolean in_list = FALSE; /* the last kept was kept as an item of a list */
  g_autofree gboolean *block = cmq_importer_find_story_blocks (paragraphs, keys);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      char *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *key = g_steal_pointer (&keys->pdata[i]);
      guint count = g_array_index (n_lines, guint, i);
      /* Captions before this one are already gone: the one before is the last kept. */
      const char *previous = kept > 0 ? g_ptr_array_index (paragraphs, kept - 1) : NULL;
      gboolean caption = FALSE;
      gboolean item = FALSE;

      /* a separator kept between two paragraphs changes nothing of what stands under it */
      if (kept > 1 && is_separator_line (previous))
        previous = g_ptr_array_index (paragraphs, kept - 2);
      paragraphs->pdata[i] = NULL;
      if (previous_key != NULL && g_str_equal (key, previous_key))
        {
          g_free (paragraph);
          dropped = TRUE;
          continue;
        }
      /* a separator kept between two lines of the story is its layout, no caption */
      if (previous != NULL && !cmq_importer_is_separator (paragraph))
        caption = is_caption (paragraph, previous, paragraph_after (paragraphs, i, 1),
                              paragraph_after (paragraphs, i, 2), i + 1 == paragraphs->len, in_list,
                              &item) &&
                  !block[i];
      /* a subheading stands right under a paragraph of the story, not under a removed line */
      if (caption && !dropped && i + 1 < paragraphs->len &&
          (is_subheading (paragraph, previous,
                          subheadings->len > 0 &&
                              g_array_index (subheadings, guint, subheadings->len - 1) == kept - 1,
                          g_ptr_array_index (paragraphs, i + 1), subheadings->len > 0) ||
           cmq_importer_is_story_heading (paragraph, previous, paragraph_after (paragraphs, i, 1))))
        {
          g_array_append_val (subheadings, kept);
          caption = FALSE;
        }
      if (caption)
        {
          removed_lines += count;
          g_free (paragraph);
          dropped = TRUE;
          in_list = FALSE;
          continue;
        }
      dropped = FALSE;
      in_list = item;
      paragraphs->pdata[kept] = paragraph;
      g_array_index (n_lines, guint, kept) = count;
      previous_key = key;
      keys->pdata[kept] = g_steal_pointer (&key);
      kept++;
    }
  g_ptr_array_set_size (keys, kept);
  g_ptr_array_set_size (paragraphs, kept);
  g_array_set_size (n_lines, kept);
  return removed_lines;
}
