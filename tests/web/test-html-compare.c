/* test-html-compare.c: the compare view's renderer, with no display: escaping and the CSP, the
 * heading, unchanged paragraphs folded, changes marked, moves linked both ways; and the trace
 * view's: the chart, the table of years, the uses in context.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "cmq-html-compare.h"
#include "cmq-html-trace.h"
#include "cmq-html.h"

static CmqRelease *
make_release (const char *title, const char *const *paragraphs, guint year, const char *source)
{
  CmqReleaseInfo info = {
    .file = "/home/reader/Releases/test.txt",
    .title = title,
    .language = "en",
    .paragraphs = paragraphs,
    .year = year,
    .month = 6,
    .day = 1,
    .date_source = CMQ_DATE_SOURCE_STATED,
    .source = source,
  };

  return cmq_release_new (&info);
}

static char *
render (const char *const *a, const char *const *b, const char *title_a, const char *title_b)
{
  g_autoptr (CmqRelease) first = make_release (title_a, a, 2021, "NATO");
  g_autoptr (CmqRelease) second = make_release (title_b, b, 2023, "<b>OSCE</b>");
  g_autoptr (CmqComparison) cmp = cmq_comparison_new (a, b);

  return cmq_html_render_comparison (first, second, cmp, "dark wide");
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static const char *const old_text[] = {
  "Allies met in Brussels on Thursday to discuss deterrence and defence on the eastern flank.",
  "The Secretary General welcomed the increase in defence spending across Europe and Canada.",
  "Ministers reviewed support to Ukraine, including ammunition, air defence and training.",
  "Cyber attacks on critical infrastructure were high on the agenda. Allies agreed to share more "
  "intelligence on threats to undersea cables and pipelines.",
  "The meeting closed with a session on military mobility with the European Union.",
  "The next meeting of Defence Ministers will take place in June, ahead of the summit.",
  NULL,
};

static const char *const new_text[] = {
  "Allies met in Brussels on Thursday to discuss deterrence and defence on the eastern flank.",
  "The Secretary General welcomed the increase in defence spending across Europe and Canada.",
  "Cyber attacks on critical infrastructure were high on the agenda.",
  "Allies agreed to share more intelligence on threats to undersea cables and pipelines.",
  "The meeting closed with a session on military mobility with the European Union.",
  "Ministers reviewed military support to Ukraine, including ammunition, air defence and "
  "training.",
  "A new paragraph on the women, peace and security agenda of the Alliance & its partners.",
  "The next meeting of Defence Ministers will take place in July, ahead of the summit.",
  NULL,
};

static void
test_structure (void)
{
  g_autofree char *html = render (old_text, new_text, "Ministers met", "Ministers met again");
  const char *body = strstr (html, "<body>");

  g_assert_nonnull (body);
  g_assert_nonnull (strstr (html, "<html lang=\"en\" class=\"dark wide\">"));
  g_assert_nonnull (strstr (html, "content=\"" CMQ_HTML_CSP "\""));
  /* The reader's style sheet and the compare view's, inline (the CSP loads nothing else); twice,
   * for a page rendered a second time. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *again = render (old_text, new_text, "A", "B");

      g_assert_nonnull (strstr (again, "<style>\n/* The reading view:"));
      g_assert_nonnull (strstr (again, "/* The compare view, after reader.css"));
      g_assert_nonnull (strstr (again, "--ins-bg:"));
    }
  /* Both headings: titles, dates, sources. */
  g_assert_nonnull (strstr (body, "<h1>Ministers met</h1>"));
  g_assert_nonnull (strstr (body, "<h1>Ministers met again</h1>"));
  g_assert_nonnull (strstr (body, "datetime=\"2021-06-01\""));
  g_assert_nonnull (strstr (body, "datetime=\"2023-06-01\""));
  /* The file's name, not its folders (they are in the tooltip). */
  g_assert_nonnull (strstr (body, "title=\"/home/reader/Releases/test.txt\">NATO · test.txt<"));
  g_assert_nonnull (strstr (body, "&lt;b&gt;OSCE&lt;/b&gt; · test.txt"));
  g_assert_nonnull (
      strstr (body, "<p class=\"summary\">3 unchanged, 1 reworded, 1 added, 1 moved, 1 split</p>"));

  /* The first two paragraphs, unchanged, folded in one <details>; the fifth in another. */
  g_assert_cmpuint (count (body, "<details class=\"unchanged\">"), ==, 2);
  g_assert_nonnull (strstr (body, "<summary>2 unchanged paragraphs</summary>"));
  g_assert_nonnull (strstr (body, "<summary>1 unchanged paragraph</summary>"));

  /* Each change has a <mark> on its label, numbered for stepping: reworded, added, moved, split
   * (the moved paragraph's old place is a link, not a change). */
  g_assert_cmpuint (count (body, "<mark data-change="), ==, 4);
  g_assert_nonnull (strstr (body, "<mark data-change=\"4\">"));
  g_assert_nonnull (strstr (body, "<del>July</del>") == NULL ? strstr (body, "<ins>July</ins>")
                                                             : NULL);
  g_assert_nonnull (strstr (body, "<del>June</del><ins>July</ins>"));
  g_assert_nonnull (strstr (body, "agenda.<del> </del><ins><span class=\"break\">¶</span><br>"
                                  "</ins>Allies agreed"));
  g_assert_nonnull (strstr (body, "<ins>A new paragraph on the women, peace and security agenda "
                                  "of the Alliance &amp; its partners.</ins>"));
}

