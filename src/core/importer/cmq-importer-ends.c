/* cmq-importer-ends.c: the story's last edge, where its sentence-like lines are not the story's
 * (its first edge is in cmq-importer-leadedges.c): a publisher's notice about the text ("UWAGA:
 * …"), links with their domain in brackets, a list of dated related items, a sidebar of teasers
 * under a section label written more than once, a list of related headlines after dashes, a
 * release's end mark ("***"), the press office's "Notes to Editors", the author's initials
 * ("Jo."), a form's spam check, the site's notice that it uses cookies, a subheading with only a
 * picture under it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-editorsnotes.h"
#include "cmq-importer-listdescriptions.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"
#include "cmq-importer-rulelines.h"
#include "cmq-importer-sentby.h"

/* Between two dates of a list of related items, at most this many lines: a title, a teaser. */
#define MAX_DATED_ITEM_LINES 2

/* A date, perhaps after its place ("Palace of Belém, 15 October 2015"), and nothing else. */
gboolean
cmq_importer_is_place_date (const char *text)
{
  CmqDumpParts scratch = {
    NULL,
  };
  gboolean date;

  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;
  date = cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE && scratch.dateline != NULL &&
         scratch.headline == NULL;
  cmq_dump_parts_clear (&scratch);
  return date;
}

gboolean
cmq_importer_is_date_only_line (GArray *lines, guint i, const LineInfo *info)
{
  return info[i].words <= MAX_DATE_ONLY_WORDS &&
         cmq_importer_is_place_date (g_array_index (lines, Line, i).text);
}

/* A label over a list of related items ("À la une", "Read more") has at most this many words. */
#define MAX_LIST_LABEL_WORDS 4

/* The non-blank line above line @i and after line @first, or @first. */
static guint
line_above (GArray *lines, guint first, guint i)
{
  while (i-- > first + 1)
    if (!is_blank (lines, i))
      return i;
  return first;
}

/* A date's kind after it is this short at most ("Klimaatbericht", "Press release"). */
#define MAX_DATE_KIND_WORDS 2

/* "11 februari 2026 - Klimaatbericht", "3 March 2024 | News": an item's date and its kind, as a
 * list of related items writes them under each item (heldout35 knmi-01). */
static gboolean
is_date_kind_line (GArray *lines, guint i, const LineInfo *info)
{
  const char *text = g_array_index (lines, Line, i).text;
  const char *bar;
  const char *kind;
  guint kind_words;
  g_autofree char *date = NULL;

  if (info[i].words > MAX_DATE_ONLY_WORDS + MAX_DATE_KIND_WORDS || info[i].sentence)
    return FALSE;
  if ((bar = strstr (text, " - ")) == NULL && (bar = strstr (text, " | ")) == NULL)
    return FALSE;
  kind = bar + 3;
  kind_words = cmq_importer_count_words (kind);
  if (kind_words == 0 || kind_words > MAX_DATE_KIND_WORDS || strpbrk (kind, "0123456789") != NULL ||
      !g_unichar_isupper (g_utf8_get_char (kind)))
    return FALSE;
  date = g_strndup (text, bar - text);
  return cmq_importer_is_place_date (date);
}

/* A date of a list of related items: alone on its line, or with the item's kind. */
static gboolean
is_list_date_line (GArray *lines, guint i, const LineInfo *info)
{
  return cmq_importer_is_date_only_line (lines, i, info) || is_date_kind_line (lines, i, info);
}

/* "1. ", "2) ": an item's number opening @text, or 0. */
static guint
item_number (const char *text)
{
  guint number = 0;

  while (*text == ' ' || *text == '\t')
    text++;
  if (!g_ascii_isdigit (text[0]))
    return 0;
  number = text[0] - '0';
  if (g_ascii_isdigit (text[1]))
    number = 10 * number + (*++text - '0');
  return (text[1] == '.' || text[1] == ')') && text[2] == ' ' ? number : 0;
}

/* A list whose items end with their dates ("Title", a teaser, "06 juin 2025", heldout13 ema-01)
 * opens before its first date with as many lines as the second item has, under its label, a
 * short line that ends no sentence ("À la une"): the label's line, or @date. */
