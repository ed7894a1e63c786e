/* cmq-importer-private.h: what the importer's units (text, chrome, paragraphs, title, quotes,
 * language) share.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "cmq-date.h"
#include "cmq-importer.h"

G_BEGIN_DECLS

#define CMQ_TITLE_MAX_CHARS 100

struct _CmqImporter
{
  GObject parent_instance;

  GHashTable *learnt_files; /* the cleaned lines of each file learnt, a set */
  GHashTable *learnt_lines; /* line key -> number of distinct files holding it */
  GHashTable *site_files;   /* site (cmq_importer_site_of ()) -> number of files learnt */
  GHashTable *site_lines;   /* site -> (line key -> number of the site's files holding it) */
  GHashTable *site_orders;  /* site -> the CmqDateFindFlags orders its files' figures show, OR'ed */
  GHashTable *template_orders; /* date line's template -> the orders its figures show, OR'ed */
};

/* What a line of a dump is (see cmq-importer-roles.c). */
typedef enum
{
  CMQ_LINE_STORY, /* a story paragraph, or a line of one */
  CMQ_LINE_LEADING_CHROME,
  CMQ_LINE_HEADLINE,
  CMQ_LINE_STANDFIRST, /* between the headline and the dateline: a subtitle, a speech's venue */
  CMQ_LINE_DATELINE,
  CMQ_LINE_KIND,         /* "Press release", "Statement" on a line of its own */
  CMQ_LINE_RELEASE_DATE, /* "Published: 3 May 2021" */
  CMQ_LINE_DECOY_DATE,   /* "Last updated: …", "Dernière modification : …" */
  CMQ_LINE_CHROME,       /* inside the story: a share bar, a known footer line */
  CMQ_LINE_CAPTION,      /* a photo's caption, known by its credit: "… (Photo: D. Calma/IAEA)" */
  CMQ_LINE_TRAILING_CHROME,
} CmqLineRole;

/* One line of a dump. */
typedef struct
{
  char *text; /* trimmed, spaces collapsed; "" for a blank line */
  char *key;  /* cmq_importer_key() of the text, once known */
  gboolean chrome;
  CmqLineRole role;
  /* What was cut off the line's end (a wire's note glued to the story's last sentence): never
   * shown, still read for the release's source; or NULL */
  char *cut;
  gboolean ticker; /* a news ticker's headlines set apart by runs of spaces: chrome */
} Line;

/* What the lines around the story say. */
typedef struct
{
  char *headline;             /* as written, or NULL */
  char *dateline;             /* the dateline's place and date, or NULL */
  char *sign_off;             /* the place and date signed under the story, or NULL */
  GPtrArray *date_lines;      /* of char *: release-date lines, the best evidence of the date */
  GPtrArray *captions;        /* of char *: photo captions, the last place a date is looked for */
  char *update_stamp;         /* the page's update stamp above the story, a decoy, or NULL */
  const char *kind;           /* static: "press release", "statement"…, or NULL */
  const char *furniture_kind; /* static: the kind the furniture above the story names, or NULL */
  char *source;               /* an organisation's name, or NULL */
  char *url;
  CmqDateFindFlags numeric_order; /* how the file, or else its site, writes dates in figures */
  gboolean numeric_ambiguous;     /* a date in figures neither of them decides (11/06/2024) */
  /* how the release-date lines write dates in figures: as numeric_order, or else as the file
   * writes its dates in words ("May 12": cmq-importer-wordorder.c); never the site's stamps */
  CmqDateFindFlags date_line_order;
} CmqDumpParts;

void cmq_dump_parts_clear (CmqDumpParts *parts);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CmqDumpParts, cmq_dump_parts_clear)

#define CHARS_BLOCK 64

/* g_utf8_strlen (@text, -1) of valid UTF-8 when that is at most @max, otherwise @max + 1: lines
 * are only ever compared with a few limits, and a long one need not be counted to its end.
 * Inline, as both are called for every line from several units. */
static inline gsize
cmq_importer_chars_up_to (const char *text, gsize max)
{
  gsize n = 0;

  /* The bytes that start a character, counted by blocks whose length strnlen() finds: with no
   * test of each byte for the end, the compiler counts many at once. */
  for (const char *p = text;; p += CHARS_BLOCK)
    {
      gsize len = strnlen (p, CHARS_BLOCK);

      for (gsize i = 0; i < len; i++)
        n += ((guchar) p[i] & 0xC0) != 0x80;
      if (n > max)
        return max + 1;
      if (len < CHARS_BLOCK)
        return n;
    }
}

/* The words of a key (words are separated by one space). The spaces are counted over a length
 * that strlen() finds: with no test of each byte for the end, the compiler counts many at once
 * (the byte-at-a-time loop cost more than any other line of cmq_importer_assign_roles ()). */
static inline guint
cmq_importer_count_words (const char *key)
{
  gsize len = strlen (key);
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    n += key[i] == ' ';
  return len > 0 ? n + 1 : 0;
}
/* Of Line, split on LF, CRLF and CR alike, each trimmed with its spaces collapsed; keys unset. */
GArray *cmq_importer_split_lines (const char *text);
/* Cuts a link's text glued in brackets after the last sentence of @text ("… as a whole."
 * (more...)), in place (cmq-importer-marks.c). */
void cmq_importer_strip_link_tail (char *text);
void cmq_importer_line_clear (Line *line);

/* Whether a line is in the chrome phrase table. @n_words: cmq_importer_count_words (@key). */
gboolean cmq_importer_is_known_chrome (const char *line, const char *key, guint n_words);
/* Whether a line is a long phrase of the table with a word or two changed: not enough to call a
 * line chrome, enough to refuse it as a headline only inferred (cmq-importer-chrome.c). */
gboolean cmq_importer_is_near_known_chrome (const char *key, guint n_words);
/* Whether a line recurs in enough of the files learnt by @self to be chrome. */
gboolean cmq_importer_is_repeated (CmqImporter *self, const char *key);
/* The website a file comes from, from its first line, as learnt files are grouped. */
char *cmq_importer_site_of (const char *first_line);
/* The lines learnt from @site (key -> number of its files holding it; NULL when none), and in
 * @site_files how many of its files were learnt. */
GHashTable *cmq_importer_site_lines (CmqImporter *self, const char *site, guint *site_files);
/* Whether a line recurs in enough of the learnt files of a site (@site_files of them, whose lines
 * are @site_lines) to be its chrome: three files of one website are enough, however large the
 * library. */
/* How the other files learnt from the site of the file whose lines are @lines write their dates
 * in figures (cmq_date_numeric_order ()), when they all agree; CMQ_DATE_FIND_NONE otherwise. */
