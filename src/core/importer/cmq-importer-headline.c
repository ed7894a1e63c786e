/* cmq-importer-headline.c: which line above the story is its headline, once the lines' signals
 * are read (cmq-importer-roles.c): the short, headline-shaped line nearest above the story or its
 * dateline, past release-date lines, kind labels and a minister's block; a dated headline over
 * its subtitle; a headline written twice, or in capitals nearer the story; the one just above the
 * page's date line (cmq-importer-anchoredheads.c). The lines between are the head's: datelines,
 * kinds, standfirsts.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-amounts.h"
#include "cmq-importer-creditheads.h"
#include "cmq-importer-datealone.h"
#include "cmq-importer-deckheads.h"
#include "cmq-importer-pairedheads.h"
#include "cmq-importer-datedsubtitles.h"
#include "cmq-importer-private.h"
#include "cmq-importer-questionheads.h"
#include "cmq-importer-slugheads.h"
#include "cmq-importer-roles-private.h"
#include "cmq-importer-headlabels.h"
#include "cmq-importer-labeltitles.h"
#include "cmq-importer-letterhead.h"
#include "cmq-importer-superscripts.h"

/* Words after which a date belongs to the headline's own phrase ("… meeting of 22 June", "… del
 * 22 giugno", "… on Monday 22 June"), in the languages the importer reads. */
static const char *const date_openers[] = {
  "of",      "on",       "from",   "until",  "since",    "to",       "by",         "before",
  "after",   "de",       "du",     "des",    "le",       "la",       "au",         "del",
  "della",   "dal",      "al",     "el",     "do",       "da",       "am",         "vom",
  "bis",     "seit",     "zum",    "van",    "op",       "tot",      "den",        "dnia",
  "i",       "w",        "z",      "und",    "monday",   "tuesday",  "wednesday",  "thursday",
  "friday",  "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
  "samstag", "sonntag",  NULL,
};

/* "UNESCO Chief Condemns Killing of Journalist in Ukraine 22 March": a headline with the page's
 * date glued after its last word, no punctuation between. Returns the bytes of the headline
 * before the date, or 0 when @text is not such a line; a date after a word that opens it ("the
 * meeting of 22 June") or after a comma, a figure or a word in lower case ("le jeudi 30
 * décembre") is the headline's own, one after a dash ("… – EGMONT PALACE 19 January 2004") a
 * field of place and date; the words before the date are a headline's, three at least. */
static gsize
glued_date_start (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *word = NULL;
  g_autofree char *date = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *head = NULL;
  gint start = 0;

  if (!cmq_importer_ends_with_date (text) || cmq_importer_after_last_dash (text, NULL) != NULL)
    return 0;
  cmq_importer_regex_get (
      &initialised, &regex,
      "(?:^|\\s)(\\p{L}+)\\s+(\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+\\p{L}+\\.?(?:\\s+\\d{4})?|"
      "\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)$");
  if (!g_regex_match (regex, text, 0, &match))
    return 0;
  word = g_match_info_fetch (match, 1);
  date = g_match_info_fetch (match, 2);
  folded = g_utf8_casefold (word, -1);
  spaced = g_strconcat ("- ", date, NULL); /* ends_with_date () wants a space before it */
  if (!cmq_importer_ends_with_date (spaced) || g_strv_contains (date_openers, folded) ||
      !g_unichar_isupper (g_utf8_get_char (word)) ||
      cmq_importer_is_date_in_capitals (word, date) ||
      !g_match_info_fetch_pos (match, 2, &start, NULL))
    return 0;
  while (start > 0 && g_ascii_isspace (text[start - 1]))
    start--;
  head = g_strndup (text, start);
  return cmq_importer_count_words (head) > MIN_HEADLINE_WORDS ? (gsize) start : 0;
}

/* "No 2018/55", "Nr. 584/02", "N° 48–2014", "Nr. 89": a release's number (and year) alone on its
 * line, a label over the headline, never the headline itself. */
static gboolean
is_release_number_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (
      &initialised, &regex,
      "^\\s*(?:n[°º]|no\\.?|nr\\.?|n\\.[°º])\\s*\\d{1,4}(?:\\s*[-–/]\\s*\\d{2,4})?\\s*$");
  return cmq_regex_match (regex, text);
}

/* "[Vidéo] ", "(VIDEO) ", "[Photos] ": the label in brackets or parentheses that a site puts
 * before the headline of a story told in pictures or sound (heldout13 defense-fr-01); the
 * headline starts after it. Returns its length in bytes, spaces after it included, or 0. */
