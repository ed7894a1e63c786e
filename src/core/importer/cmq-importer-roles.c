/* cmq-importer-roles.c: the role of every line of a dump (site chrome, headline, dateline,
 * release-date line, story, trailing chrome), from signals that hold across websites. No signal
 * decides alone. A line is chrome when the phrase table knows it, when it recurs in the files
 * learnt from the same library, when it is made only of web-interface words (interface-words.txt)
 * or is shaped like a link list; and by its place: the story core runs from the first to the last
 * sentence-like paragraph, a headline is the short line just before that core or its dateline,
 * and what stands before the headline or after the core without being sentence-like is chrome.
 * A sentence-like paragraph is never dropped for its place alone. Which line above the story is
 * the headline: cmq-importer-headline.c; captions: cmq-importer-captions.c.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-date-rules.h"
#include "cmq-importer-private.h"
#include "cmq-importer-capstails.h"
#include "cmq-importer-closingnotes.h"
#include "cmq-importer-gluedbylines.h"
#include "cmq-importer-memoheads.h"
#include "cmq-importer-repostintros.h"
#include "cmq-importer-separators.h"
#include "cmq-importer-signheads.h"
#include "cmq-importer-roles-private.h"
#include "cmq-importer-promolines.h"
#include "cmq-importer-markup.h"
#include "cmq-importer-questionheads.h"
#include "cmq-importer-spacedlabels.h"
#include "cmq-importer-storylines.h"
#include "cmq-importer-teasers.h"
#include "cmq-importer-contactheads.h"
#include "cmq-importer-listdescriptions.h"
#include "cmq-importer-kindtitles.h"
#include "cmq-importer-colontitles.h"

/* A sentence-like paragraph, or a line of one. A long line without a sentence's end is one when
 * the text runs on into the next line (hard-wrapped), when it is very long (a paragraph cut
 * short) or when it is the last line; otherwise it may be a headline or a dateline. */
static gboolean
is_body (GArray *lines, guint i, const LineInfo *info, int *wrap_width)
{
  const char *text = g_array_index (lines, Line, i).text;
  const char *next = i + 1 < lines->len ? g_array_index (lines, Line, i + 1).text : "";
  guint words = info->words;

  if (info->heading)
    return FALSE;
  if (info->sentence || info->label)
    return words >= MIN_SENTENCE_WORDS && (info->sentence || words >= MIN_BODY_WORDS);
  if (words < MIN_BODY_WORDS || cmq_importer_is_all_caps (text))
    return FALSE;
  if (words > MAX_HEADLINE_WORDS || cmq_importer_runs_on_from_above (next))
    return TRUE;
  /* Only a few lines get here: the file's wrap width is found for the first of them. */
  if (*wrap_width < 0)
    *wrap_width = (int) cmq_importer_find_wrap_width (lines);
  if (*wrap_width > 0 && *next != '\0' &&
      cmq_importer_chars_up_to (text, *wrap_width) + 25 >= (gsize) *wrap_width)
    return TRUE;
  for (guint k = i + 1; k < lines->len; k++)
    if (*g_array_index (lines, Line, k).text != '\0')
      return FALSE;
  return TRUE;
}

/* The lines learnt from the file's site, when enough of its files were learnt for them to tell,
 * and it is not (almost) the whole library, where the library's repeated lines already tell. */
static GHashTable *
site_to_read (CmqImporter *self, GArray *lines, guint *site_files)
{
  guint n_files = g_hash_table_size (self->learnt_files);
  g_autofree char *site = NULL;
  GHashTable *site_lines;

  *site_files = 0;
  if (g_hash_table_size (self->site_files) == 0)
    return NULL;
  for (guint i = 0; i < lines->len && site == NULL; i++)
    if (*g_array_index (lines, Line, i).text != '\0')
      site = cmq_importer_site_of (g_array_index (lines, Line, i).text);
  if (site == NULL)
    return NULL;
  site_lines = cmq_importer_site_lines (self, site, site_files);
  if (*site_files < MIN_SITE_FILES || *site_files * 100 >= n_files * MAX_SITE_PERCENT)
    return NULL;
  return site_lines;
}