CmqDateFindFlags cmq_importer_site_numeric_order (CmqImporter *self, GArray *lines);
/* Learns how the date lines of @lines write their dates in figures, by template (the line with
 * its numbers taken out; cmq-importer-templates.c). */
void cmq_importer_learn_date_templates (CmqImporter *self, GArray *lines);
/* How the other files learnt write their dates in figures on lines of the same template as a
 * line of @lines, when they all agree; CMQ_DATE_FIND_NONE otherwise. */
CmqDateFindFlags cmq_importer_template_numeric_order (CmqImporter *self, GArray *lines);
/* How @text writes its dates in figures, from how it writes its dates in words ("May 12": month
 * first; "12 May", "12 mai": day first), when they all agree; CMQ_DATE_FIND_NONE otherwise
 * (cmq-importer-wordorder.c). */
CmqDateFindFlags cmq_importer_words_numeric_order (const char *text);
/* Gives a year-less @guess the year of @url's dated path ("/2023/11/") when its month is the
 * guess's and the year is not after @reference's (cmq-importer-urlyears.c). */
void cmq_importer_year_from_url (const char *url, const GDate *reference, CmqDateGuess *guess);
/* The keys of more-links.txt ("Read more", "Lire la suite", "… Show Full Article"), the links to a
 * whole text, loaded once (cmq-importer-excerpts.c). */
GPtrArray *cmq_importer_more_links (void);
/* Whether the line of @key, of @words words, is one of the site's own lines (a menu, a tagline, a
 * standing note) by how many of its @site_files learnt files have it; a @sentence (a line ending
 * with its stop) only when most of them have it (cmq-importer-chrome.c). */
gboolean cmq_importer_is_repeated_on_site (GHashTable *site_lines, guint site_files,
                                           const char *key, guint words, gboolean sentence);

/* Whether @text ends like a sentence: . ! ? : … or a closing quote mark, before any ) or ]. */
gboolean cmq_importer_ends_sentence (const char *text);
/* The width a hard-wrapped file is wrapped at, from its lines that are not chrome; 0 when it is
 * not hard-wrapped. */
guint cmq_importer_find_wrap_width (GArray *lines);
/* In a hard-wrapped file, the source lines of one paragraph become one line. */
void cmq_importer_join_hard_wraps (GArray *lines);
/* In a file not hard-wrapped as a whole, a lead sentence wrapped over a few short lines, breaks
 * inside it shown by words that cannot end a sentence, becomes one line
 * (cmq-importer-wrappedleads.c). */
void cmq_importer_join_wrapped_leads (GArray *lines);
/* Whether cmq_importer_join_hard_wraps () joins @line to @next in a file wrapped at @width
 * (cmq-importer-paragraphs.c). */
gboolean cmq_importer_wraps_into (const char *line, const char *next, guint width);
/* Whether @text's last word (the whole of a one-word @text) is one that cannot end a sentence
 * (open-words.txt: articles, prepositions, conjunctions; cmq-importer-wrappedleads.c). */
gboolean cmq_importer_ends_with_open_word (const char *text);
/* A hard-wrapped text saved double-spaced: takes out the blank lines inside its paragraphs
 * and returns TRUE, or leaves @lines as they are and returns FALSE
 * (cmq-importer-doublespaced.c). */
gboolean cmq_importer_close_double_spacing (GArray *lines);
/* Joins the lines that are not chrome into paragraphs (see cmq-importer-paragraphs.c). */
void cmq_importer_build_paragraphs (GArray *lines, GPtrArray *paragraphs, GArray *n_lines,
                                    GPtrArray *keys);
/* Whether @paragraph is a line of a speech's salutation ("Madam Chair,"), kept as the story's
 * (cmq-importer-salutations.c). */
gboolean cmq_importer_is_salutation_part (const char *paragraph, const char *previous,
                                          const char *next, const char *after, gboolean last);
/* A heading over two items with a drawn bullet, right under an item with that bullet: the next
 * section of a story written as sections, kept as a paragraph (cmq-importer-sectionruns.c). */
gboolean cmq_importer_heads_section (const char *paragraph, const char *previous, const char *next,
                                     const char *after);
/* Of each of @paragraphs (their keys @keys), whether it is a line of a block of the story's own
 * without a full stop (a table, a list of names, a speech's title block), never a caption; free
 * with g_free () (cmq-importer-blocks.c). */
gboolean *cmq_importer_find_story_blocks (GPtrArray *paragraphs, GPtrArray *keys);
/* Removes captions and repeated teasers; keeps subheadings inside the story and appends their
 * indices to @subheadings (of guint). Returns the number of source lines removed. */
guint cmq_importer_remove_captions (GPtrArray *paragraphs, GArray *n_lines, GPtrArray *keys,
                                    GArray *subheadings);

/* Sets the role of every line (and its chrome flag) and fills @parts; returns the number of
 * chrome lines. */
guint cmq_importer_assign_roles (CmqImporter *self, GArray *lines, CmqDumpParts *parts);
/* What a line's words are (cmq_importer_interface_kind ()). */
enum
{
  CMQ_WORD_INTERFACE = 1,
  CMQ_WORD_FILLER = 2,
  CMQ_WORD_OPENER = 3, /* an interface word that opens a section of links */
};

/* 0, or CMQ_WORD_INTERFACE (or CMQ_WORD_OPENER) when a short line is made only of web-interface
 * and filler words. */
guint cmq_importer_interface_kind (const char *key, guint n_words);
/* The heading of a site's note about its organisation after the story ("About the ICRC"): a "^"
 * opener of interface-words.txt, a capital after it, no sentence. */
gboolean cmq_importer_is_note_heading (const char *text, const char *key, guint n_words);
/* "UWAGA: …", "DISCLAIMER: …": a line opened by a notice label of interface-words.txt ("!"), in
 * capitals, and a colon. */
gboolean cmq_importer_is_notice (const char *text, const char *key);
/* Whether a line is the site's notice that it uses cookies (cmq-importer-cookies.c). @key is the
 * line's key (lower case, no accents). */
gboolean cmq_importer_is_cookie_notice (const char *key);
/* Whether a line names three social networks or more, with interface words and the site's handles
 * only ("Facebook, Twitter, YouTube … Follow @metoffice on Twitter"): the site's links to its
 * accounts (cmq-importer-sitelabels.c). @key is the line's key, @n_words its words. */
gboolean cmq_importer_is_social_line (const char *text, const char *key, guint n_words);
/* "Published 3 days ago", "Publié il y a 2 ans": how long ago the page was published, never the
 * headline (cmq-importer-notices.c). @key is the line's key, @n_words its words. */
