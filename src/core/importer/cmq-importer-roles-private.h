/* cmq-importer-roles-private.h: what cmq-importer-roles.c reads of every line before it gives
 * the lines their roles, the limits it reads them with, and the small line accessors that it and
 * the files it calls (ends, marks, headline) share.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-private.h"

G_BEGIN_DECLS

/* The line @i of @lines (an array of Line): blank, its role, a new role. */
static inline gboolean
is_blank (GArray *lines, guint i)
{
  return *g_array_index (lines, Line, i).text == '\0';
}

/* The nearest line above line @i (at most lines->len) that is not blank, or lines->len. */
static inline guint
nonblank_above (GArray *lines, guint i)
{
  for (i = MIN (i, lines->len); i-- > 0;)
    if (!is_blank (lines, i))
      return i;
  return lines->len;
}

/* The nearest line below line @i that is not blank, or lines->len. */
static inline guint
nonblank_below (GArray *lines, guint i)
{
  while (++i < lines->len)
    if (!is_blank (lines, i))
      return i;
  return lines->len;
}

static inline CmqLineRole
role_at (GArray *lines, guint i)
{
  return g_array_index (lines, Line, i).role;
}

static inline void
set_role (GArray *lines, guint i, CmqLineRole role)
{
  g_array_index (lines, Line, i).role = role;
}

/* A repeated line inside the story is chrome only when shorter than this many words. */
#define MAX_REPEATED_WORDS 25
/* Link lists are short. */
#define MAX_LINK_LIST_WORDS 24
/* A story paragraph: a sentence of at least this many words, or a line this long. */
#define MIN_SENTENCE_WORDS 6
#define MIN_BODY_WORDS     16
/* A headline's length in words. */
#define MIN_HEADLINE_WORDS 2
#define MAX_HEADLINE_WORDS 30
/* A line written twice above the story is its headline when it has this many words at least. */
#define MIN_REPEATED_HEADLINE_WORDS 4
/* Lines looked at above the story for its headline, dateline and release-date line. */
#define MAX_HEAD_LINES 6
/* Outside the core, a line without sentence punctuation and at most this many words is chrome
 * (more is a paragraph cut short, kept). */
#define MAX_EDGE_WORDS 12
/* The label over a press contact's block ("Press contacts") is this short. */
#define MAX_CONTACT_LABEL_WORDS 3
/* A photo's caption is at most this long. */
#define MAX_CAPTION_WORDS 60
/* A line of a date alone is this short ("Tuesday, 3 February 2021"). */
#define MAX_DATE_ONLY_WORDS 5
/* A sign-off under the story: a place of up to four words and a date. */
#define MAX_SIGN_OFF_WORDS 8
/* How many lines above a headline a dateline can show it was a subtitle. */
#define MAX_LINES_ABOVE_HEADLINE 2
/* A site's own repeated lines are read when it has this many learnt files, and is less than this
 * share of the library. */
#define MIN_SITE_FILES   3
#define MAX_SITE_PERCENT 90
/* A speech's salutation ("Dear Mr. Matera, Distinguished Guests, Ladies and Gentlemen:"). */
#define MAX_SALUTATION_WORDS 15
/* Under the heading of the organisation's note, at most this many paragraphs: more is the story
 * going on under a subheading. */
#define MAX_NOTE_PARAGRAPHS 2
/* A headline and its subtitle share a word of this many bytes at least. */
#define MIN_SHARED_WORD_BYTES 6
/* Before a headline, even a sentence this short is a site's tagline, not the story. */
#define MAX_TAGLINE_WORDS 20

typedef struct
{
  guint words;
  gboolean known;     /* in the phrase table, or decoration */
  gboolean repeated;  /* learnt across the library */
  gboolean on_site;   /* learnt across the files of the same website */
  gboolean interface; /* only web-interface words */
  gboolean opener;    /* and one of them opens a section of links */
  gboolean body;      /* a sentence-like paragraph */
  gboolean sentence;  /* ends like a sentence, whatever its length */
  gboolean label;     /* ends with a colon */
  gboolean heading;   /* in Title Case (is_title_case ()): never a sentence */
  gboolean note;      /* the heading of the organisation's note ("About the ICRC") */
} LineInfo;

/* The nearest line under line @i that is a story paragraph, or lines->len: a rule takes a line
 * out of the story only where the story goes on under it, a paragraph never dropped for being
 * the only one. */