/* "18/12/2025 02:08 | Press release |": the page's date and kind between bars, not links. */
static gboolean
is_dated_kind (const char *text)
{
  g_auto (CmqDumpParts) scratch = { NULL };

  return g_ascii_isdigit (*text) && cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE &&
         scratch.kind != NULL;
}

/* Whether @text is written as a sentence: words enough, ending with its stop (not a label's colon). */
static gboolean
is_written_sentence (const char *text, guint words)
{
  return words >= MIN_SENTENCE_WORDS && cmq_importer_ends_sentence (text) &&
         text[strlen (text) - 1] != ':';
}

static void
read_signals (CmqImporter *self, GArray *lines, LineInfo *info)
{
  int wrap_width = -1;
  guint site_files = 0;
  GHashTable *site_lines = site_to_read (self, lines, &site_files);

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      LineInfo *one = &info[i];
      guint kind;

      if (*line->text == '\0')
        continue;
      /* Kept: the keys of the paragraphs are made of them. */
      line->key = cmq_importer_key (line->text);
      one->words = cmq_importer_count_words (line->key);
      one->known = cmq_importer_is_known_chrome (line->text, line->key, one->words) ||
                   cmq_importer_is_glued_repeat (line->text, line->key, one->words) || line->ticker;
      one->repeated = cmq_importer_is_repeated (self, line->key);
      one->on_site =
          site_lines != NULL && !one->repeated &&
          cmq_importer_is_repeated_on_site (site_lines, site_files, line->key, one->words,
                                            is_written_sentence (line->text, one->words));
      /* A line with no letter or digit at all ("* * *", "|") is decoration. */
      if (*line->key == '\0')
        one->known = TRUE;
      kind = cmq_importer_interface_kind (line->key, one->words);
      one->note = cmq_importer_is_note_heading (line->text, line->key, one->words);
      one->opener = kind == CMQ_WORD_OPENER || one->note ||
                    cmq_importer_is_related_opener (line->text, line->key, one->words);
      one->interface = kind != 0 || one->opener ||
                       cmq_importer_is_social_line (line->text, line->key, one->words) ||
                       (one->words <= MAX_LINK_LIST_WORDS &&
                        cmq_importer_is_link_list (line->text) && !is_dated_kind (line->text));
      if (cmq_importer_ends_sentence (line->text))
        one->label =
            line->text[strlen (line->text) - 1] == ':' && !cmq_importer_is_dated_lead (line->text);
      one->heading = !one->label && one->words <= MAX_HEADLINE_WORDS &&
                     cmq_importer_is_title_case (line->text);
      one->sentence = !one->label && !one->heading && cmq_importer_ends_sentence (line->text) &&
                      !cmq_importer_is_year_abbreviated_dateline (line->text);
      one->body = !one->known && !one->interface && is_body (lines, i, one, &wrap_width);
      line->role = CMQ_LINE_STORY;
    }
}

/* What stands between the headline and a dateline below it is a subtitle or a speech's venue
 * and speaker, not the story: the story starts after the dateline. */
static void
mark_standfirst (GArray *lines, guint first, guint headline)
{
  guint dateline = headline;

  for (guint i = headline + 1; i < first; i++)
    if (role_at (lines, i) == CMQ_LINE_DATELINE)
      dateline = i;
  for (guint i = headline + 1; i < dateline; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_STANDFIRST);
}

/* Everything above the headline is the site's: menus, taglines, breadcrumbs; a line that is
 * only a date there is the page's date, read when the page has no dateline, unless it is known
 * for a decoy (the masthead's date of the day, cmq_importer_mark_masthead_dates ()). */
