/* cmq-html.c: renders a release as a self-contained, script-free HTML page.
 *
 * The text of a release is untrusted: it comes from files the user picked up anywhere. Every
 * field goes through cmq_html_escape_into(), the page carries a Content-Security-Policy that
 * allows no script and no remote load (cmq_html_append_head(), cmq-html-page.h), and the only
 * markup is the one written here.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-html"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-html.h"
#include "cmq-html-page.h"
#include "cmq-html-speaker.h"
#include "cmq-search.h"

/* A paragraph that opens with a quotation covering at least this share of it is set as a block
 * quotation, the rest being its attribution. */
#define OPENING_QUOTE_PERCENT 40

/* One normalised part of a word of the text: "Türkiye’s" is the word, "turkiye" and "s" its
 * parts. */
typedef struct
{
  guint word;
  char *part;
} Part;

static void
part_clear (Part *part)
{
  g_free (part->part);
}

/* Does @term (space-separated words, the last one a prefix when it ends in "*") match the
 * parts starting at @at? Returns how many parts it covers, 0 when it does not match. */
static guint
term_matches_at (const char *const *term_words, gboolean prefix, GArray *parts, guint at)
{
  guint n = 0;

  for (; term_words[n] != NULL; n++)
    {
      const char *part;
      gboolean last = term_words[n + 1] == NULL;

      if (at + n >= parts->len)
        return 0;
      part = g_array_index (parts, Part, at + n).part;
      if (!g_str_equal (part, term_words[n]) &&
          !(last && prefix && g_str_has_prefix (part, term_words[n])))
        return 0;
    }
  return n;
}

/* Writes @text to @end, escaped, with a <mark> from each word that starts a run (@run_end: per
 * word of @words, 1 + the last word of the run it starts, or 0) to the end of the run. */
static void
append_marked_words (GString *out, const char *text, const char *end, GArray *words,
                     const guint *run_end)
{
  guint open_until = 0; /* while a mark is open: 1 + its last word */
  const char *p = text;

  for (guint w = 0; w < words->len / 2; w++)
    {
      const char *word_start = g_array_index (words, const char *, 2 * w);
      const char *word_end = g_array_index (words, const char *, 2 * w + 1);

      cmq_html_escape_into (out, p, word_start - p);
      /* Matches that overlap or touch inside a mark (a phrase and one of its words) extend it. */
      if (open_until == 0 && run_end[w] != 0)
        g_string_append (out, "<mark>");
      open_until = MAX (open_until, run_end[w]);
      cmq_html_escape_into (out, word_start, word_end - word_start);
      if (open_until == w + 1)
        {
          g_string_append (out, "</mark>");
          open_until = 0;
        }
      p = word_end;
    }
  cmq_html_escape_into (out, p, end - p);
}

/* Escapes @text, wrapping the words that match one of @terms (see
 * cmq_query_get_highlight_terms(): words, "phrases of words", "prefixes*") in <mark>. Words are
 * runs of letters and digits, so the marks never fall inside an entity or a multi-byte
 * character. A phrase is one <mark> over all its words: the reader counts and steps through
 * hits by their marks, and "collective defence" found once is one hit, not two. */
