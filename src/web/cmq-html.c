/* cmq-html.c: renders a release as a self-contained, script-free HTML page.
 *
 * The text of a release is untrusted: it comes from files the user picked up anywhere. Every
 * field goes through escape_into(), the page carries a Content-Security-Policy that allows no
 * script and no remote load, and the only markup is the one written here.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-html"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-html.h"
#include "cmq-web-resources.h"

/* A paragraph that opens with a quotation covering at least this share of it is set as a block
 * quotation, the rest being its attribution. */
#define OPENING_QUOTE_PERCENT 40

static void
escape_into (GString *out, const char *text, gssize len)
{
  const char *end = text + (len < 0 ? (gssize) strlen (text) : len);

  for (const char *p = text; p < end; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }
}

static gboolean
word_matches (CmqSearchQuery *query, const char *word, gsize len)
{
  g_autofree char *raw = g_strndup (word, len);
  g_autofree char *normalized = cmq_search_normalize (raw);
  const char *const *terms = cmq_search_query_get_terms (query);
  gboolean prefix = cmq_search_query_last_is_prefix (query);
  g_auto (GStrv) parts = g_strsplit (g_strstrip (normalized), " ", -1);

  /* A word such as "Türkiye’s" normalises to several parts; any of them may match. */
  for (guint p = 0; parts[p] != NULL; p++)
    for (guint i = 0; terms[i] != NULL; i++)
      {
        gboolean last = terms[i + 1] == NULL;

        if (g_str_equal (parts[p], terms[i]) ||
            (last && prefix && g_str_has_prefix (parts[p], terms[i])))
          return TRUE;
      }
  return FALSE;
}

/* Escapes @text, wrapping the words that match @query in <mark>. Words are runs of letters and
 * digits, so the marks never fall inside an entity or a multi-byte character. */