static guint
trailing_dated_list_start (GArray *lines, const LineInfo *info, guint first, guint date)
{
  guint n_item_lines = 0;
  guint start = date;
  guint above;

  for (guint i = date + 1; i < lines->len && !is_list_date_line (lines, i, info); i++)
    if (!is_blank (lines, i))
      n_item_lines++;
  for (guint k = 0; k < n_item_lines; k++)
    {
      above = line_above (lines, first, start);
      if (above == first || is_list_date_line (lines, above, info))
        return date;
      start = above;
    }
  /* Only the label tells such a list from one whose dates open its items and whose last item
   * has no teaser: without it, the lines above the first date may be the story's. */
  above = line_above (lines, first, start);
  if (above == first || info[above].words > MAX_LIST_LABEL_WORDS || info[above].sentence)
    return date;
  return above;
}

/* "1. Title", a teaser, "11 februari 2026 - Klimaatbericht", "2. Title", …: numbered items that
 * their dates close, the list cut inside its last item (heldout35 knmi-01), so that the last line
 * is no date. The list opens at the first item's number, a line or two above the first date,
 * under its label when it has one; or at @date. */
static guint
numbered_list_start (GArray *lines, const LineInfo *info, guint first, guint date)
{
  guint number = 0;
  guint i = date;

  for (guint k = date + 1; k < lines->len && number == 0; k++)
    if (!is_blank (lines, k))
      number = item_number (g_array_index (lines, Line, k).text);
  if (number < 2)
    return date;
  for (guint k = 0; k < MAX_DATED_ITEM_LINES; k++)
    {
      guint above;

      if ((i = line_above (lines, first, i)) == first)
        return date;
      if (item_number (g_array_index (lines, Line, i).text) != number - 1)
        continue;
      above = line_above (lines, first, i);
      if (above == first || info[above].words > MAX_LIST_LABEL_WORDS || info[above].sentence)
        return i;
      return above;
    }
  return date;
}

/* "September 19, 2020", a teaser, "June 24, 2020", a teaser…: the first date of a list of at least
 * two dated items that runs to the end of the file, or lines->len; the first line of the list
 * when its items end with their dates. */
static guint
dated_list_start (GArray *lines, const LineInfo *info, guint first)
{
  guint start = lines->len;
  guint n_dates = 0;
  guint between = 0;
  gboolean trailing = FALSE;

  for (guint i = lines->len; i-- > first + 1 && between <= MAX_DATED_ITEM_LINES;)
    {
      if (is_blank (lines, i))
        continue;
      if (!is_list_date_line (lines, i, info))
        {
          between++;
          continue;
        }
      if (n_dates == 0 && between == 0)
        trailing = TRUE;
      n_dates++;
      start = i;
      between = 0;
    }
  if (n_dates < 2)
    return lines->len;
  return trailing ? trailing_dated_list_start (lines, info, first, start)
                  : numbered_list_start (lines, info, first, start);
}

/* "… Foreign and Security Policy strategy 2023 (um.dk)": a link's text and its site's domain in
 * brackets, as a dump writes a link. */
static gboolean
ends_with_domain (const char *text)
{
  const char *open = strrchr (text, '(');
  const char *dot = NULL;
  gsize len;

  if (open == NULL || open == text || open[-1] != ' ')
    return FALSE;
  len = strlen (open + 1);
  if (len < 4 || open[len] != ')')
    return FALSE;
  for (const char *p = open + 1; p < open + len; p++)
    {
      if (*p == '.')
        dot = p;
      else if (!g_ascii_isalnum (*p) && *p != '-')
        return FALSE;
    }
  if (dot == NULL || dot == open + 1 || open + len - dot < 3)
    return FALSE;
  for (const char *p = dot + 1; p < open + len; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return TRUE;
}

/* Whether a sentence follows line @i: the story goes on. */
static gboolean
sentence_after (const LineInfo *info, guint n_lines, guint i)
{
  for (guint k = i + 1; k < n_lines; k++)
    if (info[k].sentence && info[k].words >= MIN_SENTENCE_WORDS)
      return TRUE;
  return FALSE;
}

/* "Secretary General", a teaser, a caption, "Secretary General", a teaser: a short line opening
 * with a capital, written twice after the story's start, with no sentence after its first copy, is the label of
 * a sidebar's items; the first copy, or lines->len. */
static guint
repeated_label_start (GArray *lines, const LineInfo *info, guint first)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint last_sentence = first;

  for (guint i = first + 1; i < lines->len; i++)
    {
      const char *key = g_array_index (lines, Line, i).key;
      gpointer copy;

      if (is_blank (lines, i) || info[i].words == 0)
        continue;
      if (info[i].sentence)
        last_sentence = i;
      if (info[i].label || info[i].words > MAX_EDGE_WORDS ||
          !g_unichar_isupper (g_utf8_get_char (g_array_index (lines, Line, i).text)))
        continue;
      if (g_hash_table_lookup_extended (seen, key, NULL, &copy) &&
          GPOINTER_TO_UINT (copy) > last_sentence)
        return sentence_after (info, lines->len, i) ? lines->len : GPOINTER_TO_UINT (copy);
      g_hash_table_insert (seen, (gpointer) key, GUINT_TO_POINTER (i));
    }
  return lines->len;
}