static gsize
media_label_length (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  gint end = 0;

  if (*text != '[' && *text != '(')
    return 0;
  cmq_importer_regex_get (
      &initialised, &regex,
      "^[\\[(]\\s*(?:vid[eé]os?|v[ií]deos?|photos?|fotos?|images?|audio|podcast|diaporama|"
      "slide ?show|galerie|gallery|galer[ií]a|infographi[ec]s?|interview|live|direct|en direct|"
      "replay|webcast|webinar)\\s*[\\])]\\s+(?=\\S)");
  if (!g_regex_match (regex, text, 0, &match) || !g_match_info_fetch_pos (match, 0, NULL, &end))
    return 0;
  return end;
}

/* "… contra o terrorismo bolsonarista edit": a line with a site's editing link glued at its end,
 * a word in lower case ("edit", "editar", "modifier", "bearbeiten", "bewerken", "modifica"): the
 * page's own furniture around a subtitle, never the release's headline (heldout5 brazil-02). */
static gboolean
ends_with_edit_link (const char *text)
{
  static const char *const links[] = { " edit",       " editar",   " modifier",
                                       " bearbeiten", " bewerken", " modifica" };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    if (g_str_has_suffix (text, links[i]))
      return TRUE;
  return FALSE;
}

/* "Thomas Jordan, Martin Schlegel et" over "Andréa Maechler" (heldout18 snb-01): a line whose
 * last word is a conjunction ("and", "et", "und", …) is cut before its end, never a headline,
 * and a list's last names on the line under it are none either (ends_wrapped_list ()). @key is
 * the line's key. */
static gboolean
ends_with_conjunction (const char *key)
{
  static const char *const conjunctions[] = {
    "and", "et", "und", "oder", "og", "och", "oraz", NULL
  };
  const char *last = key != NULL ? strrchr (key, ' ') : NULL;

  return last != NULL && g_strv_contains (conjunctions, last + 1);
}

/* A headline: a short line, no label, no sentence ending in a full stop, starting with a capital
 * or a digit (after a media label, "[Video] …"); no link to a section, no speaker's name and
 * office. */
static gboolean
is_headline_shape (const char *text, const char *key, const LineInfo *info)
{
  const char *start = text + media_label_length (text);
  /* "🔴 COMMUNIQUÉ DU PRÉSIDENT": the headline starts after the symbols that mark it */
  gunichar first = g_utf8_get_char (start + cmq_importer_leading_symbols_length (start));
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  if (info->known || info->interface || info->words < MIN_HEADLINE_WORDS ||
      info->words > MAX_HEADLINE_WORDS || cmq_importer_is_site_name (text, key) ||
      is_release_number_line (text))
    return FALSE;
  /* "Pressemitteilung vom: 03.05.2012 von der Firma … aus Berlin" (heldout21 drk-01): a kind,
   * its date and who issued it, longer than a date line at the page's edge, is still one */
  if (info->words > MAX_EDGE_WORDS && cmq_importer_kind_of_dated_label (text) != NULL)
    return FALSE;
  if (last == ':' || last == '.' || last == ',' || last == ';' || ends_with_conjunction (key) ||
      cmq_importer_is_aside (text) || cmq_importer_is_honorific_name (text) ||
      cmq_importer_is_section_link (text) || cmq_importer_is_speaker_line (text) ||
      cmq_importer_is_spokesperson_line (text) || ends_with_edit_link (text) ||
      cmq_importer_caps_kind_from_issuer (text) != NULL)
    return FALSE;
  return g_unichar_isupper (first) || g_unichar_isdigit (first) || first == 0x201C ||
         first == '"' || first == 0x00AB || cmq_importer_opens_with_single_quote (start) ||
         cmq_importer_opens_with_amount (start);
}

/* "• Brexit": a short line opening with a bullet, not a sentence. */
static gboolean
is_link_item (const char *text, const LineInfo *info)
{
  gunichar c = g_utf8_get_char (text);

  return (c == 0x2022 || c == 0x25AA || c == 0x00B7 || c == 0x25B8) && !info->sentence &&
         info->words <= MAX_EDGE_WORDS;
}

/* "Paris, le 7 janvier 2015": a place and a date with nothing after them, read on a scratch
 * copy of the parts so that nothing is set. */