static inline guint
story_body_below (GArray *lines, const LineInfo *info, guint i)
{
  while (++i < lines->len)
    if (info[i].body && role_at (lines, i) == CMQ_LINE_STORY)
      return i;
  return lines->len;
}

/* Nothing above line @i is sentence-like story text: @i opens the story. */
static inline gboolean
opens_story (GArray *lines, const LineInfo *info, guint i)
{
  for (guint k = 0; k < i; k++)
    if (!is_blank (lines, k) && role_at (lines, k) == CMQ_LINE_STORY &&
        (info[k].body || info[k].sentence))
      return FALSE;
  return TRUE;
}

/* Looks above the first story line @first for the headline, and the release-date lines,
 * dateline, kind and standfirst around it; sets their roles and returns the headline's line, or
 * lines->len when there is none. A headline written twice is preferred to the short line found
 * nearer the story, which is then only leading chrome (cmq-importer-headline.c). Of Line. */
guint cmq_importer_find_headline (GArray *lines, const LineInfo *info, guint first,
                                  CmqDumpParts *parts);
/* Whether line @i is headline-shaped and learnt nowhere as chrome (cmq-importer-headline.c). */
gboolean cmq_importer_is_fresh_headline (GArray *lines, const LineInfo *info, guint i);
/* The headline-shaped line just above the release-date line nearest above the story @first, or
 * over a standfirst just above it (@over_standfirst then set); or lines->len
 * (cmq-importer-anchoredheads.c). */
guint cmq_importer_date_anchored_headline (GArray *lines, const LineInfo *info, guint first,
                                           gboolean *over_standfirst);
/* Line @anchored, found by cmq_importer_date_anchored_headline (), an organisation's bare name
 * ("Parcs Canada") over the page's date, and under that date a headline-shaped line written as a
 * sentence, at or above the line @headline first taken: that line, the headline, and those under
 * it down to @headline its decks (roles set); or lines->len (cmq-importer-namelines.c). */
guint cmq_importer_headline_under_name (GArray *lines, const LineInfo *info, guint anchored,
                                        guint headline);
/* Above the line @headline taken for the headline, labelled fields of the page's metadata under
 * a headline-shaped line: that line, the page's title; or lines->len
 * (cmq-importer-anchoredheads.c). */
guint cmq_importer_title_over_labelled_fields (GArray *lines, const LineInfo *info, guint headline);
/* "Originally published", "2-2016 Gun1" (a picture's file name), "53937 Schleiden (ots)" (a
 * postal code and its place): a line of the page's head shaped like a headline and never one
 * (cmq-importer-headfurniture.c). @key is the line's key, or NULL. */
gboolean cmq_importer_is_head_furniture (const char *text, const char *key);
/* Above the line @headline taken for the headline, a run of decks in the case of sentences
 * under a headline-shaped line in capitals: that line, the headline, and the decks and @headline
 * standfirsts (roles set); or @headline (cmq-importer-capsdecks.c). */
guint cmq_importer_caps_headline_over_decks (GArray *lines, const LineInfo *info, guint headline);
/* The page's first line, right over the story's first paragraph @first, a short line naming the
 * text's kind and ending with a full stop ("Communiqué des associations de gendarmerie."): the
 * headline (its role set); or lines->len (cmq-importer-capsdecks.c). */
guint cmq_importer_kind_titled_first_line (GArray *lines, const LineInfo *info, guint first);
/* A headline broken over the two lines right above line @first ("… Parkey, Jr." over "as
 * President and Chief Executive Officer"), when @headline is none or the first of them: both
 * made the headline, joined in parts->headline; the top line, or @headline (wrappedheads.c). */
guint cmq_importer_wrapped_headline (GArray *lines, const LineInfo *info, guint first,
                                     guint headline, CmqDumpParts *parts);
/* Line @first, the story's first, right under a category line and short: the post's headline
 * (its role set), when none was found above it; or lines->len. */
guint cmq_importer_headline_under_category (GArray *lines, const LineInfo *info, guint first);
/* The headline-shaped line over a place and its date alone on their line, over the line
 * @headline taken for the headline and longer than it: the headline, and @headline its standfirst
 * (their roles set); or @headline (cmq-importer-overdatelines.c). */
guint cmq_importer_headline_over_place_dateline (GArray *lines, const LineInfo *info,
                                                 guint headline);