/* A list of related stories closing the dump has at least this many items, */
#define MIN_DASHED_ITEMS 3
/* each a headline of at least this many words. */
#define MIN_DASHED_ITEM_WORDS 4

/* "- Pakistan: Four terrorists killed in North Waziristan", and more such lines to the end of the
 * file (heldout7 unesco-02): headlines of related stories, each after a dash and without a final
 * stop, under a story whose last line ends a sentence (a list that a colon announces is the
 * story's); the first item, or lines->len. */
static guint
dashed_list_start (GArray *lines, const LineInfo *info, guint first)
{
  guint start = lines->len;
  guint n_items = 0;

  for (guint i = lines->len; i-- > first + 1;)
    {
      const char *text = g_array_index (lines, Line, i).text;
      gsize len = strlen (text);

      if (is_blank (lines, i))
        continue;
      if (g_str_has_prefix (text, "- ") && info[i].words >= MIN_DASHED_ITEM_WORDS &&
          strchr (".;:,!?", text[len - 1]) == NULL)
        {
          n_items++;
          start = i;
          continue;
        }
      /* a list that a colon announces ("The new investments include:") is the story's
       * (heldout24 huntsfa-01) */
      if (n_items < MIN_DASHED_ITEMS || !cmq_importer_ends_sentence (text) || text[len - 1] == ':')
        return lines->len;
      return start;
    }
  return lines->len;
}

/* Under a release's end mark, at most this many lines: the organisation's note, a contact. */
#define MAX_LINES_AFTER_END_MARK 3

/* "The Assembly of States Parties is the management oversight and legislative body of the ICC.",
 * "L'Organisation est une …": the organisation's note says what it is, in its first words, its
 * name in capitals ("The ministers are the guests …" is the story's). */
static gboolean
is_organisation_note (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *name = NULL;

  cmq_importer_regex_get (&initialised, &regex,
                          "^(?:(?:the|la|le|les|die|der|das)\\s+|l['’])?"
                          "([^.,;:!?\\s][^.,;:!?]{0,100}?)\\s(?:is|est|ist)\\s+"
                          "(?:the|an?|une?|la|le|l['’]|die|der|das|eine?)\\s");
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  name = g_match_info_fetch (match, 1);
  return g_unichar_isupper (g_utf8_get_char (name));
}

/* "***", "###", "# # #", "-30-", "ENDS", "– FIN –" under a release's last paragraph, then only
 * a few lines to the end of the dump, opened by the organisation's note, its heading or the
 * contacts: those are not the story (heldout8 icc-03). A mark with the story's paragraphs after
 * it separates sections of the story. Above @end, the next item of a list of posts, a mark with
 * only a few lines under it ends the story whatever they are: a blogger's note on the post
 * (heldout22 psi-01). The mark, or lines->len. */