static gboolean
is_dateline_alone (const char *text)
{
  g_auto (CmqDumpParts) scratch = { 0 };

  return cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE && scratch.headline == NULL &&
         scratch.kind == NULL;
}

/* Whether @text, a line above the headline @headline, ends with a date, perhaps in parentheses
 * after a place ("… (Geneva, 4th July 2012)"), and the line under @headline, blank lines passed,
 * is the release's own kind or date line ("CERN press release 04.07.2012"): @headline is the
 * release's, and the dated line above it the title of the page that reposts it, not a headline
 * over its subtitle (heldout7 cern-01). */
static gboolean
is_dated_over_own_date (GArray *lines, const char *text, guint headline)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  guint k = headline + 1;

  cmq_regex_get (&initialised, &regex, "\\([^()]*\\b\\d{4}\\)$");
  if (!cmq_regex_match (regex, text) && !cmq_importer_ends_with_date (text))
    return FALSE;
  while (k < lines->len && is_blank (lines, k))
    k++;
  return k < lines->len &&
         (role_at (lines, k) == CMQ_LINE_DATELINE || role_at (lines, k) == CMQ_LINE_RELEASE_DATE);
}

/* Above the headline @headline, only a copy of it, or a dateline just above it or the line
 * above, can still be part of the head; a headline holding its date ("… (25 janvier 2024)") just
 * above (or a line higher, over the press office's name) is the headline, and the line under it
 * its subtitle; so is one ending with its date ("… del 22 giugno 2017") over a shorter line, but
 * not a dateline alone ("Paris, le 7 janvier 2015" over "La République blessée", heldout12 ldh-01),
 * unless a kind and a date alone (its kind read into @parts). Returns whether the head may go on
 * above line @i. */
static gboolean
head_goes_on_above (GArray *lines, const LineInfo *info, guint i, guint *headline, guint *above,
                    CmqDumpParts *parts)
{
  Line *line = &g_array_index (lines, Line, i);

  if (g_str_equal (line->key, g_array_index (lines, Line, *headline).key))
    line->role = CMQ_LINE_HEADLINE;
  else if (*above == 0 && cmq_importer_is_kind_from_issuer (line->text))
    {
      /* "News Release Article from National Defence …" over the headline: its kind line */
      g_autofree char *folded = cmq_importer_fold (line->text);
      gsize n;

      /* "News Releases issued by …": the kind in the plural, not "news" */
      if (parts->kind == NULL)
        parts->kind = cmq_importer_kind_of_plural_start (folded, &n);
      if (parts->kind == NULL)
        parts->kind = cmq_importer_kind_of_start (folded, FALSE);
      line->role = CMQ_LINE_KIND;
      return FALSE;
    }
  else if (is_headline_shape (line->text, line->key, &info[i]) &&
           !cmq_importer_read_dated_kind_label (line->text, parts) &&
           !is_dated_over_own_date (lines, line->text, *headline) &&
           ((*above < MAX_LINES_ABOVE_HEADLINE &&
             cmq_importer_has_dated_parentheses (line->text)) ||
            (*above == 0 && cmq_importer_ends_with_date (line->text) &&
             info[i].words > info[*headline].words && !is_dateline_alone (line->text)) ||
            (*above == 0 && !cmq_importer_ends_with_date (line->text) &&
             cmq_importer_read_dated_byline (g_array_index (lines, Line, *headline).text, parts)) ||
            (*above == 0 && cmq_importer_is_headline_over_subtitle (lines, info, i, *headline)) ||
            (*above == 0 &&
             cmq_importer_is_dated_headline_over_subtitle (lines, info, i, *headline)) ||
            (*above == 0 && cmq_importer_is_caps_headline_over (
                                line->text, g_array_index (lines, Line, *headline).text))))
    {
      set_role (lines, *headline, CMQ_LINE_STANDFIRST);
      set_role (lines, *headline = i, CMQ_LINE_HEADLINE);
      return cmq_importer_read_dated_byline (line->text,
                                             parts); /* the headline may stand over it */
    }
  else if (++*above < MAX_LINES_ABOVE_HEADLINE)
    return TRUE;
  return FALSE;
}

/* "ICC-OTP-20181004-PR1413", "SG/SM/12083": a release's reference number, one word of letters
 * and figures cut by hyphens or slashes, with a run of figures. */