/* Above the line @headline taken for the headline, a headline-shaped line whose key a lower line
 * of the head, @headline included, ends with after a few words of label: the page's title, which
 * is then the headline and @headline its deck (cmq-importer-echoed.c). Returns it, or
 * lines->len. */
guint cmq_importer_echoed_title (GArray *lines, const LineInfo *info, guint headline);
/* "WANN: Dienstag, 5. November 2013, 8:20 Uhr", "WHERE: Council Chamber", "Lieu : Paris": a
 * field of a media advisory, its one-word label (when, where, what, who, why) and a colon, then
 * its value: never the headline (cmq-importer-advisory.c). */
gboolean cmq_importer_is_advisory_field (const char *text);
/* Under a kind and date line @dateline ("Pressemitteilung Deutschland 04. November 2013") over
 * the line @demoted first taken for the headline, one headline-shaped line alone between them: the
 * headline, and @demoted its subtitle; otherwise @demoted. Returns the headline, its role set. */
guint cmq_importer_headline_under_dateline (GArray *lines, const LineInfo *info, guint dateline,
                                            guint demoted);

/* A headline over a subtitle: line @i, just above the line @headline taken for the headline, is
 * the headline (cmq-importer-text.c). Of Line. */
gboolean cmq_importer_is_headline_over_subtitle (GArray *lines, const LineInfo *info, guint i,
                                                 guint headline);
/* Line @i, just above line @deck (blank lines only between), is written as a sentence, in lower
 * case but for its first word and names, and is not in Title Case, in capitals, a site's name or
 * greeting, furniture, or a place and date: a headline over its deck (cmq-importer-decks.c). */
gboolean cmq_importer_is_clause_deck (const char *text);
gboolean cmq_importer_is_sentence_over_deck (GArray *lines, const LineInfo *info, guint i,
                                             guint deck);
/* "Willkommen auf den Seiten des Auswärtigen Amts", "Welcome to …": a site's greeting to its
 * reader, @key a line's key, never a headline (cmq-importer-decks.c). */
gboolean cmq_importer_is_welcome_line (const char *key);

/* "Foto: ©FAO/Jane Doe", "Photo credit: J. Smith": a picture's credit alone on its line
 * (cmq-importer-captions.c). */
gboolean cmq_importer_is_credit_line (const char *text);
/* Line @i of @lines (of Line) is a photo's caption: it ends with its credit, comes under a
 * picture's label or credit line, or names its picture's type (cmq-importer-captions.c). */
gboolean cmq_importer_is_caption_line (GArray *lines, const LineInfo *info, guint i);
/* Whether line @i is a caption whose copy with a credit after it is the next line
 * (cmq-importer-captioncopies.c). */
gboolean cmq_importer_is_bare_caption_copy (GArray *lines, const LineInfo *info, guint i);

/* A line that is only a date ("February 03, 2021"): in a list of related items
 * (cmq-importer-ends.c). Of Line. */
gboolean cmq_importer_is_date_only_line (GArray *lines, guint i, const LineInfo *info);
gboolean cmq_importer_is_place_date (const char *text);
/* Under the story's last line @last, an author's byline and the page's date alone under it: that
 * date is the sign-off's, when no other sign-off was found (cmq-importer-bylines.c). Of Line. */
void cmq_importer_read_byline_date (GArray *lines, const LineInfo *info, guint last,
                                    CmqDumpParts *parts);
/* A line under the story that sends the reader to the text elsewhere or to share it. */
gboolean cmq_importer_is_reader_pointer (const char *key, guint words);
/* Where the trailing chrome starts at the latest, a line of @lines or lines->len, when the last
 * story paragraphs are not the story's (a notice, a list of dated items, a sidebar); moves
 * @last, the last story paragraph, above it; the next item of a news list whose release's
 * headline is @headline (cmq-importer-ends.c). */
guint cmq_importer_story_cut (GArray *lines, const LineInfo *info, guint first, guint headline,
                              guint *last);
/* A wire's notice that it distributes the release for an organisation ("Distributed by APO Group
 * on behalf of …") in the last lines after @first: its line, or, glued after the story's last
 * sentence, dropped from that line's text and the line under it; lines->len if none
 * (cmq-importer-distributed.c). */
guint cmq_importer_distribution_notice_start (GArray *lines, guint first);
/* "… he said. Source: https://…": a label of a word or two, a colon and a link glued after the
 * last sentence of the dump's last line, from @first on, dropped from that line's text and kept
 * in its cut: the line under it; lines->len if none (cmq-importer-sourcelinks.c). */
