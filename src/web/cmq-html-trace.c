/* cmq-html-trace.c: a phrase across the years, as a self-contained, script-free HTML page.
 *
 * As cmq-html.c: every field from a release goes through cmq_html_escape_into(), the page
 * carries the same Content-Security-Policy (cmq_html_append_head()), and the only markup is the
 * one written here. The chart is an inline SVG whose sizes are attributes, so the page needs
 * neither a script nor a style attribute.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-html-trace"

#include <glib/gi18n.h>

#include "cmq-html-trace.h"
#include "cmq-html-page.h"
#include "cmq-html.h"

/* The chart's drawing size; it is scaled to the page's width. */
#define CHART_WIDTH  640
#define CHART_HEIGHT 120
#define AXIS_HEIGHT  16
/* Fewer years than this take the width of this many, so that a bar stays a bar. */
#define MIN_SLOTS 12

/* A use's line up to its phrase: the release's title and file as the tooltip, the date, the
 * words before, and the link (#use-@link) the reader view turns into "open-release"
 * (CMQ_READER_USE_ANCHOR). */
static void
append_row_start (GString *out, const CmqTraceOccurrence *use, guint link)
{
  g_string_append (out, "<tr title=\"");
  cmq_html_escape_into (out, use->title, -1);
  g_string_append (out, " — ");
  cmq_html_escape_into (out, use->file, -1);
  g_string_append (out, "\"><td class=\"when\">");
  cmq_html_escape_into (out, use->date != NULL ? use->date : _("no date"), -1);
  g_string_append (out, "</td><td class=\"left\"><span dir=\"ltr\">");
  cmq_html_escape_into (out, use->left, -1);
  g_string_append_printf (out, "</span></td><td class=\"match\"><a class=\"use\" href=\"#use-%u\">",
                          link);
}

static char *
year_label (const CmqTraceYear *year)
{
  return year->year != 0 ? g_strdup_printf ("%u", year->year) : g_strdup (_("no date"));
}

/* "2004: 3 of 120 releases (2.5%)", the tooltip of a bar and a row of the table. */
static char *
year_text (const CmqTraceYear *year)
{
  g_autofree char *label = year_label (year);
  double share = year->n_total > 0 ? 100.0 * year->n_releases / year->n_total : 0;

  /* Translators: a year, releases using the phrase, all releases of that year, their share */
  return g_strdup_printf (
      ngettext ("%s: %u of %u release (%.1f%%)", "%s: %u of %u releases (%.1f%%)", year->n_total),
      label, year->n_releases, year->n_total, share);
}

