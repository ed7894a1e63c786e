/* test-html.c: the release renderer, with no display: escaping, the CSP, dates, quotations and
 * search highlighting.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-html.h"

static CmqRelease *
make_release (const char *title, const char *const *paragraphs, GPtrArray *quotes, guint year,
              guint month, guint day, CmqDateSource source)
{
  CmqReleaseInfo info = {
    .file = "test.txt",
    .title = title,
    .language = "en",
    .paragraphs = paragraphs,
    .quotes = quotes,
    .year = year,
    .month = month,
    .day = day,
    .date_source = source,
  };

  return cmq_release_new (&info);
}

static char *
render (CmqRelease *release, const char *query_text)
{
  g_autoptr (CmqQuery) query =
      query_text != NULL ? cmq_query_parse (query_text, CMQ_QUERY_FLAGS_LAST_IS_PREFIX) : NULL;

  return cmq_html_render_release (release, query);
}

/* The reader's hits: its <mark>s. */
static guint
count_marks (const char *html)
{
  guint n = 0;

  for (const char *p = strstr (html, "<mark>"); p != NULL; p = strstr (p + 1, "<mark>"))
    n++;
  return n;
}

/* The markup after the <style> element: what comes from the release. */
static const char *
body_of (const char *html)
{
  const char *body = strstr (html, "<body>");

  g_assert_nonnull (body);
  return body;
}

static void
test_escaping (void)
{
  const char *const paragraphs[] = {
    "<script>alert(1)</script> and <img src=x onerror=alert(1)>",
    "Fish & chips, \"quoted\" and 'single' </style><iframe src=\"http://127.0.0.1/\">",
    NULL,
  };
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  g_autoptr (CmqRelease) release = NULL;
  g_autofree char *html = NULL;
  const char *body;

  g_ptr_array_add (quotes, cmq_quote_new ("alert(1)", "\"><script>x</script>", 0));
  release = make_release ("<script>document.title='x'</script> & more", paragraphs, quotes, 2021, 6,
                          1, CMQ_DATE_SOURCE_STATED);
  html = render (release, NULL);
  body = body_of (html);

  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "<iframe"));
  g_assert_null (strstr (body, "</style>"));
  g_assert_nonnull (
      strstr (body, "<p id=\"p1\" class=\"quoting\">&lt;script&gt;<span class=\"quotation\""));
  g_assert_nonnull (strstr (body, ">alert(1)</span>&lt;/script&gt; and"));
  g_assert_nonnull (strstr (body, "&lt;img src=x onerror=alert(1)&gt;"));
  g_assert_nonnull (strstr (body, "Fish &amp; chips, &quot;quoted&quot; and &#39;single&#39;"));
  /* the speaker lands in an attribute: quotes are escaped there too */
  g_assert_nonnull (strstr (body, "title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""));
  g_assert_nonnull (strstr (html, "<h1>&lt;script&gt;document.title=&#39;x&#39;&lt;/script&gt; "
                                  "&amp; more</h1>"));
  /* The <title> is escaped too */
  g_assert_nonnull (strstr (html, "<title>&lt;script&gt;"));
}

static void
test_csp (void)
{
  const char *const paragraphs[] = { "Text.", NULL };
  g_autoptr (CmqRelease) release =
      make_release ("T", paragraphs, NULL, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  g_autofree char *html = render (release, NULL);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "<meta http-equiv=\"Content-Security-Policy\" content=\""));
  g_assert_nonnull (strstr (html, "script-src 'none'"));
  g_assert_nonnull (strstr (html, "default-src 'none'"));
  g_assert_nonnull (strstr (html, "<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  /* the stylesheet is inline: nothing is fetched */
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "@import"));
  g_assert_nonnull (strstr (html, "prefers-color-scheme: dark"));
}

/* A subheading is an <h2>, escaped like every field, numbered as the paragraph it is; the
 * paragraphs around it stay paragraphs. */
