/* cmq-importer-marks.c: marks a page leaves on the lines around the story, read by their shape:
 * a link's text glued after a paragraph's last sentence ("… as a whole." (more...)), the one
 * item of a list written as a bullet just above the story (a tag page's newest item: its
 * headline), a title with its page tool's word glued on ("… bolsonarista edit"), and a headline
 * written again in capitals nearer the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-baresalutations.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The word of a page's own editing tool, which a dump glues after the page's title. */
static const char *const tool_words[] = {
  "edit", "editar", "modifier", "bearbeiten", "bewerken", "modifica", NULL,
};

/* A link's text in brackets is this short ("(more...)", "[Lire la suite]"). */
#define MAX_LINK_TAIL_WORDS 3

static gboolean
is_bullet (gunichar c)
{
  return c == 0x2022 || c == 0x25AA || c == 0x00B7 || c == 0x25B8;
}

const char *
cmq_importer_after_bullet (const char *text)
{
  const char *after = g_utf8_next_char (text);

  if (!is_bullet (g_utf8_get_char (text)) || *after != ' ')
    return NULL;
  return after + strspn (after, " ");
}

/* Where the bracketed link text that ends @text starts, after a sentence's end, or NULL. */
static char *
link_tail (char *text)
{
  gsize len = strlen (text);
  char close;
  char *open;
  g_autofree char *key = NULL;

  if (len < 4 || (text[len - 1] != ')' && text[len - 1] != ']'))
    return NULL;
  close = text[len - 1];
  open = strrchr (text, close == ')' ? '(' : '[');
  if (open == NULL || open == text || open[-1] != ' ')
    return NULL;
  key = g_strndup (open + 1, text + len - 1 - (open + 1));
  g_strstrip (key);
  {
    g_autofree char *words = cmq_importer_key (key);
    guint n = cmq_importer_count_words (words);
    g_autofree char *before = g_strndup (text, open - 1 - text);

    if (n == 0 || n > MAX_LINK_TAIL_WORDS || cmq_importer_interface_kind (words, n) == 0 ||
        !cmq_importer_ends_sentence (before))
      return NULL;
  }
  return open;
}

void
cmq_importer_strip_link_tail (char *text)
{
  char *open = link_tail (text);

  if (open == NULL)
    return;
  while (open > text && open[-1] == ' ')
    open--;
  *open = '\0';
}

void
cmq_importer_unbullet_lone_head (GArray *lines, const LineInfo *info, guint first)
{
  guint i = nonblank_above (lines, first);
  guint above;
  Line *line;
  char *p;

  if (i == lines->len)
    return;
  line = &g_array_index (lines, Line, i);
  above = nonblank_above (lines, i);
  /* Under a bullet, or under a line that ends with a colon ("… disponibles pour des
   * interviews:", heldout7 amnesty-02), it is an item of a list. */
  if (!is_bullet (g_utf8_get_char (line->text)) || info[i].sentence ||
      info[i].words < MIN_HEADLINE_WORDS || info[i].words > MAX_HEADLINE_WORDS ||
      (above < lines->len &&
       (is_bullet (g_utf8_get_char (g_array_index (lines, Line, above).text)) ||
        g_str_has_suffix (g_array_index (lines, Line, above).text, ":"))))
    return;
  p = g_utf8_next_char (line->text);
  while (*p == ' ')
    p++;
  memmove (line->text, p, strlen (p) + 1);
}

void
cmq_importer_mark_tool_tails (GArray *lines, const LineInfo *info, guint first)
{
  for (guint i = 0; i < first && i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const char *last;

      if (is_blank (lines, i) || line->role != CMQ_LINE_STORY || info[i].sentence ||
          info[i].label || info[i].words < MIN_HEADLINE_WORDS)
        continue;
      last = strrchr (line->key, ' ');
      if (last != NULL && g_strv_contains (tool_words, last + 1) &&
          cmq_importer_interface_kind (line->key, info[i].words) == 0)
        g_array_index (lines, Line, i).role = CMQ_LINE_STANDFIRST;
    }
}

/* A line of the head that may be a headline: not chrome, no sentence, a headline's length. */
static gboolean
may_be_headline (const Line *line, const LineInfo *info)
{
  return !info->known && !info->interface && !info->repeated && !info->on_site && !info->sentence &&
         !info->label && info->words >= MIN_REPEATED_HEADLINE_WORDS &&
         info->words <= MAX_HEADLINE_WORDS && !cmq_importer_is_site_name (line->text, line->key);
}