static void
mark_leading (GArray *lines, const LineInfo *info, guint first, guint headline, CmqDumpParts *parts)
{
  gboolean bare;

  first = cmq_importer_salutation_start (lines, info, first, &bare);
  for (guint i = 0; i < first; i++)
    {
      if (!is_blank (lines, i) && parts->dateline == NULL && i < headline &&
          role_at (lines, i) != CMQ_LINE_DECOY_DATE &&
          cmq_importer_is_date_only_line (lines, i, info))
        {
          parts->dateline = g_strdup (g_array_index (lines, Line, i).text);
          set_role (lines, i, CMQ_LINE_DATELINE);
        }
      if (is_blank (lines, i) || role_at (lines, i) != CMQ_LINE_STORY)
        continue;
      if (headline < first && i < headline)
        {
          if (!info[i].body || info[i].words <= MAX_TAGLINE_WORDS)
            set_role (lines, i, CMQ_LINE_LEADING_CHROME);
          continue;
        }
      if (info[i].known || info[i].repeated || info[i].on_site || info[i].interface ||
          info[i].heading || (!info[i].sentence && info[i].words <= MAX_EDGE_WORDS))
        set_role (lines, i, CMQ_LINE_LEADING_CHROME);
    }
}

/* Whether the story goes on after @anchor: a long paragraph follows it, outside a list of dated
 * items. */
static gboolean
story_goes_on (GArray *lines, const LineInfo *info, guint anchor)
{
  gboolean goes_on = FALSE;

  for (guint i = anchor + 1; i < lines->len; i++)
    {
      if (is_blank (lines, i))
        continue;
      if (cmq_importer_is_date_only_line (lines, i, info))
        return FALSE;
      goes_on = goes_on || (info[i].body && info[i].words >= MIN_BODY_WORDS * 2);
    }
  return goes_on;
}

/* A speech's salutation ("Mr. President,") just under the last paragraph: the speech goes on
 * (a dump cut there), as a line ending in a comma says; no site's chrome ends so. */
static gboolean
is_salutation_after (GArray *lines, const LineInfo *info, guint last, guint i)
{
  for (guint k = last + 1; k < i; k++)
    if (!is_blank (lines, k))
      return FALSE;
  return g_str_has_suffix (g_array_index (lines, Line, i).text, ",") && !info[i].repeated &&
         !info[i].on_site && cmq_importer_is_salutation (lines, info, i);
}

/* After the last story paragraph: related links, share bars, footers, contact lines. A section of
 * them opens with an interface line ("Related news", "Voir aussi", "About …"); what follows it
 * is theirs, unless a long paragraph shows the story going on. */
static void
mark_trailing (GArray *lines, const LineInfo *info, guint first, guint last, guint cut)
{
  guint anchor = lines->len;
  guint note = lines->len;
  guint n_body = 0;
  guint items_end = cmq_importer_announced_list_end (lines, info, last);

  for (guint i = lines->len; i-- > items_end;)
    if (!is_blank (lines, i) && (info[i].interface || info[i].known))
      anchor = i;
  for (guint i = lines->len; i-- > first + 1;)
    {
      if (is_blank (lines, i))
        continue;
      if (info[i].opener)
        anchor = MIN (anchor, i);
      /* The organisation's note: a paragraph or two under its heading, then the end. */
      if (info[i].note && n_body <= MAX_NOTE_PARAGRAPHS)
        note = i;
      n_body += info[i].body;
    }
  if (anchor < lines->len && anchor <= last && story_goes_on (lines, info, anchor))
    anchor = lines->len;
  anchor = MIN (MIN (anchor, note), cut);
  for (guint i = MIN (last + 1, anchor); i < lines->len; i++)
    {
      if (is_blank (lines, i) || role_at (lines, i) != CMQ_LINE_STORY ||
          (i < anchor &&
           (i < items_end ? !info[i].known
                          : is_salutation_after (lines, info, last, i) ||
                                cmq_importer_is_closing_note (lines, info, last, i) ||
                                cmq_importer_is_announced_item (lines, info, last, i) ||
                                cmq_importer_continues_story_list (lines, info, i) ||
                                cmq_importer_continues_story_sections (lines, info, last, i))))
        continue;
      if (i >= anchor || info[i].known || info[i].repeated || info[i].on_site ||
          info[i].interface || (!info[i].sentence && info[i].words <= MAX_EDGE_WORDS))
        set_role (lines, i, CMQ_LINE_TRAILING_CHROME);
    }
  cmq_importer_mark_closing_contacts (lines, first, anchor - 1);
}

/* A headline of fewer words is too common to be recognised again under the story. */
#define MIN_ECHOED_HEADLINE_WORDS 3
/* Words a share line adds around the headline it quotes ("Deel:", "Share on X:"). */
#define MAX_ECHO_EXTRA_WORDS 4