static void
append_highlighted (GString *out, const char *text, gssize len, CmqSearchQuery *query)
{
  const char *end = text + (len < 0 ? (gssize) strlen (text) : len);
  const char *p = text;

  if (query == NULL || cmq_search_query_is_empty (query))
    {
      escape_into (out, text, end - text);
      return;
    }

  while (p < end)
    {
      const char *start = p;

      if (g_unichar_isalnum (g_utf8_get_char (p)))
        {
          while (p < end && (g_unichar_isalnum (g_utf8_get_char (p)) ||
                             g_unichar_ismark (g_utf8_get_char (p))))
            p = g_utf8_next_char (p);
          if (word_matches (query, start, p - start))
            {
              g_string_append (out, "<mark>");
              escape_into (out, start, p - start);
              g_string_append (out, "</mark>");
            }
          else
            escape_into (out, start, p - start);
        }
      else
        {
          while (p < end && !g_unichar_isalnum (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          escape_into (out, start, p - start);
        }
    }
}

static const char *
css (void)
{
  static GBytes *bytes;

  if (g_once_init_enter (&bytes))
    {
      GBytes *data = g_resource_lookup_data (cmq_web_get_resource (),
                                             "/io/github/communique/Communique/web/reader.css",
                                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (data != NULL);
      g_once_init_leave (&bytes, data);
    }
  return g_bytes_get_data (bytes, NULL);
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
      escape_into (out, cmq_release_get_date (release), -1);
      g_string_append_c (out, '"');
    }
  g_string_append_c (out, '>');
  escape_into (out, date, -1);
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
append_with_quotations (GString *out, const char *paragraph, GPtrArray *here, CmqSearchQuery *query)
{
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

      if (span[0] < pos)
        continue; /* overlaps the previous one */
      append_highlighted (out, paragraph + pos, span[0] - pos, query);
      g_string_append (out, "<span class=\"quotation\"");
      if (quote->speaker != NULL)
        {
          g_string_append (out, " title=\"");
          escape_into (out, quote->speaker, -1);
          g_string_append_c (out, '"');
        }
      g_string_append_c (out, '>');
      append_highlighted (out, paragraph + span[0], span[1] - span[0], query);
      g_string_append (out, "</span>");
      pos = span[1];
    }
  append_highlighted (out, paragraph + pos, -1, query);
}

static void
append_paragraph (GString *out, const char *paragraph, GPtrArray *here, CmqSearchQuery *query)
{
  gsize quoted_len = quoted_length (here);
  const char *speaker = first_speaker (here);
  gsize len = strlen (paragraph);

  /* A paragraph that is a quotation (it opens with one, or lost its opening mark and starts with
   * the quoted words) is set as a block quotation with its speaker; narrative paragraphs keep
   * their quotations inline. */
  if (here->len > 0 && len > 0 &&
      (opens_with_quote_mark (paragraph) || starts_with_quote (paragraph, here)) &&
      quoted_len * 100 >= len * OPENING_QUOTE_PERCENT)
    {
      g_string_append (out, "<blockquote>\n<p>");
      append_highlighted (out, paragraph, -1, query);
      g_string_append (out, "</p>\n");
      if (speaker != NULL)
        {
          g_string_append (out, "<footer>— <cite>");
          append_highlighted (out, speaker, -1, query);
          g_string_append (out, "</cite></footer>\n");
        }
      g_string_append (out, "</blockquote>\n");
      return;
    }

  g_string_append (out, here->len > 0 ? "<p class=\"quoting\">" : "<p>");
  append_with_quotations (out, paragraph, here, query);
  g_string_append (out, "</p>\n");
}

char *
cmq_html_page_class (const char *font, const char *width, const char *scheme)
{
  static const char *const known[] = { "sans", "narrow", "wide", "light", "dark", "sepia", NULL };
  const char *const asked[] = { font, width, scheme };
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
cmq_html_render_release (CmqRelease *release, CmqSearchQuery *query)
{
  return cmq_html_render_release_styled (release, query, NULL);
}

char *
cmq_html_render_release_styled (CmqRelease *release, CmqSearchQuery *query, const char *page_class)
{
  GString *out;
  const char *language;
  const char *const *paragraphs;
  g_autoptr (GPtrArray) none = g_ptr_array_new ();
  GPtrArray **quotes;
  guint n_paragraphs;

  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  language = cmq_release_get_language (release);
  paragraphs = cmq_release_get_paragraphs (release);
  n_paragraphs = g_strv_length ((char **) paragraphs);
  quotes = quotes_by_paragraph (cmq_release_get_quotes (release), n_paragraphs);

  out = g_string_sized_new (8192);
  g_string_append (out, "<!DOCTYPE html>\n<html");
  if (language != NULL)
    {
      g_string_append (out, " lang=\"");
      escape_into (out, language, -1);
      g_string_append_c (out, '"');
    }
  if (page_class != NULL && page_class[0] != '\0')
    {
      g_string_append (out, " class=\"");
      escape_into (out, page_class, -1);
      g_string_append_c (out, '"');
    }
  g_string_append (out,
                   ">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"" CMQ_HTML_CSP "\">\n"
                   "<meta name=\"color-scheme\" content=\"light dark\">\n"
                   "<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
  escape_into (out, cmq_release_get_title (release), -1);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, css ());
  g_string_append (out, "</style>\n</head>\n<body>\n<article>\n<header>\n<h1>");
  append_highlighted (out, cmq_release_get_title (release), -1, query);
  g_string_append (out, "</h1>\n");
  append_date (out, release);
  if (cmq_release_get_converted_from (release) != NULL)
    {
      g_autofree char *note = NULL;

      /* Translators: %s names a character encoding, such as "WINDOWS-1252" or "UTF-16LE" */
      note = g_strdup_printf (_("The file was converted from %s to be shown here"),
                                 cmq_release_get_converted_from (release));
      g_string_append (out, "<p class=\"converted\">");
      escape_into (out, note, -1);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n");

  for (guint i = 0; i < n_paragraphs; i++)
    {
      append_paragraph (out, paragraphs[i], quotes[i] != NULL ? quotes[i] : none, query);
      g_clear_pointer (&quotes[i], g_ptr_array_unref);
    }
  g_free (quotes);

  g_string_append (out, "</article>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