guint
cmq_importer_capitals_copy_headline (GArray *lines, const LineInfo *info, guint first)
{
  guint seen = 0;

  for (guint i = MIN (first, lines->len); i-- > 0 && seen < MAX_HEAD_LINES * 2;)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (is_blank (lines, i))
        continue;
      seen++;
      if (!may_be_headline (line, &info[i]) || !cmq_importer_is_all_caps (line->text))
        continue;
      for (guint j = i; j-- > 0;)
        {
          const Line *copy = &g_array_index (lines, Line, j);

          if (!is_blank (lines, j) && g_str_equal (copy->key, line->key) &&
              !cmq_importer_is_all_caps (copy->text) && may_be_headline (copy, &info[j]))
            return j;
        }
    }
  return lines->len;
}

/* Wholly in quote marks: “…”, "…", «…», „…“. */
static gboolean
is_quoted (const char *text)
{
  gunichar open = g_utf8_get_char (text);
  gunichar close = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  return strlen (text) > 2 &&
         ((open == '"' && close == '"') || (open == 0x201C && close == 0x201D) ||
          (open == 0x00AB && close == 0x00BB) || (open == 0x201E && close == 0x201C));
}

guint
cmq_importer_skip_motto (GArray *lines, const LineInfo *info, guint first)
{
  const Line *motto = &g_array_index (lines, Line, first);

  if (first >= lines->len || info[first].words >= MIN_BODY_WORDS || !is_quoted (motto->text))
    return first;
  for (guint i = first + 1; i < lines->len; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (*text == '\0')
        continue;
      /* the salutation, then the speech's first paragraph */
      if (g_str_has_suffix (text, ",") && info[i].words <= MAX_SALUTATION_WORDS &&
          g_unichar_isupper (g_utf8_get_char (text)))
        {
          for (guint next = i + 1; next < lines->len; next++)
            if (info[next].body)
              {
                g_array_index (lines, Line, first).role = CMQ_LINE_STANDFIRST;
                return next;
              }
          return first;
        }
      if (info[i].body || info[i].sentence || info[i].words > MAX_EDGE_WORDS)
        return first;
    }
  return first;
}

/* A headline's tail is at most this many words ("worth SEK 183 m."). */
#define MAX_HEADLINE_TAIL_WORDS 5

/* Whether @text ends like a sentence or a clause (a stop, a question or exclamation mark, a
 * colon, a comma). */
static gboolean
ends_with_punctuation (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".!?:;,", text[len - 1]) != NULL;
}

void
cmq_importer_mark_headline_tail (GArray *lines, const LineInfo *info, guint first)
{
  guint tail = first < lines->len ? nonblank_above (lines, first) : lines->len;
  guint above = tail < lines->len ? nonblank_above (lines, tail) : lines->len;

  if (above >= lines->len || info[tail].words > MAX_HEADLINE_TAIL_WORDS ||
      role_at (lines, tail) != CMQ_LINE_STORY || info[tail].known || info[tail].interface ||
      !g_unichar_islower (g_utf8_get_char (g_array_index (lines, Line, tail).text)))
    return;
  if (info[above].words < MIN_HEADLINE_WORDS || info[above].words > MAX_HEADLINE_WORDS ||
      info[above].known || info[above].interface || info[above].repeated || info[above].on_site ||
      info[above].label || role_at (lines, above) != CMQ_LINE_STORY ||
      ends_with_punctuation (g_array_index (lines, Line, above).text))
    return;
  set_role (lines, tail, CMQ_LINE_STANDFIRST);
}

/* "• Membres du corps diplomatique,": a line written as a list's item, a round bullet (not a
 * dash), a space and a capital. */
static gboolean
is_bullet_item (const char *text)
{
  const char *after = g_utf8_next_char (text);

  return is_bullet (g_utf8_get_char (text)) && *after == ' ' &&
         g_unichar_isupper (g_utf8_get_char (after + 1));
}

/* "• Distingués invités du monde entier.": the last of a salutation's lines written as bullets
 * (heldout15 canada-03) ends with a full stop, under an item ending with a comma. */
static gboolean
ends_bulleted_salutation (GArray *lines, guint i)
{
  guint above = nonblank_above (lines, i);
  const char *text = above < lines->len ? g_array_index (lines, Line, above).text : "";

  return g_str_has_suffix (g_array_index (lines, Line, i).text, ".") && is_bullet_item (text) &&
         g_str_has_suffix (text, ",");
}

/* "Mr Chairperson,", "Ladies and Gentlemen,": the lines that open a speech, just above its
 * first paragraph, are the story's; they end with a comma, a colon or a semicolon ("Members of
 * the Governing Body;", heldout7 ilo-01). "Strasbourg ," is a dateline missing its date; "-
 * Ministry informs:", opening with a dash, is a sender's lead-in, "Communiqué de la FNSEA:" a
 * label. Written as bullets too.
 * Returns the first of them, or @first. */