guint cmq_importer_glued_link_start (GArray *lines, guint first);
/* Cuts off @line what is glued after its story's last sentence from byte @start on (a wire's
 * notice, a link to the text's source), kept aside in its cut, the spaces before it dropped, and
 * keys the line again (cmq-importer-distributed.c). */
void cmq_importer_cut_glued_tail (Line *line, int start);
/* A section's link under the story's last sentence ("More from Europe", "Meer uit Binnenland"),
 * the section's items under it: its line, or lines->len (cmq-importer-sectionlinks.c). */
guint cmq_importer_section_link_start (GArray *lines, const LineInfo *info, guint first);
/* A line under the story sending the reader to another document for more ("For more
 * information, see the backgrounder."), only contacts or links under it: its line, or lines->len
 * (cmq-importer-infopointers.c). */
guint cmq_importer_information_pointer_start (GArray *lines, const LineInfo *info, guint first);
/* On a page of a news list, the line under the story that opens the next item as the line over
 * the headline @headline opened the release's ("-", "Press Statement", a date alone), a headline
 * under it: the next item's first line, or lines->len (cmq-importer-items.c). */
guint cmq_importer_next_item_start (GArray *lines, const LineInfo *info, guint first,
                                    guint headline);
/* A short sentence just above the page's date lines over the story's first line @first, or a
 * byline that is the dump's first line just above it: the headline, made so, or lines->len
 * (cmq-importer-ends.c). */
guint cmq_importer_stopped_headline (GArray *lines, const LineInfo *info, guint first);
/* The line under the story's last line @last (blank lines between), a sentence of the story
 * ending with a colon, over nothing but chrome, above the cut @cut: it introduced what the saved
 * page lost, and is the story's last line, returned; otherwise @last
 * (cmq-importer-closings.c). */
guint cmq_importer_closing_label (GArray *lines, const LineInfo *info, guint last, guint cut);
/* The story's last lines, after line @first, that are links with their domain in brackets
 * ("… strategy 2023 (um.dk)") become trailing chrome (cmq-importer-ends.c). */
void cmq_importer_mark_end_links (GArray *lines, guint first);
/* The story's last line, after line @first, when it is only its author's initials ("Jo.",
 * "(js)"), becomes trailing chrome (cmq-importer-ends.c). */
void cmq_importer_mark_initials (GArray *lines, guint first);
/* "Rt Hon Winston Peters" over "Minister of Foreign Affairs", line *@i: a minister's block, not
 * the headline; marks both lines as standfirst and moves *@i to the name's (text.c). */
gboolean cmq_importer_mark_minister_block (GArray *lines, guint *i);
/* A sentence, or a line with no final stop (a headline too long for one), just above a
 * paragraph that a dateline opens, line @first: a photo's caption, a standfirst or the headline,
 * never the story, which starts at the dateline; returns the story's first line
 * (cmq-importer-ends.c). */
guint cmq_importer_sentence_over_dateline (GArray *lines, const LineInfo *info, guint first);
/* The lines left to the story between the headline, line @headline, and the story's first line
 * @first when a dateline opens it: its deck, marked as standfirst
 * (cmq-importer-datelinedecks.c). */
void cmq_importer_mark_deck_over_dateline (GArray *lines, const LineInfo *info, guint first,
                                           guint headline);

/* The story's first line @first, a photo's caption glued before its dateline in capitals
 * ("Wethouder H. VerkampenGEMERT - Stichting …", "… (Photo: X) BRUSSELS - The …"): the caption
 * is cut off the line, which then opens with the dateline, and added to @parts' captions
 * (cmq-importer-gluedcaptions.c). */
void cmq_importer_cut_glued_caption (GArray *lines, const LineInfo *info, guint first,
                                     CmqDumpParts *parts);

/* The story's first line @first, or the line under it when @first holds no full stop (a ticker
 * of the site's other headlines), written again on the next line after a short label
 * ("Côte d’Ivoire/ …"): the headline, its copy and what is above it the site's. Returns the
 * story's first line under the copy, or @first (cmq-importer-labelledcopy.c). */
guint cmq_importer_skip_labelled_head_copy (GArray *lines, const LineInfo *info, guint first,
                                            CmqDumpParts *parts);

/* The story's first line @first, the headline @headline written again with a place and a year
 * after it: the standfirst, its line made the dateline's (its tail read into @parts' dateline
 * when it has none). Returns the next story paragraph, or @first (cmq-importer-restated.c). */