static void
test_subheadings (void)
{
  const char *const paragraphs[] = { "Lead.", "Crisis & <Management>", "Text.", NULL };
  const guint subheadings[] = { 1 };
  CmqReleaseInfo info = {
    .file = "imf.txt",
    .title = "T",
    .paragraphs = paragraphs,
    .subheadings = subheadings,
    .n_subheadings = G_N_ELEMENTS (subheadings),
  };
  g_autoptr (CmqRelease) release = cmq_release_new (&info);
  g_autofree char *html = render (release, NULL);

  g_assert_nonnull (strstr (body_of (html), "<p id=\"p1\">Lead.</p>\n"
                                            "<h2 id=\"p2\">Crisis &amp; &lt;Management&gt;</h2>\n"
                                            "<p id=\"p3\">Text.</p>\n"));
  g_assert_null (strstr (html, "<Management>"));
}

/* A release converted from another encoding says so, escaped like every field. */
/* The publisher stands under the title, escaped; nothing when the dump does not say. */
static void
test_source (void)
{
  const char *const paragraphs[] = { "Text.", NULL };
  CmqReleaseInfo info = {
    .file = "osce.txt",
    .title = "T",
    .paragraphs = paragraphs,
    .source = "OSCE & <Partners>",
  };
  g_autoptr (CmqRelease) with_source = cmq_release_new (&info);
  g_autoptr (CmqRelease) plain =
      make_release ("T", paragraphs, NULL, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  g_autofree char *html = render (with_source, NULL);
  g_autofree char *html_plain = render (plain, NULL);

  /* A link to the page's own anchor, which the reader view turns into a source: search; the
   * name never goes into the link. */
  g_assert_nonnull (strstr (body_of (html), "</h1>\n<p class=\"source\"><a "
                                            "href=\"#more-from-source\" title=\"More from this "
                                            "source\">OSCE &amp; &lt;Partners&gt;</a></p>\n"));
  g_assert_null (strstr (body_of (html_plain), "class=\"source\""));
}

static void
test_converted (void)
{
  const char *const paragraphs[] = { "Text.", NULL };
  CmqReleaseInfo info = {
    .file = "old.txt",
    .title = "T",
    .paragraphs = paragraphs,
    .converted_from = "WINDOWS-1252<script>",
  };
  g_autoptr (CmqRelease) converted = cmq_release_new (&info);
  g_autoptr (CmqRelease) plain =
      make_release ("T", paragraphs, NULL, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  g_autofree char *html_converted = render (converted, NULL);
  g_autofree char *html_plain = render (plain, NULL);

  g_assert_nonnull (strstr (html_converted, "<p class=\"converted\">The file was converted from "
                                            "WINDOWS-1252&lt;script&gt; to be shown here</p>"));
  g_assert_null (strstr (html_plain, "class=\"converted\""));
}

static void
test_page_class (void)
{
  const char *const paragraphs[] = { "Text.", NULL };
  g_autoptr (CmqRelease) release =
      make_release ("T", paragraphs, NULL, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  g_autofree char *classes = cmq_html_page_class ("sans", "wide", "sepia", FALSE);
  g_autofree char *defaults = cmq_html_page_class ("serif", "medium", NULL, FALSE);
  g_autofree char *hostile = cmq_html_page_class ("\"><script>", "wide", "dark", FALSE);
  g_autofree char *numbered = cmq_html_page_class ("serif", "narrow", "light", TRUE);
  g_autofree char *html = cmq_html_render_release_styled (release, NULL, classes);
  g_autofree char *plain = cmq_html_render_release_styled (release, NULL, defaults);

  g_assert_cmpstr (classes, ==, "sans wide sepia");
  /* serif and medium are the stylesheet's defaults: no class */
  g_assert_cmpstr (defaults, ==, "");
  g_assert_cmpstr (hostile, ==, "wide dark");
  g_assert_cmpstr (numbered, ==, "narrow light numbered");
  g_assert_nonnull (strstr (html, "<html lang=\"en\" class=\"sans wide sepia\">"));
  g_assert_nonnull (strstr (plain, "<html lang=\"en\">"));
  /* every class the renderer may set has its rules in the stylesheet */
  g_assert_nonnull (strstr (html, ":root.sepia {"));
  g_assert_nonnull (strstr (html, ":root.sans body {"));
  g_assert_nonnull (strstr (html, ":root.wide article {"));
  g_assert_nonnull (strstr (html, ":root.narrow article {"));
  g_assert_nonnull (strstr (html, ":root.light {"));
  g_assert_nonnull (strstr (html, ":root.dark {"));
}

static void
test_dates (void)
{
  const char *const paragraphs[] = { "Text.", NULL };
  g_autoptr (CmqRelease) stated =
      make_release ("T", paragraphs, NULL, 2021, 6, 1, CMQ_DATE_SOURCE_STATED);
  g_autoptr (CmqRelease) inferred =
      make_release ("T", paragraphs, NULL, 2025, 5, 14, CMQ_DATE_SOURCE_INFERRED_YEAR);
  g_autoptr (CmqRelease) partial =
      make_release ("T", paragraphs, NULL, 0, 5, 4, CMQ_DATE_SOURCE_NONE);
  g_autoptr (CmqRelease) none = make_release ("T", paragraphs, NULL, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  g_autofree char *html_stated = render (stated, NULL);
  g_autofree char *html_inferred = render (inferred, NULL);
  g_autofree char *html_partial = render (partial, NULL);
  g_autofree char *html_none = render (none, NULL);

  g_assert_nonnull (strstr (html_stated, "<time datetime=\"2021-06-01\">1 June 2021</time>"));
  g_assert_null (strstr (html_stated, "class=\"badge"));
  g_assert_nonnull (strstr (html_inferred, "<time datetime=\"2025-05-14\">14 May 2025</time>"));
  g_assert_nonnull (strstr (html_inferred, "class=\"badge inferred\""));
  g_assert_nonnull (strstr (html_inferred, "year inferred"));
  g_assert_nonnull (strstr (html_partial, "4 May</time>"));
  g_assert_nonnull (strstr (html_partial, "year unknown"));
  g_assert_nonnull (strstr (html_none, "No date in the text"));
  g_assert_null (strstr (html_none, "<time"));
}

static void
test_highlight (void)
{
  const char *const paragraphs[] = {
    "Ministers met in Antalya, Türkiye’s coast. Turkish & <lt> amp ministerial.",
    NULL,
  };
  g_autoptr (CmqRelease) release =
      make_release ("Meeting in Türkiye", paragraphs, NULL, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  g_autofree char *accents = render (release, "turkiye");
  g_autofree char *prefix = render (release, "minis");
  g_autofree char *whole = render (release, "minis ");
  g_autofree char *entities = render (release, "amp lt");

  g_assert_nonnull (strstr (accents, "<h1>Meeting in <mark>Türkiye</mark></h1>"));
  g_assert_nonnull (strstr (accents, "<mark>Türkiye</mark>’s"));
  g_assert_null (strstr (accents, "<mark>Turkish"));

  /* while typing, the last word is a prefix */
  g_assert_nonnull (strstr (prefix, "<mark>Ministers</mark> met"));
  g_assert_nonnull (strstr (prefix, "<mark>ministerial</mark>"));
  /* once a space is typed it is a whole word */
  g_assert_null (strstr (whole, "<mark>"));

  /* highlighting never reaches into an entity */
  g_assert_nonnull (strstr (entities, "&amp; &lt;<mark>lt</mark>&gt; <mark>amp</mark>"));
  g_assert_null (strstr (entities, "&<mark>"));
}

/* The index's query language: a phrase is marked where its words stand together only, a
 * prefix written with "*" marks every word it starts, excluded words and filters mark nothing. */
static void
test_highlight_query (void)
{
  const char *const paragraphs[] = {
    "Allies reaffirmed collective defence. Defence budgets and collective action grew.",
    "The Natogram of NATO’s partners, not Russia.",
    NULL,
  };
  g_autoptr (CmqRelease) release =
      make_release ("Defence", paragraphs, NULL, 2021, 6, 14, CMQ_DATE_SOURCE_STATED);
  g_autofree char *phrase = render (release, "\"collective defence\"");
  g_autofree char *prefix = render (release, "nato* ");
  g_autofree char *excluded = render (release, "partners -russia year:2021 ");
  g_autofree char *either = render (release, "budgets OR natogram ");
  g_autofree char *phrase_and_word = render (release, "\"collective defence\" defence");
  g_autofree char *words = render (release, "collective defence ");

  /* A phrase is one mark, one hit: the reader counts its marks. */
  g_assert_nonnull (strstr (phrase, "reaffirmed <mark>collective defence</mark>."));
  g_assert_cmpuint (count_marks (phrase), ==, 1);
  /* A phrase and one of its words: still one mark where they overlap. */
  g_assert_nonnull (strstr (phrase_and_word, "reaffirmed <mark>collective defence</mark>."));
  g_assert_nonnull (strstr (phrase_and_word, " <mark>Defence</mark> budgets"));
  g_assert_cmpuint (count_marks (phrase_and_word), ==, 3); /* and the title's */
  /* Two words that happen to stand side by side are two hits. */
  g_assert_nonnull (strstr (words, "reaffirmed <mark>collective</mark> <mark>defence</mark>."));
  g_assert_nonnull (strstr (phrase, " Defence budgets and collective action grew."));
  g_assert_nonnull (strstr (prefix, "The <mark>Natogram</mark> of <mark>NATO</mark>’s"));
  g_assert_nonnull (strstr (excluded, "<mark>partners</mark>, not Russia."));
  g_assert_null (strstr (excluded, "<mark>Russia"));
  g_assert_null (strstr (excluded, "<mark>2021"));
  g_assert_nonnull (strstr (either, "<mark>budgets</mark>"));
  g_assert_nonnull (strstr (either, "<mark>Natogram</mark>"));
}

static void
test_quotes (void)
{
  const char *const paragraphs[] = {
    "The Council met.",
    "“We stand together, and we will continue to stand together,” said Secretary General "
    "Jens Stoltenberg.",
    "He also met ministers and said the talks were “useful”, before leaving for Brussels "
    "where he will meet the press tomorrow.",
    NULL,
  };
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  g_autoptr (CmqRelease) release = NULL;
  g_autofree char *html = NULL;

  g_ptr_array_add (quotes, cmq_quote_new ("We stand together, and we will continue to stand "
                                          "together,",
                                          "Secretary General Jens Stoltenberg", 1));
  g_ptr_array_add (quotes, cmq_quote_new ("useful", "he", 2));
  release = make_release ("T", paragraphs, quotes, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  html = render (release, NULL);

  /* Each paragraph is addressable as #pN, N counted from 1 as citations count them. */
  g_assert_nonnull (strstr (html,
                            "<blockquote id=\"p2\">\n<p>“<span class=\"quotation\" title=\"Jens "
                            "Stoltenberg\">We stand together"));
  g_assert_nonnull (strstr (html, "<footer>— <cite>Jens Stoltenberg</cite>"));
  g_assert_nonnull (strstr (html, "<p id=\"p3\" class=\"quoting\">He also met"));
  /* a quotation inside a narrative paragraph is set apart inline, with its speaker */
  g_assert_nonnull (strstr (html, "“<span class=\"quotation\" title=\"he\">useful</span>”"));
  g_assert_nonnull (strstr (html, "<p id=\"p1\">The Council met.</p>"));
}

static char *
render_quotes (const char *const *paragraphs, const char *const *quoted)
{
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  g_autoptr (CmqRelease) release = NULL;

  /* quoted: text, speaker, paragraph number, … */
  for (guint i = 0; quoted[i] != NULL; i += 3)
    g_ptr_array_add (quotes, cmq_quote_new (quoted[i], quoted[i + 1],
                                            (guint) g_ascii_strtoull (quoted[i + 2], NULL, 10)));
  release = make_release ("T", paragraphs, quotes, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
  return render (release, NULL);
}

/* A quotation's footer names the person the text names, not a title; only the quoted words are
 * in the quotation's style, the narration around them is plain text. */
static void
test_quote_speakers (void)
{
  const char *const english[] = {
    "“We will defend every inch of Allied territory,” said NATO Secretary General Mark Rutte.",
    "“Allies stand together in the face of this threat,” said the Secretary General.",
    "The ministers heard the Secretary General say the plan was “a step in the right direction” "
    "before they agreed.",
    "“Our support for Ukraine will not waver, today or in the years to come,” European Commission "
    "President Ursula von der Leyen said.",
    "“The talks were long but useful,” said the Prime Minister.",
    "“We met the Allies today,” said Mr Rutte.",
    NULL,
  };
  const char *const english_quotes[] = {
    "We will defend every inch of Allied territory",
    "NATO Secretary General Mark Rutte",
    "0",
    "Allies stand together in the face of this threat",
    "Secretary General",
    "1",
    "a step in the right direction",
    "Secretary General",
    "2",
    "Our support for Ukraine will not waver, today or in the years to come",
    "European Commission President Ursula von der Leyen",
    "3",
    "The talks were long but useful",
    "Prime Minister",
    "4",
    "We met the Allies today",
    "Mr Rutte",
    "5",
    NULL,
  };
  g_autofree char *html = render_quotes (english, english_quotes);

  /* The name after the title; a bare title: the person the text names with it. */
  g_assert_nonnull (strstr (html, "<blockquote id=\"p1\">"));
  g_assert_nonnull (strstr (html, "<cite>Mark Rutte</cite></footer>\n</blockquote>\n"
                                  "<blockquote id=\"p2\">"));
  g_assert_nonnull (strstr (html, "<blockquote id=\"p2\">\n<p>“<span class=\"quotation\" "
                                  "title=\"Mark Rutte\">Allies stand together in the face of "
                                  "this threat</span>,” said the Secretary General.</p>\n"
                                  "<footer>— <cite>Mark Rutte</cite></footer>"));
  g_assert_null (strstr (html, "<cite>Secretary General</cite>"));
  g_assert_null (strstr (html, "<cite>NATO Secretary General Mark Rutte</cite>"));
  /* inline, in a narrative paragraph */
  g_assert_nonnull (strstr (html, "“<span class=\"quotation\" title=\"Mark Rutte\">a step in "
                                  "the right direction</span>” before they agreed."));
  /* particles inside a name, the organisation and title before it */
  g_assert_nonnull (strstr (html, "<cite>Ursula von der Leyen</cite>"));
  g_assert_nonnull (strstr (html, "</span>,” European Commission President Ursula von der Leyen "
                                  "said.</p>"));
  /* a title the text names no one with stays; a name stays as written */
  g_assert_nonnull (strstr (html, "<cite>Prime Minister</cite>"));
  g_assert_nonnull (strstr (html, "<cite>Mr Rutte</cite>"));
}

/* A bare "the Secretary General" where the text names him only as "Mr Rutte" (the bundled
 * sample of 14 May 2025): the footer names Mark Rutte; a text naming two Secretaries General (a
 * hand-over) keeps the title, and so does another title. */
static void
test_quote_secretary_named (void)
{
  const char *const one[] = {
    "“We have to make sure that we spend enough money” the Secretary General said.",
    "Mr Rutte praised NATO members for demonstrating their commitment.",
    "“The talks were long but useful,” said the Prime Minister.",
    NULL,
  };
  const char *const one_quotes[] = {
    "We have to make sure that we spend enough money",
    "the Secretary General",
    "0",
    "The talks were long but useful",
    "Prime Minister",
    "2",
    NULL,
  };
  const char *const two[] = {
    "“We have to make sure that we spend enough money” the Secretary General said.",
    "Mr Stoltenberg handed over to Mr Rutte on Tuesday.",
    NULL,
  };
  const char *const two_quotes[] = {
    "We have to make sure that we spend enough money",
    "the Secretary General",
    "0",
    NULL,
  };
  g_autofree char *html = render_quotes (one, one_quotes);
  g_autofree char *handover = render_quotes (two, two_quotes);

  g_assert_nonnull (strstr (html, "<footer>— <cite>Mark Rutte</cite></footer>"));
  g_assert_null (strstr (html, "<cite>the Secretary General</cite>"));
  g_assert_nonnull (strstr (html, "<cite>Prime Minister</cite>"));
  g_assert_null (strstr (handover, "Mark Rutte</cite>"));
  g_assert_null (strstr (handover, "Jens Stoltenberg</cite>"));

  /* The footer's name is not the text: a search marks "Rutte" once, where the text says it. */
  {
    g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
    g_autoptr (CmqRelease) release = NULL;
    g_autofree char *searched = NULL;

    g_ptr_array_add (quotes, cmq_quote_new (one_quotes[0], one_quotes[1], 0));
    release = make_release ("T", one, quotes, 0, 0, 0, CMQ_DATE_SOURCE_NONE);
    searched = render (release, "rutte");
    g_assert_nonnull (strstr (searched, "<footer>— <cite>Mark Rutte</cite></footer>"));
    g_assert_cmpuint (count_marks (searched), ==, 1);
  }
  /* In French: « M. Rutte », « le secrétaire général ». */
  {
    const char *const fr[] = {
      "« Nous devons investir davantage », a déclaré le secrétaire général.",
      "M. Rutte a salué les efforts des Alliés.",
      NULL,
    };
    const char *const fr_quotes[] = {
      "Nous devons investir davantage",
      "le secrétaire général",
      "0",
      NULL,
    };
    g_autofree char *french = render_quotes (fr, fr_quotes);

    g_assert_nonnull (strstr (french, "<footer>— <cite>Mark Rutte</cite></footer>"));
  }
}

/* The same in French: « » marks, the name after a comma, a bare title named earlier. */
static void
test_quote_speakers_fr (void)
{
  const char *const french[] = {
    "Le secrétaire général a parlé aux ministres.",
    "« Nous resterons unis face à cette menace », a déclaré le secrétaire général de l’OTAN, Mark "
    "Rutte, à Bruxelles.",
    "« L’Alliance est prête à défendre chaque allié », a ajouté le secrétaire général.",
    NULL,
  };
  const char *const french_quotes[] = {
    "Nous resterons unis face à cette menace",
    "secrétaire général de l’OTAN",
    "1",
    "L’Alliance est prête à défendre chaque allié",
    "secrétaire général",
    "2",
    NULL,
  };
  g_autofree char *html_fr = render_quotes (french, french_quotes);

  g_assert_nonnull (
      strstr (html_fr, "<p id=\"p2\" class=\"quoting\">« <span class=\"quotation\" "
                       "title=\"Mark Rutte\">Nous resterons unis face à cette menace</span> », a "
                       "déclaré le secrétaire général de l’OTAN, Mark Rutte, à Bruxelles.</p>"));
  g_assert_nonnull (strstr (html_fr, "<blockquote id=\"p3\">\n<p>« <span class=\"quotation\" "
                                     "title=\"Mark Rutte\">L’Alliance est prête à défendre chaque "
                                     "allié</span> », a ajouté le secrétaire général.</p>\n"
                                     "<footer>— <cite>Mark Rutte</cite>"));
  g_assert_null (strstr (html_fr, "<cite>secrétaire général"));
}

/* The address, when known, under the date: escaped, and a link only to the web. */
static void
test_address (void)
{
  const char *const paragraphs[] = { "Text.", NULL };
  CmqReleaseInfo info = {
    .file = "test.txt",
    .title = "T",
    .paragraphs = paragraphs,
    .url = "https://www.nato.int/a?b=1&c=2",
  };
  g_autoptr (CmqRelease) release = cmq_release_new (&info);
  g_autoptr (CmqRelease) hostile = NULL;
  g_autoptr (CmqRelease) plain = NULL;
  g_autofree char *html = render (release, NULL);
  g_autofree char *hostile_html = NULL;
  g_autofree char *plain_html = NULL;

  g_assert_nonnull (strstr (html, "<p class=\"address\"><a "
                                  "href=\"https://www.nato.int/a?b=1&amp;c=2\">"));
  info.url = "javascript:alert(1)";
  hostile = cmq_release_new (&info);
  hostile_html = render (hostile, NULL);
  g_assert_nonnull (strstr (hostile_html, "<p class=\"address\">javascript:alert(1)</p>"));
  info.url = NULL;
  plain = cmq_release_new (&info);
  plain_html = render (plain, NULL);
  g_assert_null (strstr (plain_html, "class=\"address\""));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html/escaping", test_escaping);
  g_test_add_func ("/html/csp", test_csp);
  g_test_add_func ("/html/page-class", test_page_class);
  g_test_add_func ("/html/dates", test_dates);
  g_test_add_func ("/html/converted", test_converted);
  g_test_add_func ("/html/source", test_source);
  g_test_add_func ("/html/subheadings", test_subheadings);
  g_test_add_func ("/html/highlight", test_highlight);
  g_test_add_func ("/html/highlight-query", test_highlight_query);
  g_test_add_func ("/html/quotes", test_quotes);
  g_test_add_func ("/html/quote-speakers", test_quote_speakers);
  g_test_add_func ("/html/quote-secretary-named", test_quote_secretary_named);
  g_test_add_func ("/html/quote-speakers-fr", test_quote_speakers_fr);

  g_test_add_func ("/html/address", test_address);
  return g_test_run ();
}