static gboolean
is_reference_number (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, "^\\s*(?=[^\\s]*\\d{3})[a-z0-9]+(?:[-/][a-z0-9]+){2,}\\s*$");
  return cmq_regex_match (regex, text);
}

/* "C o m u n i c a t o", "C o m m u n i q u é": a label spaced out letter by letter; "1
 * Begrüßung": a section's number and its one-word name (heldout9 quirinale-01, bundesbank-02). A
 * title that opens with a number has more words after it, or a year ("2015 New Year's Wishes");
 * "I. Inleiding" over a speech's motto stays a candidate (heldout2 netherlands-01). */
static gboolean
is_spaced_label_or_section (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, "^(?:\\S ){3,}\\S$|^\\d{1,2} \\S+$");
  return cmq_regex_match (regex, text);
}

/* Line @i, shaped like a letter's addressee ("To the President of …", cmq-importer-letters.c), is
 * one when the letter shows around it: the rest of its block (cmq_importer_heads_letter ()). An
 * addressee-shaped headline ("Al Presidente della Repubblica il Rapporto annuale dell'Istat") over
 * its dateline has none. */
static gboolean
is_letter_addressee (GArray *lines, guint i)
{
  return cmq_importer_is_addressee (g_array_index (lines, Line, i).text) &&
         cmq_importer_heads_letter (lines, i);
}

/* Lines of an address under a letter's addressee, at most this many. */
#define MAX_ADDRESS_LINES 3

/* Line @i is a line of the address under a letter's addressee ("Postbus 20018", "2500 EA Den
 * Haag" under "Aan de Voorzitter van …"): part of the letter's block, never its headline. */
static gboolean
is_letter_address (GArray *lines, const LineInfo *info, guint i)
{
  guint address = 0;

  if (!cmq_importer_is_address_line (g_array_index (lines, Line, i).text))
    return FALSE;
  for (guint k = i; k-- > 0;)
    {
      if (is_blank (lines, k))
        continue;
      if (cmq_importer_is_address_line (g_array_index (lines, Line, k).text) &&
          ++address < MAX_ADDRESS_LINES)
        continue;
      return is_letter_addressee (lines, k);
    }
  return FALSE;
}

/* The page's dates and how long ago it was published (heldout16 lsm-01), the issuing press
 * office's name alone (heldout16 chathamhouse-01), a picture's caption, a
 * release's reference number or number and year, a label naming no kind ("Media Advisory",
 * heldout15 canada-01), a spaced-out label, a numbered
 * section, the items of a list of links ("• Brexit", "• 408/17"), a link to a section, an event
 * and its date (read as the dateline when there is none), a letter's salutation, addressee
 * (is_letter_addressee ()) and address and, above them (*@letter set), its kind line and paper
 * number, a republication notice, a picture's file name, a postal code and place
 * (cmq_importer_is_head_furniture ()): never the headline, passed over when it is looked for
 * (heldout8 icc-01, heldout12 defensie-nl-01). */
static gboolean
is_passed_over (GArray *lines, const LineInfo *info, guint i, CmqDumpParts *parts, gboolean *letter)
{
  Line *line = &g_array_index (lines, Line, i);
  const char *kind;

  /* "Police Press Release": the issuer's label, its kind the release's (issuerkinds.c) */
  if ((kind = cmq_importer_kind_after_issuer (line->text)) != NULL)
    {
      if (parts->kind == NULL)
        parts->kind = kind;
      line->role = CMQ_LINE_KIND;
      return TRUE;
    }
  /* a letter's addressee and salutation, and the kind line over them (cmq-importer-letters.c) */
  if (cmq_importer_is_letter_salutation (line->text) || is_letter_addressee (lines, i) ||
      is_letter_address (lines, info, i))
    return *letter = TRUE;
  /* "News provided by … on Friday 21st Sep 2018": the distributor's line, the release's date */
  if (cmq_importer_is_distributor_credit (line->text))
    {
      line->role = CMQ_LINE_RELEASE_DATE;
      if (!g_ptr_array_find_with_equal_func (parts->date_lines, line->text, g_str_equal, NULL))
        g_ptr_array_add (parts->date_lines, g_strdup (line->text));
      return TRUE;
    }
  /* "Bonjour et bienvenue!", "Good morning": a greeting opens a speech, it never names it */
  if (cmq_importer_is_greeting (line->key))
    return TRUE;
  if (*letter && (cmq_importer_is_letter_kind (line->text) ||
                  cmq_importer_opens_with_document_number (line->text)))
    return TRUE;
  if (*line->text != '\0' && cmq_importer_is_event_and_date (line->text))
    {
      if (parts->dateline == NULL)
        {
          parts->dateline = g_strdup (line->text);
          line->role = CMQ_LINE_DATELINE;
        }
      return TRUE;
    }
  return *line->text == '\0' || line->role == CMQ_LINE_RELEASE_DATE ||
         line->role == CMQ_LINE_DECOY_DATE || line->role == CMQ_LINE_CAPTION ||
         is_reference_number (line->text) || is_release_number_line (line->text) ||
         cmq_importer_is_kindless_label (line->text) || is_spaced_label_or_section (line->text) ||
         cmq_importer_is_lone_field_label (line->text) || is_link_item (line->text, &info[i]) ||
         cmq_importer_is_section_link (line->text) ||
         cmq_importer_is_relative_age (line->key, info[i].words) ||
         cmq_importer_is_press_office_label (line->key) ||
         cmq_importer_is_advisory_field (line->text) || cmq_importer_is_in_panel (lines, i) ||
         cmq_importer_is_category_line (line->text) ||
         cmq_importer_is_head_furniture (line->text, line->key);
}