static void
test_moved_links (void)
{
  g_autofree char *html = render (old_text, new_text, "A", "B");
  const char *body = strstr (html, "<body>");
  const char *moved = strstr (body, "<section class=\"change moved\" id=\"moved-");
  const char *away = strstr (body, "<p class=\"moved-away\" id=\"away-");
  guint moved_index, away_index;
  g_autofree char *to_away = NULL;
  g_autofree char *to_moved = NULL;

  g_assert_nonnull (moved);
  g_assert_nonnull (away);
  g_assert_true (away < moved); /* where it stood in the first comes first */
  moved_index = atoi (moved + strlen ("<section class=\"change moved\" id=\"moved-"));
  away_index = atoi (away + strlen ("<p class=\"moved-away\" id=\"away-"));
  to_away = g_strdup_printf ("<a href=\"#away-%u\">where it was</a>", away_index);
  to_moved = g_strdup_printf ("id=\"away-%u\"><a href=\"#moved-%u\">Paragraph 3 moved: now "
                              "paragraph 6</a>",
                              away_index, moved_index);
  g_assert_nonnull (strstr (moved, to_away));
  g_assert_nonnull (strstr (body, to_moved));
  /* Shown once, with its own word change. */
  g_assert_cmpuint (count (body, "including ammunition, air defence and"), ==, 1);
  g_assert_nonnull (strstr (moved, "reviewed <ins>military </ins>support"));
}

static void
test_escaping (void)
{
  const char *const a[] = {
    "<script>alert(1)</script> and <img src=x onerror=alert(1)> in a paragraph",
    "Unchanged </style><iframe src=\"http://127.0.0.1/\"> & 'quotes'",
    NULL,
  };
  const char *const b[] = {
    "<script>alert(2)</script> and <img src=x onerror=alert(1)> in a paragraph",
    "Unchanged </style><iframe src=\"http://127.0.0.1/\"> & 'quotes'",
    "<a href=\"http://example.com/\">a link</a>",
    NULL,
  };
  g_autofree char *html = render (a, b, "<script>x</script>", "\"><iframe>");
  const char *body = strstr (html, "<body>");

  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "<iframe"));
  g_assert_null (strstr (body, "</style>"));
  g_assert_null (strstr (body, "<a href=\"http"));
  g_assert_nonnull (strstr (html, "<title>&lt;script&gt;x&lt;/script&gt; ↔ &quot;&gt;&lt;iframe&gt;"
                                  "</title>"));
  g_assert_nonnull (strstr (body, "&lt;script&gt;alert(<del>1</del><ins>2</ins>)"));
  g_assert_nonnull (strstr (body, "&amp; &#39;quotes&#39;"));
  g_assert_nonnull (strstr (body, "&lt;a href=&quot;http://example.com/&quot;&gt;"));
  /* Only the links to the page's own anchors. */
  g_assert_cmpuint (count (body, "href="), ==, count (body, "href=&quot;"));
}

static void
add_use (CmqTrace *trace, const char *date, const char *left, const char *match, const char *right)
{
  CmqTraceOccurrence *use = g_new0 (CmqTraceOccurrence, 1);

  use->id = g_strdup ("0123456789abcdef");
  use->file = g_strdup ("/library/\"file\".txt");
  use->title = g_strdup ("A <b>title</b>");
  use->date = g_strdup (date);
  use->left = g_strdup (left);
  use->match = g_strdup (match);
  use->right = g_strdup (right);
  g_ptr_array_add (trace->uses, use);
}

static void
free_use (CmqTraceOccurrence *use)
{
  g_free (use->id);
  g_free (use->file);
  g_free (use->title);
  g_free (use->date);
  g_free (use->left);
  g_free (use->match);
  g_free (use->right);
  g_free (use->instead_of);
  g_free (use);
}

/* The near variants after the uses: counted apart, the changed word marked and escaped, links
 * numbered on from the uses, and not hits (<mark>s). */