guint cmq_importer_skip_restated_headline (GArray *lines, const LineInfo *info, guint first,
                                           guint headline, CmqDumpParts *parts);
/* The story's first line @first, a speaker and a subject, then the headline @headline quoted
 * after a colon: the standfirst. Returns the next story paragraph, or @first
 * (cmq-importer-quotedheads.c). */
guint cmq_importer_skip_quoted_headline (GArray *lines, const LineInfo *info, guint first,
                                         guint headline);
/* Whether @text opens with the words of the headline whose key is @head_key and runs on from
 * them with no mark between: a sentence of its own, not the headline again
 * (cmq-importer-runons.c). */
gboolean cmq_importer_copy_runs_on (const char *text, const char *head_key);
/* Whether @key (of @words words) is a site's call to subscribe to its newsletter
 * (cmq-importer-newsletters.c). */
gboolean cmq_importer_is_newsletter_call (const char *key, guint words);
/* The story's last line, a call to subscribe to the site's newsletter under more of the story
 * from @first: trailing chrome (cmq-importer-newsletters.c). */
void cmq_importer_mark_newsletter_call (GArray *lines, const LineInfo *info, guint first);

/* The story's first line @first opening with a summary's label ("Kurzfassung: …", "Summary:"),
 * over more story paragraphs: standfirst; otherwise a summary in bullets at the story's start
 * (cmq_importer_skip_summary_bullets ()). Returns the next story paragraph, or @first
 * (cmq-importer-summaries.c). */
guint cmq_importer_skip_summary (GArray *lines, const LineInfo *info, guint first);
/* The story's first line @first, an item of a run of short bullet items (two at least, none
 * ending with a comma, a semicolon or a colon) under the head and over a long paragraph: the
 * page's summary, standfirst. Returns the paragraph's line, or @first
 * (cmq-importer-bulletsummaries.c). */
guint cmq_importer_skip_summary_bullets (GArray *lines, const LineInfo *info, guint first);
/* The story's first line @first, a repost's provenance line ("The press release issued by … on 2
 * August 2023."): a release-date line (added to @parts' date lines), and a strapline or the
 * highlights in bullets under it, over the lead, standfirst. Returns the lead, or @first
 * (cmq-importer-provenance.c). */
guint cmq_importer_skip_provenance (GArray *lines, const LineInfo *info, guint first,
                                    CmqDumpParts *parts);

/* The story's first line @first, a site's notice over a short line with no final stop, a
 * paragraph and a publication line ("Publié le 29 février 2024") over more of the story: the
 * short line is the article's headline and the paragraph its standfirst, where the story starts,
 * returned; what is above the headline becomes leading chrome. Otherwise @first
 * (cmq-importer-datedheads.c). */
guint cmq_importer_skip_notice_above_dated_head (GArray *lines, const LineInfo *info, guint first);

/* The story's first line @first, a short sentence with its one full stop at its end, right over a
 * line of a few words without a final stop, right over a long paragraph, with no story sentence
 * above it: the headline (set in @parts) over a photo's caption, the roles made so and the
 * lines above made leading chrome; returns the paragraph's line, or @first
 * (cmq-importer-stoppedheads.c). */
guint cmq_importer_skip_stopped_headline (GArray *lines, const LineInfo *info, guint first,
                                          CmqDumpParts *parts);

/* A wire service's dateline alone on its line above the story's first line @first ("PARIS--(BUSINESS
 * WIRE)--"), and the issuer's tag under it ("Carrefour (Paris:CA):"): dateline; the story starts
 * at the next line, returned, or @first (cmq-importer-wirelines.c). */
guint cmq_importer_skip_to_wire_dateline (GArray *lines, const LineInfo *info, guint first);

/* Line @first's nearest line above, a bullet item alone ("  • Furacão Irma – …", no bullet
 * over it), is a tag page's one item, its headline: the bullet goes (cmq-importer-marks.c). */
void cmq_importer_unbullet_lone_head (GArray *lines, const LineInfo *info, guint first);
/* Lines still of the story above @first, with no sentence, that end with a page tool's word
 * glued on ("… bolsonarista edit"), are a page's title or subtitle: standfirst
 * (cmq-importer-marks.c). */
void cmq_importer_mark_tool_tails (GArray *lines, const LineInfo *info, guint first);
/* A headline-shaped line of the head above @first written again in capitals nearer the story:
 * the first copy not in capitals, or lines->len (cmq-importer-marks.c). */