/* "Deel: ' Waarnemend burgemeester Burgers van Middelburg vertrekt '" (heldout10 middelburg-01):
 * the page's headline again under the story, with a few words of a share or tweet line, closes
 * the story, and so does an empty label above it. Returns the story's last line above them. */
static guint
drop_headline_echoes (GArray *lines, const LineInfo *info, guint first, guint last,
                      const char *headline)
{
  g_autofree char *key = headline != NULL ? cmq_importer_key (headline) : NULL;
  guint words = key != NULL ? cmq_importer_count_words (key) : 0;
  gboolean echoed = FALSE;

  if (words < MIN_ECHOED_HEADLINE_WORDS)
    return last;
  while (last > first)
    {
      const Line *line = &g_array_index (lines, Line, last);

      if (is_blank (lines, last) || role_at (lines, last) != CMQ_LINE_STORY)
        {
          last--;
          continue;
        }
      /* above the echo, an empty label of the same bar ("Zoekwoorden:") goes with it */
      if (!(echoed && info[last].label && info[last].words <= MAX_ECHO_EXTRA_WORDS) &&
          (info[last].words > words + MAX_ECHO_EXTRA_WORDS || strstr (line->key, key) == NULL))
        break;
      echoed = TRUE;
      set_role (lines, last, CMQ_LINE_TRAILING_CHROME);
      last--;
    }
  return last;
}

static void
mark_core (GArray *lines, const LineInfo *info, guint first, guint last)
{
  for (guint i = first; i <= last && i < lines->len; i++)
    {
      if (is_blank (lines, i) || role_at (lines, i) != CMQ_LINE_STORY)
        continue;
      if (info[i].known || info[i].interface ||
          (info[i].repeated && info[i].words < MAX_REPEATED_WORDS) ||
          (info[i].on_site && !info[i].sentence && info[i].words <= MAX_EDGE_WORDS))
        set_role (lines, i, CMQ_LINE_CHROME);
    }
}

/* A menu entry's title, repeated with its blurb glued to it, is this short. */
#define MAX_MENU_TITLE_WORDS 4

/* "Who we are", then "WHO WE AREThe International Organization for Migration (IOM) is part of
 * …" (heldout8 iom-02): a menu's entry, its title of a few words on one line, then the same
 * title with the entry's blurb glued to it without a space, a capitalised word on; the blurb is
 * the site's, never the story. */
static void
mark_glued_menu_blurbs (GArray *lines, const LineInfo *info)
{
  for (guint i = 1; i < lines->len; i++)
    {
      const char *title = g_array_index (lines, Line, i - 1).text;
      const char *text = g_array_index (lines, Line, i).text;
      glong n_chars;
      const char *after;
      g_autofree char *head = NULL;
      g_autofree char *title_folded = NULL;
      g_autofree char *head_folded = NULL;

      /* Counted only for a title's few words: most lines are no menu entry's. */
      if (info[i - 1].words < 2 || info[i - 1].words > MAX_MENU_TITLE_WORDS)
        continue;
      n_chars = g_utf8_strlen (title, -1);
      if (g_utf8_strlen (text, -1) <= n_chars)
        continue;
      after = g_utf8_offset_to_pointer (text, n_chars);
      /* a new word glued on: "AREThe", never "UN" over "UNESCO" */
      if (!g_unichar_isupper (g_utf8_get_char (after)) ||
          !g_unichar_islower (g_utf8_get_char (g_utf8_next_char (after))))
        continue;
      head = g_strndup (text, after - text);
      title_folded = g_utf8_casefold (title, -1);
      head_folded = g_utf8_casefold (head, -1);
      if (strcmp (title_folded, head_folded) == 0)
        set_role (lines, i, CMQ_LINE_CHROME);
    }
}

/* A kind's date follows it closely ("Pressemitteilung vom: 03.05.2012 …"): a figure within
 * this many bytes of the line's start, which most long lines of a story lack, so that they are
 * not folded to be read as one. */
#define MAX_KIND_DATE_OFFSET 48