static void
append_chart (GString *out, CmqTrace *trace)
{
  guint n = trace->years->len, max_count = 1;
  double max_share = 0, slot;

  for (guint i = 0; i < n; i++)
    {
      CmqTraceYear *year = &g_array_index (trace->years, CmqTraceYear, i);

      max_count = MAX (max_count, year->n_releases);
      if (year->n_total > 0)
        max_share = MAX (max_share, (double) year->n_releases / year->n_total);
    }
  slot = (double) CHART_WIDTH / MAX (n, MIN_SLOTS);
  g_string_append_printf (out,
                          "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                          "xmlns=\"http://www.w3.org/2000/svg\"><title>",
                          CHART_WIDTH, CHART_HEIGHT + AXIS_HEIGHT);
  cmq_html_escape_into (out, _("Releases using the phrase each year"), -1);
  g_string_append (out, "</title>\n");
  for (guint i = 0; i < n; i++)
    {
      CmqTraceYear *year = &g_array_index (trace->years, CmqTraceYear, i);
      g_autofree char *text = year_text (year);
      g_autofree char *label = year_label (year);
      double height = (double) CHART_HEIGHT * year->n_releases / max_count;
      double x = i * slot;
      char num[4][G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, "<g><title>");
      cmq_html_escape_into (out, text, -1);
      g_string_append_printf (
          out, "</title><rect class=\"bar\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\"/>",
          g_ascii_formatd (num[0], sizeof num[0], "%.1f", x + slot * 0.15),
          g_ascii_formatd (num[1], sizeof num[1], "%.1f", CHART_HEIGHT - height),
          g_ascii_formatd (num[2], sizeof num[2], "%.1f", slot * 0.7),
          g_ascii_formatd (num[3], sizeof num[3], "%.1f", height));
      if (year->n_total > 0 && max_share > 0)
        g_string_append_printf (
            out, "<circle class=\"share\" cx=\"%s\" cy=\"%s\" r=\"2.5\"/>",
            g_ascii_formatd (num[0], sizeof num[0], "%.1f", x + slot / 2),
            g_ascii_formatd (num[1], sizeof num[1], "%.1f",
                             CHART_HEIGHT *
                                 (1 - (double) year->n_releases / year->n_total / max_share)));
      /* A label every few years, so that they do not overlap. */
      if (i % MAX (1, (n + 11) / 12) == 0 || year->year == 0)
        {
          g_string_append_printf (out, "<text x=\"%s\" y=\"%d\">",
                                  g_ascii_formatd (num[0], sizeof num[0], "%.1f", x),
                                  CHART_HEIGHT + AXIS_HEIGHT - 3);
          cmq_html_escape_into (out, label, -1);
          g_string_append (out, "</text>");
        }
      g_string_append (out, "</g>\n");
    }
  g_string_append (out, "</svg>\n");
}