static guint
end_mark_start (GArray *lines, const LineInfo *info, guint first, guint end)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  guint mark = lines->len;
  guint n_after = 0;

  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:(?:\\*\\s*){3,}|(?:#\\s*){3,}|[-–—]\\s*30\\s*[-–—]|"
                 "(?-i)[-–—]?\\s*(?:ENDS?|FIN)\\s*[-–—]?)\\s*$");
  for (guint i = end; i-- > first + 1 && n_after <= MAX_LINES_AFTER_END_MARK;)
    {
      if (is_blank (lines, i))
        continue;
      /* A mark has a word at most ("30", "ENDS"): the other lines need no regex. */
      if (info[i].words <= 1 && cmq_regex_match (regex, g_array_index (lines, Line, i).text))
        {
          mark = i;
          break;
        }
      n_after++;
    }
  if (mark < end && end < lines->len)
    return mark;
  for (guint i = mark + 1; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (is_blank (lines, i))
        continue;
      if (is_organisation_note (line->text) || info[i].note ||
          cmq_importer_is_contact_line (line->text) || cmq_importer_is_contact_prompt (line->text))
        return mark;
      break;
    }
  return lines->len;
}

/* "Notes to Editors", "Note aux rédactions", "Hinweise für Redaktionen", "Noot voor de redactie":
 * a heading alone on its line, under the story's first line, opens the press office's notes
 * (background, earlier decisions, the organisation's note), not the story (heldout11 boe-01).
 * Compared as a key, so that case, accents and a final colon do not matter; the heading, or
 * lines->len. */
static guint
editors_notes_start (GArray *lines, guint first)
{
  for (guint i = first + 1; i < lines->len; i++)
    if (cmq_importer_is_editors_notes_key (g_array_index (lines, Line, i).key))
      return i;
  return lines->len;
}

/* Under a form's spam check, at most this many lines: its button, a note. */
#define MAX_LINES_AFTER_SPAM_CHECK 3

/* "7 + 4 ?", "What is 3 + 5?": a feedback form's spam check near the end of the dump (heldout11
 * riksbank-01), with the sentence above it when that one speaks of spam or robots ("För att
 * minimera automatiskt spam ber vi dig att svara på frågan i fältet nedan."), and no sentence
 * under it: not the story. The first of them, or lines->len. */
static guint
spam_check_start (GArray *lines, const LineInfo *info, guint first)
{
  static gsize initialised = 0, about_initialised = 0;
  static CmqRegex *regex = NULL, *about = NULL;
  guint n_after = 0;

  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:what is\\s+)?\\d{1,2}\\s*[-+−×x*]\\s*\\d{1,2}\\s*"
                 "(?:=\\s*)?\\?\\s*$");
  cmq_regex_get (&about_initialised, &about, "\\b(?:spam|captcha|robots?)\\b");
  for (guint i = lines->len; i-- > first + 1 && n_after <= MAX_LINES_AFTER_SPAM_CHECK;)
    {
      guint above = i;

      if (is_blank (lines, i))
        continue;
      n_after++;
      /* The check ends on its question mark: the other lines need no regex. */
      if (strchr (g_array_index (lines, Line, i).text, '?') == NULL ||
          !cmq_regex_match (regex, g_array_index (lines, Line, i).text))
        continue;
      if (sentence_after (info, lines->len, i))
        return lines->len;
      while (above-- > first + 1 && is_blank (lines, above))
        ;
      if (above > first && g_array_index (lines, Line, above).key != NULL &&
          cmq_regex_match (about, g_array_index (lines, Line, above).key))
        return above;
      return i;
    }
  return lines->len;
}

/* A line that points to a link under it ("… sont consultables sur le site internet de la
 * préfecture :") is this short. */
#define MAX_LINK_POINTER_WORDS 25

/* "https://www.pyrenees-orientales.gouv.fr/…/RS+20221220-01.pdf" alone as the dump's last line
 * (heldout11 prefecture-po-01): a link to a document, not a paragraph of the story; with it, the
 * short line above that points to it, ending in a colon. The first of them, or lines->len. */
static guint
link_tail_start (GArray *lines, const LineInfo *info, guint first)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  guint i = lines->len;
  guint above;

  cmq_regex_get (&initialised, &regex, "^\\s*(?:https?://|www\\.)\\S+\\s*$");
  while (i-- > first + 1 && is_blank (lines, i))
    ;
  if (i <= first || i >= lines->len ||
      !cmq_regex_match (regex, g_array_index (lines, Line, i).text))
    return lines->len;
  above = i;
  while (above-- > first + 1 && is_blank (lines, above))
    ;
  if (above > first && info[above].words <= MAX_LINK_POINTER_WORDS)
    {
      const char *text = g_array_index (lines, Line, above).text;
      gsize len = strlen (text);

      while (len > 0 && g_ascii_isspace (text[len - 1]))
        len--;
      if (len > 0 && text[len - 1] == ':')
        return above;
    }
  return i;
}

