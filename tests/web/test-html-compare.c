/* test-html-compare.c: the compare view's renderer, with no display: escaping and the CSP, the
 * heading, unchanged paragraphs folded, changes marked, moves linked both ways.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "cmq-html-compare.h"
#include "cmq-html.h"

static CmqRelease *
make_release (const char *title, const char *const *paragraphs, guint year, const char *source)
{
  CmqReleaseInfo info = {
    .file = "test.txt",
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
  g_assert_nonnull (strstr (body, "NATO · test.txt"));
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html-compare/structure", test_structure);
  g_test_add_func ("/html-compare/moved-links", test_moved_links);
  g_test_add_func ("/html-compare/escaping", test_escaping);

  return g_test_run ();
}