/* A headline too long for is_headline_shape () ("Le président … évoque «…»"): line @i, with no
 * final stop, no label and a capital first, right above the paragraph @first that a dateline
 * opens (cmq_importer_sentence_over_dateline () put the story's start there), or over a place
 * and its date alone on their line over it (heldout6 mexico-01). Over a wire's
 * dateline ("Potsdam (ots) - …"), the line above, past a picture's caption, is the headline even
 * when short or ending with a full stop, as wires write them. */
static gboolean
is_long_headline_over_dateline (GArray *lines, const LineInfo *info, guint i, guint first)
{
  const char *text = g_array_index (lines, Line, i).text;
  gboolean wire;
  gboolean lone_dateline = FALSE;

  if (first >= lines->len)
    return FALSE;
  wire = cmq_importer_opens_with_wire_dateline (g_array_index (lines, Line, first).text);
  for (guint k = i + 1; k < first; k++)
    if (!is_blank (lines, k) && !(wire && g_array_index (lines, Line, k).role == CMQ_LINE_CAPTION))
      {
        if ((role_at (lines, k) != CMQ_LINE_DATELINE &&
             role_at (lines, k) != CMQ_LINE_RELEASE_DATE) ||
            lone_dateline)
          return FALSE;
        lone_dateline = TRUE;
      }
  if (info[i].label || info[i].words > MAX_CAPTION_WORDS ||
      !g_unichar_isupper (g_utf8_get_char (text)))
    return FALSE;
  return (wire && !lone_dateline) ||
         (!info[i].sentence && info[i].words > MAX_HEADLINE_WORDS &&
          (lone_dateline ||
           cmq_importer_opens_with_dateline (g_array_index (lines, Line, first).text)));
}

/* "11-01-2012 Verlaging minimumreserveratio": the page's date line holds the headline. */
static gboolean
take_glued_date (Line *line, CmqDumpParts *parts)
{
  if (parts->headline != NULL || !cmq_importer_read_glued_date (line->text, parts))
    return FALSE;
  line->role = CMQ_LINE_RELEASE_DATE;
  return TRUE;
}

/* Line @i is the headline; with the page's date glued after it (glued_date_start ()), the
 * headline is the words before the date, and the date the page's dateline when there is none.
 * Returns @i. */
static guint
take_headline (GArray *lines, guint i, CmqDumpParts *parts)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize start = glued_date_start (text);

  set_role (lines, i, CMQ_LINE_HEADLINE);
  if (start == 0 || parts->headline != NULL)
    return i;
  parts->headline = g_strndup (text, start);
  if (parts->dateline == NULL)
    parts->dateline = g_strdup (text + start + strspn (text + start, " "));
  return i;
}

/* A line ending a list cut after a conjunction is this many words at most ("Andréa Maechler"). */
#define MAX_WRAPPED_END_WORDS 3

/* Whether line @i, a few words, ends the list on the line above it, cut after a conjunction
 * (ends_with_conjunction ()) and holding a comma ("Thomas Jordan, Martin Schlegel et"). */