static gboolean
has_early_figure (const char *text)
{
  for (gsize k = 0; k < MAX_KIND_DATE_OFFSET && text[k] != '\0'; k++)
    if (g_ascii_isdigit (text[k]))
      return TRUE;
  return FALSE;
}

/* Lines that state the page's dates, wherever they are: release-date lines count, "last
 * updated" ones never do. Captions are marked here too: they are never the story. */
static void
mark_date_lines (GArray *lines, const LineInfo *info, CmqDumpParts *parts)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      CmqLineRole role;

      if (*line->text == '\0')
        continue;
      if (cmq_importer_is_caption_line (lines, info, i))
        {
          if (i > 0 && cmq_importer_is_credit_line (g_array_index (lines, Line, i - 1).text))
            set_role (lines, i - 1, CMQ_LINE_CAPTION); /* the credit over it goes with it */
          line->role = CMQ_LINE_CAPTION;
          g_ptr_array_add (parts->captions, g_strdup (line->text));
          continue;
        }
      /* longer, only a kind, its date and who issued it ("Pressemitteilung vom: 03.05.2012 von
       * der Firma … aus Berlin", heldout21 drk-01) */
      if (info[i].words > MAX_EDGE_WORDS)
        {
          if (info[i].words <= MAX_HEADLINE_WORDS && has_early_figure (line->text) &&
              cmq_importer_kind_of_dated_label (line->text) != NULL)
            {
              line->role = CMQ_LINE_RELEASE_DATE;
              g_ptr_array_add (parts->date_lines, g_strdup (line->text));
            }
          continue;
        }
      /* the label on its own line, the date alone on the next */
      if (i + 1 < lines->len && info[i + 1].words <= MAX_DATE_ONLY_WORDS &&
          strpbrk (g_array_index (lines, Line, i + 1).text, "0123456789") != NULL &&
          cmq_importer_is_date_label (line->text))
        {
          line->role = CMQ_LINE_RELEASE_DATE;
          set_role (lines, ++i, CMQ_LINE_RELEASE_DATE);
          g_ptr_array_add (parts->date_lines, g_strdup (g_array_index (lines, Line, i).text));
          continue;
        }
      role = cmq_importer_date_line_role (line->text);
      if (role == CMQ_LINE_STORY)
        continue;
      line->role = role;
      if (role == CMQ_LINE_RELEASE_DATE)
        g_ptr_array_add (parts->date_lines, g_strdup (line->text));
    }
}

/* The first line of the story core. A short sentence above a dateline ("Welcome to the United
 * Nations. It's your world.") is the site's tagline, and one above the page's tools and then a
 * heading ("Archived page: may contain outdated information!", "Share", "Print", headline) is a
 * notice about the page: the story starts after them. */
static guint
core_start (GArray *lines, const LineInfo *info, guint first)
{
  for (guint moves = 0; moves < MAX_HEAD_LINES && info[first].words < MIN_BODY_WORDS; moves++)
    {
      guint next = first + 1;
      gboolean dateline = FALSE;
      gboolean tools = FALSE;
      gboolean heading = FALSE;

      for (; next < lines->len && !(info[next].body && role_at (lines, next) == CMQ_LINE_STORY);
           next++)
        {
          const char *text = g_array_index (lines, Line, next).text;
          CmqDumpParts scratch = {
            NULL,
          };

          if (*text == '\0' || info[next].known)
            continue;
          tools = tools || info[next].interface;
          heading = heading || (tools && !info[next].interface && !info[next].sentence);
          if (strpbrk (text, "0123456789") == NULL)
            continue;
          dateline = dateline || cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE;
          cmq_dump_parts_clear (&scratch);
        }
      if (!(dateline || heading) || next >= lines->len)
        break;
      first = next;
    }
  return first;
}

/* Known and repeated lines of any length are chrome at the edges of the file: the leading and
 * trailing runs of them hold only chrome, so nothing of the story can sit there. */