static void
test_trace_variants (CmqTrace *trace)
{
  CmqTraceOccurrence *use;
  g_autofree char *html = NULL;
  g_autofree char *none = NULL;
  const char *body;

  trace->variants = g_ptr_array_new_with_free_func ((GDestroyNotify) free_use);
  none = cmq_html_render_trace_full (trace, "light", TRUE);
  g_assert_nonnull (strstr (none, "0 uses with one word changed, in 0 releases"));
  add_use (trace, "2005-02-03", "their ", "collective <security>", " & more");
  g_ptr_array_add (trace->variants, g_ptr_array_steal_index (trace->uses, trace->uses->len - 1));
  use = g_ptr_array_index (trace->variants, 0);
  use->changed_start = strlen ("collective ");
  use->changed_end = strlen (use->match);
  use->instead_of = g_strdup ("defence\"");
  trace->n_variant_releases = 1;
  trace->n_variant_candidates = trace->n_variant_searched = 3;

  html = cmq_html_render_trace_full (trace, "light", TRUE);
  body = strstr (html, "<body>");
  g_assert_null (strstr (html, "<security>"));
  g_assert_cmpuint (count (body, "<mark>"), ==, 2);
  g_assert_nonnull (strstr (body, "<h2 class=\"variants\">Near Variants</h2>"));
  g_assert_nonnull (strstr (body, "1 use with one word changed, in 1 release<"));
  g_assert_nonnull (strstr (body, "<a class=\"use\" href=\"#use-2\"><span class=\"near\">"
                                  "collective <span class=\"changed\" "
                                  "title=\"instead of “defence&quot;”\">&lt;security&gt;</span>"
                                  "</span></a></td><td class=\"right\"> &amp; more</td>"));
}

static void
test_trace (void)
{
  CmqTrace *trace = g_new0 (CmqTrace, 1);
  const CmqTraceYear years[] = { { 2004, 1, 10 }, { 2005, 0, 0 }, { 2006, 4, 8 }, { 0, 1, 3 } };
  g_autofree char *html = NULL;
  const char *body;

  trace->phrase = g_strdup ("<script>collective defence");
  trace->n_releases = 6;
  trace->n_searched = 2;
  trace->first = g_strdup ("2004-03-01");
  trace->last = g_strdup ("2006-12-24");
  trace->years = g_array_new (FALSE, FALSE, sizeof (CmqTraceYear));
  g_array_append_vals (trace->years, years, G_N_ELEMENTS (years));
  trace->uses = g_ptr_array_new_with_free_func ((GDestroyNotify) free_use);
  add_use (trace, "2004-03-01", "Allies & <i>partners</i> reaffirmed their ", "collective defence",
           " commitments.");
  add_use (trace, NULL, "", "Collective Defence", " <img src=x onerror=alert(1)>");

  html = cmq_html_render_trace (trace, "light");
  body = strstr (html, "<body>");
  g_assert_nonnull (strstr (html, "content=\"" CMQ_HTML_CSP "\""));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "<i>"));
  g_assert_null (strstr (body, "style="));
  g_assert_nonnull (strstr (body, "<h1>“&lt;script&gt;collective defence”</h1>"));
  g_assert_nonnull (strstr (body,
                            "<p class=\"summary\">6 releases, first used 2004-03-01, last used "
                            "2006-12-24</p>"));
  /* A bar a year, its figures as its tooltip and in the table (not the years with none). */
  g_assert_cmpuint (count (body, "<rect class=\"bar\""), ==, 4);
  g_assert_nonnull (strstr (body, "<title>2006: 4 of 8 releases (50.0%)</title>"));
  g_assert_nonnull (strstr (body, "<td>no date: 1 of 3 releases (33.3%)</td>"));
  g_assert_null (strstr (body, "<td>2005:"));
  g_assert_nonnull (strstr (body, "<rect class=\"bar\" x=\"8.0\" y=\"90.0\" width=\"37.3\" "
                                  "height=\"30.0\"/>"));
  /* The uses (looked for in the newest 2 releases only): the phrase in a <mark>, everything
   * escaped. */
  g_assert_nonnull (
      strstr (body, "<p class=\"summary\">The uses in the newest 2 releases of 6</p>"));
  g_assert_cmpuint (count (body, "<mark>"), ==, 2);
  g_assert_nonnull (strstr (body,
                            "Allies &amp; &lt;i&gt;partners&lt;/i&gt; reaffirmed their "
                            "</span></td><td class=\"match\"><a class=\"use\" href=\"#use-0\">"
                            "<mark>collective defence</mark></a>"));
  /* Each use a link to itself, numbered in the order shown. */
  g_assert_nonnull (strstr (body, "<a class=\"use\" href=\"#use-1\"><mark>Collective Defence"));
  g_assert_nonnull (
      strstr (body, "<tr title=\"A &lt;b&gt;title&lt;/b&gt; — /library/&quot;file&quot;.txt\">"));
  g_assert_nonnull (strstr (body, "&lt;img src=x onerror=alert(1)&gt;"));
  /* Near variants are shown only when asked for. */
  g_assert_null (strstr (body, "class=\"changed\""));
  test_trace_variants (trace);
  cmq_trace_free (trace);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html-compare/structure", test_structure);
  g_test_add_func ("/html-compare/moved-links", test_moved_links);
  g_test_add_func ("/html-compare/escaping", test_escaping);
  g_test_add_func ("/html-trace", test_trace);

  return g_test_run ();
}