gboolean cmq_importer_is_relative_age (const char *key, guint n_words);
/* "Press Office", "Service de presse": the issuing office's name alone, never the headline
 * (cmq-importer-notices.c). @key is the line's key. */
gboolean cmq_importer_is_press_office_label (const char *key);
/* A short line made only of web-interface words ("Share this page", "Vous êtes ici"). */
gboolean cmq_importer_is_interface_line (const char *key, guint n_words);
gboolean cmq_importer_is_link_list (const char *text);
/* cmq-importer-widgets.c */
gboolean cmq_importer_is_glued_repeat (const char *text, const char *key, guint n_words);
gboolean cmq_importer_ends_with_phone (const char *text);
/* CMQ_LINE_RELEASE_DATE, CMQ_LINE_DECOY_DATE or CMQ_LINE_STORY (neither). */
CmqLineRole cmq_importer_date_line_role (const char *text);
/* Whether @key, a story sentence's words between spaces, calls its readers, the public or the
 * press to an event to come ("à se rassembler", "are invited to"; cmq-importer-invitations.c). */
gboolean cmq_importer_invites_to_event (const char *key);
/* The text after the bullet of a list's item that says when the page was published ("• Publié
 * le 10/01/2012 à 09:42"), or NULL (cmq-importer-bulletdates.c). */
const char *cmq_importer_after_published_bullet (const char *text);
gboolean cmq_importer_ends_dangling (const char *text);
gboolean cmq_importer_is_head_date_line (const char *text);
/* Whether @text is a site's publishing stamp: its name, a full date and a time of day ("Just Earth
 * News 28 Sep 2016, 05:52 am Print"; cmq-importer-stamps.c). */
gboolean cmq_importer_is_named_stamp (const char *text);
gboolean cmq_importer_is_date_label (const char *text);
/* The kind (kinds.txt) whose phrase opens the folded @folded, the longest one; with @whole,
 * only when the phrase is all the line says, but for a number ("Press Release SG/SM/11324"). */
const char *cmq_importer_kind_of_start (const char *folded, gboolean whole);
/* The same, of a label alone between brackets or after a bullet: "(Communiqué)". */
const char *cmq_importer_kind_of_marked_label (const char *folded);
/* The kind of a kind's line with an aside in lower case in brackets after it ("Communiqué de
 * presse (la presse relaiera-t-elle ?)"), or NULL (cmq-importer-kindasides.c). */
const char *cmq_importer_kind_with_aside (const char *text);
/* Whether @text (@key, of @n_words) is a short line announcing the page's related content
 * ("Sur le même sujet, vous pouvez également consulter nos articles:"; related-openers.txt,
 * cmq-importer-related.c). */
gboolean cmq_importer_is_related_opener (const char *text, const char *key, guint n_words);
/* Whether @text says it is a picture's caption or credit ("Photo Caption: …", "Légende : …",
 * "(Photo: …)", "© Jane Doe", "De gauche à droite : …"; cmq-importer-captionlabels.c). */
gboolean cmq_importer_is_labelled_caption (const char *text);
/* Bytes of that phrase in @folded, or 0. */
gsize cmq_importer_kind_phrase_length (const char *folded);
/* Bytes no phrase of kinds.txt holds (checked as it is read): a line with one is no label alone. */
#define CMQ_IMPORTER_NOT_IN_KIND_PHRASES "0123456789,;()!?"
/* "News Release Article from National Defence and the Canadian Armed Forces" (heldout15
 * canada-02): a kind, perhaps the page's type, "from" and the issuer's name; a kind line over the
 * headline, never the headline (cmq-importer-kinds.c). */
gboolean cmq_importer_is_kind_from_issuer (const char *text);
/* The kind whose phrase, in the plural ("Pressemeddelelser", "Communiqués de presse", "Press
 * releases"), opens the folded @folded, its bytes in @length; or NULL. */
const char *cmq_importer_kind_of_plural_start (const char *folded, gsize *length);
/* The kind the page's furniture above the story names (the headline and blank lines passed
 * over): the last crumb of a breadcrumb ("Accueil > Présidence > Communiqué"), a kind label after
 * a list's bullet, a line of categories ("Olympic News, Press Release"); or NULL
 * (cmq-importer-furniture.c). */
const char *cmq_importer_kind_of_head_furniture (GArray *lines);
/* The kind of a standfirst that is a byline ("Speech by the Minister for Defence at…"), or NULL
 * (cmq-importer-kinds.c). */
const char *cmq_importer_kind_of_standfirst (const char *text);
/* "– Israël-Gaza – Déclaration de M. Laurent Fabius…": a topic between dashes, then a byline:
 * the byline's kind, or NULL (cmq-importer-kinds.c). */
const char *cmq_importer_kind_of_topic_byline (const char *text);
/* "Monday, November 11 2002 MEDIA RELEASE": a date line (cmq_importer_is_head_date_line ()) with
 * a kind label after it, the label's kind; or NULL (cmq-importer-labelkinds.c). */
const char *cmq_importer_kind_after_date (const char *text);
/* The kind of a date and kind label line (cmq_importer_kind_after_date ()) among the first lines
 * of the story from line @first on, or NULL. */
const char *cmq_importer_kind_after_date_in_story_head (GArray *lines, guint first);
/* "News and Press Release": kind labels alone, in the singular, joined by "and", "et", "und"…;
 * the most telling one's kind (a press release over a news item), or NULL
 * (cmq-importer-labelkinds.c). */
const char *cmq_importer_kind_of_joined_labels (const char *text);
/* "MFA Press Statement: …": the acronyms of the issuer, then a kind label alone, before the
 * colon that opens a line; the label's kind, or NULL (cmq-importer-labelkinds.c). */
const char *cmq_importer_kind_of_issuer_label (const char *text);
/* "Communiqué d'Europe Ecologie Les Verts - Val de Marne.": the kind of a byline closed by a
 * full stop, of a few words or naming its issuer, on a line of its own; or NULL
 * (cmq-importer-kinds.c). */
const char *cmq_importer_kind_of_closed_byline (const char *text);
/* The kind a breadcrumb on line @i names when its last crumb is the headline: the nearest crumb
 * before it that is a kind label alone, in the singular or the plural; or NULL
 * (cmq-importer-crumbkinds.c). */
const char *cmq_importer_kind_of_crumbs_to_headline (GArray *lines, guint i);
/* A kind in the plural alone on its line right over the headline: the list's (cmq-importer-listed.c). */
const char *cmq_importer_kind_of_list_heading (GArray *lines, guint i);
/* The kind a short line of the page announces for the text it gives whole ("Pubblichiamo il
 * discorso integrale…", "Read the statement in full"), or NULL (cmq-importer-announced.c). */