static void
mark_edges (GArray *lines, const LineInfo *info)
{
  guint first = 0;
  guint last = lines->len;

  for (; first < lines->len; first++)
    if (!is_blank (lines, first) && !info[first].known && !info[first].repeated &&
        !info[first].on_site)
      break;
  for (; last > first; last--)
    if (!is_blank (lines, last - 1) && !info[last - 1].known && !info[last - 1].repeated &&
        !info[last - 1].on_site)
      break;
  for (guint i = 0; i < first; i++)
    set_role (lines, i, CMQ_LINE_LEADING_CHROME);
  for (guint i = last; i < lines->len; i++)
    set_role (lines, i, CMQ_LINE_TRAILING_CHROME);
}

/* Line @i opens with a round bullet, and the lines around it with none. */
static gboolean
is_lone_bullet (GArray *lines, guint i)
{
  guint above = nonblank_above (lines, i);
  guint below = nonblank_below (lines, i);

  return (above == lines->len ||
          cmq_importer_after_bullet (g_array_index (lines, Line, above).text) == NULL) &&
         (below == lines->len ||
          cmq_importer_after_bullet (g_array_index (lines, Line, below).text) == NULL);
}

/* The release-date line nearest above the story, of the form cmq_importer_is_head_date_line()
 * reads ("Friday, November 22, 2024, 1:46 p.m. Ministry of Foreign Affairs"): a date line, not a
 * headline; it counts after the labelled ones ("Published: …"). */
static void
mark_head_date_line (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  guint seen = 0;
  const char *date;

  for (guint i = first; i-- > 0 && seen < MAX_HEAD_LINES * 2;)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0')
        continue;
      seen++;
      /* "• 29/12/2025" over an item's headline (heldout21 madrid-01): the date of a list's item;
       * one of a run of bullets ("• 22.6.2017", "• 18:10", "• Statements") is a link's */
      date = is_lone_bullet (lines, i) ? cmq_importer_after_bullet (line->text) : NULL;
      if (date == NULL || !cmq_importer_is_head_date_line (date))
        date = line->text;
      if (line->role != CMQ_LINE_STORY || info[i].words > MAX_EDGE_WORDS ||
          !(cmq_importer_is_head_date_line (date) || cmq_importer_is_named_stamp (date)))
        continue;
      line->role = CMQ_LINE_RELEASE_DATE;
      g_ptr_array_add (parts->date_lines, g_strdup (date));
      return;
    }
}

/* A repost's credit saying when the page was published, where the story would start: the
 * release-date line, and the story starts at the next sentence-like paragraph (if there is one:
 * the only paragraph is never dropped). */
static guint
skip_published_credit (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  Line *line = &g_array_index (lines, Line, first);

  if (!cmq_importer_is_published_credit (line->text))
    return first;
  for (guint next = first + 1; next < lines->len; next++)
    if (info[next].body && role_at (lines, next) == CMQ_LINE_STORY)
      {
        line->role = CMQ_LINE_RELEASE_DATE;
        g_ptr_array_add (parts->date_lines, g_strdup (line->text));
        return next;
      }
  return first;
}

/* Above the story, a press contact's block (a name, a role, telephone numbers, with no blank line
 * between) is chrome: its role ("Spokesperson of the President") is never the headline. */
static void
mark_contact_blocks (GArray *lines, guint first)
{
  guint start = 0;

  for (guint i = 0; i <= first && i <= lines->len; i++)
    {
      gboolean phone = FALSE;

      if (i < first && i < lines->len && !is_blank (lines, i))
        continue;
      for (guint j = start; j < i && !phone; j++)
        phone = cmq_importer_is_phone_line (g_array_index (lines, Line, j).text);
      for (guint j = start; j < i && phone; j++)
        if (role_at (lines, j) == CMQ_LINE_STORY)
          set_role (lines, j, CMQ_LINE_LEADING_CHROME);
      /* and its label, the short line over it ("Press contacts", "Contatti stampa") */
      if (phone && start >= 2 && is_blank (lines, start - 1) &&
          role_at (lines, start - 2) == CMQ_LINE_STORY &&
          cmq_importer_count_words (g_array_index (lines, Line, start - 2).text) <=
              MAX_CONTACT_LABEL_WORDS &&
          !cmq_importer_ends_sentence (g_array_index (lines, Line, start - 2).text))
        set_role (lines, start - 2, CMQ_LINE_LEADING_CHROME);
      start = i + 1;
    }
}

/* Under a sign-off, a page's tool ("Add a comment...") among at most this many short lines before
 * more text: a feed's next post follows. */