guint cmq_importer_capitals_copy_headline (GArray *lines, const LineInfo *info, guint first);
/* The story's first line @first, a short line wholly in quote marks over a speech's salutation
 * (under at most a few short lines: a section's heading), is the speech's title or motto:
 * standfirst. Returns the speech's first paragraph, under the salutation, or @first
 * (cmq-importer-marks.c). */
guint cmq_importer_skip_motto (GArray *lines, const LineInfo *info, guint first);
guint cmq_importer_skip_tagline_above_head (GArray *lines, const LineInfo *info, guint first);
/* "• 29/12/2025": what follows a round bullet and its space, or NULL when @text opens with none. */
const char *cmq_importer_after_bullet (const char *text);
/* The line just above the story's first line @first, a few words opening in lower case ("worth
 * SEK 183 m.") under a headline-shaped line with no final punctuation: the headline's end, cut
 * into a paragraph of its own, made standfirst (cmq-importer-marks.c). */
void cmq_importer_mark_headline_tail (GArray *lines, const LineInfo *info, guint first);
/* "Mr Chairperson,", "Ladies and Gentlemen,": line @i is a line of a speech's salutation
 * (cmq-importer-marks.c). */
gboolean cmq_importer_is_salutation (GArray *lines, const LineInfo *info, guint i);
/* Whether line @i is a short exclamation right under a salutation ending with a comma ("We did
 * it!") (cmq-importer-exclamations.c). */
gboolean cmq_importer_is_exclamation_under_salutation (GArray *lines, const LineInfo *info,
                                                       guint i);
/* Whether @text is a release's kind and perhaps its sender, ending in a colon ("Communiqué de la
 * FNSEA:"): a label, never a salutation (cmq-importer-senderlabels.c). */
gboolean cmq_importer_is_kind_label_line (const char *text);
/* @cut, or the last story paragraph above it when it is the organisation's note citing the
 * resolution it acts under (cmq-importer-mandatenotes.c). */
guint cmq_importer_mandate_note_start (GArray *lines, const LineInfo *info, guint first, guint cut);
/* @cut, or the last story paragraph above it when it is a pull quote without its stop over its
 * speaker's name, a name the story gives (cmq-importer-pullquotes.c). */
guint cmq_importer_pull_quote_start (GArray *lines, const LineInfo *info, guint first, guint cut);
/* The first line of the salutation just over the story's first line @first, or @first; *@bare
 * set when it holds short lines with no punctuation between its other lines ("Colleagues and
 * friends") (cmq-importer-marks.c). */
guint cmq_importer_salutation_start (GArray *lines, const LineInfo *info, guint first,
                                     gboolean *bare);
/* Where the headline is looked for above: @first, or the start of a salutation over it that
 * holds such bare lines, which would look like headlines (cmq-importer-marks.c). */
guint cmq_importer_head_start (GArray *lines, const LineInfo *info, guint first);
/* A line's cmq_importer_fold(), kept for the next rule that reads the same line: the notices
 * below read the story's first line one after the other. Free @folded when done. */
typedef struct
{
  guint line;
  char *folded; /* NULL: none kept */
} CmqLineFold;
/* "German Justice Minister: “…”" then "Deputy Prime Minister … conferred in Berlin with …", one a
 * line, under a story ending with a sentence and over nothing but short lines and chrome: the
 * page's related items' titles (heldout16 bulgaria-02); the block's first line, or lines->len
 * (cmq-importer-tails.c). */
guint cmq_importer_title_block_start (GArray *lines, const LineInfo *info, guint first);
/* "UNAIDS" alone on its line, over "The Joint United Nations Programme on HIV/AIDS (UNAIDS) leads
 * …", under the story: the organisation's note, its heading's line, or lines->len
 * (cmq-importer-namenotes.c). */
guint cmq_importer_name_note_start (GArray *lines, const LineInfo *info, guint first);
/* On a page of excerpts, the story's paragraph that a link to the whole ends ("… Read more…"),
 * the first one, when the story part ends there or another such excerpt follows: drops the link
 * from its text and returns the line under it, or lines->len (cmq-importer-excerpts.c). */
guint cmq_importer_excerpt_end (GArray *lines, const LineInfo *info, guint first);
/* Under the story, a label over short lines to the end, an e-mail address or a telephone number
 * among them: the press office's block, its label's line, or lines->len
 * (cmq-importer-contactblocks.c). */