static void
append_years (GString *out, CmqTrace *trace)
{
  g_string_append (out, "<details class=\"unchanged\">\n<summary>");
  cmq_html_escape_into (out, _("Releases each year"), -1);
  g_string_append (out, "</summary>\n<table class=\"years\">\n");
  for (guint i = 0; i < trace->years->len; i++)
    {
      CmqTraceYear *year = &g_array_index (trace->years, CmqTraceYear, i);
      g_autofree char *text = NULL;

      if (year->n_total == 0)
        continue;
      text = year_text (year);
      g_string_append (out, "<tr><td>");
      cmq_html_escape_into (out, text, -1);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n</details>\n");
}

static void
append_uses (GString *out, CmqTrace *trace)
{
  if (trace->n_searched < trace->n_releases)
    {
      g_autofree char *note = g_strdup_printf (
          /* Translators: the trace view lists the uses of a phrase in the newest releases only */
          ngettext ("The uses in the newest %u release of %u",
                    "The uses in the newest %u releases of %u", trace->n_searched),
          trace->n_searched, trace->n_releases);

      g_string_append (out, "<p class=\"summary\">");
      cmq_html_escape_into (out, note, -1);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<table class=\"uses\">\n<colgroup><col class=\"when\"><col class=\"left\">"
                        "<col class=\"match\"><col class=\"right\"></colgroup>\n");
  for (guint i = 0; i < trace->uses->len; i++)
    {
      CmqTraceOccurrence *use = g_ptr_array_index (trace->uses, i);

      append_row_start (out, use, i);
      g_string_append (out, "<mark>");
      cmq_html_escape_into (out, use->match, -1);
      g_string_append (out, "</mark></a></td><td class=\"right\">");
      cmq_html_escape_into (out, use->right, -1);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

/* A near variant's match, the changed word in a span that says which word of the phrase it
 * stands for. */
static void
append_variant_match (GString *out, CmqTraceOccurrence *use)
{
  g_autofree char *before = g_strndup (use->match, use->changed_start);
  g_autofree char *changed =
      g_strndup (use->match + use->changed_start, use->changed_end - use->changed_start);
  /* Translators: the tooltip of the changed word of a near variant: the phrase's word */
  g_autofree char *instead = g_strdup_printf (_("instead of “%s”"), use->instead_of);

  g_string_append (out, "<span class=\"near\">");
  cmq_html_escape_into (out, before, -1);
  g_string_append (out, "<span class=\"changed\" title=\"");
  cmq_html_escape_into (out, instead, -1);
  g_string_append (out, "\">");
  cmq_html_escape_into (out, changed, -1);
  g_string_append (out, "</span>");
  cmq_html_escape_into (out, use->match + use->changed_end, -1);
  g_string_append (out, "</span>");
}

/* The near variants, after the uses and numbered on from them (the reader view's links); not
 * <mark>s, so that stepping goes from use to use only. */
static void
append_variants (GString *out, CmqTrace *trace)
{
  g_autofree char *uses = NULL;
  g_autofree char *summary = NULL;

  g_string_append (out, "<h2 class=\"variants\">");
  cmq_html_escape_into (out, _("Near Variants"), -1);
  g_string_append (out, "</h2>\n<p class=\"summary\">");
  uses = g_strdup_printf (
      /* Translators: the first half of the near variants' summary: "3 uses with one word
       * changed, in 2 releases" */
      ngettext ("%u use with one word changed", "%u uses with one word changed",
                trace->variants->len),
      trace->variants->len);
  if (trace->n_variant_searched < trace->n_variant_candidates)
    summary = g_strdup_printf (
        /* Translators: the near variants' summary, when only the newest releases were read */
        ngettext ("%s, in %u of the newest %u release", "%s, in %u of the newest %u releases",
                  trace->n_variant_searched),
        uses, trace->n_variant_releases, trace->n_variant_searched);
  else
    summary = g_strdup_printf (
        /* Translators: the near variants' summary: "3 uses with one word changed" and releases */
        ngettext ("%s, in %u release", "%s, in %u releases", trace->n_variant_releases), uses,
        trace->n_variant_releases);
  cmq_html_escape_into (out, summary, -1);
  g_string_append (out,
                   "</p>\n<table class=\"uses variants\">\n<colgroup><col class=\"when\">"
                   "<col class=\"left\"><col class=\"match\"><col class=\"right\"></colgroup>\n");
  for (guint i = 0; i < trace->variants->len; i++)
    {
      CmqTraceOccurrence *use = g_ptr_array_index (trace->variants, i);

      append_row_start (out, use, trace->uses->len + i);
      append_variant_match (out, use);
      g_string_append (out, "</a></td><td class=\"right\">");
      cmq_html_escape_into (out, use->right, -1);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

char *
cmq_html_render_trace (CmqTrace *trace, const char *page_class)
{
  return cmq_html_render_trace_full (trace, page_class, FALSE);
}

char *
cmq_html_render_trace_full (CmqTrace *trace, const char *page_class, gboolean variants)
{
  GString *out;
  g_autofree char *quoted = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (trace != NULL, NULL);

  /* Translators: the traced phrase, as a heading */
  quoted = g_strdup_printf (_("“%s”"), trace->phrase);
  out = g_string_sized_new (16384);
  cmq_html_append_head (out, NULL, page_class, quoted,
                        CMQ_HTML_SHEET_READER | CMQ_HTML_SHEET_COMPARE);
  g_string_append (out, "<body>\n<article class=\"compare\">\n<header>\n<h1>");
  cmq_html_escape_into (out, quoted, -1);
  g_string_append (out, "</h1>\n<p class=\"summary\">");
  if (trace->first != NULL)
    /* Translators: how many releases use a phrase, and the dates of its first and last use */
    summary =
        g_strdup_printf (ngettext ("%u release, first used %s, last used %s",
                                   "%u releases, first used %s, last used %s", trace->n_releases),
                         trace->n_releases, trace->first, trace->last);
  else
    summary = g_strdup_printf (ngettext ("%u release", "%u releases", trace->n_releases),
                               trace->n_releases);
  cmq_html_escape_into (out, summary, -1);
  g_string_append (out, "</p>\n</header>\n");
  if (trace->years->len > 0)
    {
      append_chart (out, trace);
      append_years (out, trace);
    }
  append_uses (out, trace);
  if (variants && trace->variants != NULL)
    append_variants (out, trace);
  g_string_append (out, "</article>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