#define MAX_LINES_UNDER_SIGN_OFF 4

/* Under the sign-off, line @sign_off, a post's comment box or share bar between a few short lines
 * ("laretto spadoni's profile photo", "Add a comment...") and more text: the page goes on with its
 * next post (heldout9 quirinale-02, a social page's feed), which is not this story. */
static void
mark_next_post (GArray *lines, const LineInfo *info, guint sign_off)
{
  gboolean tool = FALSE;
  guint seen = 0;
  guint j;

  for (j = sign_off + 1; j < lines->len && !info[j].body; j++)
    if (!is_blank (lines, j))
      {
        seen++;
        tool |= info[j].interface || info[j].known;
      }
  if (!tool || j == lines->len || seen > MAX_LINES_UNDER_SIGN_OFF)
    return;
  for (j = sign_off + 1; j < lines->len; j++)
    if (!is_blank (lines, j))
      set_role (lines, j, CMQ_LINE_TRAILING_CHROME);
}

/* "Roma, 24 maggio 2017", "Palace of Belém, 15 October 2015": a place and a date alone on their
 * line right under a paragraph of the story, the release's sign-off (heldout9 quirinale-01,
 * portugal-01). A date without a place there ("September 19, 2020") is a related item's. */
static void
mark_sign_off (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  guint previous = first;

  for (guint i = first + 1; i < lines->len && parts->sign_off == NULL; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (is_blank (lines, i))
        continue;
      if (info[i].words <= MAX_SIGN_OFF_WORDS && info[previous].body &&
          role_at (lines, previous) == CMQ_LINE_STORY &&
          !g_unichar_isdigit (g_utf8_get_char (text)) &&
          memchr (text, ',', strcspn (text, "0123456789")) != NULL &&
          cmq_importer_is_place_date (text))
        {
          parts->sign_off = g_strdup (text);
          mark_next_post (lines, info, i);
        }
      previous = i;
    }
}

void
cmq_dump_parts_clear (CmqDumpParts *parts)
{
  g_clear_pointer (&parts->headline, g_free);
  g_clear_pointer (&parts->dateline, g_free);
  g_clear_pointer (&parts->sign_off, g_free);
  g_clear_pointer (&parts->url, g_free);
  g_clear_pointer (&parts->update_stamp, g_free);
  g_clear_pointer (&parts->source, g_free);
  g_clear_pointer (&parts->date_lines, g_ptr_array_unref);
  g_clear_pointer (&parts->captions, g_ptr_array_unref);
}

/* The lines above the story's first sentence that are not its lead: taglines, credits,
 * summaries, notices, headlines of several shapes, wire datelines, descriptions, mottos. */
static guint
skip_above_story (GArray *lines, LineInfo *info, guint first, CmqDumpParts *parts)
{
  CmqLineFold fold = { 0, NULL };

  first = cmq_importer_skip_tagline_above_head (lines, info, core_start (lines, info, first));
  first = skip_published_credit (lines, info, first, parts);
  first = cmq_importer_skip_summary (lines, info, first);
  first = cmq_importer_skip_provenance (lines, info, first, parts);
  first = cmq_importer_skip_notice_above_dated_head (lines, info, first);
  first = cmq_importer_skip_stopped_headline (lines, info, first, parts);
  first = cmq_importer_skip_labelled_head_copy (lines, info, first, parts);
  first = cmq_importer_skip_question_headline (lines, info, first, parts);
  first = cmq_importer_skip_spaced_letterhead (lines, info, first, parts);
  first = cmq_importer_skip_to_wire_dateline (lines, info, first);
  first = cmq_importer_skip_cookie_notice (lines, info, first);
  first = cmq_importer_skip_data_notice (lines, info, first, &fold);
  first = cmq_importer_skip_section_description (lines, info, first, &fold);
  first = cmq_importer_skip_list_description (lines, info, first);
  first = cmq_importer_skip_full_text_intro (lines, info, first, &fold);
  first = cmq_importer_skip_page_disclaimer (lines, info, first);
  g_free (fold.folded);
  first = cmq_importer_skip_motto (lines, info, first);
  first = cmq_importer_skip_opening_promo (lines, info, first);
  first = cmq_importer_skip_dashed_headline (lines, info, first, parts);
  first = cmq_importer_skip_repost_intro (lines, info, first);
  first = cmq_importer_skip_memo_head (lines, info, first);
  first = cmq_importer_sentence_over_dateline (lines, info, first);
  first = cmq_importer_skip_contacts_head (lines, info, first);
  first = cmq_importer_skip_teaser (lines, info, first, parts);
  return first;
}