static gboolean
ends_wrapped_list (GArray *lines, const LineInfo *info, guint i)
{
  guint k = i;

  if (info[i].words > MAX_WRAPPED_END_WORDS)
    return FALSE;
  while (k-- > 0)
    if (!is_blank (lines, k))
      return strchr (g_array_index (lines, Line, k).text, ',') != NULL &&
             ends_with_conjunction (g_array_index (lines, Line, k).key);
  return FALSE;
}

/* "Le Conseil d'Etat a répondu à une consultation du Département … sur" over "• l'avant-projet
 * de loi …": a line whose last word is a preposition, over a bulleted item (or one that goes on
 * in lower case, its bullet gone), opens the list, as the lead's first sentence does; a headline
 * ends on a word of its own. @key is the line's key. */
static gboolean
opens_bulleted_list (GArray *lines, guint i, const char *key)
{
  static const char *const prepositions[] = {
    "of",  "on",    "to",   "for",  "with", "about", "from", "by",   "in",   "sur", "de",  "du",
    "des", "a",     "pour", "avec", "par",  "von",   "fur",  "uber", "mit",  "zu",  "auf", "di",
    "del", "della", "su",   "per",  "van",  "voor",  "op",   "met",  "over", NULL,
  };
  const char *last = key != NULL ? strrchr (key, ' ') : NULL;
  gunichar c;

  if (last == NULL || !g_strv_contains (prepositions, last + 1))
    return FALSE;
  while (++i < lines->len)
    if (!is_blank (lines, i))
      break;
  if (i == lines->len)
    return FALSE;
  c = g_utf8_get_char (g_array_index (lines, Line, i).text);
  return c == 0x2022 || c == 0x25AA || c == 0x00B7 || c == 0x25B8 || c == 0x2013 || c == '-' ||
         c == '*' || g_unichar_islower (c);
}

/* The end of a list of names wrapped onto its own line, a line ending in a telephone number, one
 * opening a bulleted list, a sentence broken at a superscript, or a name written twice and said
 * again inside a longer line: shaped like a headline, never one. */
static gboolean
never_headline (GArray *lines, const LineInfo *info, guint i)
{
  return ends_wrapped_list (lines, info, i) ||
         opens_bulleted_list (lines, i, g_array_index (lines, Line, i).key) ||
         cmq_importer_ends_with_phone (g_array_index (lines, Line, i).text) ||
         cmq_importer_breaks_at_superscript (lines, i) ||
         cmq_importer_is_name_said_again (lines, info, i) ||
         cmq_importer_is_date_alone (g_array_index (lines, Line, i).text) ||
         cmq_importer_is_byline_under_headline (lines, info, i);
}

/* Looks above the first story line @first for release-date lines, a dateline and the headline;
 * sets their roles and returns the headline's line, or lines->len when there is none. */
static guint
find_head (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  guint seen = 0, above = 0;
  guint headline = lines->len, demoted = lines->len, dated = lines->len;
  gboolean headline_from_dateline = FALSE, letter = FALSE; /* letter: an addressee passed over */
  const char *kind;

  for (guint i = first; i-- > 0 && seen < MAX_HEAD_LINES;)
    {
      Line *line = &g_array_index (lines, Line, i);
      CmqLineRole meta;

      if (headline == lines->len && take_glued_date (line, parts))
        {
          headline = i;
          headline_from_dateline = TRUE;
          continue;
        }
      if (is_passed_over (lines, info, i, parts, &letter))
        continue;
      if (info[i].known || info[i].repeated || info[i].on_site || info[i].interface ||
          line->role == CMQ_LINE_LEADING_CHROME)
        {
          if (headline < lines->len)
            break;
          continue;
        }
      seen++;
      kind = parts->kind;
      meta = cmq_importer_head_meta_role (line->text, parts);
      /* "12.06.2024 - Article" above a line taken for the headline: that line was a subtitle or
       * a speaker, and the headline stands above the dateline. A date alone does not say so. */
      if (meta == CMQ_LINE_DATELINE && headline < lines->len && !headline_from_dateline &&
          (parts->kind != kind || parts->headline != NULL) && !cmq_importer_has_time (line->text))
        {
          set_role (lines, headline, CMQ_LINE_STANDFIRST);
          demoted = headline;
          dated = i;
          headline = lines->len;
        }
      if (meta == CMQ_LINE_DATELINE && headline == lines->len)
        {
          headline_from_dateline = parts->headline != NULL;
          line->role = meta;
          if (parts->headline != NULL)
            headline = i;
          continue;
        }
      if (meta == CMQ_LINE_KIND)
        {
          /* Below a byline ("Remarks by …") stand the speaker's details, not the headline. */
          if (headline < lines->len && !headline_from_dateline &&
              !cmq_importer_is_kind_label (line->text))
            {
              set_role (lines, headline, CMQ_LINE_STANDFIRST);
              headline = lines->len;
            }
          if (headline == lines->len)
            {
              line->role = meta;
              continue;
            }
        }
      if (headline == lines->len && cmq_importer_mark_labelled_kind (lines, info, i, parts))
        continue;
      /* the headline, or a minister's name and title (both then a standfirst) */
      if (headline == lines->len && !never_headline (lines, info, i) &&
          (is_headline_shape (line->text, line->key, &info[i]) ||
           is_long_headline_over_dateline (lines, info, i, first)))
        {
          if (!cmq_importer_mark_minister_block (lines, &i))
            headline = take_headline (lines, i, parts);
          continue;
        }
      if (headline < lines->len && !head_goes_on_above (lines, info, i, &headline, &above, parts))
        break;
    }
  if (headline == lines->len && demoted < lines->len) /* it, or one line over it, after all */
    return cmq_importer_headline_under_dateline (lines, info, dated, demoted);
  return headline;
}