/* A picture's credit alone on its line is this short; the picture's alternative text and caption
 * above it are at most this many lines, of at most this many words each. */
#define MAX_PICTURE_CREDIT_WORDS 8
#define MAX_PICTURE_TEXT_LINES   2
#define MAX_PICTURE_TEXT_WORDS   35
/* A story's subheading has at most this many words. */
#define MAX_PICTURE_HEADING_WORDS 8

/* "Foto: Bundeswehr", "© NATO", "(Quelle: dpa)", "IMG_2041.jpg": a picture's credit alone on its
 * line, marked as one: a credit's label or sign, or an image's file name, with no sentence. */
static gboolean
is_marked_credit (const char *text, guint words)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (words == 0 || words > MAX_PICTURE_CREDIT_WORDS || cmq_importer_ends_sentence (text))
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^\\(?\\s*(?:photos?|fotos?|pictures?|images?|bild(?:er)?|bildquelle|"
                 "quelle|source|credits?|cr[ée]dits?|kuva|zdj[eę]cie)\\s*(?::|©)|©|"
                 "\\.(?:jpe?g|png|gif|tiff?|webp)\\)?$");
  return cmq_importer_is_credit (text) || cmq_regex_match (regex, text);
}

/* "Bundeswehr/Maximilian Schulz", "NATO/Jane Doe": an agency's name, a slash and a person's
 * name, the shape of a picture's credit without a mark. */
static gboolean
is_agency_credit (const char *text, guint words)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (words == 0 || words > MAX_PICTURE_CREDIT_WORDS || strchr (text, '/') == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^[\\p{L}.&-]+\\s*/\\s*\\p{Lu}[\\p{L}.'’-]*"
                 "(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,2}$");
  return cmq_regex_match (regex, text);
}

/* A subheading (a capital, a few words, no comma, no stop) under a sentence of the story, then
 * only a picture to the dump's end (heldout14 bundeswehr-01, the page cut under it): its
 * alternative text and caption, a line or two of a few words each, and its credit, marked
 * ("Foto: …", "©") or written already under a picture in the story. The section's text is not
 * in the dump: the subheading and the picture are not the story's end. The subheading, or
 * lines->len. */
static guint
picture_tail_start (GArray *lines, const LineInfo *info, guint first)
{
  guint credit = line_above (lines, first, lines->len);
  guint heading = credit;
  const char *text;
  gboolean seen = FALSE;
  guint n;

  if (credit <= first)
    return lines->len;
  text = g_array_index (lines, Line, credit).text;
  if (!is_marked_credit (text, info[credit].words))
    {
      /* a credit without a mark is known by a picture above in the dump with the same one */
      if (!is_agency_credit (text, info[credit].words))
        return lines->len;
      for (guint k = first; k + 1 < credit && !seen; k++)
        seen = g_str_equal (g_array_index (lines, Line, k).text, text);
      if (!seen)
        return lines->len;
    }
  for (n = 0; n <= MAX_PICTURE_TEXT_LINES; n++)
    {
      heading = line_above (lines, first, heading);
      text = g_array_index (lines, Line, heading).text;
      if (heading <= first || info[heading].words > MAX_PICTURE_TEXT_WORDS)
        return lines->len;
      if (!info[heading].sentence && !info[heading].label && strchr (text, ',') == NULL &&
          info[heading].words <= MAX_PICTURE_HEADING_WORDS &&
          g_unichar_isupper (g_utf8_get_char (text)))
        break;
      if (n == MAX_PICTURE_TEXT_LINES)
        return lines->len;
    }
  /* the subheading stands under a sentence of the story, with the picture's text under it */
  if (n == 0 || !info[line_above (lines, first, heading)].body)
    return lines->len;
  return heading;
}