guint cmq_importer_contact_block_start (GArray *lines, const LineInfo *info, guint first);
/* Among the dump's last lines, a sentence that speaks of the page and of its publishing ("Diese
 * Meldung ist vor 2018 erschienen."): the site's note, its line, or lines->len
 * (cmq-importer-selfnotes.c). */
guint cmq_importer_self_note_start (GArray *lines, const LineInfo *info, guint first);
gboolean cmq_importer_is_announced_item (GArray *lines, const LineInfo *info, guint last, guint i);
guint cmq_importer_announced_list_end (GArray *lines, const LineInfo *info, guint last);
/* Whether line @i, opened by a bullet, is the next item of a list that a story line ending with a
 * colon announces and that has a story paragraph among its items (cmq-importer-listruns.c). */
gboolean cmq_importer_continues_story_list (GArray *lines, const LineInfo *info, guint i);
/* Whether line @i, under the story's last line @last, an item of a section (a short heading over
 * items with bullets) of a story written as such sections, is one more section's heading or item
 * (cmq-importer-sectionruns.c). */
/* Line @first, the story's first, a kind's line with an aside in brackets ("Communiqué de presse
 * (la presse relaiera-t-elle ?)"): its role set, the next line that is not blank; or @first
 * (cmq-importer-kindasides.c). */
guint cmq_importer_skip_kind_with_aside (GArray *lines, guint first, CmqDumpParts *parts);
/* Over the story's first line @first and under the headline @headline, the fields of a media
 * advisory ("WANN: …", "WHERE: …") right above it: the first field's line, where the story starts;
 * or @first (cmq-importer-fieldleads.c). */
guint cmq_importer_advisory_fields_start (GArray *lines, const LineInfo *info, guint first,
                                          guint headline);
/* Over the story's first line @first and under the headline @headline, a lead ending with a colon
 * over only items, lines in capitals, short labels or sentences: the lead's line, where the story
 * starts; or @first (cmq-importer-colonleads.c). */
guint cmq_importer_colon_lead_start (GArray *lines, const LineInfo *info, guint first,
                                     guint headline);
gboolean cmq_importer_continues_story_sections (GArray *lines, const LineInfo *info, guint last,
                                                guint i);
/* Paragraphs from the story's first line @first that speak of the reader's personal data or
 * cookies and ask to accept them ("… przetwarzania danych osobowych … – Akceptuję"), over a short
 * line and more paragraphs: a site's notice above the release's head, leading chrome. Returns
 * the first paragraph under that line, or @first; @fold keeps @first's fold
 * (cmq-importer-notices.c). */
guint cmq_importer_skip_data_notice (GArray *lines, const LineInfo *info, guint first,
                                     CmqLineFold *fold);
/* The story's first line @first, when the site's notice that it uses cookies ("This website
 * uses cookies. Read about how we use cookies.") over more paragraphs: leading chrome. Returns
 * the next paragraph, or @first (cmq-importer-sitelabels.c). */
guint cmq_importer_skip_cookie_notice (GArray *lines, const LineInfo *info, guint first);
/* Above the story's first line @first, a wire's or a site's metadata fields ("Industry:
 * Environment", "Author:", "Tags: …"): leading chrome, never the headline
 * (cmq-importer-sitelabels.c). */
void cmq_importer_mark_metadata_fields (GArray *lines, const LineInfo *info, guint first);
/* Above the story's first line @first and under another line, a block of short lines whose
 * picture credit ("© …") has the caption under it and the picture's date last: captions
 * (cmq-importer-credited.c). */
void cmq_importer_mark_credited_captions (GArray *lines, const LineInfo *info, guint first);
/* The story's first line @first, a headline of parts joined by dashes, one the date alone and one
 * opening with a kind ("Installation du Conseil de la Couronne – le 22 juin 2018 – Allocution de
 * S.A.S. le Prince Souverain."), over more lines: the headline, read into @parts with its kind.
 * Returns the next story line, or @first (cmq-importer-dashed.c). */
guint cmq_importer_skip_dashed_headline (GArray *lines, const LineInfo *info, guint first,
                                         CmqDumpParts *parts);
/* A release-date line above the story's first line @first whose next line is the menu's link to
 * the home page ("Jueves, 26 de diciembre de 2024" over "Inicio"): the masthead's date of the
 * day the page is shown, a decoy, out of @parts' date lines (cmq-importer-notices.c). Of Line. */