const char *cmq_importer_kind_announced (GArray *lines);
/* The kind alone on a line ("Press Release"), or a label that names none ("Media Advisory"), not
 * a byline ("Remarks by …"). */
gboolean cmq_importer_is_kind_label (const char *text);
/* "Media Advisory", "Avis aux médias": a release's type that is none of the kinds, alone on its
 * line (but for a number): a label, never the headline, that gives no kind. */
gboolean cmq_importer_is_kindless_label (const char *text);
/* "Press Release: New Zealand Government", "Communiqué de presse : Déclaration de…": a kind label
 * (cmq_importer_is_kind_label ()) before the first colon of @text. Returns its kind ("press
 * release"), or NULL when the text before the colon is not one; @label_bytes (or NULL) receives
 * the bytes before the colon, @rest (or NULL) where the words after the colon and its spaces
 * begin. The one reader of such labels, for the title, the kind and the source alike. */
const char *cmq_importer_split_kind_label (const char *text, gsize *label_bytes, const char **rest);
/* "Brief regering", "Open letter", "Lettre ouverte": a label saying that the release is a letter,
 * before the colon of its headline (cmq-importer-letters.c); a letter is no kind of the lexicon. */
gboolean cmq_importer_is_letter_label (const char *label);
/* "Dear Mr President,", "Sehr geehrter Herr Präsident,": a letter's salutation (its own line). */
gboolean cmq_importer_is_letter_salutation (const char *text);
/* CMQ_LINE_DATELINE or CMQ_LINE_KIND, filling @parts, or CMQ_LINE_STORY. */
CmqLineRole cmq_importer_meta_role (const char *text, CmqDumpParts *parts);
/* cmq-importer-contactdates.c: cmq_importer_meta_role () above the story, where a contact's name
 * and telephone numbers ("Name, 05-96-39-39-20 ou 06-96-23-19-93") are no dateline (the story). */
CmqLineRole cmq_importer_head_meta_role (const char *text, CmqDumpParts *parts);
/* A line ending with its date in parentheses: "… (25 janvier 2024)". */
gboolean cmq_importer_has_dated_parentheses (const char *text);
gboolean cmq_importer_ends_with_date (const char *text);
gsize cmq_importer_glued_dateline (const char *text);
/* "Dyżurny rozpoznał … w telewizji Data publikacji 19.09.2019 Powrót …" (heldout15
 * policja-01): text of a headline's shape, then a release-date label of more than one word and
 * its date, glued on one line before more text. Returns where the label starts, and sets @end
 * where its date ends; or 0 when there is no such glued label. */
gsize cmq_importer_glued_date_label (const char *text, gsize *end);
/* Appends the @len first bytes of @text to @lines (of Line) as a line, then a blank line: a
 * line cut in two by the rules that split glued lines (cmq-importer-glued.c). */
void cmq_importer_append_paragraph (GArray *lines, const char *text, gsize len);
/* Splits @line, of the page's first lines, when a headline is glued to its date label
 * (cmq_importer_glued_date_label ()): appends the headline, the label with its date and the
 * page's links after it to @lines as lines of their own, and leaves the rest in @line
 * (cmq-importer-glued.c). Of Line. */
void cmq_importer_split_glued_date_label (GArray *lines, Line *line);
/* Splits @line, the page's first line, when the page's head and its story are glued on it around
 * a place and a full date ("… Spokesperson Washington, DC August 9, 2013 On Sunday, …"): appends
 * the head to @lines as a line of its own, and leaves the place, its date and the story in @line;
 * under an earlier line, only when @line opens with it said again, its copy, subtitle, dateline
 * and kind cut apart (cmq-importer-gluedplacedates.c). */
void cmq_importer_split_glued_place_date (GArray *lines, Line *line);
/* Splits @line, of the page's first lines, when a run of words (the headline) is said twice in a
 * row on it before a capital: appends the words before the run and the run, once, to @lines as
 * lines of their own, and leaves the story after the copy in @line (cmq-importer-gluedtwice.c). */
void cmq_importer_split_glued_twice (GArray *lines, Line *line);
/* Splits @line when a headline is glued on it before a dateline that gives its place and region
 * in brackets and a dash ("… Unveiled (Omaha, NE) – A new …"): appends a hidden e-mail address
 * that opens it and the headline to @lines as lines of their own, and leaves the dateline and
 * the story in @line (cmq-importer-gluedbrackets.c). */
void cmq_importer_split_glued_bracket_dateline (GArray *lines, Line *line);
/* Splits @line when it opens with the page's date stamp, once or twice, glued to a capital with no
 * space ("16 June 2009 16 June 2009NEW YORK, 16 June 2009 – …"): appends the date to @lines as a
 * line of its own, then a blank line, and leaves the text from the capital on in @line
 * (cmq-importer-gluedstamps.c). Of Line. */
void cmq_importer_split_glued_stamp (GArray *lines, Line *line);
/* Splits @line, of the page's first lines, when an earlier line of the head (the headline) comes
 * back inside it, between a few words that label the page (its office, number, place and date)
 * and the story's first sentence: appends the label and the headline's copy to @lines as lines of
 * their own and leaves the story in @line (cmq-importer-glued.c). Of Line. */
void cmq_importer_split_glued_headline (GArray *lines, Line *line);
/* An image's name (its alternative text in lower case, or its file's name) glued before the
 * first word of @line, a paragraph: cut off onto a line of its own appended to @lines
 * (cmq-importer-gluedimages.c). */
void cmq_importer_split_glued_image (GArray *lines, Line *line);
/* Whether the @len bytes at @raw, a line before its spaces are collapsed, are a news ticker:
 * headlines set apart by runs of spaces (cmq-importer-tickers.c). */
gboolean cmq_importer_is_ticker (const char *raw, gsize len);
/* "- Il vicepremier … ha partecipato oggi …. (Res)": strips the dash before @line when it is the
 * dump's first line that is not blank and a long paragraph of sentences opening with a capital
 * after it (cmq-importer-glued.c). Of Line. */
void cmq_importer_strip_opening_dash (GArray *lines, Line *line);
/* "+32 22815150", "Tel: 01 90 115-0": a line that is a telephone number. */
gboolean cmq_importer_is_phone_line (const char *text);
/* A short line giving a press office's e-mail address or telephone number. */
gboolean cmq_importer_is_contact_line (const char *text);
gboolean cmq_importer_has_contact_details (const char *text);
/* A line of a press contact: a contact line or a telephone number alone (prompts.c). */
gboolean cmq_importer_is_contact_detail (const char *text);
/* "Rt Hon Winston Peters": a name after an honorific, alone on its line (text.c). */
#define MAX_HONORIFIC_NAME_WORDS 7
gboolean cmq_importer_is_honorific_name (const char *text);
/* Marks those closing the story, from line @last up (cmq-importer-chrome.c). */
void cmq_importer_mark_closing_contacts (GArray *lines, guint first, guint last);
/* A short line whose last sentence sends the reader to the press office or the site ("Pour
 * toute demande média, …", "For more information: …"), from contact-prompts.txt
 * (cmq-importer-prompts.c). */