gboolean
cmq_importer_is_salutation (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gboolean last_item = FALSE;

  if (is_bullet_item (text))
    {
      last_item = ends_bulleted_salutation (lines, i);
      text = g_utf8_next_char (text) + 1;
    }
  return !(info[i].known || info[i].interface || info[i].words > MAX_SALUTATION_WORDS ||
           g_str_has_suffix (text, " ,") || !g_unichar_isalpha (g_utf8_get_char (text)) ||
           !(g_str_has_suffix (text, ",") || g_str_has_suffix (text, ":") ||
             g_str_has_suffix (text, ";") || last_item ||
             cmq_importer_is_greeting (g_array_index (lines, Line, i).key) ||
             cmq_importer_is_bare_letter_salutation (text)) ||
           role_at (lines, i) != CMQ_LINE_STORY || cmq_importer_is_kind_label_line (text));
}

/* Short lines with no punctuation at their end ("Excellencies and Distinguished Members of the
 * Executive Board", "Colleagues and friends") between two lines of a salutation are the
 * salutation's too (heldout12 unfpa-02); at most this many of them. */
#define MAX_BARE_SALUTATION_LINES 3

/* From line @i up, such lines, then a salutation's line ending with a comma: that line, or
 * lines->len. */
static guint
bare_salutation_run (GArray *lines, const LineInfo *info, guint i)
{
  guint bare = 0;

  for (i++; i-- > 0;)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (*text == '\0')
        continue;
      if (bare > 0 && cmq_importer_is_salutation (lines, info, i) && g_str_has_suffix (text, ","))
        return i;
      if (bare == MAX_BARE_SALUTATION_LINES || info[i].known || info[i].interface ||
          info[i].sentence || info[i].words > MAX_SALUTATION_WORDS ||
          role_at (lines, i) != CMQ_LINE_STORY || strpbrk (text, "0123456789.:;,!?") != NULL ||
          !g_unichar_isupper (g_utf8_get_char (text)))
        return lines->len;
      bare++;
    }
  return lines->len;
}

guint
cmq_importer_salutation_start (GArray *lines, const LineInfo *info, guint first, gboolean *bare)
{
  guint start = first;

  *bare = FALSE;

  for (guint i = first; i-- > 0;)
    {
      if (is_blank (lines, i))
        continue;
      if (!cmq_importer_is_salutation (lines, info, i) &&
          !cmq_importer_is_exclamation_under_salutation (lines, info, i))
        {
          guint above = start < first ? bare_salutation_run (lines, info, i) : lines->len;

          if (above == lines->len)
            break;
          i = above;
          *bare = TRUE;
        }
      start = i;
    }
  return start;
}

guint
cmq_importer_head_start (GArray *lines, const LineInfo *info, guint first)
{
  gboolean bare;
  guint start = cmq_importer_salutation_start (lines, info, first, &bare);

  return bare ? start : first;
}

/* After a kind label's colon, an organisation's name has at most this many words. */
#define MAX_LABELLED_NAME_WORDS 6

/* "Press Release: New Zealand Government": a kind label, a colon, then a short name without a
 * sentence's end (the issuer, not a headline). Returns the kind, or NULL. */
static const char *
labelled_kind (const char *text)
{
  const char *rest;
  const char *kind = cmq_importer_split_kind_label (text, NULL, &rest);
  guint words;

  if (kind == NULL)
    return NULL;
  words = cmq_importer_count_words (rest);
  if (words == 0 || words > MAX_LABELLED_NAME_WORDS || cmq_importer_ends_sentence (rest) ||
      !g_unichar_isupper (g_utf8_get_char (rest)))
    return NULL;
  return kind;
}

gboolean
cmq_importer_mark_labelled_kind (GArray *lines, const LineInfo *info, guint i, CmqDumpParts *parts)
{
  const char *kind = labelled_kind (g_array_index (lines, Line, i).text);
  gboolean headed = FALSE;

  if (kind == NULL)
    return FALSE;
  /* the headline-like line nearest above, past the page's date lines */
  for (guint k = i; k-- > 0;)
    {
      const Line *above = &g_array_index (lines, Line, k);

      if (*above->text == '\0' || above->role == CMQ_LINE_RELEASE_DATE ||
          above->role == CMQ_LINE_DECOY_DATE || cmq_importer_is_head_date_line (above->text))
        continue;
      if (info[k].known || info[k].interface || info[k].sentence ||
          info[k].words < MIN_HEADLINE_WORDS || info[k].words > MAX_HEADLINE_WORDS ||
          labelled_kind (above->text) != NULL)
        return FALSE;
      headed = TRUE;
      break;
    }
  if (!headed)
    return FALSE;
  g_array_index (lines, Line, i).role = CMQ_LINE_KIND;
  if (parts->kind == NULL)
    parts->kind = kind;
  return TRUE;
}