static void
append_highlighted (GString *out, const char *text, gssize len, const char *const *terms)
{
  const char *end = text + (len < 0 ? (gssize) strlen (text) : len);
  g_autoptr (GArray) words = NULL; /* of const char *: start, end pairs */
  g_autoptr (GArray) parts = NULL;
  g_autofree guint *run_end = NULL; /* per word: 1 + the last word of a mark it starts, or 0 */
  const char *p = text;

  if (terms == NULL || terms[0] == NULL)
    {
      cmq_html_escape_into (out, text, end - text);
      return;
    }

  words = g_array_new (FALSE, FALSE, sizeof (const char *));
  parts = g_array_new (FALSE, FALSE, sizeof (Part));
  g_array_set_clear_func (parts, (GDestroyNotify) part_clear);
  while (p < end)
    {
      const char *start = p;

      if (!g_unichar_isalnum (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (p < end &&
             (g_unichar_isalnum (g_utf8_get_char (p)) || g_unichar_ismark (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      {
        g_autofree char *raw = g_strndup (start, p - start);
        g_autofree char *normalized = cmq_search_normalize (raw);
        g_auto (GStrv) split = g_strsplit (g_strstrip (normalized), " ", -1);
        guint word = words->len / 2;

        g_array_append_val (words, start);
        g_array_append_val (words, p);
        for (guint i = 0; split[i] != NULL; i++)
          if (split[i][0] != '\0')
            {
              Part part = { word, g_strdup (split[i]) };

              g_array_append_val (parts, part);
            }
      }
    }

  run_end = g_new0 (guint, words->len / 2 + 1);
  for (guint t = 0; terms[t] != NULL; t++)
    {
      gboolean prefix = g_str_has_suffix (terms[t], "*");
      g_autofree char *bare = g_strndup (terms[t], strlen (terms[t]) - (prefix ? 1 : 0));
      g_auto (GStrv) term_words = g_strsplit (bare, " ", -1);

      if (term_words[0] == NULL || term_words[0][0] == '\0')
        continue;
      for (guint i = 0; i < parts->len; i++)
        {
          guint n = term_matches_at ((const char *const *) term_words, prefix, parts, i);
          guint first, last;

          if (n == 0)
            continue;
          first = g_array_index (parts, Part, i).word;
          last = g_array_index (parts, Part, i + n - 1).word;
          run_end[first] = MAX (run_end[first], last + 1);
        }
    }

  append_marked_words (out, text, end, words, run_end);
}

/* Where the release was published, when the dump says (a link only to the web): on screen and
 * on paper. The publisher is under the title. */
static void
append_address (GString *out, CmqRelease *release)
{
  const char *url = cmq_release_get_url (release);

  if (url == NULL)
    return;
  g_string_append (out, "<p class=\"address\">");
  if (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"))
    {
      g_string_append (out, "<a href=\"");
      cmq_html_escape_into (out, url, -1);
      g_string_append (out, "\">");
      cmq_html_escape_into (out, url, -1);
      g_string_append (out, "</a>");
    }
  else
    cmq_html_escape_into (out, url, -1);
  g_string_append (out, "</p>\n");
}

static void
append_date (GString *out, CmqRelease *release)
{
  g_autofree char *date = cmq_release_format_date (release);
  CmqDateSource source = cmq_release_get_date_source (release);

  if (date == NULL)
    {
      g_string_append_printf (out, "<p class=\"date none\">%s</p>\n", _("No date in the text"));
      return;
    }

  g_string_append (out, "<p class=\"date\"><time");
  if (cmq_release_get_date (release) != NULL)
    {
      g_string_append (out, " datetime=\"");
      cmq_html_escape_into (out, cmq_release_get_date (release), -1);
      g_string_append_c (out, '"');
    }
  g_string_append_c (out, '>');
  cmq_html_escape_into (out, date, -1);
  g_string_append (out, "</time>");

  if (cmq_release_get_partial_date (release) != NULL)
    {
      g_string_append_printf (out, " <span class=\"badge\" title=\"%s\">%s</span>",
                              _("The text gives the day and month but no year, and the year "
                                "cannot be worked out from it"),
                                 _("year unknown"));
    }
  else if (source == CMQ_DATE_SOURCE_INFERRED_YEAR)
    {
      g_string_append_printf (out, " <span class=\"badge inferred\" title=\"%s\">%s</span>",
                              _("The text gives no year: it was worked out from the weekday and "
                                "the Secretary General named in the text"),
                                 _("year inferred"));
    }
  else if (source == CMQ_DATE_SOURCE_RELATIVE)
    {
      g_string_append_printf (out, " <span class=\"badge\" title=\"%s\">%s</span>",
                              _("The text announces an event for another day, such as "
                                "“tomorrow”; the release date was counted from it"),
                                 _("deduced from the text"));
    }
  g_string_append (out, "</p>\n");
}

/* The quotes of every paragraph, in one pass over them all: asking each paragraph in turn would
 * take time in paragraphs times quotes. */
static GPtrArray **
quotes_by_paragraph (GPtrArray *quotes, guint n_paragraphs)
{
  GPtrArray **by_paragraph = g_new0 (GPtrArray *, n_paragraphs + 1);

  for (guint i = 0; i < quotes->len; i++)
    {
      CmqQuote *quote = g_ptr_array_index (quotes, i);

      if (quote->paragraph >= n_paragraphs || quote->text == NULL)
        continue;
      if (by_paragraph[quote->paragraph] == NULL)
        by_paragraph[quote->paragraph] = g_ptr_array_new ();
      g_ptr_array_add (by_paragraph[quote->paragraph], quote);
    }
  return by_paragraph;
}

static gsize
quoted_length (GPtrArray *here)
{
  gsize len = 0;

  for (guint i = 0; i < here->len; i++)
    len += strlen (((CmqQuote *) g_ptr_array_index (here, i))->text);
  return len;
}

static const char *
first_speaker (GPtrArray *quotes)
{
  for (guint i = 0; i < quotes->len; i++)
    {
      CmqQuote *quote = g_ptr_array_index (quotes, i);

      if (quote->speaker != NULL && quote->speaker[0] != '\0')
        return quote->speaker;
    }
  return NULL;
}

static gboolean
opens_with_quote_mark (const char *paragraph)
{
  gunichar c = g_utf8_get_char (paragraph);

  return c == '"' || c == 0x201C || c == 0x00AB || c == 0x201E || c == 0x2018;
}

static int
compare_spans (gconstpointer a, gconstpointer b)
{
  const gsize *sa = a;
  const gsize *sb = b;

  return sa[0] < sb[0] ? -1 : sa[0] > sb[0];
}

/* Quotations inside a narrative paragraph: each quoted passage found in the text is set apart,
 * with its speaker as a tooltip. Spans are [start, end, index into @here]. */
static gboolean
starts_with_quote (const char *paragraph, GPtrArray *here)
{
  for (guint i = 0; i < here->len; i++)
    {
      CmqQuote *quote = g_ptr_array_index (here, i);

      if (quote->text[0] != '\0' && g_str_has_prefix (paragraph, quote->text))
        return TRUE;
    }
  return FALSE;
}

static void
append_with_quotations (GString *out, const char *const *paragraphs, guint index, GPtrArray *here,
                        const char *const *terms)
{
  const char *paragraph = paragraphs[index];
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, 3 * sizeof (gsize));
  gsize pos = 0;

  for (guint i = 0; i < here->len; i++)
    {
      CmqQuote *quote = g_ptr_array_index (here, i);
      const char *found = quote->text[0] != '\0' ? strstr (paragraph, quote->text) : NULL;
      gsize span[3];

      if (found == NULL)
        continue;
      span[0] = found - paragraph;
      span[1] = span[0] + strlen (quote->text);
      span[2] = i;
      g_array_append_vals (spans, span, 1);
    }
  g_array_sort (spans, compare_spans);

  for (guint i = 0; i < spans->len; i++)
    {
      gsize *span = &g_array_index (spans, gsize, 3 * i);
      CmqQuote *quote = g_ptr_array_index (here, span[2]);
      g_autofree char *name = NULL;

      if (span[0] < pos)
        continue; /* overlaps the previous one */
      append_highlighted (out, paragraph + pos, span[0] - pos, terms);
      g_string_append (out, "<span class=\"quotation\"");
      /* No name for a speaker of spaces alone. */
      name = cmq_html_speaker_name (quote->speaker, paragraphs, index);
      if (name != NULL)
        {
          g_string_append (out, " title=\"");
          cmq_html_escape_into (out, name, -1);
          g_string_append_c (out, '"');
        }
      g_string_append_c (out, '>');
      append_highlighted (out, paragraph + span[0], span[1] - span[0], terms);
      g_string_append (out, "</span>");
      pos = span[1];
    }
  append_highlighted (out, paragraph + pos, -1, terms);
}

/* Each paragraph is addressable as #pN (1-based), as citations number them. */
static void
append_paragraph (GString *out, const char *const *paragraphs, guint index, GPtrArray *here,
                  const char *const *terms)
{
  const char *paragraph = paragraphs[index];
  guint number = index + 1;
  gsize quoted_len = quoted_length (here);
  g_autofree char *speaker = cmq_html_speaker_name (first_speaker (here), paragraphs, index);
  gsize len = strlen (paragraph);

  /* A paragraph that is a quotation (it opens with one, or lost its opening mark and starts with
   * the quoted words) is set as a block quotation with its speaker; narrative paragraphs keep
   * their quotations inline. Either way only the quoted words take the quotation's style, not
   * the narration around them (", said the Secretary General."). */
  if (here->len > 0 && len > 0 &&
      (opens_with_quote_mark (paragraph) || starts_with_quote (paragraph, here)) &&
      quoted_len * 100 >= len * OPENING_QUOTE_PERCENT)
    {
      g_string_append_printf (out, "<blockquote id=\"p%u\">\n<p>", number);
      append_with_quotations (out, paragraphs, index, here, terms);
      g_string_append (out, "</p>\n");
      if (speaker != NULL)
        {
          /* Not marked: the name may come from elsewhere in the text or from the importer's
           * list ("Mr Rutte": Mark Rutte), and a hit there would be one the text does not have. */
          g_string_append (out, "<footer>— <cite>");
          cmq_html_escape_into (out, speaker, -1);
          g_string_append (out, "</cite></footer>\n");
        }
      g_string_append (out, "</blockquote>\n");
      return;
    }

  g_string_append_printf (out, "<p id=\"p%u\"%s>", number,
                          here->len > 0 ? " class=\"quoting\"" : "");
  append_with_quotations (out, paragraphs, index, here, terms);
  g_string_append (out, "</p>\n");
}

/* A subheading of the story ("Crisis Management"): a heading under the title, numbered as the
 * paragraph it is. */
static void
append_subheading (GString *out, const char *paragraph, guint index, const char *const *terms)
{
  g_string_append_printf (out, "<h2 id=\"p%u\">", index + 1);
  append_highlighted (out, paragraph, -1, terms);
  g_string_append (out, "</h2>\n");
}

char *
cmq_html_page_class (const char *font, const char *width, const char *scheme, gboolean numbered)
{
  static const char *const known[] = { "sans", "narrow", "wide",     "light",
                                       "dark", "sepia",  "numbered", NULL };
  const char *const asked[] = { font, width, scheme, numbered ? "numbered" : NULL };
  g_autoptr (GString) classes = g_string_new (NULL);

  /* Only names reader.css knows: the class never carries anything else into the page. */
  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    if (asked[i] != NULL && g_strv_contains (known, asked[i]))
      {
        if (classes->len > 0)
          g_string_append_c (classes, ' ');
        g_string_append (classes, asked[i]);
      }
  return g_string_free (g_steal_pointer (&classes), FALSE);
}

char *
cmq_html_render_release (CmqRelease *release, CmqQuery *query)
{
  return cmq_html_render_release_styled (release, query, NULL);
}

char *
cmq_html_render_release_styled (CmqRelease *release, CmqQuery *query, const char *page_class)
{
  const char *const *terms = query != NULL ? cmq_query_get_highlight_terms (query) : NULL;
  GString *out;
  const char *language;
  const char *const *paragraphs;
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  GPtrArray **quotes;
  guint n_paragraphs;
  const guint *subheadings;
  guint n_subheadings = 0;
  guint next_subheading = 0;

  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  language = cmq_release_get_language (release);
  paragraphs = cmq_release_get_paragraphs (release);
  n_paragraphs = g_strv_length ((char **) paragraphs);
  quotes = quotes_by_paragraph (cmq_release_get_quotes (release), n_paragraphs);

  out = g_string_sized_new (8192);
  cmq_html_append_head (out, language, page_class, cmq_release_get_title (release),
                        CMQ_HTML_SHEET_READER);
  g_string_append (out, "<body>\n<article>\n<header>\n<h1>");
  append_highlighted (out, cmq_release_get_title (release), -1, terms);
  g_string_append (out, "</h1>\n");
  /* Who published it, when the dump says: releases of many organisations sit side by side. The
   * name is a link to the page's own CMQ_HTML_MORE_FROM_SOURCE anchor, which the reader view
   * turns into a search of that source (the name itself never goes into a URL). */
  if (cmq_release_get_source (release) != NULL)
    {
      g_string_append (out,
                       "<p class=\"source\"><a href=\"#" CMQ_HTML_MORE_FROM_SOURCE "\" title=\"");
      cmq_html_escape_into (out, _("More from this source"), -1);
      g_string_append (out, "\">");
      cmq_html_escape_into (out, cmq_release_get_source (release), -1);
      g_string_append (out, "</a></p>\n");
    }
  append_date (out, release);
  append_address (out, release);
  if (cmq_release_get_converted_from (release) != NULL)
    {
      g_autofree char *note = NULL;

      /* Translators: %s names a character encoding, such as "WINDOWS-1252" or "UTF-16LE" */
      note = g_strdup_printf (_("The file was converted from %s to be shown here"),
                                 cmq_release_get_converted_from (release));
      g_string_append (out, "<p class=\"converted\">");
      cmq_html_escape_into (out, note, -1);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n");

  subheadings = cmq_release_get_subheadings (release, &n_subheadings);
  for (guint i = 0; i < n_paragraphs; i++)
    {
      if (next_subheading < n_subheadings && subheadings[next_subheading] == i)
        {
          append_subheading (out, paragraphs[i], i, terms);
          next_subheading++;
        }
      else
        append_paragraph (out, paragraphs, i, quotes[i] != NULL ? quotes[i] : none, terms);
      g_clear_pointer (&quotes[i], g_ptr_array_unref);
    }
  g_free (quotes);

  g_string_append (out, "</article>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