/* A link's words glued after a copy of the headline are this few. */
#define MAX_GLUED_LINK_WORDS 3

/* Whether @other, a line's key, is a copy of @key, or a copy with a link's words glued after it
 * ("XI Conferência … decorreu no Brasil Voltar atrás", heldout9 cplp-01). */
static gboolean
is_copy (const char *other, const char *key)
{
  gsize len = strlen (key);
  guint words;

  if (other == NULL || strncmp (other, key, len) != 0)
    return FALSE;
  if (other[len] == '\0')
    return TRUE;
  if (other[len] != ' ')
    return FALSE;
  words = cmq_importer_count_words (other + len + 1);
  return words <= MAX_GLUED_LINK_WORDS && cmq_importer_is_interface_line (other + len + 1, words);
}

/* A headline-shaped line written twice above the story, close together (the page's title, then
 * its heading), once perhaps with a link's words glued on: the headline, whatever short line
 * stands nearer the story ("UNHCR logo"). Returns the lower copy, or lines->len. */
static guint
repeated_head_line (GArray *lines, const LineInfo *info, guint first)
{
  guint seen = 0;

  for (guint i = first; i-- > 0 && seen < MAX_HEAD_LINES * 2;)
    {
      const Line *line = &g_array_index (lines, Line, i);
      guint copies = 0;

      if (*line->text == '\0')
        continue;
      seen++;
      if (info[i].words < MIN_REPEATED_HEADLINE_WORDS || info[i].repeated || info[i].on_site ||
          !is_headline_shape (line->text, line->key, &info[i]) ||
          cmq_importer_is_name_said_again (lines, info, i))
        continue;
      for (guint j = i; j-- > 0 && i - j <= MAX_HEAD_LINES * 2;)
        copies += !is_blank (lines, j) && is_copy (g_array_index (lines, Line, j).key, line->key);
      if (copies == 1)
        return i;
    }
  return lines->len;
}

gboolean
cmq_importer_is_fresh_headline (GArray *lines, const LineInfo *info, guint i)
{
  const Line *line = &g_array_index (lines, Line, i);

  return !info[i].repeated && !info[i].on_site &&
         is_headline_shape (line->text, line->key, &info[i]);
}