void cmq_importer_mark_masthead_dates (GArray *lines, const LineInfo *info, guint first,
                                       CmqDumpParts *parts);
/* The story's first line @first, a repost's one sentence saying that the full text follows
 * ("Pubblichiamo il discorso integrale del questore …", "We publish the full text of …"), over
 * more paragraphs: standfirst. Returns the next paragraph, or @first (cmq-importer-notices.c). */
guint cmq_importer_skip_full_text_intro (GArray *lines, const LineInfo *info, guint first,
                                         CmqLineFold *fold);
/* The story's first line @first, a site's description of its section of releases
 * ("Pressemeddelelser er korte tekster om …", "Press releases are …"), over more paragraphs: leading
 * chrome. Returns the next paragraph, or @first (cmq-importer-notices.c). */
guint cmq_importer_skip_section_description (GArray *lines, const LineInfo *info, guint first,
                                             CmqLineFold *fold);
/* The story's first line @first, a site's disclaimer about its own article ("This news item is
 * designed to help the public …", "Cet article a pour objet …"), over more paragraphs: leading
 * chrome. Returns the next paragraph, or @first (cmq-importer-disclaimers.c). */
guint cmq_importer_skip_page_disclaimer (GArray *lines, const LineInfo *info, guint first);
/* Line @i, "Press Release: New Zealand Government" (a kind label, a colon and a short name) under
 * a headline-like line, past the page's date lines: the kind, set in @parts, and the line made
 * CMQ_LINE_KIND, never the headline (cmq-importer-marks.c). */
gboolean cmq_importer_mark_labelled_kind (GArray *lines, const LineInfo *info, guint i,
                                          CmqDumpParts *parts);
/* "Mario Draghi, President of the ECB, Vítor Constâncio, …, Frankfurt am Main, 6 September 2012":
 * a line of fields set apart by commas, the last a full date: the speakers, place and date
 * under a headline, never the headline; it gives @parts its dateline when it has none
 * (cmq-importer-marks.c). */
gboolean cmq_importer_read_dated_byline (const char *text, CmqDumpParts *parts);
/* "Mitschrift der Pressekonferenz - Montag, 16. September 2013": a kind, a dash and a date alone,
 * a label of the page, not a headline ending with its date; sets the kind in @parts
 * (cmq-importer-marks.c). */
gboolean cmq_importer_read_dated_kind_label (const char *text, CmqDumpParts *parts);

/* A letter's addressee line ("To the President of …", "Aan de Voorzitter van …"), the kind line
 * over it ("LETTER FROM …", "BRIEF VAN …") and its salutation ("Dear Mr President,"): never the
 * headline (cmq-importer-letters.c). */
gboolean cmq_importer_is_addressee (const char *text);
gboolean cmq_importer_is_letter_kind (const char *text);
/* Whether the addressee-shaped line @i of @lines (of Line) is shown to head a letter by the rest
 * of its block: a kind line above it, or a salutation, subject line or address below it. */
gboolean cmq_importer_heads_letter (GArray *lines, guint i);
/* "Postbus 20018", "2500 EA Den Haag", "Platz der Republik 1": a line of an address. */
gboolean cmq_importer_is_address_line (const char *text);
/* "34 919 Defensienota", "19/1234 Drucksache": a parliamentary paper's number, then its name. */
gboolean cmq_importer_opens_with_document_number (const char *text);
/* "Warszawa, dnia 3 maja 2010 r.": a place and a date alone whose final full stop is the year's
 * abbreviation's ("r.", rok), not a sentence's end. */
gboolean cmq_importer_is_year_abbreviated_dateline (const char *text);

/* Lines near a headline that are never the headline (cmq-importer-sections.c). What follows the
 * last dash set apart by spaces in @text, or NULL; its offset in @before when not NULL. */
const char *cmq_importer_after_last_dash (const char *text, gsize *before);
/* "Jean Dupont - Speeches": a name, a dash and one word of a site's sections. */
gboolean cmq_importer_is_section_link (const char *text);
/* "Eurofi – 13 septembre 2024": an event's name and its date. */
gboolean cmq_importer_is_event_and_date (const char *text);
/* "Jane Doe, Deputy Governor of the Central Bank": a speaker's name and office alone. */
gboolean cmq_importer_is_speaker_line (const char *text);
gboolean cmq_importer_is_spokesperson_line (const char *text);

G_END_DECLS