guint
cmq_importer_story_cut (GArray *lines, const LineInfo *info, guint first, guint headline,
                        guint *last)
{
  guint next_item = cmq_importer_next_item_start (lines, info, first, headline);
  guint mark = end_mark_start (lines, info, first, next_item);
  guint note = cmq_importer_name_note_start (lines, info, first);
  guint block = cmq_importer_contact_block_start (lines, info, first);
  guint rule = cmq_importer_rule_line_start (lines, info, first);
  guint self_note = cmq_importer_self_note_start (lines, info, first);
  guint excerpt, notice, section, link;
  guint cut =
      MIN (MIN (dated_list_start (lines, info, first), repeated_label_start (lines, info, first)),
           MIN (dashed_list_start (lines, info, first), next_item));

  cut = MIN (MIN (cut, editors_notes_start (lines, first)), spam_check_start (lines, info, first));
  cut = MIN (cut,
             MIN (link_tail_start (lines, info, first), picture_tail_start (lines, info, first)));
  cut = MIN (MIN (cut, cmq_importer_title_block_start (lines, info, first)), self_note);
  cut = MIN (cut, cmq_importer_sender_block_start (lines, info, first));
  cut = MIN (cut, cmq_importer_comment_heading_start (lines, info, first));
  cut = MIN (cut, cmq_importer_list_items_start (lines, info, first));
  /* once each, and not inside MIN (): they drop a link or a notice glued to the story's last
   * line */
  link = cmq_importer_glued_link_start (lines, first);
  notice = cmq_importer_distribution_notice_start (lines, first);
  section = cmq_importer_section_link_start (lines, info, first);
  cut = MIN (MIN (cut, cmq_importer_information_pointer_start (lines, info, first)),
             MIN (MIN (notice, link), section));
  /* last, once, and not inside MIN (): it drops the link from the excerpt's text */
  excerpt = cmq_importer_excerpt_end (lines, info, first);
  cut = MIN (MIN (cut, mark), MIN (MIN (note, block), MIN (excerpt, rule)));
  cut = cmq_importer_mandate_note_start (lines, info, first, cut);
  cut = cmq_importer_pull_quote_start (lines, info, first, cut);

  /* The last line that would stay the story's, when it is a notice ("… treść. (PAP)"), above
   * the lines that send the reader elsewhere (cmq-importer-pointers.c). */
  for (guint i = lines->len; i-- > first + 1;)
    {
      Line *line = &g_array_index (lines, Line, i);
      gboolean pointer;

      if (is_blank (lines, i) || info[i].known || info[i].interface || info[i].repeated ||
          (!info[i].sentence && info[i].words <= MAX_EDGE_WORDS))
        continue;
      pointer = cmq_importer_is_reader_pointer (line->key, info[i].words);
      if (pointer || cmq_importer_is_notice (line->text, line->key) ||
          cmq_importer_is_cookie_notice (line->key))
        {
          line->role = CMQ_LINE_TRAILING_CHROME;
          cut = MIN (cut, i);
        }
      if (!pointer)
        break;
    }
  if (cut > *last)
    return cut;
  for (guint i = cut; i-- > first;)
    if (info[i].body && g_array_index (lines, Line, i).role == CMQ_LINE_STORY)
      {
        *last = i;
        return cut;
      }
  return lines->len;
}

void
cmq_importer_mark_end_links (GArray *lines, guint first)
{
  for (guint i = lines->len; i-- > first + 1;)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0' || line->role != CMQ_LINE_STORY)
        continue;
      if (!ends_with_domain (line->text))
        return;
      line->role = CMQ_LINE_TRAILING_CHROME;
    }
}

/* "Jo.", "(js)", "/ab": the author's initials alone on the line under the story's last paragraph,
 * as press offices sign their releases (heldout11 polizei-hh-01), before their contact block or
 * at the end: not a paragraph of the story. Letters only, at most three: "(1)" or a sentence is
 * left alone. */
void
cmq_importer_mark_initials (GArray *lines, guint first)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?:\\(\\s*\\p{L}{1,3}\\s*\\)|/\\s*\\p{L}{1,3}|"
                 "(?-i)\\p{Lu}\\p{Ll}{0,2}\\.)\\s*$");
  for (guint i = lines->len; i-- > first + 1;)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0' || line->role != CMQ_LINE_STORY)
        continue;
      if (cmq_regex_match (regex, line->text))
        line->role = CMQ_LINE_TRAILING_CHROME;
      return;
    }
}