gboolean cmq_importer_is_contact_prompt (const char *text);
/* A telephone number with its trunk zero ("01 53 38 66 00", "0151 52 70 21 75") in @text. */
gboolean cmq_importer_has_trunk_phone (const char *text);
/* Whether @text holds an "@" or a run of figures that a contact pattern needs (prompts.c). */
gboolean cmq_importer_may_have_contact_details (const char *text);
/* A clock time ("02:08") in @text. */
gboolean cmq_importer_has_time (const char *text);
/* A line made mostly of an organisation's names: a site name, never a headline. */
gboolean cmq_importer_is_published_credit (const char *text);
/* Whether a verb in the future tense of @language governs @day, written after it in the same
 * clause of @sentence: the day of what is to come (cmq-importer-clauses.c). */
gboolean cmq_importer_future_governs_day (const char *sentence, const char *language, guint day);
/* Whether @day opens a range of days in @key (a dated sentence's cmq_importer_key (), between
 * spaces: "16 17 february", "du 16 au 17") that the sentence reports as an event held ("was held",
 * "s'est tenue"), and the sentence does not say it is the release's own day ("today";
 * cmq-importer-eventranges.c). */
gboolean cmq_importer_opens_day_range (const char *key, guint day);
/* Whether @key (a dated sentence's cmq_importer_key (), between spaces) announces a meeting or a
 * trip to come in its main clause: "will be held", "se tiendra", "findet … statt", "next
 * Thursday" (cmq-importer-clauses.c). */
gboolean cmq_importer_announces_event (const char *key);
/* Whether @sentence opens with "since" (or its word in another language) and @day is in that
 * opening clause. */
gboolean cmq_importer_since_governs_day (const char *sentence, guint day);
/* Whether @day dates a law, decree or other legal act that @sentence names ("la loi du 22
 * février 2012", "the Act of 3 May"; cmq-importer-clauses.c). */
gboolean cmq_importer_legal_act_governs_day (const char *sentence, guint day);
/* Whether @day in @sentence is the day a measure takes effect ("effective 1 October"). */
gboolean cmq_importer_effect_governs_day (const char *sentence, guint day);
/* Whether @day follows a part of the day ("am Abend des", "on the night of", "dans la nuit du") in
 * @sentence (@key: its cmq_importer_key ()): the hour of an event the story tells. */
gboolean cmq_importer_part_of_day_governs_day (const char *sentence, const char *key, guint day);
/* @regex, compiled from @pattern (caseless) the first time. */
GRegex *cmq_importer_regex_get (gsize *initialised, GRegex **regex, const char *pattern);
/* A pattern matched through PCRE2 directly, as GRegex would (cmq-importer-regex.c): for the
 * patterns tried at every line, where GRegex's own work per call is a third of the cost. */
typedef struct _CmqRegex CmqRegex;
/* @pattern compiled (caseless or not), or NULL if it is not a pattern. The importer's own
 * patterns are compiled once and kept (cmq_regex_get ()); others are freed with cmq_regex_free (). */
CmqRegex *cmq_regex_new (const char *pattern, gboolean caseless);
void cmq_regex_free (CmqRegex *regex);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqRegex, cmq_regex_free)
/* @regex, compiled from @pattern (caseless) the first time. */
CmqRegex *cmq_regex_get (gsize *initialised, CmqRegex **regex, const char *pattern);
gboolean cmq_regex_match (CmqRegex *regex, const char *text);
/* Whether @regex matches @text; if so, the byte offsets of @group's first match in @start and
 * @end (either may be NULL), -1 when the group took no part. */
gboolean cmq_regex_find (CmqRegex *regex, const char *text, guint group, int *start, int *end);
/* @regex's first match in @text, kept in the calling thread until its next match: the count of
 * its groups set, the whole match's included (g_match_info_get_match_count ()), or 0 for none. */
int cmq_regex_exec (CmqRegex *regex, const char *text);
/* The same from byte @offset of @text (what is before it still seen by lookbehinds). */
int cmq_regex_exec_at (CmqRegex *regex, const char *text, gsize offset);
/* @regex's next match in @text after the thread's last one, which was in @text and found
 * something (g_match_info_next ()). */
int cmq_regex_exec_next (CmqRegex *regex, const char *text);
/* Where @group of the thread's last match is, as cmq_regex_find (); FALSE if it took no part. */
gboolean cmq_regex_group (guint group, int *start, int *end);
/* Whether a match of @regex in @text whose group 1 starts in the first @before bytes holds the
 * number @day there: the day a clause or a time of day governs, for the rules that read one. */
gboolean cmq_date_group_holds_day (CmqRegex *regex, const char *text, gsize before, guint day);
/* @group of the thread's last match, in @text, newly allocated: "" if it took no part. */
char *cmq_regex_fetch (const char *text, guint group);
gboolean cmq_importer_is_site_name (const char *text, const char *key);
/* A known organisation's name as the table writes it when @name is one, else @name as written;
 * newly allocated (cmq-importer-organisations.c). */
char *cmq_importer_known_or_written (const char *name);
/* Whether a word of @key is one of a known organisation's names: a quick test for lines naming
 * none (cmq-importer-organisations.c). */
gboolean cmq_importer_names_organisation_word (const char *key);
/* The known organisation a web domain (or a subdomain of it) belongs to, or NULL. */
const char *cmq_importer_organisation_of_domain (const char *host);
const char *cmq_importer_organisation_of_mail_host (const char *host);
/* Whether @word (as written) is one of institution-words.txt: a word that makes a name an
 * institution's ("Ministry", "Cour", "Polizei"). */
gboolean cmq_importer_is_institution_word (const char *word);
/* "Kreispolizeibehörde", "Landesregierung": a compound word ending with a word of
 * institution-words.txt of six letters or more (cmq-importer-compounds.c). */
gboolean cmq_importer_is_compound_institution_word (const char *word);
/* Whether @word is one of the small words a name may hold without a capital ("of", "de", "für"). */
gboolean cmq_importer_is_name_small_word (const char *word);
/* Whether @name is shaped as an institution's name: 2 to 6 words with capitals but for small
 * ones, no punctuation or digit, and a word of institution-words.txt
 * (cmq-importer-labelledissuers.c). */