guint
cmq_importer_assign_roles (CmqImporter *self, GArray *lines, CmqDumpParts *parts)
{
  g_autofree LineInfo *info = g_new0 (LineInfo, lines->len + 1);
  guint first = lines->len;
  guint last = 0;
  guint headline;
  guint cut;
  guint n_chrome = 0;

  read_signals (self, lines, info);
  mark_edges (lines, info);
  mark_date_lines (lines, info, parts);
  mark_glued_menu_blurbs (lines, info);
  for (guint i = 0; i < lines->len; i++)
    if (info[i].body && role_at (lines, i) == CMQ_LINE_STORY)
      {
        first = MIN (first, i);
        last = i;
      }
  if (first == lines->len)
    {
      /* No sentence at all: only what is known to be chrome goes. */
      first = 0;
      last = lines->len > 0 ? lines->len - 1 : 0;
      mark_core (lines, info, first, last);
    }
  else
    {
      first = skip_above_story (lines, info, first, parts);
      cmq_importer_cut_glued_caption (lines, info, first, parts);
      cmq_importer_cut_glued_byline (lines, info, first);
      mark_contact_blocks (lines, first);
      mark_head_date_line (lines, info, first, parts);
      cmq_importer_mark_masthead_dates (lines, info, first, parts);
      cmq_importer_unbullet_lone_head (lines, info, first);
      cmq_importer_mark_headline_tail (lines, info, first);
      cmq_importer_mark_credited_captions (lines, info, first);
      cmq_importer_mark_metadata_fields (lines, info, first);
      headline = cmq_importer_find_headline (lines, info,
                                             cmq_importer_head_start (lines, info, first), parts);
      if (headline == lines->len)
        headline = cmq_importer_sign_opened_headline (lines, info, first, parts);
      if (headline == lines->len)
        headline = cmq_importer_kind_or_colon_headline (lines, info, first);
      if (headline < lines->len && parts->headline == NULL)
        parts->headline = g_strdup (g_array_index (lines, Line, headline).text);
      first = cmq_importer_skip_restated_headline (lines, info, first, headline, parts);
      first = cmq_importer_skip_caps_headline_tail (lines, info, first, headline, parts);
      first = cmq_importer_skip_quoted_headline (lines, info, first, headline);
      first = cmq_importer_skip_kind_with_aside (lines, first, parts);
      first = cmq_importer_colon_lead_start (lines, info, first, headline);
      first = cmq_importer_advisory_fields_start (lines, info, first, headline);
      mark_leading (lines, info, first, headline, parts);
      cmq_importer_mark_tool_tails (lines, info, first);
      if (headline < first)
        mark_standfirst (lines, first, headline);
      cmq_importer_mark_deck_over_dateline (lines, info, first, headline);
      cut = cmq_importer_story_cut (lines, info, first, headline, &last);
      last = cmq_importer_closing_label (lines, info, last, cut);
      last = drop_headline_echoes (lines, info, first, last, parts->headline);
      last = cmq_importer_markup_end (lines, info, first, last);
      mark_core (lines, info, first, last);
      mark_trailing (lines, info, first, last, cut);
      mark_sign_off (lines, info, first, parts);
      cmq_importer_read_byline_date (lines, info, last, parts);
      cmq_importer_mark_end_links (lines, first);
      cmq_importer_mark_initials (lines, first);
      cmq_importer_mark_newsletter_call (lines, info, first);
      cmq_importer_keep_separators (lines, first, last);
    }
  cmq_date_read_made_line (lines, parts->date_lines);
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      line->chrome = *line->text != '\0' && line->role != CMQ_LINE_STORY;
      n_chrome += line->chrome;
    }
  return n_chrome;
}