/* "6 September 2012", "Montag, 16. September 2013": a full date and little else. */
static gboolean
is_date_alone (const char *text)
{
  while (*text == ' ')
    text++;
  return cmq_importer_count_words (text) <= MAX_DATE_ONLY_WORDS &&
         cmq_importer_is_head_date_line (text);
}

static gboolean
is_dated_byline (const char *text)
{
  const char *first = strchr (text, ',');
  const char *last = strrchr (text, ',');
  const char *before = last;

  if (last == NULL || last == first)
    return FALSE;
  if (is_date_alone (last + 1))
    return TRUE;
  /* "…, Washington, June 5, 2012": the date itself holds a comma, one more before it */
  while (--before > first && *before != ',')
    ;
  return before > first && is_date_alone (before + 1);
}

gboolean
cmq_importer_read_dated_byline (const char *text, CmqDumpParts *parts)
{
  if (!is_dated_byline (text))
    return FALSE;
  /* its date is the page's, wherever the line ends up */
  if (parts->dateline == NULL)
    parts->dateline = g_strdup (text);
  return TRUE;
}

gboolean
cmq_importer_read_dated_kind_label (const char *text, CmqDumpParts *parts)
{
  static const char *const dashes[] = { " - ", " \u2013 ", " \u2014 " };

  for (guint k = 0; k < G_N_ELEMENTS (dashes); k++)
    {
      const char *dash = strstr (text, dashes[k]);
      g_autofree char *label = NULL;

      if (dash == NULL || !is_date_alone (dash + strlen (dashes[k])))
        continue;
      label = g_strndup (text, dash - text);
      if (cmq_importer_kind_of_headline (label) == NULL)
        continue;
      if (parts->kind == NULL)
        parts->kind = cmq_importer_kind_of_headline (label);
      return TRUE;
    }
  return FALSE;
}

/* A German title glued to its subtitle names the kind inside it: "Die Tour zur Stabilitätskultur
 * Rede zur Eröffnung der Roadshow" (heldout9 bundesbank-02). German writes the noun with its
 * capital, so a Portuguese "rede" (a network) in lower case never matches. */
const char *
cmq_importer_kind_inside_headline (const char *headline)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  /* The pattern's case is kept: without one of its nouns as written, it cannot match. */
  if (strstr (headline, "Rede") == NULL && strstr (headline, "Festrede") == NULL &&
      strstr (headline, "Ansprache") == NULL && strstr (headline, "Grußwort") == NULL)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "(?-i)\\s(?:Rede|Festrede|Ansprache|Grußwort)\\s(?:zur|zum|bei|beim|"
                 "anlässlich|vor|auf|an|am|im|in|von|des|der)\\s");
  return cmq_regex_match (regex, headline) ? "speech" : NULL;
}

/* A title glued after the date is this long; a longer line, or one ending a sentence, is a
 * paragraph that opens with a date. */
#define MAX_GLUED_TITLE_WORDS 14

/* "11-01-2012 Verlaging minimumreserveratio" (heldout9 dnb-02): a list of news written as its
 * date in figures, a space and the item's title, with no dash between them; a kind after the date
 * ("05-04-2007 News Release 07/47", web icrc-03) is no title. */
gboolean
cmq_importer_read_glued_date (const char *text, CmqDumpParts *parts)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *title = NULL;
  g_autofree char *key = NULL;
  guint words;

  if (!g_ascii_isdigit (*text))
    return FALSE;
  cmq_importer_regex_get (&initialised, &regex,
                          "^(\\d{1,2}([-./])\\d{1,2}\\2\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s+"
                          "(\\p{Lu}.*\\S)\\s*$");
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  title = g_match_info_fetch (match, 3);
  key = cmq_importer_key (title);
  words = cmq_importer_count_words (key);
  if (words < 2 || words > MAX_GLUED_TITLE_WORDS || cmq_importer_ends_sentence (title) ||
      cmq_importer_is_kind_label (title))
    return FALSE;
  if (parts->dateline == NULL)
    parts->dateline = g_match_info_fetch (match, 1);
  if (parts->headline == NULL)
    parts->headline = g_steal_pointer (&title);
  return TRUE;
}