gboolean cmq_importer_is_institution_name (const char *name);
/* Whether @name may be an organisation's name given by a label line: a capital first, a few
 * words, no sentence punctuation or digit, not interface words (cmq-importer-labelledissuers.c). */
gboolean cmq_importer_is_label_name (const char *name);
/* Whether a story line names @name, or its acronym, as whole words. */
gboolean cmq_importer_story_names (GArray *lines, const char *name);
/* Whether the story names @name, one titled word, only after a given name: a person's surname,
 * no organisation (cmq-importer-surnames.c). */
gboolean cmq_importer_is_story_surname (GArray *lines, const char *name);
/* "Filed under Press releases", "Archivado en Comunicados": a post's category line, never the
 * headline; the kind its category names in the plural, or NULL (cmq-importer-categories.c). */
gboolean cmq_importer_is_category_line (const char *text);
const char *cmq_importer_kind_of_category_line (const char *text);
/* Whether @text, a few words at least, ends with a word that cannot end a sentence
 * (open-words.txt): a sentence broken across lines, no headline (cmq-importer-openends.c). */
gboolean cmq_importer_is_broken_sentence (const char *text);
/* The kinds of words with which a line presents an organisation (presenting-openings.txt). */
typedef enum
{
  CMQ_PRESENTING_NEWS = 1 << 0,     /* "News from X", "X - latest news" */
  CMQ_PRESENTING_ABOUT = 1 << 1,    /* "About X", "À propos de X" */
  CMQ_PRESENTING_ANNOUNCE = 1 << 2, /* "X is pleased to announce" */
  CMQ_PRESENTING_PRESENT = 1 << 3,  /* "X is …", "X (Y) est …": a note's subject and verb */
  CMQ_PRESENTING_ACTIVITY = 1 << 4, /* "X leads …", "X förser …": what the organisation does */
} CmqPresenting;

/* The name after an opening of @kinds ("News from X", "About the X:"), to the line's end (a
 * colon or full stop after it left out); to the end of its first clause ("Latest press releases
 * from X, as well as …"); before a phrase of @kinds after it ("X - Newsroom", "X is pleased to
 * announce …"). As written (an article after the opening left out), newly allocated, or NULL
 * (cmq-importer-openings.c). */
char *cmq_importer_name_after_opening (const char *text, CmqPresenting kinds);
char *cmq_importer_name_after_opening_in_clause (const char *text, CmqPresenting kinds);
char *cmq_importer_name_before_closing (const char *text, CmqPresenting kinds);

/* The first name that @name_of gives for a line above the story, the headline too unless
 * @skip_headline, of a length a naming line has (cmq-importer-sitenames.c), or NULL. */
typedef char *(*CmqNameOfLine) (GArray *lines, const Line *line);
char *cmq_importer_first_name_above_story (GArray *lines, gboolean skip_headline,
                                           CmqNameOfLine name_of);

/* The name a site-name line above the story gives ("News from X", "X - latest news", "X.com",
 * "X (Seat)"), and the issuer a press office line or an "About X" note after the story names
 * when the story names it too (cmq-importer-sitenames.c); as written, newly allocated, or NULL. */
char *cmq_importer_find_site_name (GArray *lines);
char *cmq_importer_find_office_issuer (GArray *lines);
/* The issuer a title's or date line's "… | X" tail names (when the story names it too), or a
 * "From:" line's institution, above the story (cmq-importer-sitenames.c). */
char *cmq_importer_find_tail_issuer (GArray *lines);
/* Whether a URL line's @url (at @host) may be the page's own address: never an image's, nor a
 * share link's, unless the link carries the page's address ("…/sharer.php?u=https%3A…"), which
 * then replaces @url and @host. */
gboolean cmq_importer_page_address (char **url, char **host);
/* The known organisation, all of the words before the office, whose office-holder @text opens
 * with ("IAEA Director General …"), or NULL. */
const char *cmq_importer_organisation_of_match (CmqRegex *regex, const char *text, gboolean whole);
const char *cmq_importer_office_holder_organisation (const char *text);
/* The office a release-date line names beside its date, and the known organisation whose head
 * the story's first line opens with (cmq-importer-issuer.c); newly allocated, or NULL. */
char *cmq_importer_find_dated_issuer (GArray *lines);
char *cmq_importer_find_lead_issuer (GArray *lines);
/* The issuer a repost's "issued by" line, a portal's dated credit "X (ABBR), date", a list's
 * "Latest press releases from X" or the heading of an "about" note after the story presents
 * (cmq-importer-presented.c), tried last; newly allocated, or NULL. */
char *cmq_importer_find_presented_issuer (GArray *lines);
/* The organisation whose own organ a line above the story or the lead has as its subject ("UNDP:s
 * styrelse …", "XI CONFERÊNCIA … DA CPLP" over the organ's members), tried after everything else
 * (cmq-importer-organs.c); newly allocated, or NULL. */
char *cmq_importer_find_organ_owner (GArray *lines);
/* The issuer a distributor's note ("Distributed by … on behalf of X") or a release's label
 * ("Communiqué d'X", "CARICOM Communiqué") gives the release to, tried after everything else
 * (cmq-importer-behalf.c); newly allocated, or NULL. */
char *cmq_importer_find_behalf_issuer (GArray *lines);
/* The organisation a membership prompt outside the story names ("Not an ACEVO member?"), when the
 * story names it too, as written, or NULL (cmq-importer-members.c). */
char *cmq_importer_find_member_owner (GArray *lines);
/* The institution a signatory's office names after the story ("Président de l'université de
 * Strasbourg" under the signatory's name), or NULL (cmq-importer-signatures.c). */
char *cmq_importer_find_signature_issuer (GArray *lines);
/* The known organisation a line names, by the longest of the names it holds; @words receives that
 * name's length in words (an acronym counts one). NULL when it names none. */
const char *cmq_importer_organisation_of_line (const char *text, const char *key, guint *words);
/* Whether @word stands in @text as a whole word (ASCII letters and digits around it). */
gboolean cmq_importer_has_word (const char *text, const char *word);
/* A photo credit: "(Photo: D. Calma/IAEA)", "Photo ©", "Credit: …". */
gboolean cmq_importer_is_credit (const char *text);
gboolean cmq_importer_is_aside (const char *text);
gboolean cmq_importer_is_dated_lead (const char *text);
/* @guess, the full date of the headline: when @story opens with a wire's dateline giving a day and
 * a month alone a few days after it ("MONTREAL, le 7 déc. /CNW Telbec/ - "), that date, its year
 * the headline's (cmq-importer-yearless.c). */
void cmq_importer_date_from_yearless_dateline (const char *story, const char *language,
                                               CmqDateGuess *guess);