static guint
find_headline (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  gboolean bare;
  /* A speech's salutation lines over its first paragraph are the story's (mark_leading () keeps
   * them): the head is looked for above them, and they do not use up its lines (heldout7
   * ilo-01: five lines of salutation under "Statement | date" and the headline). */
  guint headline =
      find_head (lines, info, cmq_importer_salutation_start (lines, info, first, &bare), parts);
  guint capitals = cmq_importer_capitals_copy_headline (lines, info, first);
  guint repeated = capitals < lines->len ? capitals : repeated_head_line (lines, info, first);
  gboolean over_standfirst, letterhead;
  guint title;

  guint anchored = cmq_importer_date_anchored_headline (lines, info, first, &over_standfirst);

  /* the issuer's name written twice over the release's kind and date: its letterhead */
  letterhead =
      repeated < lines->len && cmq_importer_is_letterhead (lines, info, repeated, headline);
  /* "Dossier de presse - <issuer>" twice, then "Dossier de presse" over the headline */
  if (repeated < lines->len && !letterhead &&
      cmq_importer_take_headline_under_label (lines, info, first, &repeated, &headline))
    letterhead = TRUE;
  if (letterhead)
    repeated = lines->len;
  /* headline, kind label, date line, then decks over the story */
  if (anchored == lines->len && repeated == lines->len && parts->headline == NULL &&
      (title = cmq_importer_headline_over_dated_decks (lines, info, first, parts)) < lines->len)
    return title;

  if (headline == lines->len && repeated == lines->len)
    headline = cmq_importer_stopped_headline (lines, info, first);
  if (headline == lines->len && repeated == lines->len)
    headline = cmq_importer_headline_under_category (lines, info, first);
  if (headline == lines->len && repeated == lines->len)
    headline = cmq_importer_kind_titled_first_line (lines, info, first);
  if (repeated == lines->len)
    headline = cmq_importer_wrapped_headline (lines, info, first, headline, parts);
  if (headline < lines->len && parts->headline == NULL &&
      (title = cmq_importer_title_over_labelled_fields (lines, info, headline)) < lines->len)
    {
      set_role (lines, headline, CMQ_LINE_STANDFIRST);
      set_role (lines, headline = title, CMQ_LINE_HEADLINE);
    }
  if (headline < lines->len && parts->headline == NULL && !letterhead &&
      (title = cmq_importer_echoed_title (lines, info, headline)) < lines->len)
    headline = title;
  if (headline < lines->len && parts->headline == NULL)
    headline = cmq_importer_headline_over_place_dateline (lines, info, headline);
  if (headline < lines->len && parts->headline == NULL && repeated == lines->len)
    headline = cmq_importer_caps_headline_over_decks (lines, info, headline);
  if (anchored < lines->len && headline < lines->len && anchored < headline &&
      parts->headline == NULL && repeated == lines->len &&
      (title = cmq_importer_headline_under_name (lines, info, anchored, headline)) < lines->len)
    return title;
  /* Below the page's date line, under a headline-shaped line: a heading of the story. */
  if (anchored < lines->len && headline < lines->len && anchored < headline &&
      parts->headline == NULL && repeated == lines->len)
    {
      /* under a headline, its standfirst, the date and the byline, a short line is a picture's;
       * a clause hanging on the headline is its deck */
      if (!cmq_importer_is_clause_deck (g_array_index (lines, Line, headline).text))
        set_role (lines, headline, over_standfirst ? CMQ_LINE_CAPTION : CMQ_LINE_STORY);
      set_role (lines, anchored, CMQ_LINE_HEADLINE);
      return anchored;
    }

  if (repeated == lines->len || parts->headline != NULL ||
      (headline < lines->len && g_strcmp0 (g_array_index (lines, Line, headline).key,
                                           g_array_index (lines, Line, repeated).key) == 0))
    return headline;
  if (headline < lines->len && headline < repeated)
    return headline;
  if (headline < lines->len)
    set_role (lines, headline, CMQ_LINE_STORY);
  for (guint i = 0; i < first; i++)
    if (!is_blank (lines, i) &&
        is_copy (g_array_index (lines, Line, i).key, g_array_index (lines, Line, repeated).key))
      set_role (lines, i, CMQ_LINE_HEADLINE);
  return repeated;
}

guint
cmq_importer_find_headline (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  guint headline = find_headline (lines, info, first, parts);

  if (headline < lines->len && parts->headline == NULL)
    headline = cmq_importer_picture_text_headline (lines, info, headline, first);
  if (headline < lines->len && parts->headline == NULL)
    headline = cmq_importer_headline_over_deck (lines, info, headline, first);
  if (headline < lines->len && parts->headline == NULL)
    headline = cmq_importer_question_over_deck (lines, info, headline, first);
  if (headline < lines->len && parts->headline == NULL)
    headline = cmq_importer_headline_over_wire_deck (lines, info, headline, first);
  if (headline < lines->len && parts->headline == NULL)
    headline = cmq_importer_paired_headline (lines, info, headline, first, parts);
  if (headline < lines->len && parts->headline == NULL)
    headline = cmq_importer_headline_for_slug (lines, headline, first, parts);

  /* "… des réfugiés [Archivé]": the site's label after the headline is not the headline's */
  if (headline < lines->len && parts->headline == NULL)
    parts->headline =
        cmq_importer_drop_interface_label (g_array_index (lines, Line, headline).text);
  return headline;
}