/* The date of a line (nullable) that writes a month and a year in words and the date in figures
 * with a two-digit year ("June 2008 - Rome (09/06/08)"): the month named tells the day from the
 * month (cmq-importer-monthfigures.c). */
gboolean cmq_importer_date_from_month_and_figures (const char *line, CmqDateGuess *out);
/* The first update stamp ("Mise à jour : 08/02/2013", a CMQ_LINE_DECOY_DATE line) above the
 * story, or NULL (cmq-importer-updated.c). */
char *cmq_importer_find_update_stamp (GArray *lines);
/* Whether @found, the story's date, is a few days before the date of @stamp (nullable): the day
 * of the event the page tells, written after it, not the release's. */
gboolean cmq_importer_dated_before_stamp (const char *stamp, const char *language,
                                          CmqDateFindFlags order, const GDate *reference,
                                          const CmqDateGuess *found);
/* A paragraph opened by a place, a full date and a dash ("THE HAGUE, Netherlands — 6 September
 * 2017 — The…"), heldout6. */
gboolean cmq_importer_opens_with_dateline (const char *text);
/* "Hamburg (ots) - …", "PARIS (AFP) - …", "LONDON, March 3 (Reuters) - …": a place (and perhaps a
 * date), a news agency's name in brackets, a dash, then a capital: a wire's dateline that opens
 * the story (cmq-importer-ends.c). */
gboolean cmq_importer_opens_with_wire_dateline (const char *text);
/* "statement" for "Statement by the North Atlantic Council…", or NULL. */
const char *cmq_importer_kind_of_headline (const char *headline);
/* The kind of a page whose label says @label_kind (or NULL) and whose headline is @headline (or
 * NULL; then its first paragraph @lead, or NULL, is read as cmq_importer_kind_of_lead () does):
 * the label's, unless the headline (or lead) names a spoken text the label does not. */
const char *cmq_importer_kind_of_labelled_headline (const char *label_kind, const char *headline,
                                                    const char *lead);
/* "speech" for a German headline naming its kind inside it, a capitalised noun before a
 * preposition ("Die Tour zur Stabilitätskultur Rede zur Eröffnung der Roadshow"), or NULL. */
const char *cmq_importer_kind_inside_headline (const char *headline);
/* The kind the dump's shape says (cmq-importer-kindclues.c): a kind ending a compound of the
 * headline after a preposition, a release number and year opening the headline or the lead, or
 * speakers' labels opening the paragraphs; or NULL. */
const char *cmq_importer_kind_of_shape (const char *headline, GPtrArray *paragraphs);
/* "… è intervenuto con una dichiarazione: “…", "… issued a statement: “…": "statement" when the
 * lead @paragraph introduces a quotation that is the text as its speaker's statement
 * (cmq-importer-statementleads.c), or NULL. */
const char *cmq_importer_kind_of_statement_lead (const char *paragraph);
/* Whether a story line names @name, of two words or more, with other declension endings ("im
 * Bayerischen Landtag" for "Bayerischer Landtag"; cmq-importer-inflected.c). */
gboolean cmq_importer_story_names_inflected (GArray *lines, const char *name);
/* The publisher a line outside the story points to as the author of all its releases ("All TUC
 * press releases can be found at …"), when the story names it (cmq-importer-allreleases.c), or
 * NULL. */
char *cmq_importer_find_releases_owner (GArray *lines);
/* "Check against delivery", "Seul le prononcé fait foi": a notice outside the story that the text
 * was delivered aloud makes the release a speech ("speech"), or NULL. */
const char *cmq_importer_delivery_notice_pattern (void);
const char *cmq_importer_kind_of_delivery_notice (GArray *lines);
/* The kind a label alone on its line above the story (of several, the nearest the story), or a
 * sentence just after the story about the text itself ("This press release …", "Ce communiqué
 * …"), names; or NULL. */
const char *cmq_importer_kind_of_lines (GArray *lines);
/* @kind, or when it is NULL the kind a wire's footer after the story names as it disclaims the
 * text ("OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES
 * AUSSENDERS"; cmq-importer-footerkinds.c), or NULL. */
const char *cmq_importer_kind_of_wire_footer (GArray *lines, const char *kind);
/* The kind a line among the first of the page names for the text below it ("Découvrez ci-dessous
 * la Communiqué de Presse du …"; cmq-importer-introduced.c), or NULL. */
const char *cmq_importer_kind_introduced (GArray *lines);
/* @kind, the label's, or "speech" when @kind is a press release or a news story and a delivery
 * notice outside the story says the text was delivered aloud. */
const char *cmq_importer_kind_kept_by_notice (GArray *lines, const char *kind);
/* Whether @name, announcing a release, is a body of an organisation ("the Selection Committee",
 * "le jury du prix"), not the organisation whose release it is (cmq-importer-bodies.c). */
gboolean cmq_importer_is_inner_body (const char *name);
/* Whether line @i is in a page's panel of facts: short lines with no blank line between them,
 * two labels or more over a bulleted value ("Contact presse" over "• Service de presse"). */
gboolean cmq_importer_is_in_panel (GArray *lines, guint i);
/* The organisation a press office's address block names above the story, its department dropped,
 * when the story names it too, as written; or NULL (cmq-importer-senders.c). */
char *cmq_importer_find_address_sender (GArray *lines);
/* "Herausgeber:" over "Oesterreichische Nationalbank": the issuer on the line under line @i, a
 * publisher's label alone, or NULL. */
char *cmq_importer_issuer_under_publisher_label (GArray *lines, guint i);
/* "11-01-2012 Verlaging minimumreserveratio": a date in figures glued before a short title on one
 * line; sets parts->dateline to the date and parts->headline to the title, unless set. */
gboolean cmq_importer_read_glued_date (const char *text, CmqDumpParts *parts);
/* "statement" for a lead opening "The following statement was issued…", or NULL. */
const char *cmq_importer_kind_of_lead (const char *paragraph);
/* "Pressemeddelelse, 7. december 2015": the kind of a line that is a press release's kind, a
 * comma and its date alone (a release-date line, cmq_importer_date_line_role ()), or NULL. */
const char *cmq_importer_kind_of_dated_label (const char *text);
/* Sets parts->source and parts->url from the lines, once their roles are known. */
void cmq_importer_find_source (GArray *lines, CmqDumpParts *parts);
/* A found headline as a title: ALL CAPS made sentence case, with the capitals @story keeps. */
char *cmq_importer_headline_title (const char *headline, const char *const *paragraphs);
/* @headline without a kind label in capitals glued before it ("FOR IMMEDIATE RELEASE threatens …"):
 * a pointer into @headline. */
const char *cmq_importer_skip_caps_kind_label (const char *headline);
/* @headline without a place glued before it by ".- " ("Préfecture, Perpignan.- Mise en œuvre…";
 * cmq-importer-gluedplaces.c). */
const char *cmq_importer_skip_glued_place (const char *headline);

/* Whether a title's tail after its dash or bar names a topic of the site ("Police Appeals",
 * "Latest News", "Actualités"), a common noun phrase, not an organisation (topictails.c). */
gboolean cmq_importer_is_topic_tail (const char *tail);

/* @text after an e-mail address, or its mangled form "[email protected]", glued before a
 * capital, or @text (addresses.c). */
const char *cmq_importer_skip_leading_address (const char *text);
/* The kind of @text when it is the issuer's name and a press release's label, nothing else
 * ("Police Press Release"): a label, never the headline; or NULL (issuerkinds.c). */
const char *cmq_importer_kind_after_issuer (const char *text);
/* Bytes of the emoji or symbols and spaces before a line's first word ("🔴 COMMUNIQUÉ DU
 * PRÉSIDENT"), or 0 (symbolheads.c). */
gsize cmq_importer_leading_symbols_length (const char *text);
/* @headline without a month and year in square brackets after it ("… [August 2023]"), or NULL. */
char *cmq_importer_drop_bracketed_month (const char *headline);
/* The kind of @text when it is a kind in capitals and who issued it ("PRESS RELEASE from Strong
 * American Schools"): a label line, never a headline; NULL when it is not. */
const char *cmq_importer_caps_kind_from_issuer (const char *text);
/* @headline without a date after it on its line, a space alone between them ("… voor vier
 * toponderzoekers 21 oktober 1999"), or NULL: to be used when that date is the release's. */
char *cmq_importer_drop_trailing_date (const char *headline);
/* Whether @upper, just above the line @lower taken for the headline, is the headline in capitals
 * over its subtitle ("STRONG AMERICAN SCHOOLS CAMPAIGN LAUNCHES …" over "Major Initiative …"). */
gboolean cmq_importer_is_caps_headline_over (const char *upper, const char *lower);
/* Cuts a wire's end mark glued after the last sentence of @text ("… abrufbar. (Schluss) red"). */
void cmq_importer_strip_glued_end_mark (char *text);

/* "en", "fr"… from the keys of the paragraphs, which it cuts into words; NULL when unknown. */
const char *cmq_importer_detect_language (GPtrArray *keys);

/* The bytes of a file as UTF-8 text with no byte-order mark and no NUL, checked against the
 * limits of cmq-importer.h; NULL with @error set when they are not the text of a release.
 * @converted_from receives the name of the encoding the text was converted from (a static
 * string), or NULL when it was UTF-8 already. */
char *cmq_importer_decode (const char *data, gsize length, const char **converted_from,
                           GError **error);

/* Month names in English and French, short and full, accented or not: for the importer's date
 * patterns (cmq-importer-head.c adds the other languages'). */
#define CMQ_IMPORTER_MONTHS_EN_FR                                                                  \
  "jan(?:uary|vier|v)?|feb(?:ruary)?|f[ée]v(?:rier|r)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|may|"   \
  "mai|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember|embre)?|"                  \
  "oct(?:ober|obre)?|nov(?:ember|embre)?|d[ée]c(?:ember|embre)?"

/* Lower case, accents removed, every run of spaces (no-break ones too) made one space, curly
 * apostrophes and quotes made straight. */
char *cmq_importer_fold (const char *line);
/* Only the words of cmq_importer_fold(): letters and digits, one space between words. */
char *cmq_importer_key (const char *line);

/* cmq-importer-data.c */
GStrv cmq_importer_data_lines (const char *path, const char *what);
/* The word list's patterns as one alternation, or one that matches nothing. */
char *cmq_importer_data_alternation (const char *path, const char *what);
GPtrArray *cmq_importer_data_keys (const char *path, const char *what);
/* The same keys as a set (of strings), for a word looked up in it. */
GHashTable *cmq_importer_data_set (const char *path, const char *what);
/* A space to folding and keys: Unicode's, and the no-break and zero-width no-break ones. */
gboolean cmq_importer_is_space_char (gunichar c);
/* Whether the character at @p, beyond ASCII, is a space or U+200B: cmq_importer_is_space_char ()
 * or U+200B of g_utf8_get_char (@p). The characters of lead bytes 0xC3 to 0xDF (U+00C0 to U+07FF:
 * "é", Greek, Cyrillic) and 0xE4 to 0xEE (U+4000 to U+EFFF) are none of Unicode's spaces (U+0020,
 * U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) nor U+200B or
 * U+FEFF, and are not read. */
static inline gboolean
cmq_importer_is_wide_space_at (const char *p)
{
  guchar b = (guchar) *p;
  gunichar c;

  if ((b >= 0xC3 && b <= 0xDF) || (b >= 0xE4 && b <= 0xEE))
    return FALSE;
  c = g_utf8_get_char (p);
  return cmq_importer_is_space_char (c) || c == 0x200B;
}
/* Keys @c, a character beyond ASCII, into *@buf at *@n as cmq_importer_key () does, growing the
 * buffer (of *@cap bytes) when needed: FALSE when the line must be keyed by the slow path. */
gboolean cmq_importer_key_char (gunichar c, char **buf, gsize *n, gsize *cap,
                                gboolean *pending_space);
/* Folds @c, a character beyond ASCII, onto @out as cmq_importer_fold () does: FALSE when the
 * line must be folded by the slow path. */
gboolean cmq_importer_fold_char (gunichar c, GString *out, gboolean *pending_space);
guint cmq_importer_line_hash (gconstpointer line);

/* A heading in Title Case, even one ending in a full stop: not in capitals, every word capitalised
 * but the small words of titles, the first one too, three of four letters or more. */
gboolean cmq_importer_is_title_case (const char *text);

/* No lower-case letter in @text. */
gboolean cmq_importer_is_all_caps (const char *text);
/* Letters in @text, and none of them lower case. */
gboolean cmq_importer_is_capitals (const char *text);
/* A short greeting that opens a speech ("Good afternoon", "Bonsoir à tous"), from its key. */
gboolean cmq_importer_is_greeting (const char *key);

/* Byte length of the first sentence of @text, abbreviations and initials taken into account. */
gsize cmq_importer_first_sentence_length (const char *text);
/* A readable headline of at most CMQ_TITLE_MAX_CHARS characters, never empty. */
char *cmq_importer_derive_title (const char *const *paragraphs);

/* Of CmqQuote. */
GPtrArray *cmq_importer_find_quotes (const char *const *paragraphs);

G_END_DECLS
